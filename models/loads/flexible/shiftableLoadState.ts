/**
 * Per-step state of a shiftable load: each local day's energy must be consumed inside the local window
 * [windowStartLocal, windowEndLocal) (a window ending before it starts runs over midnight and belongs to the day
 * it starts). The dispatch asks `maxKw(i)` (what it may place now) and `mustRunKw(i)` (the least it must place now
 * so the rest still fits at maxPowerKw in the window's remaining steps), then calls `consume(i, kw)`.
 * Windows cut by the timeline's start or end owe the matching fraction of the daily energy. A window made longer
 * or shorter by a clock change keeps the full daily energy. Windows should start and end on step boundaries
 * (a 08:30 start on an hourly timeline opens at 09:00). Allocation-free after construction.
 */
import type { LocalCalendar } from '../../calendar/localCalendar';
import { parseLocalClock } from '../../calendar/localCalendar';
import { formatIssues, shiftableLoadSchema, type ShiftableLoadSpec, windowMinutes } from './flexibleLoadSpecs';

export class ShiftableLoadState {
  readonly name: string;
  readonly maxPowerKw: number;
  private readonly stepH: number;
  /** Window occurrence of each step (−1 outside any window). */
  private readonly windowOf: Int32Array;
  /** Window steps left from this step to the end of its window, this one included. */
  private readonly stepsLeft: Uint16Array;
  /** Energy owed by each window occurrence, kWh. */
  private readonly dueKwh: Float64Array;
  private readonly consumedSeries: Float64Array;
  private currentWindow = -1;
  private remaining = 0;
  private latestStep = -1;

  constructor(spec: ShiftableLoadSpec, calendar: LocalCalendar) {
    const r = shiftableLoadSchema.safeParse(spec);
    if (!r.success) throw new RangeError(formatIssues('shiftable load', r.error));
    const s = r.data;
    this.name = s.name;
    this.maxPowerKw = s.maxPowerKw;
    const tl = calendar.timeline;
    const n = tl.length;
    this.stepH = tl.stepMinutes / 60;
    const start = parseLocalClock(s.windowStartLocal) % 1440;
    const end = parseLocalClock(s.windowEndLocal) % 1440;
    const wraps = end <= start;
    this.windowOf = new Int32Array(n).fill(-1);
    this.stepsLeft = new Uint16Array(n);
    this.consumedSeries = new Float64Array(n);
    // Occurrences are numbered by the local day their window starts on, plus one (a timeline opening inside a
    // window that runs over midnight starts with the previous day's occurrence, id 0).
    let maxId = -1;
    for (let i = 0; i < n; i++) {
      const m = calendar.localMinuteOfDay[i];
      const day = calendar.localDayIndex[i];
      let id = -1;
      if (!wraps) {
        if (m >= start && m < end) id = day + 1;
      } else if (m >= start) id = day + 1;
      else if (m < end) id = day;
      this.windowOf[i] = id;
      if (id > maxId) maxId = id;
    }
    const counts = new Uint32Array(maxId + 1);
    for (let i = n - 1; i >= 0; i--) {
      const id = this.windowOf[i];
      if (id < 0) continue;
      counts[id]++;
      this.stepsLeft[i] = i + 1 < n && this.windowOf[i + 1] === id ? this.stepsLeft[i + 1] + 1 : 1;
    }
    let firstId = -1;
    for (let i = 0; i < n && firstId < 0; i++) firstId = this.windowOf[i];
    const nominalSteps = windowMinutes(s.windowStartLocal, s.windowEndLocal) / tl.stepMinutes;
    this.dueKwh = new Float64Array(maxId + 1);
    for (let k = 0; k <= maxId; k++) {
      if (counts[k] === 0) continue;
      // Only the first and last occurrences can be cut by the timeline; clock changes elsewhere keep the full energy.
      const edge = k === firstId || k === maxId;
      this.dueKwh[k] = edge ? s.dailyEnergyKwh * Math.min(1, counts[k] / nominalSteps) : s.dailyEnergyKwh;
    }
  }

  private advance(step: number): void {
    if (!(step >= 0 && step < this.windowOf.length)) throw new RangeError(`step ${step} is outside the timeline`);
    if (step < this.latestStep) throw new RangeError(`steps must be visited in order (got ${step} after ${this.latestStep})`);
    this.latestStep = step;
    const id = this.windowOf[step];
    if (id >= 0 && id !== this.currentWindow) {
      this.currentWindow = id;
      this.remaining = this.dueKwh[id];
    }
  }

  private inWindow(step: number): boolean {
    return this.windowOf[step] >= 0;
  }

  /** Energy still owed by the current window, kWh (0 outside windows). */
  remainingKwh(step: number): number {
    this.advance(step);
    return this.inWindow(step) ? this.remaining : 0;
  }

  /** Most power that may be placed at this step (kW). */
  maxKw(step: number): number {
    this.advance(step);
    if (!this.inWindow(step)) return 0;
    return Math.min(this.maxPowerKw, this.remaining / this.stepH);
  }

  /** Least power that must be placed at this step so the window can still be completed (kW). */
  mustRunKw(step: number): number {
    this.advance(step);
    if (!this.inWindow(step)) return 0;
    const laterKwh = this.maxPowerKw * this.stepH * (this.stepsLeft[step] - 1);
    return Math.min(this.maxPowerKw, Math.max(0, this.remaining - laterKwh) / this.stepH);
  }

  /** Places `kw` at this step, clamped to [mustRunKw, maxKw]; returns the power placed. */
  consume(step: number, kw: number): number {
    const hi = this.maxKw(step);
    const lo = this.mustRunKw(step);
    const placed = Math.min(hi, Math.max(lo, kw));
    if (placed <= 0) return 0;
    this.consumedSeries[step] += placed;
    this.remaining -= placed * this.stepH;
    if (this.remaining < 1e-12) this.remaining = 0;
    return placed;
  }

  /** Power placed per step (kW), a view. */
  get consumedSeriesKw(): Float64Array {
    return this.consumedSeries;
  }
}

/** Baseline schedule without flexibility: each window's energy as early as possible at full power. */
export function asEarlyAsPossibleKw(spec: ShiftableLoadSpec, calendar: LocalCalendar): Float64Array {
  const state = new ShiftableLoadState(spec, calendar);
  for (let i = 0; i < calendar.timeline.length; i++) state.consume(i, Number.POSITIVE_INFINITY);
  return state.consumedSeriesKw;
}
