/**
 * Life-cycle economics of a micro-grid project, following W. Short, D. J. Packey & T. Holt, "A Manual
 * for the Economic Evaluation of Energy Efficiency and Renewable Energy Technologies", NREL/TP-462-5173
 * (1995): §4.1 net present value, §4.2 (simple and discounted) payback, §4.4 internal rate of return,
 * §4.8 levelised cost of energy. End-of-year cash flows, constant discount rate d:
 *   NPV  = Σ_{t=0..N} CF_t / (1+d)^t,  CF_0 = −(CAPEX − subsidies),
 *          CF_t = savings_t − OPEX_t − replacements_t   (t ≥ 1)
 *   savings_t = savings_1 · (1+e)^(t−1) · (1−δ)^(t−1)   (energy price escalation e, PV degradation δ)
 *   IRR: the d with NPV(d) = 0 (bisection; undefined when cash flows never change sign)
 *   LCOE = [CAPEX − subsidies + Σ (OPEX_t + replacements_t)/(1+d)^t] / Σ E_t/(1+d)^t,  E_t = E_1·(1−δ)^(t−1)
 *   payback: first time the cumulative (discounted for the discounted payback) cash flow reaches 0,
 *   interpolated linearly inside the year.
 */
export interface EconomicsInput {
  readonly capexEur: number;
  readonly subsidiesEur: number;
  readonly opexEurPerYear: number;
  /** Replacement costs at given project years (1-based). */
  readonly replacements: readonly { readonly year: number; readonly costEur: number; readonly label: string }[];
  readonly discountRate: number;
  readonly projectLifeYears: number;
  /** Year-1 energy bill savings against the baseline (EUR). */
  readonly firstYearSavingsEur: number;
  readonly energyPriceEscalation: number;
  readonly degradationPerYear: number;
  /** Year-1 energy the project supplies (kWh) for the LCOE; PV production by convention. */
  readonly firstYearEnergyKwh: number;
}

export interface EconomicsResult {
  readonly cashFlowsEur: Float64Array;
  readonly npvEur: number;
  /** null when the cash flows never change sign. */
  readonly irr: number | null;
  readonly lcoeEurPerKwh: number;
  /** Years, Infinity when never paid back within the life. */
  readonly simplePaybackYears: number;
  readonly discountedPaybackYears: number;
}

export function cashFlows(e: EconomicsInput): Float64Array {
  const n = Math.round(e.projectLifeYears);
  const cf = new Float64Array(n + 1);
  cf[0] = -(e.capexEur - e.subsidiesEur);
  for (let t = 1; t <= n; t++) {
    const growth = Math.pow(1 + e.energyPriceEscalation, t - 1) * Math.pow(1 - e.degradationPerYear, t - 1);
    let repl = 0;
    for (const r of e.replacements) if (r.year === t) repl += r.costEur;
    cf[t] = e.firstYearSavingsEur * growth - e.opexEurPerYear - repl;
  }
  return cf;
}

export function npv(cf: ArrayLike<number>, rate: number): number {
  let s = 0;
  for (let t = 0; t < cf.length; t++) s += cf[t] / Math.pow(1 + rate, t);
  return s;
}

export function irr(cf: ArrayLike<number>): number | null {
  let lo = -0.99;
  let hi = 10;
  let fLo = npv(cf, lo);
  const fHi = npv(cf, hi);
  if (!Number.isFinite(fLo) || Math.sign(fLo) === Math.sign(fHi)) return null;
  for (let it = 0; it < 200; it++) {
    const mid = 0.5 * (lo + hi);
    const f = npv(cf, mid);
    if (Math.sign(f) === Math.sign(fLo)) {
      lo = mid;
      fLo = f;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}

export function paybackYears(cf: ArrayLike<number>, rate: number): number {
  let cum = cf[0];
  if (cum >= 0) return 0;
  for (let t = 1; t < cf.length; t++) {
    const v = cf[t] / Math.pow(1 + rate, t);
    if (cum + v >= 0) return t - 1 + -cum / v;
    cum += v;
  }
  return Number.POSITIVE_INFINITY;
}

export function evaluateEconomics(e: EconomicsInput): EconomicsResult {
  const cf = cashFlows(e);
  const d = e.discountRate;
  let costs = e.capexEur - e.subsidiesEur;
  let energy = 0;
  for (let t = 1; t < cf.length; t++) {
    const disc = Math.pow(1 + d, t);
    let repl = 0;
    for (const r of e.replacements) if (r.year === t) repl += r.costEur;
    costs += (e.opexEurPerYear + repl) / disc;
    energy += (e.firstYearEnergyKwh * Math.pow(1 - e.degradationPerYear, t - 1)) / disc;
  }
  return {
    cashFlowsEur: cf,
    npvEur: npv(cf, d),
    irr: irr(cf),
    lcoeEurPerKwh: energy > 0 ? costs / energy : Number.NaN,
    simplePaybackYears: paybackYears(cf, 0),
    discountedPaybackYears: paybackYears(cf, d),
  };
}

/**
 * Replacement years of a component with a finite life inside the project (every `lifeYears`, rounded up
 * to the year the threshold is crossed), e.g. storage at its projected end-of-life year.
 */
export function replacementYears(lifeYears: number, projectLifeYears: number): number[] {
  if (!(lifeYears > 0) || !Number.isFinite(lifeYears)) return [];
  const years: number[] = [];
  for (let k = 1; k * lifeYears < projectLifeYears; k++) years.push(Math.ceil(k * lifeYears));
  return years;
}
