/**
 * Input and output of the systems stage of the 3CL-DPE-2021 method (annex 1 of the arrêté of
 * 8 October 2021, §5 ventilation auxiliaries, §9 heating, §10 cooling, §11/§14 DHW, §12-13
 * efficiencies, §15 auxiliaries, §16 lighting). The zod schema lives in schema.ts.
 */
import type { Energy } from './enums';
import type { EnergyResult } from '../energy/types';

export type ClimateZone = 'H1a' | 'H1b' | 'H1c' | 'H2a' | 'H2b' | 'H2c' | 'H2d' | 'H3';

export interface HeatingEmitter {
  surfaceM2: number;
  emissionTypeId: number; // enum_type_emission_distribution_id
  tvReId?: number;
  tvRdId?: number;
  tvRrId?: number;
  tvI0Id?: number;
  tempDistributionId?: number; // enum_temp_distribution_ch_id (1 none, 2 low, 3 medium, 4 high)
  emitterPeriodId?: number; // enum_periode_installation_emetteur_id
  linkId: number; // enum_lien_generateur_emetteur_id
  heatingTypeId?: number; // enum_type_chauffage_id: 1 divided, 2 central
  intermittenceId?: number; // enum_equipement_intermittence_id (1 absent … 7 central collective + presence)
  roomRegulationId?: number; // enum_type_regulation_id: 1 without, 2 with room-by-room regulation
  insulatedNetwork?: boolean; // reseau_distribution_isole
}

export interface HeatingGenerator {
  description: string;
  typeId: number; // enum_type_generateur_ch_id
  energyId: number; // enum_type_energie_id
  usageId: number; // enum_usage_generateur_id: 1 heating, 2 DHW, 3 both
  linkId: number; // enum_lien_generateur_emetteur_id
  inHeatedVolume: boolean;
  tvCombustionId?: number;
  tvScopId?: number;
  tvTempFonc30Id?: number;
  tvTempFonc100Id?: number;
  hasFan: boolean; // presence_ventouse
  hasCombustionRegulation: boolean;
  networkId?: string; // identifiant_reseau_chaleur
  radiatorCount?: number; // n_radiateurs_gaz
  installYear?: number;
}

export interface HeatingInstallation {
  surfaceM2: number;
  configId: number; // enum_cfg_installation_ch_id
  installationTypeId: number; // enum_type_installation_id: 1 individual, 2 collective, 3 multi-building, 4 hybrid
  levels: number;
  solarFraction?: number; // fch when entered
  /** cle_repartition_ch: the rated dwelling's share of a building-level installation, when given. */
  dwellingShare?: number;
  /**
   * ratio_virtualisation: a collective generator "brought back to one dwelling" (virtual
   * generator, enum_methode_calcul_conso 2/5) has the building generator's characteristics times
   * this ratio.
   */
  virtualisationRatio?: number;
  /** The record's envelope inertia class (enveloppe/inertie), copied here for the I0 table (§8). */
  inertiaClassId?: number;
  emitters: HeatingEmitter[];
  generators: HeatingGenerator[];
}

export interface DhwGenerator {
  description: string;
  typeId: number; // enum_type_generateur_ecs_id
  energyId: number;
  usageId: number;
  inHeatedVolume: boolean;
  tvCombustionId?: number;
  tvScopId?: number;
  tvStorageLossId?: number;
  storageTypeId?: number; // enum_type_stockage_ecs_id: 1 none, 2 separate, 3 integrated
  storageVolumeL: number;
  hasFan: boolean;
  networkId?: string;
  installYear?: number;
  /** enum_periode_installation_ecs_thermo_id: 1 before 2010, 2 2010-2014, 3 from 2015. */
  thermoPeriodId?: number;
}

export interface DhwInstallation {
  surfaceM2: number;
  configId: number; // enum_cfg_installation_ecs_id
  installationTypeId: number;
  levels: number;
  tvRdId?: number;
  loopId?: number; // enum_bouclage_reseau_ecs_id
  insulatedNetwork: boolean;
  solarFraction?: number; // fecs when entered
  /** nombre_logement served (an individual installation described once for N identical dwellings). */
  dwellingCount: number;
  /** cle_repartition_ecs: the rated dwelling's share of a building-level installation, when given. */
  dwellingShare?: number;
  /** ratio_virtualisation of a collective DHW generator brought back to one dwelling. */
  virtualisationRatio?: number;
  generators: DhwGenerator[];
}

export interface CoolingSystem {
  surfaceM2: number;
  tvSeerId?: number;
  periodId?: number; // enum_periode_installation_fr_id
  energyId: number;
}

