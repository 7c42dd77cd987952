/**
 * PV array description and its validation (zod). Defaults follow PVWatts v5:
 * A. P. Dobos, "PVWatts Version 5 Manual", NREL/TP-6A20-62641, 2014 — §2 (inputs), Table 1
 * (default loss breakdown, 14.08 % combined), §4 (inverter: nominal efficiency 96 %, DC/AC 1.2),
 * temperature coefficient −0.37 %/°C ("standard" module), degradation 0.5 %/yr.
 * Azimuth is clockwise from north (180 = south), as in pvlib and PVWatts.
 */
import { z } from 'zod';

export const PVWATTS_DEFAULT_LOSSES_PCT = {
  soiling: 2,
  shading: 3,
  snow: 0,
  mismatch: 2,
  wiring: 2,
  connections: 0.5,
  lightInducedDegradation: 1.5,
  nameplate: 1,
  age: 0,
  availability: 3,
} as const;

export type LossBreakdownPct = { -readonly [K in keyof typeof PVWATTS_DEFAULT_LOSSES_PCT]: number };

const pct = (name: string) => z.number({ error: `${name} must be a number` }).min(0, `${name} must be ≥ 0 %`).max(100, `${name} must be ≤ 100 %`);

export const lossBreakdownSchema = z.object(
  Object.fromEntries(Object.entries(PVWATTS_DEFAULT_LOSSES_PCT).map(([k, v]) => [k, pct(`losses.${k}`).default(v)])) as {
    [K in keyof typeof PVWATTS_DEFAULT_LOSSES_PCT]: z.ZodDefault<z.ZodNumber>;
  },
);

export const pvArraySchema = z.object({
  name: z.string().default('PV array'),
  kWp: z.number({ error: 'kWp must be a number' }).positive('kWp must be > 0').max(1_000_000, 'kWp must be ≤ 1 000 000'),
  tiltDeg: z.number({ error: 'tiltDeg must be a number' }).min(0, 'tiltDeg must be ≥ 0°').max(90, 'tiltDeg must be ≤ 90°'),
  azimuthDeg: z.number({ error: 'azimuthDeg must be a number' }).min(0, 'azimuthDeg must be ≥ 0° (0 = north, 180 = south)').max(360, 'azimuthDeg must be ≤ 360°'),
  mounting: z.enum(['open-rack', 'roof-mounted', 'building-integrated'], { error: 'mounting must be open-rack, roof-mounted or building-integrated' }).default('open-rack'),
  temperatureCoeffPctPerC: z.number().min(-2, 'temperatureCoeffPctPerC must be ≥ −2').max(0, 'temperatureCoeffPctPerC must be ≤ 0').default(-0.37),
  /**
   * Total DC losses in % (PVWatts "system losses"). When absent it is the multiplicative
   * combination of `lossBreakdownPct`; when given it overrides the breakdown.
   */
  lossesPct: pct('lossesPct').optional(),
  lossBreakdownPct: lossBreakdownSchema.default(PVWATTS_DEFAULT_LOSSES_PCT),
  dcAcRatio: z.number().min(0.5, 'dcAcRatio must be ≥ 0.5').max(3, 'dcAcRatio must be ≤ 3').default(1.2),
  inverterEfficiencyPct: z.number().min(80, 'inverterEfficiencyPct must be ≥ 80').max(99.5, 'inverterEfficiencyPct must be ≤ 99.5').default(96),
  degradationPctPerYear: z.number().min(0).max(5, 'degradationPctPerYear must be ≤ 5').default(0.5),
  /** Ground albedo seen by this array (default 0.2, PVWatts). */
  albedo: z.number().min(0).max(1, 'albedo must be ≤ 1').default(0.2),
  bifacial: z.literal(false).default(false),
});

export type PvArrayInput = z.input<typeof pvArraySchema>;
export type PvArray = z.output<typeof pvArraySchema>;

/** PVWatts combines losses multiplicatively: 1 − Π(1 − Li/100) (Dobos 2014, eq. 1). Returns %. */
export function combinedLossPct(breakdown: Readonly<Record<string, number>>): number {
  let keep = 1;
  for (const v of Object.values(breakdown)) keep *= 1 - v / 100;
  return (1 - keep) * 100;
}

/** The array's total DC loss in %. */
export function arrayLossPct(a: PvArray): number {
  return a.lossesPct ?? combinedLossPct(a.lossBreakdownPct);
}

/** Validates arrays, throwing one readable line naming the array and field on error. */
export function parsePvArrays(input: readonly PvArrayInput[]): PvArray[] {
  const r = z.array(pvArraySchema).min(1, 'at least one PV array is needed').safeParse(input);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new RangeError(`arrays.${i.path.join('.')}: ${i.message}`);
  }
  return r.data;
}
