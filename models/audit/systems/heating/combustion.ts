/**
 * Combustion generators (boilers, hot-air generators, gas radiators, boiler-stoves).
 * Annex 1 of the arrêté of 8 October 2021:
 * - §13.2.2 default characteristics Rpn, Rpint, QP0, Pveil by type and age (table
 *   resources/dpe/systems/chauffage-combustion.json, row chosen by `tv_generateur_combustion_id`
 *   or by type/energy/mode/period/Pn);
 * - §13.2.2.4 default nominal power from Pdim = max(Pch, Pecs), Pch = 1.2·GV·(19 − Tbase)/(1000·0.953);
 * - §13.2.1 conventional load profile corrected by Cdimref = Pn / (GV·(Tcons − Tbase)/1000);
 * - §13.2.1.4-6 losses at each load point (QP0, QP15, QP30, QP100 with Tfonc30/Tfonc100), PCS basis;
 * - §13.2.3-4 Rg_PCS = Pmfou / (Pmcons + 0.45·QP0 + Pveil), Rg_PCI = kPCS/PCI · Rg_PCS.
 * Powers are in kW inside this file (QP0 in W only at the public boundary, as in the XML).
 */
import { TABLES, type Row, cellAccepts, inRange, numCell } from '../tables';
import { evalFormula } from '../formula';
import type { BoilerMode } from '../enums';

export interface CombustionCharacteristics {
  pnKw: number;
  rpn: number; // PCI, fraction
  rpint: number; // PCI, fraction
  qp0Kw: number;
  pveilKw: number;
  mode: BoilerMode | null;
}

/** E and F of §13.2.2 for QP0 of recent boilers (with or without a fan in the combustion circuit). */
function eF(hasFan: boolean): { E: number; F: number } {
  return hasFan ? { E: 1.75, F: -0.55 } : { E: 2.5, F: -0.8 };
}

/** Evaluates a table cell that holds a number or a formula of Pn (kW). */
function cellValue(row: Row, column: string, vars: Record<string, number>): number {
  const v = row[column];
  if (typeof v === 'number') return v;
  if (v === null || v === '') return 0;
  return evalFormula(v, vars);
}

export function characteristicsFromRow(row: Row, pnKw: number, hasFan: boolean): CombustionCharacteristics {
  const pnMax = numCell(row, 'pn_max');
  const pnEval = pnMax !== undefined ? Math.min(pnKw, pnMax) : pnKw;
  const vars = { Pn: pnEval, ...eF(hasFan) };
  const rawMode = row['mode_combustion'];
  const mode = rawMode === 'standard' || rawMode === 'basse_temperature' || rawMode === 'condensation' ? rawMode : null;
  return {
    pnKw,
    rpn: cellValue(row, 'rpn', vars),
    rpint: row['rpint'] === undefined ? cellValue(row, 'rpn', vars) : cellValue(row, 'rpint', vars),
    // QP0 formulas are written in % of Pn → kW when Pn is in kW ("0.04 * Pn").
    qp0Kw: cellValue(row, 'qp0', vars),
    pveilKw: cellValue(row, 'pveilleuse', vars) / 1000,
    mode,
  };
}

export interface RowCriteria {
  device: string;
  fuel: string;
  mode: BoilerMode | null;
  year: number;
  pnKw: number;
}

/**
 * Row given by a `tv_generateur_combustion_id`, kept only when it agrees with the generator's
 * enum (type, fuel, mode): the doctrine transcription does not number every row as the
 * observatory does (e.g. id 69 is a hot-air generator in the transcription but an oil boiler in
 * records), so a disagreeing id falls back to the criteria lookup.
 */
export function consistentRowById(table: readonly Row[], id: number | undefined, c: Omit<RowCriteria, 'year' | 'pnKw'>): Row | undefined {
  if (id === undefined) return undefined;
  const r = table.find((x) => x['tv_generateur_combustion_id'] === id);
  if (!r) return undefined;
  const ok =
    cellAccepts(r['type_generateur'], c.device) &&
    cellAccepts(r['energie_generateur'], c.fuel) &&
    (r['mode_combustion'] === null || c.mode === null || r['mode_combustion'] === c.mode);
  return ok ? r : undefined;
}

/** Default-characteristics row when the DPE gives no table id: first row matching all criteria. */
export function findCombustionRow(table: readonly Row[], c: RowCriteria): Row | undefined {
  return table.find(
    (r) =>
      cellAccepts(r['type_generateur'], c.device) &&
      cellAccepts(r['energie_generateur'], c.fuel) &&
      (r['mode_combustion'] === null || c.mode === null || r['mode_combustion'] === c.mode) &&
      inRange(r, 'annee_installation', c.year) &&
      inRange(r, 'pn', c.pnKw),
  );
}

/** §13.2.2.4: nominal power from the sizing power. `recentWallBoiler` selects the post-2005 column. */
export function nominalPowerKw(pdimKw: number, recentWallBoiler: boolean): number {
  if (pdimKw > 40) return (Math.floor(pdimKw / 5) + 1) * 5;
  const steps = [5, 10, 13, 18, 24, 28, 32, 40];
  for (const s of steps) {
    if (pdimKw <= s) return recentWallBoiler ? s : Math.max(18, s);
  }
  return 40;
}

/** §13.2.2.4: DHW sizing power by storage volume (L). */
export function dhwSizingPowerKw(volumeL: number): number {
  if (volumeL <= 0) return 21;
  if (volumeL <= 20) return 21 - 0.8 * volumeL;
  if (volumeL <= 150) return 5 - (1.751 * (volumeL - 20)) / 65;
  return (7.14 * volumeL + 428) / 1000;
}

