/**
 * Per-step inputs shared by every asset of one site: local calendar (Europe/Paris, from
 * models/calendar), outdoor temperature and night flag (sun below the horizon at mid-step, NREL
 * SPA from models/solar). Computed once per site and timeline; asset hot loops read typed arrays.
 */
import { localCalendar, type LocalCalendar } from '../calendar';
import type { Timeline } from '../core/timeline';
import { solarPositionSeries } from '../solar/solarPositionSeries';

export interface FlexContext {
  readonly timeline: Timeline;
  readonly n: number;
  readonly stepH: number;
  readonly calendar: LocalCalendar;
  readonly outdoorTempC: Float64Array;
  /** 1 when the sun's apparent elevation is below 0° at mid-step. */
  readonly isNight: Uint8Array;
}

export function buildFlexContext(timeline: Timeline, site: { latDeg: number; lonDeg: number }, outdoorTempC: Float64Array): FlexContext {
  if (outdoorTempC.length !== timeline.length) throw new RangeError(`flex context: ${outdoorTempC.length} temperatures for ${timeline.length} steps`);
  const sun = solarPositionSeries(timeline, { latDeg: site.latDeg, lonDeg: site.lonDeg, elevationM: 0 });
  const isNight = new Uint8Array(timeline.length);
  for (let t = 0; t < timeline.length; t++) isNight[t] = sun.apparentElevationDeg[t] < 0 ? 1 : 0;
  return { timeline, n: timeline.length, stepH: timeline.stepMinutes / 60, calendar: localCalendar(timeline), outdoorTempC, isNight };
}

/** Local fractional hour of the start of step t (0–24). */
export function localHourOf(ctx: FlexContext, t: number): number {
  return ctx.calendar.localMinuteOfDay[t] / 60;
}

/** True when local hour h is in [from, to), windows may wrap midnight (from > to). */
export function inWindow(h: number, fromH: number, toH: number): boolean {
  return fromH <= toH ? h >= fromH && h < toH : h >= fromH || h < toH;
}
