/**
 * Lighting and cooling, annex 1 of the arrêté of 8 October 2021:
 * - §16.1 Cecl = Σj C·Pecl·Nhj/1000 per m² with C = 0.9, Pecl = 1.4 W/m², Nh by zone (table
 *   eclairage-nhecl: annual hours, e.g. H1c 1476 h);
 * - §10.3 Cfr = 0.9·Bfr/EER, EER = 0.95·SEER (table refroidissement-eer by `tv_seer_id`, or by
 *   zone and install period), prorated by the cooled surface.
 */
import { TABLES, byTvId, cellAccepts, numCell } from './tables';
import type { CoolingSystem, SystemsInput } from './types';

export function lightingKwh(input: SystemsInput): number {
  const row = TABLES.nhecl.find((r) => r['zone_climatique'] === input.zone);
  const nh = row ? (numCell(row, 'nhecl') ?? 1500) : 1500;
  return (0.9 * 1.4 * nh * input.surfaceM2) / 1000;
}

export function eerOf(c: CoolingSystem, zone: string): number {
  const byId = byTvId(TABLES.eer, 'tv_seer_id', c.tvSeerId);
  if (byId) return numCell(byId, 'eer') ?? 3.4;
  const period = c.periodId ?? 1;
  const rows = TABLES.eer.filter((r) => cellAccepts(r['zone_climatique'], zone));
  const row = rows[Math.min(rows.length - 1, Math.max(0, period - 1))];
  return row ? (numCell(row, 'eer') ?? 3.4) : 3.4;
}

export function coolingKwh(input: SystemsInput, c: CoolingSystem): number {
  const share = Math.min(1, c.surfaceM2 / input.surfaceM2);
  return (0.9 * input.besoinFrKwh * share) / eerOf(c, input.zone);
}
