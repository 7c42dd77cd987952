/**
 * Places an imported series (load power, price, CO2 intensity, weather channel) on a scenario's timeline, so an
 * import stays usable when the scenario's step or year changes (DESIGN.md, "Units, time, numbers": value i covers
 * [t_i, t_i + step)).
 *
 * - Where the series covers the scenario's instants, each scenario step takes the time-weighted mean of the series
 *   over the step: mean power for loads (energy conserved exactly), mean price or intensity for the others. A finer
 *   scenario step repeats the series' value.
 * - Instants the series does not cover (another year) are mapped by local Europe/Paris calendar position: the same
 *   month, day and wall-clock hour-minute in a year the series does cover (its own year first). 29 February of a
 *   leap scenario year takes 28 February when the series' year has none; the series' 29 February is unused on a
 *   common year. Days of the week do not line up (a Monday may take a Sunday's load): the notes say so.
 * - Steps still without a value (a series shorter than the year, or unfilled gaps) make the call throw
 *   SeriesCoverageError naming the scenario field.
 *
 * Pieces of gcd(step, series step, offset) are mapped one by one, so a series on another grid is averaged exactly.
 */
import { parisNaiveToUtcMs, utcToParisNaiveMs } from '../calendar/parisTime';
import type { Timeline } from '../core/timeline';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export class SeriesCoverageError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'SeriesCoverageError';
    this.field = field;
  }
}

export interface TimedSeries {
  readonly timeline: Timeline;
  readonly values: ArrayLike<number>;
}

