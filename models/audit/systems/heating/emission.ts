/**
 * Emission, distribution and regulation efficiencies and intermittence of a heating emitter.
 * Annex 1 of the arrêté of 8 October 2021: §12.1 (Re), §12.2 (Rd), §12.3 (Rr), §8 (intermittence:
 * INT = I0 / (1 + 0.1·(G − 1)) with G = GV / (Hsp·Sh)). I0, Re, Rd, Rr are read by the table-value
 * ids the DPE carries (`tv_intermittence_id`, `tv_rendement_emission_id`, ...), which index the
 * method's tables; without an id, the §12 defaults by emitter family are used.
 */
import { TABLES, byTvId, cellAccepts, numCell } from '../tables';
import { classifyEmission } from '../enums';
import type { HeatingEmitter, EmitterResult } from '../types';

export interface IntermittenceContext {
  house: boolean;
  collective: boolean;
  /** enum_classe_inertie_id (1 very heavy, 2 heavy, 3 medium, 4 light). */
  inertiaClassId?: number;
}

const PROGRAMMING: Record<number, string[]> = {
  1: ['absent'],
  2: ['central_sans_minimum_temperature', 'central'],
  3: ['central_avec_minimum_temperature'],
  4: ['terminal_avec_minimum_temperature', 'terminal_minimum_temperature'],
  5: ['terminal_avec_minimum_temperature_detection_presence', 'terminal_minimum_temperature_detection_presence', 'terminal_detection_presence'],
  6: ['central_collectif'],
  7: ['central_collectif'],
};

function emissionFamily(emissionTypeId: number): string {
  const c = classifyEmission(emissionTypeId).emitter;
  if (c === 'plancher') return 'plancher_chauffant';
  if (c === 'plafond') return 'plafond_chauffant';
  if (c === 'air') return 'air_souffle';
  if ([6, 8].includes(emissionTypeId)) return 'plafond_chauffant';
  if ([7, 9, 43].includes(emissionTypeId)) return 'plancher_chauffant';
  return 'radiateur';
}

/**
 * §8 table of I0 by building, heating type, emitter, inertia, collective installation, terminal
 * regulation and programming. A `tv_intermittence_id` is kept when its row agrees with the
 * emitter and building (some software writes id 1 as a placeholder); otherwise the row is found
 * from those criteria.
 */
export function intermittenceI0(em: HeatingEmitter, ctx: IntermittenceContext): number | undefined {
  const building = ctx.house ? 'maison' : 'immeuble';
  const emission = emissionFamily(em.emissionTypeId);
  const byId = byTvId(TABLES.i0, 'tv_intermittence_id', em.tvI0Id);
  if (byId && byId['type_batiment'] === building && byId['type_emission'] === emission) return numCell(byId, 'i0');
  const heavy = ctx.inertiaClassId === 1 || ctx.inertiaClassId === 2;
  const chauffage = em.heatingTypeId === 1 ? 'divise' : 'central';
  const programming = PROGRAMMING[em.intermittenceId ?? 1] ?? ['absent'];
  const terminal = em.roomRegulationId === 2 ? 1 : 0;
  const candidates = TABLES.i0.filter(
    (r) =>
      r['type_batiment'] === building &&
      r['type_chauffage'] === chauffage &&
      r['type_emission'] === emission &&
      (r['inertie'] === null || cellAccepts(r['inertie'], heavy ? 'lourde' : 'moyenne')) &&
      (r['installation_collective'] === null || r['installation_collective'] === (ctx.collective ? 1 : 0)) &&
      (r['regulation_terminale'] === null || r['regulation_terminale'] === terminal) &&
      programming.includes(String(r['type_programmation'])),
  );
  const row = candidates.find((r) => r['comptage_individuel'] === null || r['comptage_individuel'] === 0) ?? candidates[0];
  return row ? numCell(row, 'i0') : byId ? numCell(byId, 'i0') : undefined;
}

