/**
 * U-values of opaque walls (annex 1 of the arrêté of 8 October 2021, §3.2):
 * - walls §3.2.1: U0 from the material/thickness table, lining (+0.1 or +0.21 m².K/W), insulating
 *   render on old walls (+0.7), capped at 2.5; then U = U0 (not insulated), 1/(1/U0 + e/0.04)
 *   (insulation thickness), 1/(1/U0 + R) (resistance), min(U0, table U by insulation period and
 *   zone) (unknown or dated insulation), or the entered U;
 * - low floors §3.2.2: same with λ = 0.042 and Upb tables; then Ue for floors on crawl space,
 *   unheated basement or ground from the table of 2S/P and Upb (linear interpolation on Upb);
 * - ceilings §3.2.3: same with Uph tables (attic floor/rafters or terrace).
 * The table row the record names (tv_*_id) is used when present.
 */
import { byTvId, envelopeTables } from './tables';
import { optNum } from '../xml/read';
import type { RawNode } from '../xml/parse';
import type { ClimateZone } from '../types';

/** Representative year of each enum_periode_construction_id / enum_periode_isolation_id. */
const PERIOD_YEAR: Record<number, number> = { 1: 1947, 2: 1960, 3: 1976, 4: 1980, 5: 1985, 6: 1995, 7: 2003, 8: 2009, 9: 2016, 10: 2023 };

export interface OpaqueContext {
  zone: ClimateZone;
  constructionPeriodId: number;
  /** Joule-effect electric heating is the main heating (selects the U table column). */
  jouleHeating: boolean;
  versionId: number;
}

type Grid = [string, number, number, number, number, string][];

function gridU(grid: Grid, ctx: OpaqueContext, periodId: number, configuration?: string): number | undefined {
  const year = PERIOD_YEAR[periodId] ?? 1960;
  const joule = ctx.jouleHeating ? 1 : 0;
  const row = grid.find(
    (r) => r[0].split('|').includes(ctx.zone) && year >= r[1] && year <= r[2] && r[3] === joule && (configuration === undefined || r[5] === '' || r[5].split('|').includes(configuration)),
  );
  return row?.[4];
}

/** Insulation period for the "construction year" method: before 1975 the table starts at 1975-1977 (§3.2.1). */
function insulationPeriod(de: RawNode, ctx: OpaqueContext, method: number): number {
  const entered = optNum(de, 'enum_periode_isolation_id');
  if (entered !== undefined) return entered;
  if (method === 8 && ctx.constructionPeriodId <= 2) return 3;
  return ctx.constructionPeriodId;
}

interface Insulation {
  u0: number;
  lambda: number;
  tableU: () => number | undefined;
  enteredU: number | undefined;
}

/** Common §3.2 rule from U0 to U, by enum_methode_saisie_u_id. */
function insulatedU(de: RawNode, ins: Insulation): number {
  const method = optNum(de, 'enum_methode_saisie_u_id') ?? 1;
  const thicknessCm = optNum(de, 'epaisseur_isolation');
  const resistance = optNum(de, 'resistance_isolation');
  switch (method) {
    case 3:
    case 4:
      return thicknessCm && thicknessCm > 0 ? 1 / (1 / ins.u0 + (thicknessCm * 0.01) / ins.lambda) : ins.u0;
    case 5:
    case 6:
      return resistance && resistance > 0 ? 1 / (1 / ins.u0 + resistance) : ins.u0;
    case 2:
    case 7:
    case 8: {
      const u = ins.tableU();
      return u === undefined ? ins.u0 : Math.min(u, ins.u0);
    }
    case 9:
    case 10:
      return ins.enteredU ?? ins.u0;
    default:
      return ins.u0;
  }
}

export function wallU(de: RawNode, ctx: OpaqueContext): { u0: number; u: number } {
  const methodU0 = optNum(de, 'enum_methode_saisie_u0_id') ?? 2;
  let u0: number;
  if (methodU0 === 1) u0 = 2.5;
  else if (methodU0 === 3 || methodU0 === 4) u0 = optNum(de, 'umur0_saisi') ?? 2.5;
  else if (methodU0 === 5) u0 = optNum(de, 'umur_saisi') ?? 2.5;
  else u0 = byTvId(envelopeTables.umur0, optNum(de, 'tv_umur0_id')) ?? 2.5;
  const lining = optNum(de, 'enum_type_doublage_id') ?? 1;
  const insulation = optNum(de, 'enum_type_isolation_id') ?? 1;
  // Lining counts only without interior/exterior insulation (method versions from 2.4, Open3CL issue #146).
  const hasItiIte = ctx.versionId >= 2.4 && [3, 4, 6, 7, 8].includes(insulation);
  // §3.2.1.1: Umur_nu = min(Umur0, 2.5), taken after the lining resistance (§3.2.1.3) is added to
  // the table Umur0; most registered records do so (a minority caps before the lining).
  if (methodU0 !== 5 && !hasItiIte) {
    if (lining === 3) u0 = 1 / (1 / u0 + 0.1);
    else if (lining === 4 || lining === 5) u0 = 1 / (1 / u0 + 0.21);
  }
  if (optNum(de, 'enduit_isolant_paroi_ancienne') === 1) u0 = 1 / (1 / u0 + 0.7);
  u0 = Math.min(2.5, u0);
  const method = optNum(de, 'enum_methode_saisie_u_id') ?? 1;
  const u = insulatedU(de, {
    u0,
    lambda: 0.04,
    tableU: () => byTvId(envelopeTables.umur, optNum(de, 'tv_umur_id')) ?? gridU(envelopeTables.umurGrid, ctx, insulationPeriod(de, ctx, method)),
    enteredU: optNum(de, 'umur_saisi'),
  });
  return { u0, u: method === 1 ? Math.min(u0, 2.5) : u };
}

