/**
 * Perimeter of an extended collective self-consumption operation (autoconsommation collective
 * étendue, Code de l'énergie art. L315-2, second paragraph).
 *
 * Rules applied, by the date the operation is assessed at (texts enter into force the day after
 * their publication in the Journal officiel):
 * - Arrêté du 21 novembre 2019 (JO 24 Nov 2019, in force 25 Nov 2019), art. 1: participants on
 *   the low-voltage network of a single DSO, and "la distance séparant les deux participants les
 *   plus éloignés n'excède pas deux kilomètres" (≤ 2 km, measured between delivery points of
 *   consumers and injection points of producers). Art. 2: cumulated production power "inférieure
 *   à" 3 MW in mainland France and 0.5 MW in non-interconnected zones (ZNI); peak power for PV.
 * - Arrêté du 14 octobre 2020 (JO 18 Oct 2020, in force 19 Oct 2020), new art. 1 bis: on a
 *   reasoned request, a ministerial derogation up to 20 km (isolated, sparsely populated sites).
 * - Arrêté du 19 septembre 2023 (JO 7 Oct 2023, in force 8 Oct 2023), art. 1 bis rewritten:
 *   derogation up to 10 km for operations in periurban communes and 20 km in rural communes
 *   (INSEE communal density grid).
 * - Arrêté du 21 février 2025 (JO 5 Mar 2025, in force 6 Mar 2025): mainland cap raised from
 *   3 MW to 5 MW; new derogation (art. 1 ter) for operations whose participants are all public
 *   bodies or bodies with a public-service mission, one being a commune or an EPCI, all inside
 *   that EPCI's territory: no distance in km, cap 10 MW.
 * A derogation is a ministerial decision: this check says whether the figures fit the derogation
 * asked for; it cannot tell whether the commune is periurban/rural or the EPCI condition holds.
 */
import { z } from 'zod';
import { farthestPair } from './geo';

export const DEROGATIONS = ['none', 'periurban', 'rural', 'epci-public'] as const;
export type Derogation = (typeof DEROGATIONS)[number];

export const perimeterInputSchema = z.object({
  participants: z
    .array(
      z.object({
        prm: z.string(),
        role: z.enum(['producer', 'consumer']),
        latDeg: z.number({ message: 'latDeg must be a number' }).min(-90, 'latDeg must be ≥ -90').max(90, 'latDeg must be ≤ 90'),
        lonDeg: z.number({ message: 'lonDeg must be a number' }).min(-180, 'lonDeg must be ≥ -180').max(180, 'lonDeg must be ≤ 180'),
        peakKw: z.number().nonnegative('peakKw must be ≥ 0').optional(),
      }),
    )
    .min(2, 'an operation needs at least two participants'),
  derogation: z.enum(DEROGATIONS).default('none'),
  zone: z.enum(['mainland', 'zni']).default('mainland'),
  /** Date the operation is assessed at, YYYY-MM-DD. */
  dateIso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateIso must be YYYY-MM-DD'),
});
export type PerimeterInput = z.input<typeof perimeterInputSchema>;

export interface PerimeterResult {
  readonly maxDistanceKm: number;
  readonly farthest: readonly [string, string];
  /** null when no distance in km applies (EPCI derogation). */
  readonly distanceLimitKm: number | null;
  readonly totalPeakKw: number;
  /** Cumulated production power must be strictly below this. */
  readonly powerCapKw: number;
  readonly distanceOk: boolean;
  readonly powerOk: boolean;
  readonly eligible: boolean;
  /** The rule applied, in words, with its texts: shown in results. */
  readonly rule: string;
  readonly problems: readonly string[];
}

const IN_FORCE = {
  extended2019: '2019-11-25',
  rural2020: '2020-10-19',
  periurban2023: '2023-10-08',
  caps2025: '2025-03-06',
} as const;

