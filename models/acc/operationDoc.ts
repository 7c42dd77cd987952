/**
 * A stored ACC operation document (models/api/territoryContract.ts: participants with the SOURCE
 * of their curve) computed as the API serves it: the year of curves (PV engine, synthetic loads,
 * imported kWh), the allocation and balance of operation.ts, the monthly chart, the DSO key file,
 * and the reading of one imported `Horodate;kWh` curve. Pure: it runs in the territory worker
 * (workers/territory.worker.ts), never on the main process.
 * Sources: perimeter, keys and bills in perimeter.ts, allocation.ts, bill.ts; PV in
 * models/pv/pvSystem.ts; synthetic loads in models/loads; weather in models/weather/synthetic.ts.
 */
import type { z } from 'zod';
import { IlotApiError, type FieldIssue } from '../api/errors';
import { accOperationDocSchema, type AccOperationDoc, type AccRunView, type CurveSource } from '../api/territoryContract';
import { localCalendar } from '../calendar';
import { yearTimeline, type Timeline } from '../core/timeline';
import { syntheticLoadKw } from '../loads';
import { pvAcKw } from '../pv/pvSystem';
import { departementToClimateZone, nearestDepartement } from '../weather/climateTables';
import { syntheticWeatherYear } from '../weather/synthetic';
import { CsvError, findColumn, parseCsv, parseDecimal } from './csv';
import { parseHorodate } from './horodate';
import { allocationKeyCsv } from './keysExport';
import { runAccOperation, type AccResult } from './operation';
import { parisOffsetMinutes } from './parisTime';
import type { AccOperation, AccParticipant } from './schemas';

const validation = (message: string, issues: FieldIssue[]): IlotApiError => new IlotApiError({ code: 'validation', message, issues });

function zodToIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

/** The stored document checked against its schema; a validation error names the first bad field. */
export function parseOperationDoc(data: unknown, prefix = 'data'): AccOperationDoc {
  const r = accOperationDocSchema.safeParse(data ?? {});
  if (!r.success) {
    const issues = zodToIssues(r.error, prefix);
    throw validation(`Invalid operation: ${issues[0].path}: ${issues[0].message}`, issues);
  }
  return r.data;
}

function peakKwOf(p: AccOperationDoc['participants'][number]): number | undefined {
  return p.curve.kind === 'pv' ? p.curve.kWp : p.peakKw;
}

/** Participants as operation.ts reads them (names, roles, keys: none of this changes the curves). */
export function docParticipants(doc: AccOperationDoc): AccParticipant[] {
  return doc.participants.map((p) => ({ prm: p.prm, name: p.name, role: p.role, latDeg: p.latDeg, lonDeg: p.lonDeg, peakKw: peakKwOf(p), priority: p.priority, share: p.share }));
}

/** What the curves depend on, as a string: an operation whose other fields change keeps its year of curves. */
export function curveSourcesKey(doc: AccOperationDoc): string {
  return JSON.stringify({ year: doc.year, step: doc.stepMinutes, weather: doc.weather, p: doc.participants });
}