/** Ue of a floor on crawl space / unheated basement (group 0) or ground (1: before 2001, 2: from 2001), §3.2.2. */
export function ueFromGrid(group: number, twoSOverP: number, upb: number): number | undefined {
  const rows = envelopeTables.ueGrid.filter((r) => r[0] === group);
  if (rows.length === 0) return undefined;
  const columns = [...new Set(rows.map((r) => r[1]))].sort((a, b) => a - b);
  const rounded = Math.round(twoSOverP);
  const column = columns.reduce((best, c) => (Math.abs(c - rounded) < Math.abs(best - rounded) ? c : best), columns[0]);
  const line = rows.filter((r) => r[1] === column).sort((a, b) => a[2] - b[2]);
  if (upb <= line[0][2]) return line[0][3];
  const last = line[line.length - 1];
  if (upb >= last[2]) return last[3];
  for (let i = 1; i < line.length; i++) {
    const [, , u1, ue1] = line[i - 1];
    const [, , u2, ue2] = line[i];
    if (upb <= u2) return ue1 + ((ue2 - ue1) * (upb - u1)) / (u2 - u1);
  }
  return last[3];
}

export function floorU(de: RawNode, ctx: OpaqueContext): { u0: number; u: number; uFinal: number } {
  const methodU0 = optNum(de, 'enum_methode_saisie_u0_id') ?? 2;
  const u0 =
    methodU0 === 3 || methodU0 === 4
      ? (optNum(de, 'upb0_saisi') ?? 2)
      : (byTvId(envelopeTables.upb0, optNum(de, 'tv_upb0_id')) ?? 2);
  const method = optNum(de, 'enum_methode_saisie_u_id') ?? 1;
  const u = insulatedU(de, {
    u0,
    lambda: 0.042,
    tableU: () => byTvId(envelopeTables.upb, optNum(de, 'tv_upb_id')) ?? gridU(envelopeTables.upbGrid, ctx, insulationPeriod(de, ctx, method)),
    enteredU: optNum(de, 'upb_saisi'),
  });
  const adjacency = optNum(de, 'enum_type_adjacence_id') ?? 1;
  let uFinal = u;
  if (adjacency === 3 || adjacency === 5 || adjacency === 6) {
    const surface = optNum(de, 'surface_ue') ?? optNum(de, 'surface_paroi_opaque') ?? 0;
    const perimeter = optNum(de, 'perimetre_ue') ?? 0;
    const group = adjacency === 5 ? (ctx.constructionPeriodId >= 7 ? 2 : 1) : 0;
    const ue = perimeter > 0 && surface > 0 ? ueFromGrid(group, (2 * surface) / perimeter, u) : undefined;
    uFinal = ue ?? optNum(de, 'ue') ?? u;
  }
  return { u0, u, uFinal };
}

/** enum_type_plancher_haut_id of roofs under rafters / thatch / steel deck vs terraces (§3.2.3 tables). */
function ceilingConfiguration(de: RawNode): string {
  const type = optNum(de, 'enum_type_plancher_haut_id') ?? 1;
  const adjacency = optNum(de, 'enum_type_adjacence_id') ?? 1;
  if (type === 12 || type === 13 || type === 16) return 'rampants';
  if (adjacency === 1 && (type === 8 || type === 11)) return 'terrasse';
  return 'plancher';
}

export function ceilingU(de: RawNode, ctx: OpaqueContext): { u0: number; u: number } {
  const methodU0 = optNum(de, 'enum_methode_saisie_u0_id') ?? 2;
  const u0 =
    methodU0 === 3 || methodU0 === 4
      ? (optNum(de, 'uph0_saisi') ?? 2.5)
      : (byTvId(envelopeTables.uph0, optNum(de, 'tv_uph0_id')) ?? 2.5);
  const method = optNum(de, 'enum_methode_saisie_u_id') ?? 1;
  const u = insulatedU(de, {
    u0,
    lambda: 0.04,
    tableU: () =>
      byTvId(envelopeTables.uph, optNum(de, 'tv_uph_id')) ?? gridU(envelopeTables.uphGrid, ctx, insulationPeriod(de, ctx, method), ceilingConfiguration(de)),
    enteredU: optNum(de, 'uph_saisi'),
  });
  return { u0, u };
}
