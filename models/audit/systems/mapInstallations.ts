/**
 * Maps the installations of a parsed ADEME DPE record (`logement` element, observatory format v2)
 * to the systems stage's input. Reads `donnee_entree` only: `donnee_intermediaire` and `sortie`
 * hold the registered results and are never used by the engine.
 */
import { bool, child, items, num, str, type Raw } from './rawXml';
import type {
  CoolingSystem,
  DhwGenerator,
  DhwInstallation,
  HeatingEmitter,
  HeatingGenerator,
  HeatingInstallation,
  Installations,
  PvPanel,
  VentilationSystem,
} from './types';

export type MappedLogement = Installations;

function de(node: Raw): Raw {
  return child(node, 'donnee_entree') ?? {};
}

function required(node: Raw, key: string, where: string): number {
  const v = num(node, key);
  if (v === undefined) throw new Error(`${where}.donnee_entree.${key}: missing or not a number`);
  return v;
}

function mapEmitter(e: Raw, where: string): HeatingEmitter {
  const d = de(e);
  return {
    surfaceM2: num(d, 'surface_chauffee') ?? 0,
    emissionTypeId: required(d, 'enum_type_emission_distribution_id', where),
    tvReId: num(d, 'tv_rendement_emission_id'),
    tvRdId: num(d, 'tv_rendement_distribution_ch_id'),
    tvRrId: num(d, 'tv_rendement_regulation_id'),
    tvI0Id: num(d, 'tv_intermittence_id'),
    tempDistributionId: num(d, 'enum_temp_distribution_ch_id'),
    emitterPeriodId: num(d, 'enum_periode_installation_emetteur_id'),
    linkId: num(d, 'enum_lien_generateur_emetteur_id') ?? 1,
    heatingTypeId: num(d, 'enum_type_chauffage_id'),
    intermittenceId: num(d, 'enum_equipement_intermittence_id'),
    roomRegulationId: num(d, 'enum_type_regulation_id'),
    insulatedNetwork: bool(d, 'reseau_distribution_isole'),
  };
}

function mapHeatingGenerator(g: Raw, where: string): HeatingGenerator {
  const d = de(g);
  return {
    description: str(d, 'description') ?? '',
    typeId: required(d, 'enum_type_generateur_ch_id', where),
    energyId: required(d, 'enum_type_energie_id', where),
    usageId: num(d, 'enum_usage_generateur_id') ?? 1,
    linkId: num(d, 'enum_lien_generateur_emetteur_id') ?? 1,
    inHeatedVolume: bool(d, 'position_volume_chauffe') ?? false,
    tvCombustionId: num(d, 'tv_generateur_combustion_id'),
    tvScopId: num(d, 'tv_scop_id'),
    tvTempFonc30Id: num(d, 'tv_temp_fonc_30_id'),
    tvTempFonc100Id: num(d, 'tv_temp_fonc_100_id'),
    hasFan: bool(d, 'presence_ventouse') ?? false,
    hasCombustionRegulation: bool(d, 'presence_regulation_combustion') ?? true,
    networkId: str(d, 'identifiant_reseau_chaleur'),
    radiatorCount: num(d, 'n_radiateurs_gaz'),
    installYear: num(d, 'annee_installation'),
  };
}

function mapDhwGenerator(g: Raw, where: string): DhwGenerator {
  const d = de(g);
  return {
    description: str(d, 'description') ?? '',
    typeId: required(d, 'enum_type_generateur_ecs_id', where),
    energyId: required(d, 'enum_type_energie_id', where),
    usageId: num(d, 'enum_usage_generateur_id') ?? 2,
    inHeatedVolume: bool(d, 'position_volume_chauffe') ?? false,
    tvCombustionId: num(d, 'tv_generateur_combustion_id'),
    tvScopId: num(d, 'tv_scop_id'),
    tvStorageLossId: num(d, 'tv_pertes_stockage_id'),
    storageTypeId: num(d, 'enum_type_stockage_ecs_id'),
    storageVolumeL: num(d, 'volume_stockage') ?? 0,
    hasFan: bool(d, 'presence_ventouse') ?? false,
    networkId: str(d, 'identifiant_reseau_chaleur'),
    installYear: num(d, 'annee_installation'),
    thermoPeriodId: num(d, 'enum_periode_installation_ecs_thermo_id'),
  };
}

/** A distribution key of 1 (or none) means "not given": the surface prorata applies. */
function share(v: number | undefined): number | undefined {
  return v !== undefined && v > 0 && v < 1 ? v : undefined;
}

