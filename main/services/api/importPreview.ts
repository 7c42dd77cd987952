/**
 * Imports handed over by the window as bytes: an Enedis load curve, a weather file, a price or CO2 series is parsed by
 * the pure importers of models/, placed on the scenario's timeline (year `period.year`, step
 * `period.stepMinutes`, the length models/sim/assemble.ts checks), and summarised for a preview.
 * Nothing here writes to the project: importExportHandlers.ts stores only on commit.
 */
import { IlotApiError } from '../../../models/api/errors';
import type { DstDay, LoadPreview, PreviewPoint, ScenarioFit, SeriesPreview, WeatherMonthRow, WeatherPreview } from '../../../models/api/importExportContract';
import { localCalendar } from '../../../models/calendar/localCalendar';
import { isoDateOfEpochDay, MS_PER_DAY, parisEpochDay, parisNaiveToUtcMs } from '../../../models/calendar/parisTime';
import { yearTimeline, type Timeline } from '../../../models/core/timeline';
import { energyKwhToMeanKw, importEnedisLoadCurve } from '../../../models/loads/importEnedisLoadCurve';
import { LoadFileError } from '../../../models/loads/loadFileError';
import { loadOnTimeline } from '../../../models/loads/loadOnTimeline';
import { importCo2SeriesCsv, type Co2Unit } from '../../../models/imports/co2Csv';
import { importPriceSeriesCsv, type PriceUnit } from '../../../models/imports/priceCsv';
import { timelineMapping } from '../../../models/imports/seriesOnTimeline';
import type { ImportedTimeSeries } from '../../../models/imports/timedCsv';
import { parseGenericCsv, type CsvMapping } from '../../../models/weather/genericCsv';
import { detectWeatherFormat, parseWeatherRecords } from '../../../models/weather/parseWeather';
import { resampleWeather } from '../../../models/weather/resample';
import { isContiguous, toTypicalYear } from '../../../models/weather/typicalYear';
import { WeatherParseError, type WeatherSeries } from '../../../models/weather/weatherSeries';

export interface ScenarioPeriod {
  readonly year: number;
  readonly stepMinutes: number;
}

/** Preview curves stay drawable: at most this many points. */
export const MAX_PREVIEW_POINTS = 2000;

