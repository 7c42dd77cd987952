/**
 * Yearly value of the portfolio's flexibility, per site and in total:
 * - capacity: firm power × capacity price (EUR/MW/yr). Firm power is the mean delivered power
 *   reached in at least `confidence` of the Tempo red-day events, used as a proxy for the peak days
 *   of the French capacity mechanism (PP1/PP2 days, also chosen by RTE on winter weekdays of high
 *   consumption; RTE, Règles du mécanisme de capacité);
 * - energy: delivered MWh over all simulated events × energy price, minus rebound MWh × rebound
 *   price (the energy is consumed later, usually at a cheaper hour).
 * Prices are inputs (settings); the defaults (30 000 EUR/MW/yr, 150 EUR/MWh, 60 EUR/MWh) are
 * orders of magnitude for illustration, to be replaced by current auction and market values.
 * The portfolio's firm power is the quantile of the sum, larger than the sum of the sites'
 * quantiles when sites do not all fail on the same events.
 */
import type { EventResult } from './activation';
import type { FlexSettings } from './schemas';
import { quantile } from './stats';

export interface FlexValue {
  readonly firmKw: number;
  readonly capacityEur: number;
  readonly deliveredMwh: number;
  readonly reboundMwh: number;
  readonly energyEur: number;
  readonly totalEur: number;
}

export function flexValue(capacityEvents: readonly EventResult[], allEvents: readonly EventResult[], settings: FlexSettings): FlexValue {
  const firmKw = capacityEvents.length ? Math.max(0, quantile(capacityEvents.map((e) => e.meanKw), 1 - settings.confidence)) : 0;
  const deliveredMwh = allEvents.reduce((s, e) => s + e.energyKwh, 0) / 1000;
  const reboundMwh = allEvents.reduce((s, e) => s + e.reboundKwh, 0) / 1000;
  const capacityEur = (firmKw / 1000) * settings.capacityEurPerMwYear;
  const energyEur = deliveredMwh * settings.energyEurPerMwh - reboundMwh * settings.reboundEurPerMwh;
  return { firmKw, capacityEur, deliveredMwh, reboundMwh, energyEur, totalEur: capacityEur + energyEur };
}
