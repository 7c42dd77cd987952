/**
 * Synthetic load profiles scaled to an annual energy: `syntheticLoadKw(spec, timeline, calendar, inputs)` returns
 * the mean power (kW) of each step. Shapes and their sources: shapes.ts; heating part: thermoSensitive.ts;
 * public lighting: publicLighting.ts; off-peak water heaters: waterHeater.ts.
 *
 * Scaling: over a timeline of exactly one year (8760 or 8784 h) the energy equals `annualKwh`; over any other
 * length it is `annualKwh × hours / 8760`, distributed by the shape over the steps actually simulated (so a winter
 * month alone does not get its true share of a year — simulate whole years for annual figures).
 */
import type { LocalCalendar } from '../../calendar/localCalendar';
import { DAY_TYPE } from '../../calendar/localCalendar';
import type { Timeline } from '../../core/timeline';
import { addHeatingKw } from './thermoSensitive';
import { publicLightingShape } from './publicLighting';
import {
  GYM_MONTHLY,
  GYM_SATURDAY,
  GYM_SUNDAY,
  GYM_WEEKDAY_HOLIDAY,
  GYM_WEEKDAY_TERM,
  HOLIDAY_VILLAGE_OCCUPANCY,
  HOLIDAY_VILLAGE_WEEKEND_FACTOR,
  HOUSING_SHAPE,
  OFFICE_SHAPE,
  type ProfileShape,
  SCHOOL_CLOSED,
  SCHOOL_HALF_DAY,
  SCHOOL_OPEN_DAY,
} from './shapes';
import { type ParsedSyntheticLoadSpec, type SyntheticLoadSpec, syntheticLoadSpecSchema } from './syntheticLoadSpec';
import { waterHeaterKw } from './waterHeater';

export interface SyntheticLoadInputs {
  /** Outdoor temperature per step (°C), required when a heating share is given. */
  readonly tempC?: Float64Array;
  /** Sun elevation at the start of each step (degrees), required for public lighting. */
  readonly sunElevationDeg?: Float64Array;
}

export class SyntheticLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyntheticLoadError';
  }
}

/** Energy (kWh) the timeline should hold for a given annual energy. */
export function timelineTargetKwh(annualKwh: number, timeline: Timeline): number {
  const hours = (timeline.length * timeline.stepMinutes) / 60;
  return hours === 8760 || hours === 8784 ? annualKwh : (annualKwh * hours) / 8760;
}

function dayShapeValue(shape: ProfileShape, dayType: number, hour: number): number {
  const day = dayType === DAY_TYPE.working ? shape.working : dayType === DAY_TYPE.saturday ? shape.saturday : shape.sundayOrHoliday;
  return day[hour];
}

/** Relative (unscaled) power per step of a building profile. */
export function buildingShape(kind: 'housing' | 'office' | 'school' | 'gymnasium' | 'holidayVillage', calendar: LocalCalendar): Float64Array {
  const n = calendar.timeline.length;
  const out = new Float64Array(n);
  const school = calendar.isSchoolHoliday;
  if ((kind === 'school' || kind === 'gymnasium') && !school) {
    throw new SyntheticLoadError(`${kind} profile needs a calendar built with a schoolZone (localCalendar(timeline, { schoolZone }))`);
  }
  for (let i = 0; i < n; i++) {
    const h = calendar.localHour[i];
    const dt = calendar.dayType[i];
    const month = calendar.localMonth[i];
    let v: number;
    switch (kind) {
      case 'housing':
        v = dayShapeValue(HOUSING_SHAPE, dt, h) * HOUSING_SHAPE.monthly[month];
        break;
      case 'office':
        v = dayShapeValue(OFFICE_SHAPE, dt, h) * OFFICE_SHAPE.monthly[month];
        break;
      case 'school': {
        const open = dt === DAY_TYPE.working && school![i] === 0;
        v = !open ? SCHOOL_CLOSED : calendar.localDayOfWeek[i] === 2 ? SCHOOL_HALF_DAY[h] : SCHOOL_OPEN_DAY[h];
        break;
      }
      case 'gymnasium': {
        const day = dt === DAY_TYPE.working ? (school![i] ? GYM_WEEKDAY_HOLIDAY : GYM_WEEKDAY_TERM) : dt === DAY_TYPE.saturday ? GYM_SATURDAY : GYM_SUNDAY;
        v = day[h] * GYM_MONTHLY[month];
        break;
      }
      case 'holidayVillage': {
        const summer = month === 6 || month === 7;
        const weekend = dt !== DAY_TYPE.working && !summer ? HOLIDAY_VILLAGE_WEEKEND_FACTOR : 1;
        v = dayShapeValue(HOUSING_SHAPE, dt, h) * HOLIDAY_VILLAGE_OCCUPANCY[month] * weekend;
        break;
      }
    }
    out[i] = v;
  }
  return out;
}

function scaleTo(shape: Float64Array, stepHours: number, targetKwh: number): void {
  let sum = 0;
  for (let i = 0; i < shape.length; i++) sum += shape[i] * stepHours;
  const k = sum > 0 ? targetKwh / sum : 0;
  for (let i = 0; i < shape.length; i++) shape[i] *= k;
}

export function parseSyntheticLoadSpec(spec: unknown): ParsedSyntheticLoadSpec {
  const r = syntheticLoadSpecSchema.safeParse(spec);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new SyntheticLoadError(`load spec: ${where}${issue.message}`);
  }
  return r.data;
}

/** Mean power (kW) per step of a synthetic load. */
export function syntheticLoadKw(spec: SyntheticLoadSpec, timeline: Timeline, calendar: LocalCalendar, inputs: SyntheticLoadInputs = {}): Float64Array {
  const s = parseSyntheticLoadSpec(spec);
  const n = timeline.length;
  if (calendar.timeline.length !== n || calendar.timeline.startUtcMs !== timeline.startUtcMs || calendar.timeline.stepMinutes !== timeline.stepMinutes) {
    throw new SyntheticLoadError('calendar was built for another timeline');
  }
  const checkSeries = (name: string, series: Float64Array | undefined): Float64Array => {
    if (!series) throw new SyntheticLoadError(`${name} is required for a '${s.kind}' load${name === 'tempC' ? ' with a heating share' : ''}`);
    if (series.length !== n) throw new SyntheticLoadError(`${name} has ${series.length} values, the timeline ${n}`);
    return series;
  };
  const stepH = timeline.stepMinutes / 60;

  if (s.kind === 'publicLighting') {
    const elevation = checkSeries('sunElevationDeg', inputs.sunElevationDeg);
    const shape = publicLightingShape(elevation, calendar, s.switchElevationDeg, s.nightCut);
    if (s.installedKw !== undefined) {
      for (let i = 0; i < n; i++) shape[i] *= s.installedKw;
    } else {
      scaleTo(shape, stepH, timelineTargetKwh(s.annualKwh!, timeline));
    }
    return shape;
  }
  const target = timelineTargetKwh(s.annualKwh, timeline);
  if (s.kind === 'waterHeaterOffPeak') return waterHeaterKw(calendar, target, s.offPeakRanges, s.ratedKw, s.climateZone, s.altitudeM).kw;

  const share = s.heating?.annualShare ?? 0;
  const out = buildingShape(s.kind, calendar);
  scaleTo(out, stepH, target * (1 - share));
  if (share > 0) addHeatingKw(out, checkSeries('tempC', inputs.tempC), s.heating!.baseTempC, stepH, target * share);
  return out;
}