/** The operation's year of curves from the document's sources (PV engine, synthetic loads, imports). */
export function buildOperation(name: string, doc: AccOperationDoc): AccOperation {
  const timeline = yearTimeline(doc.year, doc.stepMinutes);
  if (doc.participants.length === 0) throw validation('The operation has no participant yet', [{ path: 'data.participants', message: 'add at least one producer and one consumer' }]);
  const lat = doc.weather?.latDeg ?? doc.participants.reduce((s, p) => s + p.latDeg, 0) / doc.participants.length;
  const lon = doc.weather?.lonDeg ?? doc.participants.reduce((s, p) => s + p.lonDeg, 0) / doc.participants.length;
  const site = { latDeg: lat, lonDeg: lon, elevationM: doc.weather?.elevationM ?? 0 };
  const climateZone = doc.weather?.climateZone ?? departementToClimateZone(nearestDepartement(lat, lon).departement);
  const weather = syntheticWeatherYear({ ...site, climateZone, year: doc.year, stepMinutes: doc.stepMinutes, seed: 1 });
  const calendar = localCalendar(timeline, { schoolZone: doc.weather?.schoolZone ?? 'B' });
  const stepH = doc.stepMinutes / 60;
  const toKwh = (kw: Float64Array) => {
    const out = new Float64Array(kw.length);
    for (let i = 0; i < kw.length; i++) out[i] = Math.max(0, kw[i]) * stepH;
    return out;
  };
  const curvesKwh: Record<string, Float64Array> = {};
  doc.participants.forEach((p, i) => {
    const c: CurveSource = p.curve;
    if (c.kind === 'pv') {
      curvesKwh[p.prm] = toKwh(pvAcKw([{ name: p.name || p.prm, kWp: c.kWp, tiltDeg: c.tiltDeg, azimuthDeg: c.azimuthDeg, mounting: c.mounting, lossesPct: c.lossesPct }], weather, site).acKw);
    } else if (c.kind === 'synthetic') {
      const spec = c.heatingShare > 0 ? { kind: c.building, annualKwh: c.annualKwh, heating: { annualShare: c.heatingShare, baseTempC: 15 } } : { kind: c.building, annualKwh: c.annualKwh };
      curvesKwh[p.prm] = toKwh(syntheticLoadKw(spec, timeline, calendar, { tempC: weather.tempC }));
    } else {
      if (c.kwh.length !== timeline.length) {
        throw validation(`Participant ${p.prm}: the imported curve has ${c.kwh.length} steps, the operation's year ${timeline.length}`, [
          { path: `data.participants.${i}.curve.kwh`, message: `${c.kwh.length} steps instead of ${timeline.length}: import the curve again` },
        ]);
      }
      curvesKwh[p.prm] = Float64Array.from(c.kwh);
    }
  });
  return { name, timeline: { startUtcMs: timeline.startUtcMs, stepMinutes: doc.stepMinutes, length: timeline.length }, participants: docParticipants(doc), curvesKwh };
}

/**
 * Fills the key fields a consumer left empty: static shares split what the given shares leave
 * pro rata of annual consumption; priority 1. Stated in the UI next to the key selector.
 */
export function completeKeys(op: AccOperation): AccOperation {
  const consumers = op.participants.filter((p) => p.role === 'consumer');
  const given = consumers.reduce((s, c) => s + (c.share ?? 0), 0);
  const kwh = (prm: string) => op.curvesKwh[prm].reduce((s, v) => s + v, 0);
  const missing = consumers.filter((c) => c.share === undefined);
  const missingKwh = missing.reduce((s, c) => s + kwh(c.prm), 0);
  const left = Math.max(0, 1 - given);
  return {
    ...op,
    participants: op.participants.map((p) =>
      p.role !== 'consumer' ? p : { ...p, priority: p.priority ?? 1, share: p.share ?? (missingKwh > 0 ? Math.floor((left * kwh(p.prm)) / missingKwh * 1e6) / 1e6 : 0) },
    ),
  };
}

/**
 * Allocation and balance of the document's operation on a year of curves built from the same
 * curve sources (buildOperation, possibly cached): names, roles and keys come from `doc`.
 */
export function runOperationDoc(name: string, curves: AccOperation, doc: AccOperationDoc): { op: AccOperation; result: AccResult } {
  const op: AccOperation = { ...curves, name, participants: docParticipants(doc) };
  try {
    return { op, result: runAccOperation(completeKeys(op), { key: doc.key, dateIso: doc.dateIso, derogation: doc.derogation, zone: doc.zone, prices: doc.prices }) };
  } catch (e) {
    if (e instanceof RangeError) throw validation(e.message, [{ path: 'data.participants', message: e.message }]);
    throw e;
  }
}

/** kWh by local (Paris) month of the summed series. */
export function monthlyKwh(timeline: Timeline, series: Float64Array | readonly Float64Array[]): number[] {
  const out = new Array<number>(12).fill(0);
  const list = series instanceof Float64Array ? [series] : series;
  const stepMs = timeline.stepMinutes * 60_000;
  for (let t = 0; t < timeline.length; t++) {
    const utc = timeline.startUtcMs + t * stepMs;
    const month = new Date(utc + parisOffsetMinutes(utc) * 60_000).getUTCMonth();
    for (const s of list) out[month] += s[t];
  }
  return out;
}