export function checkPerimeter(input: PerimeterInput): PerimeterResult {
  const p = perimeterInputSchema.parse(input);
  const date = p.dateIso; // ISO dates compare correctly as strings
  const far = farthestPair(p.participants.map((x) => ({ id: x.prm, latDeg: x.latDeg, lonDeg: x.lonDeg })));
  const totalPeakKw = p.participants.reduce((s, x) => s + (x.role === 'producer' ? (x.peakKw ?? 0) : 0), 0);
  const problems: string[] = [];
  const texts: string[] = ['arrêté du 21 novembre 2019'];

  if (date < IN_FORCE.extended2019) {
    return {
      maxDistanceKm: far.distanceKm,
      farthest: [far.a, far.b],
      distanceLimitKm: 0,
      totalPeakKw,
      powerCapKw: 0,
      distanceOk: false,
      powerOk: false,
      eligible: false,
      rule: `Before ${IN_FORCE.extended2019} no extended perimeter existed (arrêté du 21 novembre 2019 not yet in force): participants had to sit downstream of one MV/LV substation.`,
      problems: ['the extended perimeter does not exist at this date'],
    };
  }

  let distanceLimitKm: number | null = 2;
  switch (p.derogation) {
    case 'none':
      break;
    case 'rural':
      if (date >= IN_FORCE.rural2020) {
        distanceLimitKm = 20;
        texts.push(date >= IN_FORCE.periurban2023 ? 'arrêté du 19 septembre 2023 (art. 1 bis)' : 'arrêté du 14 octobre 2020 (art. 1 bis)');
      } else problems.push(`the 20 km derogation exists only from ${IN_FORCE.rural2020}`);
      break;
    case 'periurban':
      if (date >= IN_FORCE.periurban2023) {
        distanceLimitKm = 10;
        texts.push('arrêté du 19 septembre 2023 (art. 1 bis)');
      } else problems.push(`the 10 km periurban derogation exists only from ${IN_FORCE.periurban2023}`);
      break;
    case 'epci-public':
      if (date >= IN_FORCE.caps2025) {
        distanceLimitKm = null;
        texts.push('arrêté du 21 février 2025 (public bodies within one EPCI)');
      } else problems.push(`the public-bodies/EPCI derogation exists only from ${IN_FORCE.caps2025}`);
      break;
  }

  let powerCapKw: number;
  if (p.zone === 'zni') powerCapKw = 500;
  else if (date >= IN_FORCE.caps2025) {
    powerCapKw = p.derogation === 'epci-public' && distanceLimitKm === null ? 10_000 : 5_000;
    if (!texts.some((t) => t.includes('2025'))) texts.push('arrêté du 21 février 2025 (5 MW)');
  } else powerCapKw = 3_000;

  // A tolerance of 1 mm keeps points placed exactly at the limit on the right side of rounding.
  const distanceOk = distanceLimitKm === null || far.distanceKm <= distanceLimitKm + 1e-6;
  const powerOk = totalPeakKw < powerCapKw;
  if (!distanceOk) problems.push(`participants ${far.a} and ${far.b} are ${far.distanceKm.toFixed(3)} km apart, more than ${distanceLimitKm} km`);
  if (!powerOk) problems.push(`cumulated production power ${totalPeakKw} kW is not below ${powerCapKw} kW`);

  const distanceText = distanceLimitKm === null ? 'no distance limit in km (EPCI territory)' : `farthest participants ≤ ${distanceLimitKm} km apart`;
  const zoneText = p.zone === 'zni' ? 'non-interconnected zone' : 'mainland France';
  return {
    maxDistanceKm: far.distanceKm,
    farthest: [far.a, far.b],
    distanceLimitKm,
    totalPeakKw,
    powerCapKw,
    distanceOk,
    powerOk,
    eligible: distanceOk && powerOk && problems.length === 0,
    rule: `At ${date}, ${zoneText}: ${distanceText}; cumulated production power < ${powerCapKw / 1000} MW (Code de l'énergie L315-2; ${texts.join('; ')}).`,
    problems,
  };
}
