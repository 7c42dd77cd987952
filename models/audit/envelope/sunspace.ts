/**
 * Solar gains through an unheated sunspace (véranda, closed loggia), annex 1 of the arrêté of
 * 8 October 2021, §6.3:
 *   Sse_veranda_j = Ssd_j + Ssind_j·bver,
 *   Ssd_j = T·Σ_i A_i·Sw_i·Fe_i·C1_i,j (windows between the dwelling and the sunspace, direct gains),
 *   Ssind_j = Sst_j − Ssd_j, Sst_j = Σ_k A_k·(0.8·T + 0.024)·C1_k,j (sunspace glazing, Fe_k = 1),
 * T the transparency of the sunspace glazing (§6.3 table) and bver its b (§3.1).
 */
import { byTvId, envelopeTables } from './tables';
import { orientationCoefficients } from '../climate/climate';
import { entry, items, optNum, optStr } from '../xml/read';
import type { RawNode } from '../xml/parse';
import type { ClimateZone } from '../types';

export interface SunspaceWindow {
  /** A·Sw·Fe of a window between the dwelling and a sunspace. */
  areaSwFe: number;
  c1: readonly number[];
  /** reference_lnc, naming its sunspace when there are several. */
  sunspaceRef?: string;
}

/** Adds Sse_veranda_j of every sunspace to `sseMonthlyM2`. */
export function addSunspaceGains(env: RawNode | undefined, zone: ClimateZone, windows: readonly SunspaceWindow[], sseMonthlyM2: number[]): void {
  const sunspaces = items(env, 'ets_collection', 'ets');
  sunspaces.forEach((ets, index) => {
    const de = entry(ets);
    const t = byTvId(envelopeTables.tEts, optNum(de, 'tv_coef_transparence_ets_id')) ?? 0.5;
    const bver = byTvId(envelopeTables.b, optNum(de, 'tv_coef_reduction_deperdition_id')) ?? 0.6;
    const ref = optStr(de, 'reference');
    const own = windows.filter((w) => sunspaces.length === 1 || (ref !== undefined ? w.sunspaceRef === ref : index === 0));
    // §6.3 applies "in the case of windows separating the sunspace from the dwelling": without any,
    // the sunspace brings no solar gain (the registered records agree).
    if (own.length === 0) return;
    const sst = new Array<number>(12).fill(0);
    for (const b of items(ets, 'baie_ets_collection', 'baie_ets')) {
      const bd = entry(b);
      const c1 = orientationCoefficients(zone, optNum(bd, 'enum_orientation_id') ?? 1, optNum(bd, 'enum_inclinaison_vitrage_id') ?? 3);
      const k = (optNum(bd, 'surface_totale_baie') ?? 0) * (0.8 * t + 0.024);
      for (let m = 0; m < 12; m++) sst[m] += k * c1[m];
    }
    for (let m = 0; m < 12; m++) {
      let ssd = 0;
      for (const w of own) ssd += t * w.areaSwFe * w.c1[m];
      sseMonthlyM2[m] += ssd + Math.max(0, sst[m] - ssd) * bver;
    }
  });
}