/** Which source step each piece of each target step reads; built once and applied to several channels. */
export interface TimelineMapping {
  readonly target: Timeline;
  readonly source: Timeline;
  readonly piecesPerStep: number;
  /** Source index per piece, −1 when the series has nothing there. */
  readonly sourceIndex: Int32Array;
  /** Pieces read from another year than their own instant. */
  readonly mappedPieces: number;
  /** Target steps with at least one piece read from another year. */
  readonly mappedSteps: number;
  /** Local years of the series, in the order they are tried (its own year first). */
  readonly sourceYears: readonly number[];
  /** Target pieces of 29 February read from 28 February. */
  readonly feb29FromFeb28Pieces: number;
  readonly notes: readonly string[];
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const localDate = (utcMs: number) => new Date(utcToParisNaiveMs(utcMs)).toISOString().slice(0, 16).replace('T', ' ');

export function timelineMapping(source: Timeline, target: Timeline, field: string): TimelineMapping {
  const srcStepMs = source.stepMinutes * MINUTE_MS;
  const tgtStepMs = target.stepMinutes * MINUTE_MS;
  const srcStart = source.startUtcMs;
  const srcEnd = srcStart + source.length * srcStepMs;
  let pieceMs = gcd(gcd(srcStepMs, tgtStepMs), (((target.startUtcMs - srcStart) % srcStepMs) + srcStepMs) % srcStepMs || srcStepMs);
  if (pieceMs < MINUTE_MS) pieceMs = MINUTE_MS; // a series off the minute grid: read to the minute
  const piecesPerStep = tgtStepMs / pieceMs;
  const count = target.length * piecesPerStep;
  const sourceIndex = new Int32Array(count);
  // Local years the series touches, its own (most covered) year first.
  const firstYear = new Date(utcToParisNaiveMs(srcStart)).getUTCFullYear();
  const lastYear = new Date(utcToParisNaiveMs(srcEnd - 1)).getUTCFullYear();
  const midYear = new Date(utcToParisNaiveMs((srcStart + srcEnd) / 2)).getUTCFullYear();
  const years = [midYear];
  for (let y = firstYear; y <= lastYear; y++) if (y !== midYear) years.push(y);
  let mapped = 0;
  let mappedSteps = 0;
  let lastMappedStep = -1;
  let feb29From28 = 0;
  let previousMapped: number | undefined;
  for (let p = 0; p < count; p++) {
    const u = target.startUtcMs + p * pieceMs;
    if (u >= srcStart && u + pieceMs <= srcEnd) {
      sourceIndex[p] = Math.floor((u - srcStart) / srcStepMs);
      previousMapped = u;
      continue;
    }
    const naive = utcToParisNaiveMs(u);
    const d = new Date(naive);
    const month = d.getUTCMonth();
    const msOfDay = naive - Date.UTC(d.getUTCFullYear(), month, d.getUTCDate());
    let index = -1;
    for (const y of years) {
      let day = d.getUTCDate();
      const leapDay = month === 1 && day === 29 && !isLeap(y);
      if (leapDay) day = 28;
      const naiveSrc = Date.UTC(y, month, day) + msOfDay;
      let s = parisNaiveToUtcMs(naiveSrc, previousMapped);
      if (Number.isNaN(s)) s = naiveSrc - HOUR_MS; // skipped spring hour of the series' year: read with the winter offset
      if (s >= srcStart && s + pieceMs <= srcEnd) {
        index = Math.floor((s - srcStart) / srcStepMs);
        previousMapped = s;
        if (leapDay) feb29From28++;
        break;
      }
    }
    sourceIndex[p] = index;
    if (index >= 0) {
      mapped++;
      const step = Math.floor(p / piecesPerStep);
      if (step !== lastMappedStep) {
        mappedSteps++;
        lastMappedStep = step;
      }
    }
  }
  const notes: string[] = [];
  if (mapped > 0) {
    const tgtYear = new Date(utcToParisNaiveMs(target.startUtcMs + (target.length * tgtStepMs) / 2)).getUTCFullYear();
    const steps = mappedSteps;
    notes.push(
      `${field}: ${steps === target.length ? 'all' : steps} of the scenario's ${target.length} steps (year ${tgtYear}) read from the series' year ${years.join('/')} by month, day and local time; days of the week do not line up`,
    );
    if (feb29From28 > 0) notes.push(`${field}: 29 February taken from 28 February (the series' year has none)`);
  }
  if (source.stepMinutes !== target.stepMinutes) {
    notes.push(
      `${field}: series at ${source.stepMinutes} min ${target.stepMinutes > source.stepMinutes ? 'averaged over' : 'repeated on'} the scenario's ${target.stepMinutes}-min steps`,
    );
  }
  return { target, source, piecesPerStep, sourceIndex, mappedPieces: mapped, mappedSteps, sourceYears: years, feb29FromFeb28Pieces: feb29From28, notes };
}

/**
 * Values of one channel on the target timeline through a mapping; throws SeriesCoverageError when steps are left
 * without a value (outside the series or on NaN values).
 */
export function applyMapping(mapping: TimelineMapping, values: ArrayLike<number>, field: string): Float64Array {
  if (values.length !== mapping.source.length) throw new SeriesCoverageError(field, `${values.length} values for a series timeline of ${mapping.source.length} steps`);
  const { piecesPerStep, sourceIndex, target } = mapping;
  const out = new Float64Array(target.length);
  let missing = 0;
  let firstMissing = -1;
  for (let i = 0; i < target.length; i++) {
    let acc = 0;
    const base = i * piecesPerStep;
    for (let k = 0; k < piecesPerStep; k++) {
      const j = sourceIndex[base + k];
      acc += j >= 0 ? values[j] : Number.NaN;
    }
    const v = acc / piecesPerStep;
    out[i] = v;
    if (Number.isNaN(v)) {
      missing++;
      if (firstMissing < 0) firstMissing = i;
    }
  }
  if (missing > 0) {
    const src = mapping.source;
    const srcEnd = src.startUtcMs + src.length * src.stepMinutes * MINUTE_MS;
    throw new SeriesCoverageError(
      field,
      `the imported series (${localDate(src.startUtcMs)} to ${localDate(srcEnd)}, local time) leaves ${missing} of the scenario's ${target.length} steps without a value, the first at ${localDate(target.startUtcMs + firstMissing * target.stepMinutes * MINUTE_MS)}; import a series covering a whole year`,
    );
  }
  return out;
}

/** One series on the target timeline, with the notes that say how it was placed. */
export function seriesOnTimeline(series: TimedSeries, target: Timeline, field: string): { values: Float64Array; notes: readonly string[] } {
  const mapping = timelineMapping(series.timeline, target, field);
  return { values: applyMapping(mapping, series.values, field), notes: mapping.notes };
}
