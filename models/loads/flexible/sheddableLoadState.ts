/**
 * Per-step state of a sheddable load during a simulation (used by the dispatch, which calls, step after step:
 * `canShed(i)`, `shed(i, kw)` and `reboundKw(i)`). Allocation-free after construction.
 *
 * Rules: an event is a run of consecutive shed steps, at most `maxDurationMinutes` long; a new event may start
 * only `minGapMinutes` after the previous one ended. When an event ends, `reboundFraction` of its shed energy is
 * consumed again from `reboundDelayMinutes` after its end, at up to `powerKw` (a thermostatic load recovering at
 * full power) until that energy is back. Rebound energy that would fall after the timeline is reported in
 * `reboundBeyondEndKwh`.
 * The rebound delay is at least one step, since an event is known to be over only when a step passes without
 * shedding. Steps must be visited in increasing order (the dispatch's forward loop), calling `reboundKw(i)` at
 * every step; going back throws.
 */
import type { Timeline } from '../../core/timeline';
import { formatIssues, sheddableLoadSchema, type SheddableLoadSpec } from './flexibleLoadSpecs';

export class SheddableLoadState {
  readonly powerKw: number;
  readonly priority: number;
  readonly name: string;
  private readonly stepH: number;
  private readonly maxSteps: number;
  private readonly minGapSteps: number;
  private readonly delaySteps: number;
  private readonly reboundFraction: number;
  private readonly length: number;
  // Allocated on first use: most loads are never shed in most simulations.
  private shedArr: Float64Array | null = null;
  private reboundArr: Float64Array | null = null;
  private eventStart = -1;
  private lastShedStep = Number.NEGATIVE_INFINITY;
  private pendingKwh = 0; // shed energy of the current event, not yet scheduled as rebound
  private latestStep = -1;
  private shedTotalKwh = 0;
  private reboundTotalKwh = 0;
  private beyondEndKwh = 0;
  /**
   * False until the first shed step: before it there is no rebound and `reboundKw(i)` is 0 at every step,
   * so a caller may skip visiting the state (the next canShed/shed call moves the clock forward itself).
   */
  hasShed = false;

  constructor(spec: SheddableLoadSpec, timeline: Timeline) {
    const r = sheddableLoadSchema.safeParse(spec);
    if (!r.success) throw new RangeError(formatIssues('sheddable load', r.error));
    const s = r.data;
    this.name = s.name;
    this.powerKw = s.powerKw;
    this.priority = s.priority;
    this.reboundFraction = s.reboundFraction;
    this.stepH = timeline.stepMinutes / 60;
    this.maxSteps = Math.floor(s.maxDurationMinutes / timeline.stepMinutes + 1e-9);
    if (this.maxSteps < 1) {
      throw new RangeError(`sheddable load '${s.name}': maxDurationMinutes (${s.maxDurationMinutes}) is shorter than the ${timeline.stepMinutes} min step`);
    }
    this.minGapSteps = Math.ceil(s.minGapMinutes / timeline.stepMinutes - 1e-9);
    // At least one step: the end of an event is only known when a step passes without shedding.
    this.delaySteps = Math.max(1, Math.round(s.reboundDelayMinutes / timeline.stepMinutes));
    this.length = timeline.length;
  }

  /** Moves the clock to `step`, scheduling the rebound of an event that ended before it. */
  private advance(step: number): void {
    if (!(step >= 0 && step < this.length)) throw new RangeError(`step ${step} is outside the timeline`);
    if (step < this.latestStep) throw new RangeError(`steps must be visited in order (got ${step} after ${this.latestStep})`);
    this.latestStep = step;
    // The event is known to be over once a whole step has passed without shedding.
    if (this.pendingKwh > 0 && step >= this.lastShedStep + 2) this.scheduleRebound();
  }

  private scheduleRebound(): void {
    let remaining = this.pendingKwh * this.reboundFraction;
    this.pendingKwh = 0;
    const perStep = this.powerKw * this.stepH;
    const reboundSeries = this.reboundSeriesKw;
    let i = this.lastShedStep + 1 + this.delaySteps;
    if (i < this.latestStep) i = this.latestStep; // never write into steps the dispatch has already passed
    for (; remaining > 1e-12 && i < reboundSeries.length; i++) {
      // Rebounds of successive events may overlap: together they never exceed the load's power.
      const room = perStep - reboundSeries[i] * this.stepH;
      if (room <= 1e-12) continue;
      const e = Math.min(room, remaining);
      reboundSeries[i] += e / this.stepH;
      this.reboundTotalKwh += e;
      remaining -= e;
    }
    if (remaining > 1e-12) this.beyondEndKwh += remaining;
  }

  /** Whether some power may be shed at this step. */
  canShed(step: number): boolean {
    this.advance(step);
    if (this.lastShedStep === step) return this.shedKw(step) < this.powerKw;
    if (this.lastShedStep === step - 1) return step - this.eventStart + 1 <= this.maxSteps;
    // New event: the pause since the previous event's end (lastShedStep + 1) must be long enough.
    return step - (this.lastShedStep + 1) >= this.minGapSteps;
  }

  /** Sheds up to `kw` at this step; returns the power actually shed (0 when the rules forbid it). */
  shed(step: number, kw: number): number {
    if (!(kw > 0) || !this.canShed(step)) return 0;
    const shedSeries = this.shedSeriesKw;
    const kwShed = Math.min(kw, this.powerKw - shedSeries[step]);
    if (kwShed <= 0) return 0;
    if (this.lastShedStep !== step) {
      if (this.lastShedStep !== step - 1) {
        if (this.pendingKwh > 0) this.scheduleRebound();
        this.eventStart = step;
      }
      this.lastShedStep = step;
    }
    shedSeries[step] += kwShed;
    this.hasShed = true;
    const e = kwShed * this.stepH;
    this.pendingKwh += e;
    this.shedTotalKwh += e;
    return kwShed;
  }

  /** Extra consumption (kW) at this step due to the rebound of earlier events. */
  reboundKw(step: number): number {
    this.advance(step);
    return this.reboundArr === null ? 0 : this.reboundArr[step];
  }

  /** Power shed at a step (kW). */
  shedKw(step: number): number {
    return this.shedArr === null ? 0 : this.shedArr[step];
  }

  /** Ends the simulation: schedules the pending rebound; call once after the last step. */
  finish(): void {
    if (this.pendingKwh > 0) this.scheduleRebound();
  }

  get shedEnergyKwh(): number {
    return this.shedTotalKwh;
  }
  get reboundEnergyKwh(): number {
    return this.reboundTotalKwh;
  }
  get reboundBeyondEndKwh(): number {
    return this.beyondEndKwh;
  }
  /** Shed power per step (kW), a view, not a copy. */
  get shedSeriesKw(): Float64Array {
    if (this.shedArr === null) this.shedArr = new Float64Array(this.length);
    return this.shedArr;
  }
  /** Rebound power per step (kW), a view, not a copy. */
  get reboundSeriesKw(): Float64Array {
    if (this.reboundArr === null) this.reboundArr = new Float64Array(this.length);
    return this.reboundArr;
  }
}
