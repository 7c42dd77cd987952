/**
 * Reading of "time ; value" CSV files (imported price and CO2 intensity series) into a regular UTC series, with a
 * report of empty rows, gaps and how they were filled, the same way the Enedis load-curve importer reports them.
 *
 * Time is one column (ISO 8601 with or without offset, or French 'JJ/MM/AAAA hh:mm') or a date column plus an hour
 * column ('00:00', '0h30', '00 - 01', '00:00 - 01:00': the start of the interval is kept). Naive times are
 * Europe/Paris legal time (models/calendar/parisTime.ts): the repeated autumn hour is told apart by row order, a
 * time in the skipped spring hour is an error naming its line. Each row's time marks the START of its interval.
 * Separators: semicolon (French exports) or tab (RTE eCO2mix files). Decimals: French or English. Encodings: UTF-8
 * with or without BOM, Windows-1252 (models/loads/decodeText.ts).
 *
 * The step is the smallest spacing between consecutive rows (it must divide one hour); missing rows and rows with
 * an empty value become gaps, filled by models/loads/gapFill.ts (interpolation up to 2 h, then the same local time
 * one week before or after, then interpolation).
 */
import { parisNaiveToUtcMs } from '../calendar/parisTime';
import type { Timeline } from '../core/timeline';
import { normalizeHeader, parseDecimal, parseTimestamp, splitFields, splitLines } from '../loads/csvText';
import { decodeText, type TextEncodingName } from '../loads/decodeText';
import { fillGaps } from '../loads/gapFill';
import { LoadFileError } from '../loads/loadFileError';
import { STEP_QUALITY } from '../loads/resampleMeterPoints';

export type SeriesGapFilledBy = 'interpolation' | 'previousWeek' | 'nextWeek' | 'mixed' | 'unfilled';

export interface SeriesGapRange {
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  readonly minutes: number;
  readonly filledBy: SeriesGapFilledBy;
}

export interface ImportedTimeSeries {
  readonly encoding: TextEncodingName;
  /** Regular UTC timeline of the file, from its first to its last row. */
  readonly timeline: Timeline;
  /** Values in the target unit (EUR/kWh, kg CO2e/kWh); NaN where a gap could not be filled. */
  readonly values: Float64Array;
  /** STEP_QUALITY (models/loads/resampleMeterPoints.ts) per step. */
  readonly quality: Uint8Array;
  /** Header of the value column as written in the file ('' without header). */
  readonly valueHeader: string;
  /** Data rows read (with or without a value). */
  readonly rowCount: number;
  /** Rows whose value was empty (counted in the gaps). */
  readonly emptyValueCount: number;
  readonly gaps: { readonly count: number; readonly totalMinutes: number; readonly longestMinutes: number; readonly ranges: readonly SeriesGapRange[] };
  readonly duplicates: { readonly count: number; readonly lines: readonly number[] };
  readonly unfilledSteps: number;
  readonly stats: { readonly min: number; readonly mean: number; readonly max: number };
}

