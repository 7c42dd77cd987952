/**
 * Reads the CSV files of a collective self-consumption operation for the CLI:
 * - curves: `Horodate` then one column of kWh per step per participant, named by PRM;
 * - roles: PRM, role (producer/consumer, producteur/consommateur), latitude, longitude, and
 *   optionally peak power (kW), priority (priority key), share (% , static key), ratio;
 * - shares: PRM and share in percent (static key), when not in the roles file.
 * Horodates are the start of each step: ISO 8601 with an offset or Z, or naive Paris wall-clock
 * time (`2025-01-01 00:30`, `01/01/2025 00:30`); the repeated October hour is read in file order.
 * Every error names the file and line.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CsvError, findColumn, parseCsv, parseDecimal, type CsvTable } from '../../models/acc/csv';
import { parseHorodate } from '../../models/acc/horodate';
import { isPrm } from '../../models/acc/prm';
import type { AccOperation, AccParticipant } from '../../models/acc/schemas';
import type { Timeline } from '../../models/core/timeline';

export class AccFileError extends Error {
  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'AccFileError';
  }
}

function table(text: string, file: string): CsvTable {
  try {
    return parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new AccFileError(file, e.line, e.message.replace(/^line \d+: /, ''));
    throw e;
  }
}

export { parseHorodate };

export interface CurvesFile {
  readonly timeline: Timeline;
  readonly prms: readonly string[];
  readonly curvesKwh: Record<string, Float64Array>;
}

export function parseCurvesCsv(text: string, file: string, stepMinutes?: 15 | 30): CurvesFile {
  const t = table(text, file);
  const timeCol = findColumn(t.header, 'horodate', 'timestamp', 'date');
  if (timeCol !== 0) throw new AccFileError(file, 1, 'the first column must be "Horodate"');
  const prms = t.header.slice(1);
  if (prms.length === 0) throw new AccFileError(file, 1, 'no participant column after Horodate');
  const seen = new Set<string>();
  for (const prm of prms) {
    if (!isPrm(prm)) throw new AccFileError(file, 1, `column "${prm}" is not a PRM (14 digits)`);
    if (seen.has(prm)) throw new AccFileError(file, 1, `PRM ${prm} has two columns`);
    seen.add(prm);
  }
  if (t.rows.length < 2) throw new AccFileError(file, 1, 'at least two time steps are needed');
  const n = t.rows.length;
  const curves = prms.map(() => new Float64Array(n));
  let start = 0;
  let previous: number | null = null;
  let stepMs = 0;
  for (let r = 0; r < n; r++) {
    const row = t.rows[r];
    const utc = parseHorodate(row.cells[0], previous);
    if (utc === null) throw new AccFileError(file, row.line, `Horodate "${row.cells[0]}" is not a date-time (e.g. 2025-01-01T00:30:00+01:00 or 01/01/2025 00:30)`);
    if (r === 0) start = utc;
    else if (r === 1) {
      stepMs = utc - start;
      const minutes = stepMs / 60_000;
      if (minutes !== 15 && minutes !== 30) throw new AccFileError(file, row.line, `the step is ${minutes} min; ACC curves are at 15 or 30 min`);
      if (stepMinutes !== undefined && minutes !== stepMinutes) throw new AccFileError(file, row.line, `the step is ${minutes} min but --step ${stepMinutes} was given`);
    } else if (utc !== start + r * stepMs) {
      throw new AccFileError(file, row.line, `Horodate "${row.cells[0]}" breaks the regular ${stepMs / 60_000}-min sequence (missing or repeated step)`);
    }
    previous = utc;
    for (let c = 0; c < prms.length; c++) {
      const v = parseDecimal(row.cells[c + 1]);
      if (!Number.isFinite(v) || v < 0) throw new AccFileError(file, row.line, `value "${row.cells[c + 1]}" for ${prms[c]} is not a kWh ≥ 0`);
      curves[c][r] = v;
    }
  }
  const curvesKwh: Record<string, Float64Array> = {};
  prms.forEach((p, i) => (curvesKwh[p] = curves[i]));
  return { timeline: { startUtcMs: start, stepMinutes: stepMs / 60_000, length: n }, prms, curvesKwh };
}

const ROLE_WORDS: Record<string, 'producer' | 'consumer'> = {
  producer: 'producer',
  producteur: 'producer',
  production: 'producer',
  p: 'producer',
  consumer: 'consumer',
  consommateur: 'consumer',
  consommation: 'consumer',
  c: 'consumer',
};

export function parseRolesCsv(text: string, file: string): AccParticipant[] {
  const t = table(text, file);
  const col = {
    prm: findColumn(t.header, 'prm', 'pdl'),
    role: findColumn(t.header, 'role', 'type'),
    lat: findColumn(t.header, 'latdeg', 'lat', 'latitude'),
    lon: findColumn(t.header, 'londeg', 'lon', 'lng', 'longitude'),
    name: findColumn(t.header, 'name', 'nom'),
    peak: findColumn(t.header, 'peakkw', 'peak', 'kwc', 'kwp', 'puissancecrete', 'puissance'),
    priority: findColumn(t.header, 'priority', 'priorite'),
    share: findColumn(t.header, 'sharepct', 'share', 'part', 'cle'),
    ratio: findColumn(t.header, 'ratio'),
  };
  for (const [k, v] of Object.entries({ prm: col.prm, role: col.role, latitude: col.lat, longitude: col.lon })) {
    if (v < 0) throw new AccFileError(file, 1, `missing column "${k}" (expected PRM;role;lat;lon[;peak_kw;priority;share;ratio])`);
  }
  const out: AccParticipant[] = [];
  const num = (cell: string, line: number, field: string, optional: boolean): number | undefined => {
    if (optional && cell.trim() === '') return undefined;
    const v = parseDecimal(cell);
    if (Number.isNaN(v)) throw new AccFileError(file, line, `${field} "${cell}" is not a number`);
    return v;
  };
  for (const row of t.rows) {
    const prm = row.cells[col.prm].trim();
    if (!isPrm(prm)) throw new AccFileError(file, row.line, `PRM "${prm}" must be exactly 14 digits`);
    const role = ROLE_WORDS[row.cells[col.role].trim().toLowerCase()];
    if (!role) throw new AccFileError(file, row.line, `role "${row.cells[col.role]}" must be producer or consumer`);
    const latDeg = num(row.cells[col.lat], row.line, 'latitude', false)!;
    const lonDeg = num(row.cells[col.lon], row.line, 'longitude', false)!;
    if (latDeg < -90 || latDeg > 90) throw new AccFileError(file, row.line, `latitude ${latDeg} is outside [-90, 90]`);
    if (lonDeg < -180 || lonDeg > 180) throw new AccFileError(file, row.line, `longitude ${lonDeg} is outside [-180, 180]`);
    const p: AccParticipant = { prm, role, latDeg, lonDeg };
    if (col.name >= 0 && row.cells[col.name]) p.name = row.cells[col.name];
    if (col.peak >= 0) p.peakKw = num(row.cells[col.peak], row.line, 'peak power', true);
    if (col.priority >= 0) {
      const v = num(row.cells[col.priority], row.line, 'priority', true);
      if (v !== undefined && (!Number.isInteger(v) || v < 1)) throw new AccFileError(file, row.line, `priority ${v} must be an integer ≥ 1`);
      p.priority = v;
    }
    if (col.share >= 0) {
      const v = num(row.cells[col.share], row.line, 'share', true);
      if (v !== undefined && (v < 0 || v > 100)) throw new AccFileError(file, row.line, `share ${v} % must be within 0–100 %`);
      p.share = v === undefined ? undefined : v / 100;
    }
    if (col.ratio >= 0) p.ratio = num(row.cells[col.ratio], row.line, 'ratio', true);
    if (out.some((o) => o.prm === prm)) throw new AccFileError(file, row.line, `PRM ${prm} is listed twice`);
    out.push(p);
  }
  return out;
}

/** PRM → share as a fraction (the file holds percent). */
export function parseSharesCsv(text: string, file: string): Map<string, number> {
  const t = table(text, file);
  const prmCol = findColumn(t.header, 'prm', 'pdl');
  const shareCol = findColumn(t.header, 'sharepct', 'share', 'part', 'cle', 'pourcentage', 'percent');
  if (prmCol < 0 || shareCol < 0) throw new AccFileError(file, 1, 'expected the columns PRM;share (share in %)');
  const shares = new Map<string, number>();
  let total = 0;
  for (const row of t.rows) {
    const prm = row.cells[prmCol].trim();
    if (!isPrm(prm)) throw new AccFileError(file, row.line, `PRM "${prm}" must be exactly 14 digits`);
    const v = parseDecimal(row.cells[shareCol]);
    if (!(v >= 0 && v <= 100)) throw new AccFileError(file, row.line, `share "${row.cells[shareCol]}" must be a percentage within 0–100`);
    if (shares.has(prm)) throw new AccFileError(file, row.line, `PRM ${prm} is listed twice`);
    shares.set(prm, v / 100);
    total += v;
    if (total > 100 + 1e-9) throw new AccFileError(file, row.line, `shares add up to ${total} %, more than 100 %`);
  }
  return shares;
}

