/**
 * Envelope losses GV (annex 1 of the arrêté of 8 October 2021, §3 and §4):
 *   GV = Σ b·U·A (walls, low floors with Ue, ceilings, windows with Ujn, doors) + Σ l·k (thermal
 *   bridges, §3.4) + Hvent + Hperm,
 * and the monthly south-equivalent glazing area Sse_j = Σ A·Sw·Fe1·Fe2·C1_j (§6.2).
 */
import { airRenewal } from './airRenewal';
import { ceilingU, floorU, wallU, type OpaqueContext } from './opaque';
import { doorU, windowThermal } from './openings';
import { reductionCoefficient } from './reduction';
import { nonNegative } from './schema';
import { addSunspaceGains, type SunspaceWindow } from './sunspace';
import { byTvId, envelopeTables } from './tables';
import { orientationCoefficients } from '../climate/climate';
import { entry, items, node, optNum, optStr } from '../xml/read';
import type { DpeInputRaw, RawNode } from '../xml/parse';
import type { DpeGeneral, EnvelopeLosses } from '../types';

export interface ElementDetail {
  kind: 'mur' | 'plancher_bas' | 'plancher_haut' | 'baie_vitree' | 'porte' | 'pont_thermique' | 'ventilation';
  index: number;
  values: Record<string, number>;
}

/** True when the main heating is electric Joule effect (selects the Joule column of the U tables, §3.2). */
export function hasJouleHeating(logement: RawNode): boolean {
  for (const inst of items(logement, 'installation_chauffage_collection', 'installation_chauffage')) {
    const gens = items(inst, 'generateur_chauffage_collection', 'generateur_chauffage');
    const first = gens[0] ? entry(gens[0]) : undefined;
    // Generator types above 19 that run on electricity are direct-electric emitters (not heat pumps).
    if (first && optNum(first, 'enum_type_energie_id') === 1 && (optNum(first, 'enum_type_generateur_ch_id') ?? 0) > 19) return true;
  }
  return false;
}

