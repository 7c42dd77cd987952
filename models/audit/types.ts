/**
 * Types of the 3CL-DPE-2021 engine (annex 1 of the arrêté of 8 October 2021): general data read
 * from the record, envelope losses (§3-4), climate (§18), needs (§2, §6, §11) and the full result.
 */
import type { DpeInputRaw } from './xml/parse';
import type { SystemsResult } from './systems/types';
import type { MonthlyClimate } from './envelope/tables';

export type ClimateZone = 'H1a' | 'H1b' | 'H1c' | 'H2a' | 'H2b' | 'H2c' | 'H2d' | 'H3';
export type InertiaClass = 'tres_lourde' | 'lourde' | 'moyenne' | 'legere';
export type BuildingType = 'maison' | 'appartement' | 'immeuble';

export interface DpeGeneral {
  numeroDpe: string;
  /** YYYY-MM-DD, date_etablissement_dpe. */
  dpeDate: string;
  versionId: number;
  methodeApplicationId: number;
  buildingType: BuildingType;
  /** Habitable surface the DPE rates (dwelling, or whole building for a building DPE), m². */
  surfaceM2: number;
  /** Number of dwellings rated (1 for a house or a flat). */
  dwellingCount: number;
  buildingSurfaceM2?: number;
  /** Habitable surface of the rated dwelling (label thresholds of small dwellings), m². */
  dwellingSurfaceM2: number;
  /** A flat rated from the whole building's data: needs are the building's, consumptions are shared. */
  flatFromBuilding: boolean;
  constructionPeriodId: number;
  constructionYear?: number;
  ceilingHeightM: number;
  levels: number;
  zone: ClimateZone;
  altitudeClass: 1 | 2 | 3;
  altitudeM?: number;
  oldMaterials: boolean;
  inertia: InertiaClass;
  /** Heavy components among low floor, ceiling and vertical walls (§7 flags of the record). */
  heavyComponents: number;
}

export interface EnvelopeLosses {
  /** W/K per family, Σ b·U·A (§3) and Hvent/Hperm (§4). */
  murWK: number;
  plancherBasWK: number;
  plancherHautWK: number;
  baieWK: number;
  porteWK: number;
  pontThermiqueWK: number;
  hventWK: number;
  hpermWK: number;
  /** GV = envelope + air renewal, W/K. */
  gvWK: number;
  /** Surface of loss-making walls except low floors (for Q4Pa), m². */
  sdepM2: number;
  /** Monthly south-equivalent glazing area Sse_j (§6.2), m². */
  sseMonthlyM2: number[];
}

export interface NeedVariant {
  /** Heating need Σ BV_j·DH_j / 1000 before recovered losses, kWh. */
  besoinChKwh: number;
  besoinChMonthlyKwh: number[];
  apportInterneWh: number;
  apportSolaireWh: number;
  /** Share of losses covered by free gains, Σ F_j·GV·DH_j / Σ GV·DH_j. */
  fractionApportGratuit: number;
  besoinEcsKwh: number;
  besoinEcsMonthlyKwh: number[];
  /** Cooling need (§10.2), kWh; 0 without cooling gains above losses. */
  besoinFrKwh: number;
}

export interface EnvelopeResult {
  general: DpeGeneral;
  losses: EnvelopeLosses;
  nadeq: number;
  conventionnel: NeedVariant;
  depensier: NeedVariant;
  /** Monthly conventional climate used (§18). */
  climate: MonthlyClimate;
  warnings: string[];
}

export interface DpeResult {
  numeroDpe: string;
  envelope: EnvelopeResult;
  systems: SystemsResult;
}

export type { DpeInputRaw };