export interface TimedCsvSpec {
  /** Which column holds the values, from its normalised header (normalizeHeader). */
  isValueHeader(normalizedHeader: string): boolean;
  /** Divisor from the file's unit to the target unit (1000 for EUR/MWh → EUR/kWh), from the value header or the caller's option; undefined = unknown. */
  divisorOf(valueHeader: string): number | undefined;
  /** Message when the unit can be known neither from the header nor from the option. */
  readonly unknownUnitMessage: string;
  /** Name of the value in messages ('price', 'CO2 intensity'). */
  readonly valueName: string;
  /** Refuses an implausible value (already scaled); returns a message, or undefined when acceptable. */
  check(value: number): string | undefined;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const TIME_HEADERS = ['horodate', 'horodatage', 'date et heure', 'datetime', 'timestamp', 'date/heure', 'date heure', 'time', 'heure utc'];
const DATE_HEADERS = ['date', 'jour', 'day'];
const HOUR_HEADERS = ['heure', 'heures', 'hour', 'hours', 'creneau', 'tranche horaire', 'periode', 'period'];

/** Normalises an hour field to 'hh:mm[:ss]': '0h30' → '00:30', '00 - 01' → '00:00', '13:00 - 14:00' → '13:00'. */
export function normalizeHourField(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(\d{1,2})(?:\s*[:hH]\s*(\d{2}))?(?::(\d{2}))?(?:\s*[-–àa]\s*\d{1,2}(?:\s*[:hH]\s*\d{2})?(?::\d{2})?)?$/.exec(t);
  if (!m) return undefined;
  const hh = m[1].padStart(2, '0');
  return `${hh}:${m[2] ?? '00'}${m[3] ? `:${m[3]}` : ''}`;
}

function splitRow(line: string, tab: boolean): string[] {
  return splitFields(tab ? line.replace(/\t/g, ';') : line);
}

interface Columns {
  time?: number;
  date?: number;
  hour?: number;
  hourHeader?: string;
  value: number;
  valueHeader: string;
  timeHeader: string;
  headerLine: number;
  hasHeader: boolean;
}

function findColumns(header: string[], spec: TimedCsvSpec, line: number): Columns | undefined {
  const norm = header.map(normalizeHeader);
  const value = norm.findIndex((h) => spec.isValueHeader(h));
  if (value < 0) return undefined;
  const time = norm.findIndex((h, k) => k !== value && TIME_HEADERS.includes(h));
  const date = norm.findIndex((h, k) => k !== value && (DATE_HEADERS.includes(h) || h.startsWith('date')));
  const hour = norm.findIndex((h, k) => k !== value && HOUR_HEADERS.includes(h));
  const common = { value, valueHeader: header[value], headerLine: line, hasHeader: true };
  if (time >= 0) return { time, timeHeader: header[time], ...common };
  if (date >= 0 && hour >= 0) return { date, hour, hourHeader: header[hour], timeHeader: header[date], ...common };
  if (date >= 0) return { time: date, timeHeader: header[date], ...common };
  throw new LoadFileError(`no time column found: expected a column named e.g. 'Horodate', or 'Date' and 'Heure' (found: ${header.join(', ')})`, line, 1);
}

function describeFill(seen: Set<number>): SeriesGapFilledBy {
  if (seen.has(STEP_QUALITY.unfilled)) return 'unfilled';
  seen.delete(STEP_QUALITY.measured);
  seen.delete(STEP_QUALITY.partial);
  if (seen.size !== 1) return 'mixed';
  const only = [...seen][0];
  return only === STEP_QUALITY.interpolated ? 'interpolation' : only === STEP_QUALITY.previousWeek ? 'previousWeek' : 'nextWeek';
}

/**
 * Parses the file. The unit comes from spec.divisorOf (header or option). Throws LoadFileError naming the line
 * and column of the first bad row.
 */
export function parseTimedCsv(bytes: Uint8Array, spec: TimedCsvSpec): ImportedTimeSeries {
  const { text, encoding } = decodeText(bytes);
  const lines = splitLines(text);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new LoadFileError('the file is empty');
  const tab = lines[first].includes('\t') && !lines[first].includes(';');

  // The header is the first line naming a value column; a file starting with a timestamp has none.
  let cols: Columns | undefined;
  for (let k = first; k < Math.min(lines.length, first + 20) && !cols; k++) {
    if (lines[k].trim() === '') continue;
    const fields = splitRow(lines[k], tab);
    if (/^\d/.test(fields[0] ?? '')) break;
    cols = findColumns(fields, spec, k + 1);
  }
  if (!cols) {
    const fields = splitRow(lines[first], tab);
    if (!/^\d/.test(fields[0] ?? '')) {
      throw new LoadFileError(`no ${spec.valueName} column found in the header (found: ${fields.join(', ')})`, first + 1, 1);
    }
    cols = { time: 0, value: 1, valueHeader: '', timeHeader: 'timestamp', headerLine: first, hasHeader: false };
  }
  const divisor = spec.divisorOf(cols.valueHeader);
  if (divisor === undefined) throw new LoadFileError(spec.unknownUnitMessage, cols.hasHeader ? cols.headerLine : undefined, cols.hasHeader ? cols.value + 1 : undefined, cols.valueHeader || undefined);
  const valueField = cols.valueHeader || spec.valueName;
  const timeField = cols.timeHeader;

  const times: number[] = [];
  const values: number[] = [];
  const rowLines: number[] = [];
  let emptyValues = 0;
  let rowCount = 0;
  let previous: number | undefined;
  const start = cols.hasHeader ? cols.headerLine : first;
  for (let k = start; k < lines.length; k++) {
    if (lines[k].trim() === '') continue;
    const line = k + 1;
    const f = splitRow(lines[k], tab);
    let stampText: string;
    if (cols.time !== undefined) {
      stampText = f[cols.time] ?? '';
    } else {
      const hour = normalizeHourField(f[cols.hour!] ?? '');
      const dateText = f[cols.date!] ?? '';
      if (hour === undefined && /^\d/.test(dateText)) throw new LoadFileError(`'${f[cols.hour!] ?? ''}' is not an hour (expected e.g. 13:30)`, line, cols.hour! + 1, cols.hourHeader);
      stampText = `${dateText} ${hour ?? ''}`;
    }
    // A trailing note (the eCO2mix disclaimer) or a repeated header: text where the time should be, and no value.
    if (!/^\d/.test(stampText.trim())) {
      const valueText = f[cols.value] ?? '';
      if (valueText === '' || (cols.hasHeader && spec.isValueHeader(normalizeHeader(valueText)))) continue;
    }
    const timeColumn = (cols.time ?? cols.date!) + 1;
    const ts = parseTimestamp(stampText, line, timeColumn, timeField);
    let utc: number;
    if (ts.offsetMinutes !== null) utc = ts.naiveMs - ts.offsetMinutes * MINUTE_MS;
    else {
      utc = parisNaiveToUtcMs(ts.naiveMs, previous);
      if (Number.isNaN(utc)) throw new LoadFileError(`local time '${stampText.trim()}' does not exist in Europe/Paris (spring clock change)`, line, timeColumn, timeField);
    }
    rowCount++;
    const raw = f[cols.value] ?? '';
    const v = parseDecimal(raw, line, cols.value + 1, valueField);
    previous = utc;
    if (Number.isNaN(v)) {
      emptyValues++;
      continue;
    }
    const scaled = v / divisor;
    const problem = spec.check(scaled);
    if (problem) throw new LoadFileError(problem, line, cols.value + 1, valueField);
    times.push(utc);
    values.push(scaled);
    rowLines.push(line);
  }
  if (times.length < 2) throw new LoadFileError(`a ${spec.valueName} series needs at least two rows with a value`);

  const order = times.map((_, k) => k).sort((a, b) => times[a] - times[b] || a - b);
  let stepMs = Infinity;
  for (let k = 1; k < order.length; k++) {
    const d = times[order[k]] - times[order[k - 1]];
    if (d > 0 && d < stepMs) stepMs = d;
  }
  if (!Number.isFinite(stepMs) || HOUR_MS % stepMs !== 0 || stepMs % MINUTE_MS !== 0) {
    throw new LoadFileError(`rows are ${stepMs / MINUTE_MS} min apart at the closest: the step must divide one hour (1, 5, 10, 15, 30 or 60 min)`);
  }
  const t0 = times[order[0]];
  const n = Math.round((times[order[order.length - 1]] - t0) / stepMs) + 1;
  const timeline: Timeline = { startUtcMs: t0, stepMinutes: stepMs / MINUTE_MS, length: n };
  const out = new Float64Array(n).fill(Number.NaN);
  const quality = new Uint8Array(n).fill(STEP_QUALITY.unfilled);
  const dupLines: number[] = [];
  let dupCount = 0;
  for (const k of order) {
    const offset = times[k] - t0;
    if (offset % stepMs !== 0) throw new LoadFileError(`time is not on the file's ${stepMs / MINUTE_MS}-min grid`, rowLines[k], (cols.time ?? cols.date!) + 1, timeField);
    const i = offset / stepMs;
    if (!Number.isNaN(out[i])) {
      dupCount++;
      if (dupLines.length < 100) dupLines.push(rowLines[k]);
      continue;
    }
    out[i] = values[k];
    quality[i] = STEP_QUALITY.measured;
  }

  // Gap runs on the file's own step, before filling.
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < n; ) {
    if (!Number.isNaN(out[i])) {
      i++;
      continue;
    }
    let b = i;
    while (b < n && Number.isNaN(out[b])) b++;
    runs.push([i, b]);
    i = b;
  }
  const unfilledSteps = fillGaps(out, quality, timeline);
  const ranges: SeriesGapRange[] = runs.map(([a, b]) => {
    const seen = new Set<number>();
    for (let k = a; k < b; k++) seen.add(quality[k]);
    return { startUtcMs: t0 + a * stepMs, endUtcMs: t0 + b * stepMs, minutes: ((b - a) * stepMs) / MINUTE_MS, filledBy: describeFill(seen) };
  });
  let total = 0;
  let longest = 0;
  for (const r of ranges) {
    total += r.minutes;
    if (r.minutes > longest) longest = r.minutes;
  }
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = out[i];
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    count++;
  }
  return {
    encoding,
    timeline,
    values: out,
    quality,
    valueHeader: cols.valueHeader,
    rowCount,
    emptyValueCount: emptyValues,
    gaps: { count: ranges.length, totalMinutes: total, longestMinutes: longest, ranges },
    duplicates: { count: dupCount, lines: dupLines },
    unfilledSteps,
    stats: { min, mean: count ? sum / count : Number.NaN, max },
  };
}