/** The API's view of a run; `computeMs` is added by the caller, which owns the clock. */
export function accRunView(op: AccOperation, r: AccResult, doc: AccOperationDoc): Omit<AccRunView, 'computeMs'> {
  const byPrm = new Map(doc.participants.map((p) => [p.prm, p]));
  const bills = new Map(r.bills.map((b) => [b.prm, b]));
  const consumers = op.participants.filter((p) => p.role === 'consumer').map((p) => op.curvesKwh[p.prm]);
  return {
    key: doc.key,
    dateIso: doc.dateIso,
    perimeter: r.perimeter,
    operation: r.operation,
    participants: r.participants.map((p) => {
      const d = byPrm.get(p.prm)!;
      const b = bills.get(p.prm);
      return { ...p, name: d.name, latDeg: d.latDeg, lonDeg: d.lonDeg, bill: b ? { beforeEur: b.beforeEur, afterEur: b.afterEur, savingEur: b.savingEur } : null };
    }),
    totalSavingEur: r.totalSavingEur,
    producersRevenueEur: r.producersRevenueEur,
    monthly: {
      producedKwh: monthlyKwh(r.timeline, r.allocation.productionKwh),
      selfConsumedKwh: monthlyKwh(r.timeline, r.allocation.selfConsumedKwh),
      consumedKwh: monthlyKwh(r.timeline, consumers),
    },
  };
}

/** The DSO key file of a run (keysExport.ts), its row count and header line. */
export function accKeysFile(r: AccResult): { csv: string; rows: number; header: string } {
  const csv = allocationKeyCsv(r.timeline, r.consumerPrms, r.key, r.allocation);
  return { csv, rows: r.timeline.length, header: csv.slice(0, csv.indexOf('\n')) };
}

/** Reads a `Horodate;kWh` curve (kWh per step, step start) onto the operation's timeline. */
export function readCurve(text: string, timeline: Timeline): number[] {
  let table;
  try {
    table = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw validation(`Curve file: ${e.message}`, [{ path: 'text', message: e.message }]);
    throw e;
  }
  const time = findColumn(table.header, 'horodate', 'date', 'datetime', 'timestamp');
  if (time < 0) throw validation('Curve file: line 1: no Horodate column', [{ path: 'text', message: 'line 1: no Horodate column' }]);
  const valueCol = table.header.findIndex((_, i) => i !== time);
  if (valueCol < 0) throw validation('Curve file: line 1: no value column (kWh per step)', [{ path: 'text', message: 'line 1: no value column' }]);
  const out = new Array<number>(timeline.length).fill(NaN);
  const stepMs = timeline.stepMinutes * 60_000;
  let prev: number | null = null;
  for (const { line, cells } of table.rows) {
    const utc = parseHorodate(cells[time] ?? '', prev);
    if (utc === null) throw validation(`Curve file: line ${line}: "${cells[time]}" is not a date and time`, [{ path: 'text', message: `line ${line}: bad Horodate` }]);
    prev = utc;
    const v = parseDecimal(cells[valueCol] ?? '');
    if (!(v >= 0)) throw validation(`Curve file: line ${line}: "${cells[valueCol]}" is not a kWh value ≥ 0`, [{ path: 'text', message: `line ${line}: bad value` }]);
    const i = Math.round((utc - timeline.startUtcMs) / stepMs);
    if (i < 0 || i >= timeline.length) continue;
    out[i] = v;
  }
  const missing = out.reduce((s, v) => s + (Number.isNaN(v) ? 1 : 0), 0);
  if (missing > 0) {
    const first = out.findIndex((v) => Number.isNaN(v));
    const at = new Date(timeline.startUtcMs + first * stepMs).toISOString();
    throw validation(`Curve file: ${missing} steps of the operation's year are missing (first at ${at})`, [{ path: 'text', message: `${missing} steps missing` }]);
  }
  return out;
}

/** The document with `prm`'s curve replaced by the `Horodate;kWh` file `text` (read onto the operation's year). */
export function withImportedCurve(doc: AccOperationDoc, prm: string, text: string, file: string): AccOperationDoc {
  const index = doc.participants.findIndex((p) => p.prm === prm);
  if (index < 0) throw validation(`No participant with PRM ${prm}`, [{ path: 'prm', message: `No participant with PRM ${prm}` }]);
  const kwh = readCurve(text, yearTimeline(doc.year, doc.stepMinutes));
  const participants = doc.participants.map((p, i) => (i === index ? { ...p, curve: { kind: 'imported' as const, file, kwh } } : p));
  return parseOperationDoc({ ...doc, participants });
}
