/**
 * Loss reduction coefficient b of a wall between the heated volume and its adjacent space
 * (annex 1 of the arrêté of 8 October 2021, §3.1): 1 towards outside, ground, crawl space;
 * 0 towards a heated dwelling; table values towards non-residential premises; for an unheated
 * space, b from its Uvue, the insulation of its two sides and the ratio Aiu/Aue (§3.1 table).
 * When the record names the table row (tv_coef_reduction_deperdition_id), that row is used.
 */
import { byTvId, envelopeTables } from './tables';
import { optNum } from '../xml/read';
import type { RawNode } from '../xml/parse';
import type { ClimateZone } from '../types';

/** enum_type_adjacence_id → Uvue type of the unheated space (§3.1). */
const UVUE_TYPE_BY_ADJACENCY: Record<number, string> = {
  6: 'autres',
  8: 'garage',
  9: 'cellier',
  11: 'comble_fortement_ventile',
  12: 'comble_faiblement_ventile',
  13: 'comble_tres_faiblement_ventile',
  14: 'circulation_sans_ouverture_exterieure',
  15: 'circulation_avec_ouverture_exterieure',
  16: 'circulation_avec_bouche_ou_gaine_desenfumage_ouverte',
  17: 'hall_entree_avec_fermeture_automatique',
  18: 'hall_entree_sans_fermeture_automatique',
  19: 'garage_collectif',
  21: 'autres',
};

/** enum_cfg_isolation_lnc_id → [heated side insulated, unheated side insulated]. */
const LNC_INSULATION: Record<number, [number, number]> = { 2: [0, 0], 3: [0, 1], 4: [1, 0], 5: [1, 1] };

export function bForUnheatedSpace(uvue: number, aiuM2: number, aueM2: number, cfgId: number | undefined): number | undefined {
  // A heated, non-accessible space, or an unheated space without any wall to the outside, takes no
  // heat out of the dwelling: b = Aue·Uvue / (Aiu·Uiu + Aue·Uvue) = 0.
  if (cfgId === 1 || (aueM2 <= 0 && aiuM2 > 0)) return 0;
  const [isolationAiu, isolationAue] = LNC_INSULATION[cfgId ?? 2] ?? [0, 0];
  if (!(aueM2 > 0)) return undefined;
  const ratio = aiuM2 / aueM2;
  const row = envelopeTables.bLnc.find(
    (r) =>
      r.uvue === uvue &&
      r.isolationAiu === isolationAiu &&
      r.isolationAue === isolationAue &&
      (r.ratioGt === null || ratio > r.ratioGt) &&
      (r.ratioLte === null || ratio <= r.ratioLte),
  );
  return row?.b;
}

/**
 * bver of a wall towards a sunspace (§3.1) from enum_cfg_isolation_lnc_id: 6-8 insulated wall,
 * 9-11 uninsulated, facing north / south / east-west.
 */
export function bSunspace(zone: ClimateZone, cfgId: number | undefined): number | undefined {
  if (cfgId === undefined || cfgId < 6 || cfgId > 11) return undefined;
  const insulated = cfgId <= 8 ? 1 : 0;
  const orientation = ['nord', 'sud', 'est|ouest'][(cfgId - 6) % 3];
  return envelopeTables.bverGrid.find((r) => r[0].split('|').includes(zone) && r[1] === orientation && r[2] === insulated)?.[3];
}

/** b of one wall, window, door, floor or ceiling from its donnee_entree. */
export function reductionCoefficient(de: RawNode, zone: ClimateZone): number {
  const fromTable = byTvId(envelopeTables.b, optNum(de, 'tv_coef_reduction_deperdition_id'));
  if (fromTable !== undefined) return fromTable;
  const adjacency = optNum(de, 'enum_type_adjacence_id') ?? 1;
  switch (adjacency) {
    case 1:
    case 2:
    case 3:
    case 5:
      return 1;
    case 4:
    case 20:
      return 0.2;
    case 7:
      return 0.95;
    case 22:
      return 0;
    case 10: {
      const bver = bSunspace(zone, optNum(de, 'enum_cfg_isolation_lnc_id'));
      if (bver !== undefined) return bver;
      break;
    }
    default:
      break;
  }
  const uvueType = UVUE_TYPE_BY_ADJACENCY[adjacency];
  const uvue = uvueType === undefined ? undefined : envelopeTables.uvue[uvueType];
  if (uvue !== undefined) {
    const b = bForUnheatedSpace(uvue, optNum(de, 'surface_aiu') ?? 0, optNum(de, 'surface_aue') ?? 0, optNum(de, 'enum_cfg_isolation_lnc_id'));
    if (b !== undefined) return b;
  }
  // An unheated basement without its surfaces takes the "sous-sol non chauffé" row of the §3.1 table (1).
  if (adjacency === 6) return 1;
  // Sunspace without its configuration, or an unheated space without surfaces: the upper bound of the
  // §3.1 table for unheated spaces.
  return 0.95;
}