export function emitterEfficiencies(
  em: HeatingEmitter,
  gvWK: number,
  ceilingHeightM: number,
  surfaceM2: number,
  warnings: string[],
  ctx?: IntermittenceContext,
): EmitterResult {
  // Id 1 (electric convectors) doubles as a placeholder in some records: keep it for convectors only.
  const placeholder = (id: number | undefined) => (id === 1 && em.emissionTypeId !== 1 ? undefined : id);
  const reRow = byTvId(TABLES.re, 'tv_rendement_emission_id', placeholder(em.tvReId));
  const rdRow = byTvId(TABLES.rd, 'tv_rendement_distribution_ch_id', em.tvRdId);
  const rrRow = byTvId(TABLES.rr, 'tv_rendement_regulation_id', placeholder(em.tvRrId));
  const re = reRow ? numCell(reRow, 're') : undefined;
  const rd = rdRow ? numCell(rdRow, 'rd') : undefined;
  const rr = rrRow ? numCell(rrRow, 'rr') : undefined;
  const i0 = ctx ? intermittenceI0(em, ctx) : (() => {
    const row = byTvId(TABLES.i0, 'tv_intermittence_id', em.tvI0Id);
    return row ? numCell(row, 'i0') : undefined;
  })();
  if (re === undefined || rd === undefined || rr === undefined || i0 === undefined) {
    warnings.push(`emitter ${em.emissionTypeId}: table ids missing (re/rd/rr/i0), §12 defaults used`);
  }
  const g = gvWK / (ceilingHeightM * surfaceM2);
  const d = defaultsByEmission(em.emissionTypeId, em.tempDistributionId, em.insulatedNetwork);
  const i0v = i0 ?? 0.9;
  return { re: re ?? d.re, rd: rd ?? d.rd, rr: rr ?? d.rr, i0: i0v, int: i0v / (1 + 0.1 * (g - 1)) };
}

/**
 * §12.1-12.3 values by emitter type (enum_type_emission_distribution_id) when the record carries
 * no table id; the network insulation is the emitter's `reseau_distribution_isole`.
 */
export function defaultsByEmission(id: number, tempDistributionId?: number, insulated = false): { re: number; rd: number; rr: number } {
  const high = tempDistributionId === 4;
  // §12.2 table: non insulated | insulated.
  const water = (collective: boolean) =>
    collective ? (high ? (insulated ? 0.87 : 0.85) : insulated ? 0.9 : 0.87) : high ? (insulated ? 0.92 : 0.88) : insulated ? 0.95 : 0.91;
  if (id === 1) return { re: 0.95, rd: 1, rr: 0.99 };
  if (id === 2 || id === 3) return { re: 0.97, rd: 1, rr: 0.99 };
  if (id === 4) return { re: 0.95, rd: 1, rr: 0.96 };
  if (id === 5) return { re: 0.95, rd: insulated ? 0.85 : 0.8, rr: 0.96 };
  if (id >= 6 && id <= 9) return { re: 0.95, rd: 1, rr: id === 6 || id === 8 ? 0.98 : 0.96 };
  if (id === 10) return { re: 0.95, rd: 1, rr: 0.95 };
  if (id >= 11 && id <= 14) return { re: 1, rd: water(id <= 12), rr: id <= 12 ? 0.9 : 0.95 };
  if (id >= 15 && id <= 18) return { re: 0.98, rd: water(id <= 16), rr: id <= 16 ? 0.9 : 0.95 };
  if (id === 19) return { re: 0.95, rd: 1, rr: 0.96 };
  if (id >= 20 && id <= 23) return { re: 0.95, rd: 1, rr: 0.8 };
  if (id >= 24 && id <= 39) {
    const k = (id - 24) % 8; // 0-3 without thermostatic valves, 4-7 with
    return { re: 0.95, rd: water(k % 4 < 2), rr: k < 4 ? 0.9 : 0.95 };
  }
  if (id === 40) return { re: 0.95, rd: 1, rr: 0.9 };
  if (id === 42 || id === 50) return { re: 0.95, rd: 1, rr: 0.96 };
  if (id === 43) return { re: 1, rd: 1, rr: 0.9 };
  if (id === 44) return { re: 0.98, rd: 1, rr: 0.9 };
  if (id === 45) return { re: 0.95, rd: 1, rr: 0.9 };
  if (id >= 46 && id <= 49) return { re: 0.95, rd: water(id <= 47), rr: 0.96 };
  return { re: 0.95, rd: 1, rr: 0.9 };
}