/** Joins the three files into one operation; every participant must have both a role and a curve. */
export function assembleOperation(name: string, curves: CurvesFile, participants: AccParticipant[], shares: Map<string, number> | null, files: { curves: string; roles: string; shares?: string }): AccOperation {
  for (const prm of curves.prms) {
    if (!participants.some((p) => p.prm === prm)) throw new AccFileError(files.roles, null, `PRM ${prm} has a curve in ${files.curves} but no role`);
  }
  for (const p of participants) {
    if (!curves.curvesKwh[p.prm]) throw new AccFileError(files.curves, 1, `no column for PRM ${p.prm} listed in ${files.roles}`);
  }
  if (shares) {
    for (const prm of shares.keys()) {
      const p = participants.find((x) => x.prm === prm);
      if (!p) throw new AccFileError(files.shares ?? 'shares', null, `PRM ${prm} is not a participant`);
      if (p.role !== 'consumer') throw new AccFileError(files.shares ?? 'shares', null, `PRM ${prm} is a producer: shares are for consumers`);
      p.share = shares.get(prm);
    }
  }
  return { name, timeline: curves.timeline as AccOperation['timeline'], participants, curvesKwh: curves.curvesKwh };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AccFileError(basename(path), null, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(e)})`);
  }
}

export function readAccOperation(opts: { cwd: string; curves: string; roles: string; shares?: string; stepMinutes?: 15 | 30 }): AccOperation {
  const curvesPath = resolve(opts.cwd, opts.curves);
  const rolesPath = resolve(opts.cwd, opts.roles);
  const names = { curves: basename(curvesPath), roles: basename(rolesPath), shares: opts.shares ? basename(opts.shares) : undefined };
  const curves = parseCurvesCsv(readText(curvesPath), names.curves, opts.stepMinutes);
  const participants = parseRolesCsv(readText(rolesPath), names.roles);
  const shares = opts.shares ? parseSharesCsv(readText(resolve(opts.cwd, opts.shares)), names.shares!) : null;
  return assembleOperation(basename(curvesPath, '.csv'), curves, participants, shares, names);
}