export function computeLosses(input: DpeInputRaw, general: DpeGeneral): { losses: EnvelopeLosses; details: ElementDetail[]; warnings: string[] } {
  const env = node(input.logement, 'enveloppe');
  const warnings: string[] = [];
  const details: ElementDetail[] = [];
  const ctx: OpaqueContext = {
    zone: general.zone,
    constructionPeriodId: general.constructionPeriodId,
    jouleHeating: hasJouleHeating(input.logement),
    versionId: general.versionId,
  };
  let murWK = 0;
  let plancherBasWK = 0;
  let plancherHautWK = 0;
  let baieWK = 0;
  let porteWK = 0;
  let pontThermiqueWK = 0;
  let sdepM2 = 0;
  const sseMonthlyM2 = new Array<number>(12).fill(0);
  const sunspaceWindows: SunspaceWindow[] = [];

  items(env, 'mur_collection', 'mur').forEach((el, index) => {
    const de = entry(el);
    const b = reductionCoefficient(de, general.zone);
    const { u0, u } = wallU(de, ctx);
    const area = nonNegative(optNum(de, 'surface_paroi_opaque'), `enveloppe/mur[${index}]/surface_paroi_opaque`);
    murWK += b * u * area;
    if (b > 0 && optNum(de, 'enum_type_adjacence_id') !== 22) sdepM2 += area;
    details.push({ kind: 'mur', index, values: { b, umur: u, umur0: u0 } });
  });
  items(env, 'plancher_bas_collection', 'plancher_bas').forEach((el, index) => {
    const de = entry(el);
    const b = reductionCoefficient(de, general.zone);
    const { u0, u, uFinal } = floorU(de, ctx);
    plancherBasWK += b * uFinal * nonNegative(optNum(de, 'surface_paroi_opaque'), `enveloppe/plancher_bas[${index}]/surface_paroi_opaque`);
    details.push({ kind: 'plancher_bas', index, values: { b, upb: u, upb0: u0, upb_final: uFinal } });
  });
  items(env, 'plancher_haut_collection', 'plancher_haut').forEach((el, index) => {
    const de = entry(el);
    const b = reductionCoefficient(de, general.zone);
    const { u0, u } = ceilingU(de, ctx);
    const area = nonNegative(optNum(de, 'surface_paroi_opaque'), `enveloppe/plancher_haut[${index}]/surface_paroi_opaque`);
    plancherHautWK += b * u * area;
    if (b > 0 && optNum(de, 'enum_type_adjacence_id') !== 22) sdepM2 += area;
    details.push({ kind: 'plancher_haut', index, values: { b, uph: u, uph0: u0 } });
  });
  items(env, 'baie_vitree_collection', 'baie_vitree').forEach((el, index) => {
    const de = entry(el);
    const b = reductionCoefficient(de, general.zone);
    const doubleWindow = node(el, 'baie_vitree_double_fenetre');
    const w = windowThermal(de, doubleWindow ? entry(doubleWindow) : undefined);
    const area = nonNegative(optNum(de, 'surface_totale_baie'), `enveloppe/baie_vitree[${index}]/surface_totale_baie`);
    baieWK += b * w.uMenuiserie * area;
    if (b > 0) sdepM2 += area;
    // Solar gains count glazing on the outside (§6.2) and glazing onto a sunspace (§6.3); glazing
    // onto other unheated spaces is shaded by them.
    const adjacency = optNum(de, 'enum_type_adjacence_id') ?? 1;
    // Adjacencies with b = 1 by definition (outside, buried, crawl space, ground) count as outside.
    const outside = adjacency === 1 || adjacency === 2 || adjacency === 3 || adjacency === 5;
    if (outside || adjacency === 10) {
      const c1 = orientationCoefficients(general.zone, optNum(de, 'enum_orientation_id') ?? 2, optNum(de, 'enum_inclinaison_vitrage_id') ?? 3);
      const k = area * w.sw * w.fe1 * w.fe2;
      if (outside) for (let m = 0; m < 12; m++) sseMonthlyM2[m] += k * c1[m];
      else sunspaceWindows.push({ areaSwFe: k, c1, sunspaceRef: optStr(de, 'reference_lnc') });
    }
    details.push({ kind: 'baie_vitree', index, values: { b, uw: w.uw, ujn: w.ujn, u_menuiserie: w.uMenuiserie, sw: w.sw, fe1: w.fe1, fe2: w.fe2 } });
  });
  addSunspaceGains(env, general.zone, sunspaceWindows, sseMonthlyM2);
  items(env, 'porte_collection', 'porte').forEach((el, index) => {
    const de = entry(el);
    const b = reductionCoefficient(de, general.zone);
    const u = doorU(de);
    const area = nonNegative(optNum(de, 'surface_porte'), `enveloppe/porte[${index}]/surface_porte`);
    porteWK += b * u * area;
    if (b > 0) sdepM2 += area;
    details.push({ kind: 'porte', index, values: { b, uporte: u } });
  });
  items(env, 'pont_thermique_collection', 'pont_thermique').forEach((el, index) => {
    const de = entry(el);
    const method = optNum(de, 'enum_methode_saisie_pont_thermique_id') ?? 1;
    const entered = optNum(de, 'k_saisi');
    const k = method !== 1 && entered !== undefined ? entered : (byTvId(envelopeTables.kpt, optNum(de, 'tv_pont_thermique_id')) ?? entered ?? 0);
    const share = optNum(de, 'pourcentage_valeur_pont_thermique') ?? 1;
    pontThermiqueWK += nonNegative(optNum(de, 'l'), `enveloppe/pont_thermique[${index}]/l`) * k * share;
    details.push({ kind: 'pont_thermique', index, values: { k } });
  });

  const ventilations = items(input.logement, 'ventilation_collection', 'ventilation').map(entry);
  let hventWK = 0;
  let hpermWK = 0;
  if (ventilations.length === 0) warnings.push('no ventilation: air renewal losses set to zero');
  const surfaces = ventilations.map((de) => (ventilations.length === 1 ? general.surfaceM2 : (optNum(de, 'surface_ventile') ?? general.surfaceM2 / ventilations.length)));
  const totalVentilated = surfaces.reduce((a, s) => a + s, 0);
  ventilations.forEach((de, index) => {
    const share = totalVentilated > 0 ? surfaces[index] / totalVentilated : 1;
    const air = airRenewal(de, general.surfaceM2 * share, general.ceilingHeightM, sdepM2 * share);
    hventWK += air.hventWK;
    hpermWK += air.hpermWK;
    details.push({ kind: 'ventilation', index, values: { hvent: air.hventWK, hperm: air.hpermWK, q4pa_conv: air.q4paConv } });
  });

  const gvWK = murWK + plancherBasWK + plancherHautWK + baieWK + porteWK + pontThermiqueWK + hventWK + hpermWK;
  return {
    losses: { murWK, plancherBasWK, plancherHautWK, baieWK, porteWK, pontThermiqueWK, hventWK, hpermWK, gvWK, sdepM2, sseMonthlyM2 },
    details,
    warnings,
  };
}
