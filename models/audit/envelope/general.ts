/**
 * General data of a DPE record (annex 1 of the arrêté of 8 October 2021, §1 and §11.1): the rated
 * surface and number of dwellings follow the application method (house, flat, building), the
 * inertia class follows §7 (count of heavy floor, ceiling and vertical walls).
 */
import type { DpeInputRaw } from '../xml/parse';
import { flag, node, optNum, optStr, reqNum } from '../xml/read';
import { validateGeneral } from './schema';
import type { BuildingType, ClimateZone, DpeGeneral, InertiaClass } from '../types';

const ZONES: ClimateZone[] = ['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3'];
const INERTIA_BY_ID: Record<number, InertiaClass> = { 1: 'tres_lourde', 2: 'lourde', 3: 'moyenne', 4: 'legere' };
/** enum_methode_application_dpe_log_id values that rate a whole building (observatory enum list). */
const BUILDING_METHODS = new Set([6, 7, 8, 9, 26, 27, 28, 29, 30]);
/**
 * Flats rated from the data of the whole building (generated from a building DPE, or from an
 * RT2012/RE2020 building study): the envelope and systems described are the building's, so the
 * computation runs at building scale and the per-m² values are those of the building.
 */
const FLAT_FROM_BUILDING_METHODS = new Set([10, 11, 12, 13, 15, 16, 19, 20, 22, 23, 24, 25, 33, 34, 38, 39, 40]);

/** Date used for a record that is not issued yet and has no visit date. */
export const NOT_ISSUED_DATE = '2025-12-31';

export function buildingTypeOf(methodId: number): BuildingType {
  if (methodId === 1 || methodId === 14 || methodId === 18) return 'maison';
  if (BUILDING_METHODS.has(methodId) || methodId === 17 || methodId === 21) return 'immeuble';
  return 'appartement';
}

/** §7: very heavy with 3 heavy components, heavy with 2, medium with 1, light with none. */
export function inertiaFromHeavyCount(count: number): InertiaClass {
  return count >= 3 ? 'tres_lourde' : count === 2 ? 'lourde' : count === 1 ? 'moyenne' : 'legere';
}

export function readGeneral(input: DpeInputRaw): DpeGeneral {
  const cg = node(input.logement, 'caracteristique_generale');
  const meteo = node(input.logement, 'meteo');
  const where = 'logement/caracteristique_generale';
  const methodeApplicationId = reqNum(cg, 'enum_methode_application_dpe_log_id', where);
  const dwellingSurface = optNum(cg, 'surface_habitable_logement');
  const buildingSurface = optNum(cg, 'surface_habitable_immeuble');
  const flatCount = optNum(cg, 'nombre_appartement') ?? 1;
  const buildingScale =
    FLAT_FROM_BUILDING_METHODS.has(methodeApplicationId) && buildingSurface !== undefined && flatCount > 1 && buildingSurface > (dwellingSurface ?? 0);
  const buildingType = buildingScale ? 'immeuble' : buildingTypeOf(methodeApplicationId);
  const surfaceM2 = buildingType === 'immeuble' ? (buildingSurface ?? dwellingSurface) : (dwellingSurface ?? buildingSurface);
  if (surfaceM2 === undefined || surfaceM2 <= 0) throw new Error(`${where}/surface_habitable_logement: missing or not positive`);
  const dwellingCount = buildingType === 'immeuble' ? Math.max(1, flatCount) : 1;
  const zoneId = reqNum(meteo, 'enum_zone_climatique_id', 'logement/meteo');
  const zone = ZONES[zoneId - 1];
  if (!zone) throw new Error(`logement/meteo/enum_zone_climatique_id: unknown value ${zoneId}`);
  const altitudeClass = reqNum(meteo, 'enum_classe_altitude_id', 'logement/meteo');
  if (altitudeClass !== 1 && altitudeClass !== 2 && altitudeClass !== 3) {
    throw new Error(`logement/meteo/enum_classe_altitude_id: unknown value ${altitudeClass}`);
  }
  const inertieNode = node(node(input.logement, 'enveloppe'), 'inertie');
  // The declared class (enum_classe_inertie_id, an input of the record) prevails; the §7 count of
  // heavy components is the fallback when the class is missing.
  const heavyKeys = ['inertie_plancher_bas_lourd', 'inertie_plancher_haut_lourd', 'inertie_paroi_verticale_lourd'];
  const heavyComponents = heavyKeys.filter((k) => flag(inertieNode, k)).length;
  const inertia: InertiaClass = INERTIA_BY_ID[optNum(inertieNode, 'enum_classe_inertie_id') ?? 0] ?? inertiaFromHeavyCount(heavyComponents);
  const isDate = (d: string | undefined): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}/.test(d);
  const issued = optStr(input.administratif, 'date_etablissement_dpe');
  const visited = optStr(input.administratif, 'date_visite_diagnostiqueur');
  // A record not yet issued (pre-deposit, date "NON_DEPOSE") is rated with the visit date, or with
  // the conventions in force before the 2026 change of the electricity factor.
  const dpeDate = isDate(issued) ? issued : isDate(visited) ? visited : NOT_ISSUED_DATE;
  return validateGeneral({
    numeroDpe: input.numeroDpe,
    dpeDate: dpeDate.slice(0, 10),
    versionId: optNum(input.administratif, 'enum_version_id') ?? 2,
    methodeApplicationId,
    buildingType,
    surfaceM2,
    dwellingCount,
    buildingSurfaceM2: buildingSurface,
    dwellingSurfaceM2: dwellingSurface ?? surfaceM2,
    flatFromBuilding: buildingScale,
    constructionPeriodId: reqNum(cg, 'enum_periode_construction_id', where),
    constructionYear: optNum(cg, 'annee_construction'),
    ceilingHeightM: reqNum(cg, 'hsp', where),
    levels: optNum(cg, 'nombre_niveau_logement') ?? optNum(cg, 'nombre_niveau_immeuble') ?? 1,
    zone,
    altitudeClass,
    altitudeM: optNum(meteo, 'altitude'),
    oldMaterials: flag(meteo, 'batiment_materiaux_anciens'),
    inertia,
    heavyComponents,
  });
}
