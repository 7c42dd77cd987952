/**
 * Emission, distribution and regulation efficiencies and intermittence of a heating emitter.
 * Annex 1 of the arrêté of 8 October 2021: §12.1 (Re), §12.2 (Rd), §12.3 (Rr), §8 (intermittence:
 * INT = I0 / (1 + 0.1·(G − 1)) with G = GV / (Hsp·Sh)). I0, Re, Rd, Rr are read by the table-value
 * ids the DPE carries (`tv_intermittence_id`, `tv_rendement_emission_id`, ...), which index the
 * method's tables; without an id, the §12 defaults by emitter family are used.
 */
import { TABLES, byTvId, numCell } from '../tables';
import { classifyEmission } from '../enums';
import type { HeatingEmitter, EmitterResult } from '../types';

export function emitterEfficiencies(
  em: HeatingEmitter,
  gvWK: number,
  ceilingHeightM: number,
  surfaceM2: number,
  warnings: string[],
): EmitterResult {
  const cls = classifyEmission(em.emissionTypeId);
  const reRow = byTvId(TABLES.re, 'tv_rendement_emission_id', em.tvReId);
  const rdRow = byTvId(TABLES.rd, 'tv_rendement_distribution_ch_id', em.tvRdId);
  const rrRow = byTvId(TABLES.rr, 'tv_rendement_regulation_id', em.tvRrId);
  const i0Row = byTvId(TABLES.i0, 'tv_intermittence_id', em.tvI0Id);
  const re = reRow ? numCell(reRow, 're') : undefined;
  const rd = rdRow ? numCell(rdRow, 'rd') : undefined;
  const rr = rrRow ? numCell(rrRow, 'rr') : undefined;
  const i0 = i0Row ? numCell(i0Row, 'i0') : undefined;
  if (re === undefined || rd === undefined || rr === undefined || i0 === undefined) {
    warnings.push(`emitter ${em.emissionTypeId}: table ids missing (re/rd/rr/i0), §12 defaults used`);
  }
  const g = gvWK / (ceilingHeightM * surfaceM2);
  const i0v = i0 ?? 0.9;
  return {
    re: re ?? (cls.emitter === 'plancher' ? 1 : cls.emitter === 'plafond' ? 0.98 : 0.95),
    rd: rd ?? (cls.hydraulic ? (cls.collective ? 0.85 : 0.88) : cls.emitter === 'air' ? 0.8 : 1),
    rr: rr ?? 0.9,
    i0: i0v,
    int: i0v / (1 + 0.1 * (g - 1)),
  };
}
