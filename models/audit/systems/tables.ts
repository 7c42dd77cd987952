/**
 * Typed access to the 3CL value tables shipped in resources/dpe/systems (built by
 * scripts/dpe/buildSystemsTables.ts from the doctrine CSVs that transcribe annex 1 of the arrêté of
 * 8 October 2021). Rows are looked up by the `tv_*_id` that the DPE input carries when present
 * (the observatory's table-value ids), otherwise by the criteria columns.
 */
import combustionCh from '../../../resources/dpe/systems/chauffage-combustion.json';
import i0 from '../../../resources/dpe/systems/chauffage-i0.json';
import re from '../../../resources/dpe/systems/chauffage-re.json';
import rd from '../../../resources/dpe/systems/chauffage-rd.json';
import rr from '../../../resources/dpe/systems/chauffage-rr.json';
import scop from '../../../resources/dpe/systems/chauffage-scop.json';
import tfonc30 from '../../../resources/dpe/systems/chauffage-tfonc30.json';
import tfonc100 from '../../../resources/dpe/systems/chauffage-tfonc100.json';
import kpcs from '../../../resources/dpe/systems/chauffage-kpcs.json';
import pauxCh from '../../../resources/dpe/systems/chauffage-paux.json';
import combustionEcs from '../../../resources/dpe/systems/ecs-combustion.json';
import copEcs from '../../../resources/dpe/systems/ecs-cop.json';
import cr from '../../../resources/dpe/systems/ecs-cr.json';
import fch from '../../../resources/dpe/systems/chauffage-fch.json';
import fecs from '../../../resources/dpe/systems/ecs-fecs.json';
import rdEcs from '../../../resources/dpe/systems/ecs-rd.json';
import eer from '../../../resources/dpe/systems/refroidissement-eer.json';
import nhecl from '../../../resources/dpe/systems/eclairage-nhecl.json';
import epv from '../../../resources/dpe/systems/production-epv.json';
import kpv from '../../../resources/dpe/systems/production-kpv.json';
import taplp from '../../../resources/dpe/systems/production-taplp.json';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/**
 * Annex 1 §13.2.2 gives condensing gas boilers of 1986-2015 QP0 = 1 % Pn in a merged cell; the
 * doctrine transcription wrote 0 for its rows 11 (1986-2000) and 12 (2001-2015). Every registered
 * record of the corpus using those rows has QP0 = 1 % Pn: restore the arrêté's value.
 */
function withMergedCellQp0(rows: Row[]): Row[] {
  return rows.map((r) =>
    r['mode_combustion'] === 'condensation' &&
    String(r['energie_generateur']).includes('gaz_naturel') &&
    (r['tv_generateur_combustion_id'] === 11 || r['tv_generateur_combustion_id'] === 12) &&
    r['qp0'] === 0
      ? { ...r, qp0: '0.01 * Pn' }
      : r,
  );
}

export const TABLES = {
  combustionCh: withMergedCellQp0(combustionCh as Row[]),
  i0: i0 as Row[],
  re: re as Row[],
  rd: rd as Row[],
  rr: rr as Row[],
  scop: scop as Row[],
  tfonc30: tfonc30 as Row[],
  tfonc100: tfonc100 as Row[],
  kpcs: kpcs as Row[],
  pauxCh: pauxCh as Row[],
  combustionEcs: withMergedCellQp0(combustionEcs as Row[]),
  copEcs: copEcs as Row[],
  cr: cr as Row[],
  rdEcs: rdEcs as Row[],
  fecs: fecs as Row[],
  fch: fch as Row[],
  eer: eer as Row[],
  nhecl: nhecl as Row[],
  epv: epv as Row[],
  kpv: kpv as Row[],
  taplp: taplp as Row[],
} as const;

/** Row whose tv id column equals `id` (first match), or undefined. */
export function byTvId(table: readonly Row[], column: string, id: number | undefined): Row | undefined {
  if (id === undefined) return undefined;
  return table.find((r) => r[column] === id);
}

/** Does a "a|b|c" criteria cell accept `value`? Empty cells accept anything. */
export function cellAccepts(cell: Cell, value: string | undefined): boolean {
  if (cell === null || cell === '') return true;
  if (value === undefined) return false;
  return String(cell).split('|').includes(value);
}

export function numCell(row: Row, column: string): number | undefined {
  const v = row[column];
  return typeof v === 'number' ? v : undefined;
}

/** Inclusive/exclusive bounds written as `x/lte`, `x/gte`, `x/lt`, `x/gt` columns. */
export function inRange(row: Row, prefix: string, value: number): boolean {
  const lte = numCell(row, `${prefix}/lte`);
  const lt = numCell(row, `${prefix}/lt`);
  const gte = numCell(row, `${prefix}/gte`);
  const gt = numCell(row, `${prefix}/gt`);
  if (lte !== undefined && !(value <= lte)) return false;
  if (lt !== undefined && !(value < lt)) return false;
  if (gte !== undefined && !(value >= gte)) return false;
  if (gt !== undefined && !(value > gt)) return false;
  return true;
}