/** §13.2.2.4: Pch = 1.2·GV·(19 − Tbase)/(1000·0.953) (kW). */
export function heatingSizingPowerKw(gvWK: number, tbaseC: number): number {
  return (1.2 * gvWK * (19 - tbaseC)) / (1000 * 0.953);
}

const LOAD_POINTS = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95];
const WEIGHTS = [0.1, 0.25, 0.2, 0.15, 0.1, 0.1, 0.05, 0.025, 0.025, 0];

export interface GenerationEfficiencyInput {
  ch: CombustionCharacteristics;
  kpcs: number;
  /** GV used for Cdimref (W/K): the dwelling's, or the building's for a collective generator. */
  gvWK: number;
  tbaseC: number;
  /** Sum of the nominal powers of the independent combustion generators of the zone (kW). */
  pnTotalKw: number;
  tfonc30C: number;
  tfonc100C: number;
  /** "S'il y a une régulation" of §13.2.1.5-6: QP30 from Tfonc30, otherwise from Tfonc100. */
  hasRegulation: boolean;
  /** Device whose working point w differs: hot-air generators use 50 % (§13.2.2.1). */
  device: string;
  tconsC?: number;
}

/** Losses at load x (kW, PCS basis) following §13.2.1.5-6. */
function lossesAt(x: number, mode: BoilerMode | null, qp0: number, qp15: number, qp30: number, qp100: number): number {
  if (mode === 'basse_temperature' || mode === 'condensation') {
    if (x < 0.15) return ((qp15 - 0.15 * qp0) * x) / 0.15 + 0.15 * qp0;
    if (x < 0.3) return ((qp30 - qp15) * x) / 0.15 + qp15 - ((qp30 - qp15) * 0.15) / 0.15;
    return ((qp100 - qp30) * x) / 0.7 + qp30 - ((qp100 - qp30) * 0.3) / 0.7;
  }
  if (x < 0.3) return ((qp30 - 0.15 * qp0) * x) / 0.3 + 0.15 * qp0;
  return ((qp100 - qp30) * x) / 0.7 + qp30 - ((qp100 - qp30) * 0.3) / 0.7;
}

/** §13.2: annual conventional generation efficiency (PCI) of a combustion generator. */
export function combustionGenerationEfficiency(p: GenerationEfficiencyInput): number {
  const { ch, kpcs } = p;
  const pn = ch.pnKw;
  const rpnPcs = (ch.rpn * 100) / kpcs;
  const rpintPcs = (ch.rpint * 100) / kpcs;
  const qp0 = ch.qp0Kw * kpcs;
  const pveil = ch.pveilKw * kpcs;
  const tf = p.hasRegulation ? p.tfonc30C : p.tfonc100C;
  let c30: number;
  if (ch.mode === 'condensation') c30 = rpintPcs + 0.2 * (33 - tf);
  else if (ch.mode === 'basse_temperature') c30 = rpintPcs + 0.1 * (40 - tf);
  else c30 = rpintPcs + 0.1 * (50 - tf);
  const c100 = rpnPcs + 0.1 * (70 - p.tfonc100C);
  const qp30 = (0.3 * pn * (100 - c30)) / c30;
  const qp100 = (pn * (100 - c100)) / c100;
  const qp15 = qp30 / 2;
  const tcons = p.tconsC ?? 19;
  const cdimref = (1000 * p.pnTotalKw) / (p.gvWK * (tcons - p.tbaseC));
  let pmfou = 0;
  let pmcons = 0;
  for (let i = 0; i < LOAD_POINTS.length; i++) {
    const x = i === LOAD_POINTS.length - 1 ? LOAD_POINTS[i] : Math.min(LOAD_POINTS[i] / cdimref, 1);
    const px = pn * x;
    const pfou = px * WEIGHTS[i];
    const qpx = lossesAt(x, ch.mode, qp0, qp15, qp30, qp100);
    pmfou += pfou;
    pmcons += px > 0 ? (pfou * (px + qpx)) / px : 0;
  }
  const rgPcs = pmfou / (pmcons + 0.45 * qp0 + pveil);
  return kpcs * rgPcs;
}

/** kPCS/PCI of §13.2.1.4. */
export function kpcsOf(fuel: string): number {
  const row = TABLES.kpcs.find((r) => cellAccepts(r['energie'], fuel));
  return row ? (numCell(row, 'kpcs') ?? 1) : 1;
}

/** Tfonc100 (§13.2.1.5) from the table id or the distribution temperature and emitter period. */
export function tfonc100C(tvId: number | undefined, temperature: string, emitterYear: number): number {
  const byId = tvId !== undefined ? TABLES.tfonc100.find((r) => r['tv_temp_fonc_100_id'] === tvId) : undefined;
  const row =
    byId ??
    TABLES.tfonc100.find((r) => r['temperature_distribution'] === temperature && inRange(r, 'annee_installation_emetteur', emitterYear));
  return row ? (numCell(row, 'tfonc100') ?? 80) : 80;
}

/** Tfonc30 (§13.2.1.5-6) from the table id or mode, distribution temperature, emitter and generator years. */
export function tfonc30C(
  tvId: number | undefined,
  mode: BoilerMode | null,
  temperature: string,
  emitterYear: number,
  generatorYear: number,
): number {
  const byId = tvId !== undefined ? TABLES.tfonc30.find((r) => r['tv_temp_fonc_30_id'] === tvId) : undefined;
  const row =
    byId ??
    TABLES.tfonc30.find(
      (r) =>
        r['mode_combustion'] === (mode ?? 'standard') &&
        r['temperature_distribution'] === temperature &&
        inRange(r, 'annee_installation_emetteur', emitterYear) &&
        inRange(r, 'annee_installation_generateur', generatorYear),
    );
  return row ? (numCell(row, 'tfonc30') ?? 59) : 59;
}
