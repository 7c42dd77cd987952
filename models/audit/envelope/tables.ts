/**
 * Typed access to the envelope and climate tables shipped in resources/dpe (written by
 * scripts/dpe/buildEnvelopeTables.ts from the dpe-logement doctrine CSVs, annex 1 of the arrêté of
 * 8 October 2021, §3, §6 and §18).
 */
import envelopeJson from '../../../resources/dpe/envelope/tables.json';
import climateJson from '../../../resources/dpe/climate/climate.json';

type IdMap = Record<string, number>;
type UGridRow = [string, number, number, number, number, string];

export interface EnvelopeTables {
  umur0: IdMap;
  umur: IdMap;
  upb0: IdMap;
  upb: IdMap;
  uph0: IdMap;
  uph: IdMap;
  uporte: IdMap;
  kpt: IdMap;
  q4paconv: IdMap;
  b: IdMap;
  bverGrid: [string, string, number, number][];
  bLnc: { uvue: number; isolationAiu: number; isolationAue: number; ratioGt: number | null; ratioLte: number | null; b: number }[];
  tEts: IdMap;
  uw: IdMap;
  uwRows: Record<string, [string, number | null, number]>;
  ug: IdMap;
  deltar: IdMap;
  ujn: IdMap;
  ujnGrid: [number, number, number][];
  sw: IdMap;
  fe1: IdMap;
  fe2: IdMap;
  omb: IdMap;
  ue: IdMap;
  ueGrid: [number, number, number, number][];
  umurGrid: UGridRow[];
  upbGrid: UGridRow[];
  uphGrid: UGridRow[];
  uvue: Record<string, number>;
}

export interface MonthlyClimate {
  tefs: number[];
  e: number[];
  text: number[];
  nref19: number[];
  nref21: number[];
  dh14: number[];
  dh19: number[];
  dh21: number[];
  [k: string]: number[];
}

export interface ClimateTables {
  sollicitations: Record<string, MonthlyClimate>;
  c1: Record<string, number[]>;
  tbase: Record<string, number>;
  daysPerMonth: number[];
}

export const envelopeTables = envelopeJson as unknown as EnvelopeTables;
export const climateTables = climateJson as unknown as ClimateTables;

/** Value of a tv id in one table, or undefined when the id is absent or unknown. */
export function byTvId(table: IdMap, id: number | undefined): number | undefined {
  return id === undefined ? undefined : table[String(id)];
}
