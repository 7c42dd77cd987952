/**
 * Placing weather records on a timeline.
 *
 * `toTypicalYear`: a TMY glues months of different years (PVGIS: Jan 2018, Feb 2007, …). Each
 * record keeps its UTC month, day, hour and minute and is moved to the target year. Feb 29:
 * dropped when the target year is not a leap year; when it is and the source has no Feb 29, the
 * day is filled with a copy of Feb 28 (the usual TMY practice, e.g. EnergyPlus run periods).
 * Any other gap or duplicate is an error naming the first instant concerned.
 */
import { yearTimeline, type Timeline } from '../core/timeline';
import { instantSamplesToStepMeans } from './instantSamples';
import { WeatherParseError, type WeatherRecords, type WeatherSeries } from './weatherSeries';

export interface PlacementOptions {
  /**
   * Convert PVGIS instantaneous samples (records with irradianceTimeOffsetH and a site) to step
   * means with the sun's geometry (instantSamples.ts). Default true.
   */
  readonly instantsToMeans?: boolean;
}

function finishPlacement(records: WeatherRecords, series: WeatherSeries, options: PlacementOptions): WeatherSeries {
  if (options.instantsToMeans === false || records.irradianceTimeOffsetH === undefined || !records.site) return series;
  return instantSamplesToStepMeans(series, records.irradianceTimeOffsetH, records.site);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

type Channel = 'ghiWm2' | 'dniWm2' | 'dhiWm2' | 'tempC' | 'windMs';
const CHANNELS: readonly Channel[] = ['ghiWm2', 'dniWm2', 'dhiWm2', 'tempC', 'windMs'];

/** A series viewed as records (one per step), e.g. to move a measured year onto another year. */
export function seriesToRecords(series: WeatherSeries): WeatherRecords {
  const tl = series.timeline;
  const startUtcMs = new Float64Array(tl.length);
  for (let i = 0; i < tl.length; i++) startUtcMs[i] = tl.startUtcMs + i * tl.stepMinutes * 60_000;
  return { ...series, startUtcMs, stepMinutes: tl.stepMinutes, notes: [] };
}

/**
 * Places records (or a series) on `year`, keeping each value's UTC month, day, hour and minute.
 * Accepts a WeatherSeries too, so a measured year can be reused as a typical year.
 */
export function toTypicalYear(input: WeatherRecords | WeatherSeries, year: number, options: PlacementOptions = {}): WeatherSeries {
  const records: WeatherRecords = 'startUtcMs' in input ? input : seriesToRecords(input);
  const timeline = yearTimeline(year, records.stepMinutes);
  const stepMs = records.stepMinutes * 60_000;
  const n = timeline.length;
  const filled = new Uint8Array(n);
  const out: Partial<Record<Channel, Float64Array>> = {};
  for (const c of CHANNELS) if (records[c]) out[c] = new Float64Array(n);
  const leap = isLeap(year);
  for (let k = 0; k < records.startUtcMs.length; k++) {
    const d = new Date(records.startUtcMs[k]);
    const month = d.getUTCMonth();
    const day = d.getUTCDate();
    if (month === 1 && day === 29 && !leap) continue;
    const t = Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes());
    const i = Math.round((t - timeline.startUtcMs) / stepMs);
    if (i < 0 || i >= n) continue;
    if (filled[i]) throw new WeatherParseError(`two records fall on ${new Date(t).toISOString()} of the typical year`);
    filled[i] = 1;
    for (const c of CHANNELS) {
      const src = records[c];
      if (src) out[c]![i] = src[k];
    }
  }
  if (leap) {
    const feb29 = Math.round((Date.UTC(year, 1, 29) - timeline.startUtcMs) / stepMs);
    const perDay = (24 * 60) / records.stepMinutes;
    if (!filled[feb29]) {
      for (let j = 0; j < perDay; j++) {
        if (filled[feb29 + j]) continue;
        filled[feb29 + j] = 1;
        for (const c of CHANNELS) if (out[c]) out[c]![feb29 + j] = out[c]![feb29 - perDay + j];
      }
    }
  }
  const missing = filled.indexOf(0);
  if (missing >= 0) {
    throw new WeatherParseError(`no record for ${new Date(timeline.startUtcMs + missing * stepMs).toISOString()} (and maybe later): a typical year needs every step`);
  }
  return finishPlacement(records, seriesFrom(records, timeline, out), options);
}

/** Records that already form one contiguous regular period become a series as they are. */
export function recordsToSeries(records: WeatherRecords, options: PlacementOptions = {}): WeatherSeries {
  const stepMs = records.stepMinutes * 60_000;
  const t = records.startUtcMs;
  for (let k = 1; k < t.length; k++) {
    if (t[k] - t[k - 1] !== stepMs) {
      throw new WeatherParseError(
        `records are not contiguous: ${new Date(t[k - 1]).toISOString()} is followed by ${new Date(t[k]).toISOString()} (use toTypicalYear for a TMY)`,
      );
    }
  }
  const timeline: Timeline = { startUtcMs: t[0], stepMinutes: records.stepMinutes, length: t.length };
  const out: Partial<Record<Channel, Float64Array>> = {};
  for (const c of CHANNELS) if (records[c]) out[c] = Float64Array.from(records[c]!);
  return finishPlacement(records, seriesFrom(records, timeline, out), options);
}

function seriesFrom(records: WeatherRecords, timeline: Timeline, out: Partial<Record<Channel, Float64Array>>): WeatherSeries {
  return {
    timeline,
    ghiWm2: out.ghiWm2!,
    dniWm2: out.dniWm2,
    dhiWm2: out.dhiWm2,
    tempC: out.tempC!,
    windMs: out.windMs,
    source: records.source,
    site: records.site,
  };
}

/** True when consecutive records are one regular period (real measured year rather than a TMY). */
export function isContiguous(records: WeatherRecords): boolean {
  const stepMs = records.stepMinutes * 60_000;
  for (let k = 1; k < records.startUtcMs.length; k++) if (records.startUtcMs[k] - records.startUtcMs[k - 1] !== stepMs) return false;
  return true;
}