export function mapInstallations(logement: unknown): MappedLogement {
  const inertiaClassId = num(child(child(logement, 'enveloppe'), 'inertie'), 'enum_classe_inertie_id');
  const heating: HeatingInstallation[] = items(logement, 'installation_chauffage_collection', 'installation_chauffage').map(
    (inst, i) => {
      const where = `installation_chauffage[${i}]`;
      const d = de(inst);
      return {
        surfaceM2: num(d, 'surface_chauffee') ?? 0,
        configId: num(d, 'enum_cfg_installation_ch_id') ?? 1,
        installationTypeId: num(d, 'enum_type_installation_id') ?? 1,
        levels: num(d, 'nombre_niveau_installation_ch') ?? 1,
        solarFraction: num(d, 'fch'),
        dwellingShare: share(num(d, 'cle_repartition_ch')),
        virtualisationRatio: share(num(d, 'ratio_virtualisation')),
        inertiaClassId,
        emitters: items(inst, 'emetteur_chauffage_collection', 'emetteur_chauffage').map((e, j) =>
          mapEmitter(e, `${where}.emetteur_chauffage[${j}]`),
        ),
        generators: items(inst, 'generateur_chauffage_collection', 'generateur_chauffage').map((g, j) =>
          mapHeatingGenerator(g, `${where}.generateur_chauffage[${j}]`),
        ),
      };
    },
  );
  const dhw: DhwInstallation[] = items(logement, 'installation_ecs_collection', 'installation_ecs').map((inst, i) => {
    const where = `installation_ecs[${i}]`;
    const d = de(inst);
    return {
      surfaceM2: num(d, 'surface_habitable') ?? 0,
      configId: num(d, 'enum_cfg_installation_ecs_id') ?? 1,
      installationTypeId: num(d, 'enum_type_installation_id') ?? 1,
      levels: num(d, 'nombre_niveau_installation_ecs') ?? 1,
      tvRdId: num(d, 'tv_rendement_distribution_ecs_id'),
      loopId: num(d, 'enum_bouclage_reseau_ecs_id'),
      insulatedNetwork: bool(d, 'reseau_distribution_isole') ?? false,
      solarFraction: num(d, 'fecs'),
      dwellingCount: Math.max(1, Math.round(num(d, 'nombre_logement') ?? 1)),
      dwellingShare: share(num(d, 'cle_repartition_ecs')),
      virtualisationRatio: share(num(d, 'ratio_virtualisation')),
      generators: items(inst, 'generateur_ecs_collection', 'generateur_ecs').map((g, j) =>
        mapDhwGenerator(g, `${where}.generateur_ecs[${j}]`),
      ),
    };
  });
  const cooling: CoolingSystem[] = items(logement, 'climatisation_collection', 'climatisation').map((c) => {
    const d = de(c);
    return {
      surfaceM2: num(d, 'surface_clim') ?? 0,
      tvSeerId: num(d, 'tv_seer_id'),
      periodId: num(d, 'enum_periode_installation_fr_id'),
      energyId: num(d, 'enum_type_energie_id') ?? 1,
    };
  });
  const ventilation: VentilationSystem[] = items(logement, 'ventilation_collection', 'ventilation').map((v, i) => {
    const d = de(v);
    return { typeId: required(d, 'enum_type_ventilation_id', `ventilation[${i}]`), surfaceM2: num(d, 'surface_ventile') ?? 0 };
  });
  const prod = child(logement, 'production_elec_enr');
  const pvOn = prod ? bool(de(prod), 'presence_production_pv') : false;
  const pv: PvPanel[] = pvOn && prod
    ? items(prod, 'panneaux_pv_collection', 'panneaux_pv').map((p) => ({
        areaM2: num(p, 'surface_totale_capteurs') ?? 1.6 * (num(p, 'nombre_module') ?? 0),
        orientationId: num(p, 'enum_orientation_pv_id'),
        tiltId: num(p, 'enum_inclinaison_pv_id'),
      }))
    : [];
  return { heating, dhw, cooling, ventilation, pv };
}

export interface GeneralData {
  surfaceM2: number;
  buildingType: 'maison' | 'appartement' | 'immeuble';
  dwellingCount: number;
  buildingSurfaceM2?: number;
  zoneId: number;
  altitudeClass: 1 | 2 | 3;
  ceilingHeightM: number;
  constructionYear?: number;
  inertiaClassId?: number;
}

const HOUSE_METHODS = [1, 14, 18];
const BUILDING_METHODS = [6, 7, 8, 9, 17, 21, 26, 27, 28, 29, 30];

/** General data of the record (`caracteristique_generale`, `meteo`) that the systems stage uses. */
export function mapGeneral(logement: unknown): GeneralData {
  const cg = child(logement, 'caracteristique_generale');
  const meteo = child(logement, 'meteo');
  const method = num(cg, 'enum_methode_application_dpe_log_id') ?? 1;
  const buildingType = HOUSE_METHODS.includes(method) ? 'maison' : BUILDING_METHODS.includes(method) ? 'immeuble' : 'appartement';
  const shLogement = num(cg, 'surface_habitable_logement');
  const shImmeuble = num(cg, 'surface_habitable_immeuble');
  const surface = buildingType === 'immeuble' ? (shImmeuble ?? shLogement) : (shLogement ?? shImmeuble);
  if (surface === undefined) throw new Error('caracteristique_generale.surface_habitable_logement: missing');
  const alt = num(meteo, 'enum_classe_altitude_id') ?? 1;
  return {
    surfaceM2: surface,
    buildingType,
    dwellingCount: num(cg, 'nombre_appartement') ?? 1,
    buildingSurfaceM2: shImmeuble,
    zoneId: num(meteo, 'enum_zone_climatique_id') ?? 1,
    altitudeClass: (alt === 2 || alt === 3 ? alt : 1) as 1 | 2 | 3,
    ceilingHeightM: num(cg, 'hsp') ?? 2.5,
    constructionYear: num(cg, 'annee_construction'),
    inertiaClassId: num(child(child(logement, 'enveloppe'), 'inertie'), 'enum_classe_inertie_id'),
  };
}
