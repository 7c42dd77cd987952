/**
 * Bill impact of collective self-consumption for a consumer, before vs after, excluding VAT.
 * Structure of the bill (Code de l'énergie L315-3: the CRE sets a network tariff specific to
 * self-consumption; CRE TURPE 6 HTA-BT deliberation 2021-13, ACC option with distinct energy
 * components for autoproduced and alloproduced energy, continued in TURPE 7, deliberation 2025-78):
 * - alloproduced energy (from the consumer's supplier) pays the supply price, the TURPE energy
 *   component for alloproduced energy, and the excise (accise sur l'électricité, CIBS L312-1 ff.);
 * - self-consumed (autoproduced) energy pays the local price agreed inside the operation, the
 *   TURPE component for autoproduced energy (the optional ACC tariff), and the excise unless the
 *   operation qualifies for a CIBS exemption (it depends on the operation: left as a switch).
 * Fixed parts (subscription, metering, CTA) do not change with ACC and are left out.
 * All prices are inputs: the defaults are illustrative orders of magnitude, to be replaced by the
 * tariffs in force (TURPE, excise rate and supply offer change every year). The excise default is
 * 33.70 EUR/MWh, the rate for households and similar from 1 February 2025 (loi de finances 2025).
 */
import { z } from 'zod';

export const accPricesSchema = z.object({
  supplyEurPerKwh: z.number().nonnegative('supplyEurPerKwh must be ≥ 0').default(0.15),
  turpeAlloEurPerKwh: z.number().nonnegative('turpeAlloEurPerKwh must be ≥ 0').default(0.045),
  turpeAutoEurPerKwh: z.number().nonnegative('turpeAutoEurPerKwh must be ≥ 0').default(0.03),
  acciseEurPerKwh: z.number().nonnegative('acciseEurPerKwh must be ≥ 0').default(0.0337),
  acciseOnSelfConsumed: z.boolean().default(true),
  localPriceEurPerKwh: z.number().nonnegative('localPriceEurPerKwh must be ≥ 0').default(0.1),
  surplusPriceEurPerKwh: z.number().nonnegative('surplusPriceEurPerKwh must be ≥ 0').default(0.04),
});
export type AccPrices = z.output<typeof accPricesSchema>;
export type AccPricesInput = z.input<typeof accPricesSchema>;

export interface ConsumerBill {
  readonly beforeEur: number;
  readonly afterEur: number;
  readonly savingEur: number;
}

export function consumerBill(consumedKwh: number, selfConsumedKwh: number, prices: AccPrices): ConsumerBill {
  const gridUnit = prices.supplyEurPerKwh + prices.turpeAlloEurPerKwh + prices.acciseEurPerKwh;
  const localUnit = prices.localPriceEurPerKwh + prices.turpeAutoEurPerKwh + (prices.acciseOnSelfConsumed ? prices.acciseEurPerKwh : 0);
  const beforeEur = consumedKwh * gridUnit;
  const afterEur = (consumedKwh - selfConsumedKwh) * gridUnit + selfConsumedKwh * localUnit;
  return { beforeEur, afterEur, savingEur: beforeEur - afterEur };
}

/** What producers earn: self-consumed energy at the local price, surplus at the surplus price. */
export function producerRevenueEur(selfConsumedKwh: number, surplusKwh: number, prices: AccPrices): number {
  return selfConsumedKwh * prices.localPriceEurPerKwh + surplusKwh * prices.surplusPriceEurPerKwh;
}
