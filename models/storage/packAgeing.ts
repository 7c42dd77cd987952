/**
 * Ageing state of one pack: calendar fade (temperature and SoC dependent, power of time, Arrhenius) and
 * cycle fade (rainflow cycles of the SoC signal + Wöhler law, Miner's rule). Formulas and sources in
 * ageingParams.ts. The SoC signal goes through a streaming rainflow counter; calendar stressors are
 * averaged per day and the calendar state advances once a day, as BLAST-Lite does with daily stressors,
 * so the per-step cost stays a few additions.
 */
import { RainflowCounter } from './rainflow';
import { calendarLossIncrement, calendarRate, cyclesToFailure, type AgeingParams } from './ageingParams';

/** Cycles shallower than this (fraction of capacity) are measurement noise, not ageing. */
export const MIN_COUNTED_DOD = 1e-4;

export class PackAgeing {
  readonly params: AgeingParams;
  /** SoH when the simulated life starts (second-life packs start at 0.7–0.85). */
  readonly initialSoh: number;
  qLossCalendar = 0;
  qLossCycle = 0;
  /** Miner damage sum (failure at 1). */
  damage = 0;
  fullCycleEquivalent = 0;
  private sumTempC = 0;
  private sumSoc = 0;
  private samples = 0;
  private lastCounted = Number.NaN;
  private readonly counter: RainflowCounter;

  constructor(params: AgeingParams, initialSoh: number) {
    this.params = params;
    this.initialSoh = initialSoh;
    this.counter = new RainflowCounter((range, _mean, count) => this.addCycle(range, count));
  }

  /**
   * One step of stressors: SoC as a fraction of usable-by-health capacity, cell temperature.
   * The SoC reaches the rainflow counter through a deadband of MIN_COUNTED_DOD: moves smaller than that
   * (self-discharge drift, rounding) are not reversals, the usual hysteresis filter applied before
   * rainflow counting; it also keeps the per-step cost to a comparison on idle steps.
   */
  sample(soc: number, tempC: number): void {
    this.sumSoc += soc;
    this.sumTempC += tempC;
    this.samples++;
    const d = soc - this.lastCounted;
    if (d >= MIN_COUNTED_DOD || d <= -MIN_COUNTED_DOD || this.lastCounted !== this.lastCounted) {
      this.counter.push(soc);
      this.lastCounted = soc;
    }
  }

  /** Feeds the rainflow counter directly (the caller applies the deadband; see StorageContainer). */
  pushSoc(soc: number): void {
    this.counter.push(soc);
    this.lastCounted = soc;
  }

  /** Advances calendar ageing over `days` at given mean stressors (the caller averaged them). */
  advanceCalendarWith(meanSoc: number, meanTempC: number, days: number): void {
    const k = calendarRate(this.params.calendar, meanTempC, meanSoc);
    this.qLossCalendar += calendarLossIncrement(this.qLossCalendar, k, this.params.calendar.timeExponent, days);
  }

  /** Closes a calendar period (normally one day) of `days` length with the averaged stressors. */
  advanceCalendar(days: number): void {
    if (this.samples === 0) return;
    const k = calendarRate(this.params.calendar, this.sumTempC / this.samples, this.sumSoc / this.samples);
    this.qLossCalendar += calendarLossIncrement(this.qLossCalendar, k, this.params.calendar.timeExponent, days);
    this.sumSoc = 0;
    this.sumTempC = 0;
    this.samples = 0;
  }

  /** Counts the open half cycles at the end of the run. */
  finish(remainingDays: number): void {
    this.advanceCalendar(remainingDays);
    this.counter.finish();
  }

  /** Relative capacity loss since the start of the simulated life (fraction of initial capacity). */
  get qLoss(): number {
    return this.qLossCalendar + this.qLossCycle;
  }

  /** State of health relative to the pack's nameplate capacity. */
  get soh(): number {
    return this.initialSoh * (1 - this.qLoss);
  }

  private addCycle(range: number, count: number): void {
    this.fullCycleEquivalent += range * count;
    if (range < MIN_COUNTED_DOD) return;
    const dod = Math.min(range, 1);
    this.damage += count / cyclesToFailure(this.params.cycle, dod);
    this.qLossCycle = this.damage * this.params.cycle.fadeAtFailure;
  }
}

export interface ObservedPackAgeing {
  readonly initialSoh: number;
  readonly qLossCalendar: number;
  readonly qLossCycle: number;
  readonly days: number;
  readonly timeExponent: number;
}

/**
 * Relative capacity loss `years` after the start of the simulated life, extrapolating the observed
 * period: calendar fade k_eff·t^p with the k that reproduces the observed calendar loss, cycle fade at
 * the observed daily rate (the same law projectEndOfLifeYears solves).
 */
export function projectedLossAt(observed: ObservedPackAgeing, years: number): number {
  const { qLossCalendar, qLossCycle, days, timeExponent } = observed;
  const kEff = days > 0 ? qLossCalendar / Math.pow(days, timeExponent) : 0;
  const cyclePerDay = days > 0 ? qLossCycle / days : 0;
  return kEff * Math.pow(years * 365.25, timeExponent) + cyclePerDay * years * 365.25;
}

/**
 * Year (fractional, counted from the start of the simulated life) when SoH falls to `eolSoh`,
 * extrapolating the observed year: calendar fade continues as k_eff·t^p with the k that reproduces the
 * observed calendar loss, cycle fade continues at the observed yearly rate. Infinity if never within
 * `maxYears`.
 */
export function projectEndOfLifeYears(
  observed: ObservedPackAgeing,
  eolSoh: number,
  maxYears = 60,
): number {
  const { initialSoh } = observed;
  if (initialSoh <= eolSoh) return 0;
  const allowedLoss = 1 - eolSoh / initialSoh;
  const lossAt = (years: number): number => projectedLossAt(observed, years);
  if (lossAt(maxYears) < allowedLoss) return Number.POSITIVE_INFINITY;
  let lo = 0;
  let hi = maxYears;
  for (let it = 0; it < 80; it++) {
    const mid = 0.5 * (lo + hi);
    if (lossAt(mid) < allowedLoss) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
