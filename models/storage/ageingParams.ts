/**
 * Ageing parameter sets for lithium-ion packs, from public sources.
 *
 * Calendar fade (relative capacity loss, fraction of the capacity at the start of the simulated life):
 *   qLossCal = k(T, SoC) · t_days^p,   k = a · exp(b·(1/T − 1/Tref)) · exp(c·(SoC/T − 1/Tref))   (T in K)
 * This single form covers
 *  - NREL SAM's Li-ion calendar model (SAM/ssc `lib_battery_lifetime_calendar_cycle`, defaults
 *    a = 2.66e-3, b = −7280 K, c = 930 K, Tref = 296 K, square root of time p = 0.5);
 *  - NREL BLAST-Lite `lmo_gr_NissanLeaf66Ah_2ndLife_2020` (Gasper, fit to the second-life Nissan Leaf
 *    LMO/NMC-graphite data of Braco et al. 2020/2022): k = A·exp(B/T)·exp(C·SoC/T) with
 *    A = 3.25e8, B = −7.58e3 K, C = 162 K, p = 0.464; rewritten in the form above with
 *    a = A·exp(B/Tref)·exp(C/Tref).
 *
 * Cycle fade: Miner's rule over rainflow-counted cycles with a Wöhler-type law
 *   N(DoD) = n100 · DoD^(−wohlerExponent)   cycles until `fadeAtFailure` relative capacity is lost.
 * The exponent 1.161 = ln(5)/ln(4) fits SAM's default cycle-life matrix (20 % DoD: 5000 cycles,
 * 80 % DoD: 1000 cycles to 80 % capacity), giving n100 = 772 for a new NMC pack. For second-life
 * LMO/NMC packs n100 is taken from BLAST-Lite's Leaf second-life cycle fit (qLoss = 7.58e-5·EFC^1.08 at
 * 100 % DoD, 25 °C, 1C): 20 % relative loss at EFC = (0.2/7.58e-5)^(1/1.08) ≈ 1472.
 * Renault ZOE (22/41 kWh) packs use LG Chem NMC/LMO-blend cells, so the second-life set is the closest
 * public model; this is an approximation and says so in the report.
 */
export interface CalendarAgeingParams {
  readonly a: number;
  readonly bK: number;
  readonly cK: number;
  readonly trefK: number;
  readonly timeExponent: number;
}

export interface CycleAgeingParams {
  /** Cycles to failure at 100 % depth of discharge. */
  readonly n100: number;
  readonly wohlerExponent: number;
  /** Relative capacity loss that "failure" means in the cycle-life data (0.2 = 80 % remaining). */
  readonly fadeAtFailure: number;
}

export interface AgeingParams {
  readonly calendar: CalendarAgeingParams;
  readonly cycle: CycleAgeingParams;
}

export const SAM_NMC_AGEING: AgeingParams = {
  calendar: { a: 2.66e-3, bK: -7280, cK: 930, trefK: 296, timeExponent: 0.5 },
  cycle: { n100: 1000 * Math.pow(0.8, Math.log(5) / Math.log(4)), wohlerExponent: Math.log(5) / Math.log(4), fadeAtFailure: 0.2 },
};

const BLAST_LEAF_TREF_K = 298.15;
export const BLAST_LEAF_SECOND_LIFE_AGEING: AgeingParams = {
  calendar: {
    a: 3.25e8 * Math.exp(-7.58e3 / BLAST_LEAF_TREF_K) * Math.exp(162 / BLAST_LEAF_TREF_K),
    bK: -7.58e3,
    cK: 162,
    trefK: BLAST_LEAF_TREF_K,
    timeExponent: 0.464,
  },
  cycle: { n100: Math.pow(0.2 / 7.58e-5, 1 / 1.08), wohlerExponent: Math.log(5) / Math.log(4), fadeAtFailure: 0.2 },
};

export const AGEING_PRESETS = {
  'nmc-sam': SAM_NMC_AGEING,
  'second-life-lmo-nmc': BLAST_LEAF_SECOND_LIFE_AGEING,
} as const;
export type AgeingPreset = keyof typeof AGEING_PRESETS;

/** Calendar rate k(T, SoC) in (relative loss)·day^(−p). */
export function calendarRate(params: CalendarAgeingParams, tempC: number, soc: number): number {
  const tK = tempC + 273.15;
  return params.a * Math.exp(params.bK * (1 / tK - 1 / params.trefK)) * Math.exp(params.cK * (soc / tK - 1 / params.trefK));
}

/** Cycles to failure at a depth of discharge (fraction, 0–1]. */
export function cyclesToFailure(params: CycleAgeingParams, dod: number): number {
  return params.n100 * Math.pow(dod, -params.wohlerExponent);
}

/**
 * Calendar loss increment over `dtDays` at a constant rate k, continuing from the loss `q0` reached so far.
 * Uses the equivalent-time method (as BLAST-Lite's power-law state update): the pack is at the time
 * t_eq = (q0/k)^(1/p) of a pack aged at k from new, and moves to t_eq + dt.
 */
export function calendarLossIncrement(q0: number, k: number, timeExponent: number, dtDays: number): number {
  if (k <= 0 || dtDays <= 0) return 0;
  // t_eq^p = q0/k exactly, so the increment is k·(t_eq + dt)^p − q0.
  const tEq = q0 > 0 ? Math.pow(q0 / k, 1 / timeExponent) : 0;
  return k * Math.pow(tEq + dtDays, timeExponent) - (q0 > 0 ? q0 : 0);
}