export function decodeBase64(base64: string): Uint8Array {
  const buffer = Buffer.from(base64, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A file problem as a validation error naming the file (the parsers already name line and column). */
export function fileError(fileName: string, message: string): IlotApiError {
  const text = `${fileName}: ${message}`;
  return new IlotApiError({ code: 'validation', message: text, issues: [{ path: 'base64', message: text }] });
}

function rethrowParseError(fileName: string, error: unknown): never {
  if (error instanceof LoadFileError || error instanceof WeatherParseError) throw fileError(fileName, error.message);
  throw error;
}

/** Local days of 23 h or 25 h (clock changes) between two instants. */
export function dstDaysBetween(startUtcMs: number, endUtcMs: number): DstDay[] {
  const out: DstDay[] = [];
  const first = parisEpochDay(startUtcMs);
  const last = parisEpochDay(endUtcMs - 1);
  for (let d = first; d <= last; d++) {
    // Paris clocks change at 02:00/03:00, so local midnight always exists once.
    const hours = (parisNaiveToUtcMs((d + 1) * MS_PER_DAY) - parisNaiveToUtcMs(d * MS_PER_DAY)) / 3_600_000;
    if (hours === 23 || hours === 25) out.push({ date: isoDateOfEpochDay(d), hours });
  }
  return out;
}

/**
 * Energy per step → a drawable curve: hourly mean kW when the period is short enough, otherwise
 * energy per local day (kWh; mean per day when days are merged because the period exceeds
 * MAX_PREVIEW_POINTS days). Unfilled steps (NaN) are left out and the day is scaled from its
 * measured steps; a bucket less than half measured is null.
 */
export function previewCurve(energyKwh: Float64Array, timeline: Timeline): { unit: 'hourKw' | 'dayKwh'; points: PreviewPoint[] } {
  const stepMs = timeline.stepMinutes * 60_000;
  const hours = (timeline.length * stepMs) / 3_600_000;
  const points: PreviewPoint[] = [];
  if (hours <= MAX_PREVIEW_POINTS) {
    const perBucket = Math.max(1, Math.round(60 / timeline.stepMinutes));
    for (let a = 0; a < timeline.length; a += perBucket) {
      let sum = 0;
      let seen = 0;
      const b = Math.min(timeline.length, a + perBucket);
      for (let i = a; i < b; i++) {
        if (Number.isNaN(energyKwh[i])) continue;
        sum += energyKwh[i];
        seen++;
      }
      points.push({ tUtcMs: timeline.startUtcMs + a * stepMs, value: seen ? (sum / seen) * (60 / timeline.stepMinutes) : null });
    }
    return { unit: 'hourKw', points };
  }
  const firstDay = parisEpochDay(timeline.startUtcMs);
  const days = parisEpochDay(timeline.startUtcMs + (timeline.length - 1) * stepMs) - firstDay + 1;
  const daysPerBucket = Math.ceil(days / MAX_PREVIEW_POINTS);
  const sums = new Float64Array(Math.ceil(days / daysPerBucket));
  const seen = new Uint32Array(sums.length);
  for (let i = 0; i < timeline.length; i++) {
    if (Number.isNaN(energyKwh[i])) continue;
    const k = Math.floor((parisEpochDay(timeline.startUtcMs + i * stepMs) - firstDay) / daysPerBucket);
    sums[k] += energyKwh[i];
    seen[k]++;
  }
  for (let k = 0; k < sums.length; k++) {
    // Steps the bucket's local days hold (23 h and 25 h days included). A day cut by the timeline's
    // ends or by unfilled steps is scaled from its measured mean when at least half of it is known,
    // and left out (null) otherwise, so the curve does not dive at the edges of a UTC year.
    const a = firstDay + k * daysPerBucket;
    const b = Math.min(firstDay + days, a + daysPerBucket);
    const expected = (parisNaiveToUtcMs(b * MS_PER_DAY) - parisNaiveToUtcMs(a * MS_PER_DAY)) / stepMs;
    points.push({ tUtcMs: parisNaiveToUtcMs(a * MS_PER_DAY), value: seen[k] >= expected / 2 ? (sums[k] * expected) / seen[k] / (b - a) : null });
  }
  return { unit: 'dayKwh', points };
}

export interface AnalysedLoad {
  readonly preview: LoadPreview;
  /** Mean kW per step on the scenario's timeline (NaN where the file gives nothing). */
  readonly loadKw: Float64Array;
  readonly target: Timeline;
}

/** Parses an Enedis file at the scenario's step and aligns it on the scenario's year, week by week. */
export function analyseLoadFile(bytes: Uint8Array, fileName: string, period: ScenarioPeriod): AnalysedLoad {
  let curve: ReturnType<typeof importEnedisLoadCurve>;
  try {
    curve = importEnedisLoadCurve(bytes, { stepMinutes: period.stepMinutes });
  } catch (e) {
    rethrowParseError(fileName, e);
  }
  const target = yearTimeline(period.year, period.stepMinutes);
  const aligned = loadOnTimeline(curve.energyKwh, curve.timeline, target);
  let yearKwh = 0;
  for (let i = 0; i < aligned.energyKwh.length; i++) if (!Number.isNaN(aligned.energyKwh[i])) yearKwh += aligned.energyKwh[i];
  let peakKwh = 0;
  for (let i = 0; i < curve.energyKwh.length; i++) if (curve.energyKwh[i] > peakKwh) peakKwh = curve.energyKwh[i];
  const stepMs = curve.timeline.stepMinutes * 60_000;
  const endUtcMs = curve.timeline.startUtcMs + curve.timeline.length * stepMs;
  const { unit, points } = previewCurve(curve.energyKwh, curve.timeline);
  const fit: ScenarioFit = { year: period.year, stepMinutes: period.stepMinutes, steps: target.length, missingSteps: aligned.missingSteps, energyKwh: yearKwh };
  const preview: LoadPreview = {
    fileName,
    format: curve.format,
    encoding: curve.encoding,
    prm: curve.prm,
    startUtcMs: curve.timeline.startUtcMs,
    endUtcMs,
    stepMinutes: curve.timeline.stepMinutes,
    sourceStepsMinutes: curve.sourceStepsMinutes,
    pointCount: curve.pointCount,
    missingValueCount: curve.missingValueCount,
    estimatedPointCount: curve.estimatedPointCount,
    measuredEnergyKwh: curve.measuredEnergyKwh,
    peakKw: (peakKwh * 60) / curve.timeline.stepMinutes,
    gaps: curve.gaps,
    duplicates: curve.duplicates,
    unfilledSteps: curve.unfilledSteps,
    dstDays: dstDaysBetween(curve.timeline.startUtcMs, endUtcMs),
    curveUnit: unit,
    curve: points,
    fit,
  };
  return { preview, loadKw: energyKwhToMeanKw(aligned.energyKwh, period.stepMinutes), target };
}

/** Weather files are UTF-8; older EPW files carry accented city names in Latin-1. */
export function decodeWeatherText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

export interface AnalysedWeather {
  readonly preview: WeatherPreview;
  readonly series: WeatherSeries;
}

/**
 * Parses a PVGIS TMY (CSV or JSON) or EPW file (or any CSV given its column mapping) and places it on the scenario's year (each record
 * keeps its UTC month, day and hour: toTypicalYear) and step (energy-conserving resampling; finer
 * steps follow the sun's geometry when the file gives the site).
 */
export function analyseWeatherFile(bytes: Uint8Array, fileName: string, period: ScenarioPeriod, csvMapping?: CsvMapping): AnalysedWeather {
  const text = decodeWeatherText(bytes);
  const format = csvMapping ? 'csv' : detectWeatherFormat(text);
  if (!format) throw fileError(fileName, 'not a PVGIS TMY (CSV or JSON) or EPW file; other CSV files need a column mapping (csvMapping)');
  let series: WeatherSeries;
  let records: ReturnType<typeof parseWeatherRecords>;
  try {
    records = csvMapping ? parseGenericCsv(text, { label: fileName, ...csvMapping }) : parseWeatherRecords(text, fileName);
    series = toTypicalYear(records, period.year);
  } catch (e) {
    rethrowParseError(fileName, e);
  }
  if (series.timeline.stepMinutes !== period.stepMinutes) {
    const finer = period.stepMinutes < series.timeline.stepMinutes;
    series = resampleWeather(series, period.stepMinutes, { irradiance: finer && records.site ? 'sun-geometry' : 'hold' });
  }
  const tl = series.timeline;
  const calendar = localCalendar(tl);
  const ghi = new Float64Array(12);
  const temp = new Float64Array(12);
  const count = new Uint32Array(12);
  const dtH = tl.stepMinutes / 60;
  let annualGhi = 0;
  let tempSum = 0;
  for (let i = 0; i < tl.length; i++) {
    const m = calendar.localMonth[i];
    ghi[m] += (series.ghiWm2[i] * dtH) / 1000;
    temp[m] += series.tempC[i];
    count[m]++;
    annualGhi += (series.ghiWm2[i] * dtH) / 1000;
    tempSum += series.tempC[i];
  }
  const months: WeatherMonthRow[] = [];
  for (let m = 0; m < 12; m++) months.push({ month: m + 1, ghiKwhM2: ghi[m], meanTempC: count[m] ? temp[m] / count[m] : Number.NaN });
  const channels = ['ghiWm2', 'tempC', 'dniWm2', 'dhiWm2', 'windMs'].filter((c) => series[c as keyof WeatherSeries] !== undefined);
  const target = yearTimeline(period.year, period.stepMinutes);
  const preview: WeatherPreview = {
    fileName,
    format,
    sourceLabel: records.source.label,
    site: records.site ?? null,
    recordCount: records.startUtcMs.length,
    recordStepMinutes: records.stepMinutes,
    typicalYear: !isContiguous(records),
    channels,
    notes: records.notes,
    annualGhiKwhM2: annualGhi,
    meanTempC: tempSum / tl.length,
    months,
    fit: { year: period.year, stepMinutes: period.stepMinutes, steps: target.length, missingSteps: Math.max(0, target.length - tl.length) },
  };
  return { preview, series };
}

/** Mean of a series per hour (or per local day beyond MAX_PREVIEW_POINTS hours); NaN steps left out. */
export function meanCurve(values: Float64Array, timeline: Timeline): { unit: 'hour' | 'day'; points: PreviewPoint[] } {
  const stepMs = timeline.stepMinutes * 60_000;
  const hours = (timeline.length * stepMs) / 3_600_000;
  const byHour = hours <= MAX_PREVIEW_POINTS;
  const keyOf = (i: number) => {
    const t = timeline.startUtcMs + i * stepMs;
    return byHour ? Math.floor(t / 3_600_000) : parisEpochDay(t);
  };
  const points: PreviewPoint[] = [];
  let i = 0;
  while (i < timeline.length) {
    const key = keyOf(i);
    let sum = 0;
    let seen = 0;
    const first = i;
    for (; i < timeline.length && keyOf(i) === key; i++) {
      if (Number.isNaN(values[i])) continue;
      sum += values[i];
      seen++;
    }
    points.push({ tUtcMs: byHour ? key * 3_600_000 : Math.min(parisNaiveToUtcMs(key * MS_PER_DAY), timeline.startUtcMs + first * stepMs), value: seen ? sum / seen : null });
  }
  if (points.length > MAX_PREVIEW_POINTS) {
    // More than MAX_PREVIEW_POINTS days: merge neighbouring days.
    const per = Math.ceil(points.length / MAX_PREVIEW_POINTS);
    const merged: PreviewPoint[] = [];
    for (let k = 0; k < points.length; k += per) {
      const group = points.slice(k, k + per).filter((p) => p.value !== null);
      merged.push({ tUtcMs: points[k].tUtcMs, value: group.length ? group.reduce((a, p) => a + (p.value as number), 0) / group.length : null });
    }
    return { unit: 'day', points: merged };
  }
  return { unit: byHour ? 'hour' : 'day', points };
}

export interface AnalysedSeries {
  readonly preview: SeriesPreview;
  readonly series: ImportedTimeSeries;
}

function seriesPreview(fileName: string, kind: 'price' | 'co2', format: SeriesPreview['format'], sourceUnit: string, s: ImportedTimeSeries, period: ScenarioPeriod): SeriesPreview {
  const tl = s.timeline;
  const stepMs = tl.stepMinutes * 60_000;
  const endUtcMs = tl.startUtcMs + tl.length * stepMs;
  const target = yearTimeline(period.year, period.stepMinutes);
  const field = kind === 'price' ? 'grid.tariff.referenceId' : 'grid.co2.referenceId';
  const mapping = timelineMapping(tl, target, field);
  let missingSteps = 0;
  for (let i = 0; i < target.length; i++) {
    for (let k = 0; k < mapping.piecesPerStep; k++) {
      const j = mapping.sourceIndex[i * mapping.piecesPerStep + k];
      if (j < 0 || Number.isNaN(s.values[j])) {
        missingSteps++;
        break;
      }
    }
  }
  const { unit, points } = meanCurve(s.values, tl);
  const firstRows: { tUtcMs: number; value: number }[] = [];
  for (let i = 0; i < Math.min(10, tl.length); i++) firstRows.push({ tUtcMs: tl.startUtcMs + i * stepMs, value: s.values[i] });
  return {
    fileName,
    kind,
    format,
    encoding: s.encoding,
    unit: kind === 'price' ? 'EUR/kWh' : 'kgCO2e/kWh',
    sourceUnit,
    valueHeader: s.valueHeader,
    startUtcMs: tl.startUtcMs,
    endUtcMs,
    stepMinutes: tl.stepMinutes,
    rowCount: s.rowCount,
    emptyValueCount: s.emptyValueCount,
    stats: s.stats,
    firstRows,
    gaps: s.gaps,
    duplicates: s.duplicates,
    unfilledSteps: s.unfilledSteps,
    dstDays: dstDaysBetween(tl.startUtcMs, endUtcMs),
    curveUnit: unit,
    curve: points,
    fit: {
      year: period.year,
      stepMinutes: period.stepMinutes,
      steps: target.length,
      missingSteps,
      mappedSteps: mapping.mappedSteps,
      sourceYears: mapping.sourceYears,
      feb29FromFeb28: mapping.feb29FromFeb28Pieces > 0,
      notes: mapping.notes,
    },
  };
}

/** Parses a price series file (models/imports/priceCsv.ts) and tells how it lands on the scenario's year. */
export function analysePriceFile(bytes: Uint8Array, fileName: string, period: ScenarioPeriod, unit?: PriceUnit): AnalysedSeries {
  let series: ReturnType<typeof importPriceSeriesCsv>;
  try {
    series = importPriceSeriesCsv(bytes, { unit });
  } catch (e) {
    rethrowParseError(fileName, e);
  }
  return { series, preview: seriesPreview(fileName, 'price', 'price-csv', series.sourceUnit, series, period) };
}

/** Parses a CO2 intensity file (RTE eCO2mix or generic, models/imports/co2Csv.ts). */
export function analyseCo2File(bytes: Uint8Array, fileName: string, period: ScenarioPeriod, unit?: Co2Unit): AnalysedSeries {
  let series: ReturnType<typeof importCo2SeriesCsv>;
  try {
    series = importCo2SeriesCsv(bytes, { unit });
  } catch (e) {
    rethrowParseError(fileName, e);
  }
  return { series, preview: seriesPreview(fileName, 'co2', series.format, series.sourceUnit, series, period) };
}