export interface VentilationSystem {
  typeId: number; // enum_type_ventilation_id
  surfaceM2: number;
}

export interface PvPanel {
  areaM2: number;
  orientationId?: number; // enum_orientation_pv_id
  tiltId?: number; // enum_inclinaison_pv_id
}

export interface Installations {
  heating: HeatingInstallation[];
  dhw: DhwInstallation[];
  cooling: CoolingSystem[];
  ventilation: VentilationSystem[];
  pv: PvPanel[];
}

export interface SystemsInput {
  /** Reference (habitable) surface of what the DPE rates: dwelling, or building for a building DPE. */
  surfaceM2: number;
  buildingType: 'maison' | 'appartement' | 'immeuble';
  dwellingCount: number;
  /** Habitable surface of the whole building, for collective installations (§13.2.2.4, §15.2.3). */
  buildingSurfaceM2?: number;
  zone: ClimateZone;
  /** 1: < 400 m, 2: 400-800 m, 3: > 800 m. */
  altitudeClass: 1 | 2 | 3;
  /** Date the DPE was issued, YYYY-MM-DD (electricity primary factor, label thresholds). */
  dpeDate: string;
  constructionYear?: number;
  /** enum_classe_inertie_id of the envelope (1 very heavy … 4 light), for the I0 table (§8). */
  inertiaClassId?: number;
  ceilingHeightM: number;
  /** GV: envelope + air renewal losses (W/K), §3-4. */
  gvWK: number;
  climate: {
    tbaseC: number;
    /** Heating hours per month at 19 °C (Nref19, §18.2). */
    nrefMonthlyH: number[];
    /** Outside mean temperature per month (°C) and degree-hours base 14 (°C.h), for §9.8 base + backup. */
    textMonthlyC?: number[];
    dh14MonthlyKh?: number[];
  };
  /**
   * Surface the needs and GV refer to, when larger than `surfaceM2`: an apartment DPE generated from
   * the building's data (methods 10-13, 33-34, 38-40) computes needs for the whole building and
   * rates the apartment's share of the consumptions. Defaults to `surfaceM2`.
   */
  needSurfaceM2?: number;
  /** Heating need before recovered losses, Σ BVj·DHj/1000 (kWh), and its monthly split if known. */
  besoinChKwh: number;
  besoinChMonthlyKwh?: number[];
  /** DHW need (kWh, §11.1). */
  besoinEcsKwh: number;
  /** Cooling need (kWh, §10.2). */
  besoinFrKwh: number;
  installations: Installations;
}

export type Use = 'chauffage' | 'ecs' | 'refroidissement' | 'eclairage' | 'auxiliaire';
export type AuxiliaryKind = 'generation_ch' | 'distribution_ch' | 'generation_ecs' | 'distribution_ecs' | 'ventilation' | 'distribution_fr';

/** One final-energy consumption (kWh PCI) of one use and one carrier; the energy stage converts these. */
export interface ConsumptionLine {
  use: Use;
  auxiliary?: AuxiliaryKind;
  energy: Energy;
  kwh: number;
  /** Heat-network id for its CO2 content. */
  networkId?: string;
}

export interface HeatingGeneratorResult {
  description: string;
  energy: Energy;
  /** Generation efficiency Rg (or SCOP/COP), PCI. */
  rg: number;
  pnKw?: number;
  qp0W?: number;
  rpn?: number;
  rpint?: number;
  shareOfNeed: number;
  consoKwh: number;
}

export interface EmitterResult {
  re: number;
  rd: number;
  rr: number;
  i0: number;
  int: number;
}

export interface DhwGeneratorResult {
  description: string;
  energy: Energy;
  rg: number;
  rs: number;
  rd: number;
  pnKw?: number;
  qp0W?: number;
  storageLossWh: number;
  consoKwh: number;
}

export interface SystemsResult {
  /** Heating need after recovered generation and DHW losses (kWh). */
  besoinChKwh: number;
  recoveredLossesKwh: { generation: number; dhwDistribution: number; dhwStorage: number };
  heating: { consoKwh: number; emitters: EmitterResult[][]; generators: HeatingGeneratorResult[][] };
  dhw: { consoKwh: number; generators: DhwGeneratorResult[][] };
  cooling: { consoKwh: number };
  lighting: { consoKwh: number };
  auxiliaries: Record<AuxiliaryKind, number> & { totalKwh: number };
  pv: { productionKwh: number; selfConsumedKwh: number };
  lines: ConsumptionLine[];
  energy: EnergyResult;
  warnings: string[];
}
