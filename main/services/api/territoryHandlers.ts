/**
 * Handlers of models/api/territoryContract.ts, merged into createHandlers: the flexibility
 * portfolio and the collective self-consumption (ACC) operation, stored as territory documents
 * (audited, undoable), and the computations run on them (models/flex, models/acc).
 *
 * Timing (measured on the Malaunay demo, 2-core dev machine): the flexibility study of 10 sites at
 * 60-min steps takes about 3.4 s, the ACC curves of 25 participants at 30-min steps about 2.5 s
 * and one allocation about 0.3 s. They run here, in the Node process, and are cached by document
 * content, so only the first run after an edit pays; moving them into a worker thread (like
 * workers/scenario.worker.ts) is the next step.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { CsvError, findColumn, parseCsv, parseDecimal } from '../../../models/acc/csv';
import { allocationKeyCsv } from '../../../models/acc/keysExport';
import { runAccOperation, type AccResult } from '../../../models/acc/operation';
import { parisOffsetMinutes } from '../../../models/acc/parisTime';
import type { AccOperation, AccParticipant } from '../../../models/acc/schemas';
import { IlotApiError, notFound, type FieldIssue } from '../../../models/api/errors';
import {
  accOperationDocSchema,
  portfolioDocSchema,
  type AccOperationDoc,
  type AccRunView,
  type ActivationView,
  type CurveSource,
  type FlexByKind,
  type FlexStudyView,
  type PortfolioDoc,
  type TerritoryDoc,
} from '../../../models/api/territoryContract';
import { localCalendar } from '../../../models/calendar';
import { yearTimeline, type Timeline } from '../../../models/core/timeline';
import { MALAUNAY_CONSUMERS, MALAUNAY_NAME, MALAUNAY_PRODUCERS, MALAUNAY_SITE } from '../../../models/examples/malaunay';
import { malaunayTerritoryPortfolio } from '../../../models/examples/territoryDemo';
import { customEvent, simulateEvent } from '../../../models/flex/activation';
import { defaultAssets } from '../../../models/flex/defaults';
import { sustainableKw } from '../../../models/flex/engine';
import { portfolioFlex, type PortfolioFlex } from '../../../models/flex/portfolioFlex';
import { siteSchema } from '../../../models/flex/schemas';
import { previewSitesCsv } from '../../../models/flex/sitesCsv';
import { quantile, SEASONS, seasonOfMonth } from '../../../models/flex/stats';
import { summarizeFlex } from '../../../models/flex/summary';
import { syntheticLoadKw } from '../../../models/loads';
import { pvAcKw } from '../../../models/pv/pvSystem';
import { departementToClimateZone, nearestDepartement } from '../../../models/weather/climateTables';
import { syntheticWeatherYear } from '../../../models/weather/synthetic';
import { registerExampleEnricher } from '../examples';
import type { ProjectStore } from '../projectStore';
import { parseHorodate } from '../accFiles';
import type { ApiSession, HandlerMap } from './handlers';

type Kind = 'portfolio' | 'acc-operation';

const hashOf = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('hex');

function validation(message: string, issues: FieldIssue[]): IlotApiError {
  return new IlotApiError({ code: 'validation', message, issues });
}

function zodToIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

function getDoc(store: ProjectStore, id: string, kind: Kind) {
  let doc;
  try {
    doc = store.getDocument('territory', id);
  } catch {
    throw notFound(`No territory document "${id}"`);
  }
  if (doc.kind !== kind) throw notFound(`Document "${id}" is not a ${kind === 'portfolio' ? 'flexibility portfolio' : 'collective self-consumption operation'}`);
  return doc;
}

function view<T>(doc: { id: string; kind?: string; name: string; data: unknown; updatedAt: string }, data: T): TerritoryDoc<T> {
  return { id: doc.id, kind: doc.kind as Kind, name: doc.name, data, updatedAt: doc.updatedAt };
}

// ---- flexibility ------------------------------------------------------------------------------

function parsePortfolioDoc(data: unknown, prefix = 'data'): PortfolioDoc {
  const r = portfolioDocSchema.safeParse(data ?? {});
  if (!r.success) {
    const issues = zodToIssues(r.error, prefix);
    throw validation(`Invalid portfolio: ${issues[0].path}: ${issues[0].message}`, issues);
  }
  const seen = new Map<string, number>();
  r.data.sites.forEach((s, i) => {
    const j = seen.get(s.prm);
    if (j !== undefined) throw validation(`Invalid portfolio: PRM ${s.prm} is already used by site ${j + 1}`, [{ path: `${prefix}.sites.${i}.prm`, message: `PRM ${s.prm} is already used by site ${j + 1}` }]);
    seen.set(s.prm, i);
  });
  return r.data;
}

/** Stacked P50 by asset type: firm power of each kind, up capped like the site (same ratio). */
function flexByKind(pf: PortfolioFlex): FlexByKind {
  const { ctx } = pf;
  const n = ctx.n;
  const firmH = pf.portfolio.settings.firmDurationH;
  const kinds: string[] = [];
  const down = new Map<string, Float64Array>();
  const up = new Map<string, Float64Array>();
  const scratch = new Float64Array(n);
  for (const site of pf.sites) {
    // Site-level upward power was capped at the subscribed-power headroom: spread the cap over kinds.
    const rawUp = new Float64Array(n);
    const siteUp = new Map<string, Float64Array>();
    for (const a of site.assets) {
      if (!down.has(a.kind)) {
        kinds.push(a.kind);
        down.set(a.kind, new Float64Array(n));
        up.set(a.kind, new Float64Array(n));
      }
      sustainableKw(a.envelope.downKw, a.envelope.downHoldH, firmH, scratch);
      const d = down.get(a.kind)!;
      for (let t = 0; t < n; t++) d[t] += scratch[t];
      sustainableKw(a.envelope.upKw, a.envelope.upHoldH, firmH, scratch);
      const u = siteUp.get(a.kind) ?? new Float64Array(n);
      for (let t = 0; t < n; t++) {
        u[t] += scratch[t];
        rawUp[t] += scratch[t];
      }
      siteUp.set(a.kind, u);
    }
    for (const [kind, u] of siteUp) {
      const total = up.get(kind)!;
      for (let t = 0; t < n; t++) total[t] += rawUp[t] > 0 ? (u[t] * site.firmUpKw[t]) / rawUp[t] : 0;
    }
  }
  const p50 = (series: Float64Array) => {
    const buckets: number[][][] = SEASONS.map(() => Array.from({ length: 24 }, () => [] as number[]));
    for (let t = 0; t < n; t++) buckets[seasonOfMonth(ctx.calendar.localMonth[t])][ctx.calendar.localHour[t]].push(series[t]);
    return buckets.map((hours) => hours.map((v) => (v.length ? quantile(v, 0.5) : 0)));
  };
  return { kinds, downP50Kw: kinds.map((k) => p50(down.get(k)!)), upP50Kw: kinds.map((k) => p50(up.get(k)!)) };
}

interface FlexCacheEntry {
  readonly hash: string;
  readonly pf: PortfolioFlex;
  readonly view: FlexStudyView;
}

// ---- collective self-consumption ----------------------------------------------------------------

function parseAccDoc(data: unknown, prefix = 'data'): AccOperationDoc {
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

/** The operation's year of curves from the document's sources (PV engine, synthetic loads, imports). */
function buildOperation(name: string, doc: AccOperationDoc): AccOperation {
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
  const participants: AccParticipant[] = doc.participants.map((p, i) => {
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
    return { prm: p.prm, name: p.name, role: p.role, latDeg: p.latDeg, lonDeg: p.lonDeg, peakKw: peakKwOf(p), priority: p.priority, share: p.share };
  });
  return { name, timeline: { startUtcMs: timeline.startUtcMs, stepMinutes: doc.stepMinutes, length: timeline.length }, participants, curvesKwh };
}

/**
 * Fills the key fields a consumer left empty: static shares split what the given shares leave
 * pro rata of annual consumption; priority 1. Stated in the UI next to the key selector.
 */
function completeKeys(op: AccOperation): AccOperation {
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

function runOperation(op: AccOperation, doc: AccOperationDoc): AccResult {
  try {
    return runAccOperation(completeKeys(op), { key: doc.key, dateIso: doc.dateIso, derogation: doc.derogation, zone: doc.zone, prices: doc.prices });
  } catch (e) {
    if (e instanceof RangeError) throw validation(e.message, [{ path: 'data.participants', message: e.message }]);
    throw e;
  }
}

function monthlyKwh(timeline: Timeline, series: Float64Array | readonly Float64Array[]): number[] {
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

interface AccCacheEntry {
  readonly hash: string;
  readonly op: AccOperation;
}

/** Reads a `Horodate;kWh` curve (kWh per step, step start) onto the operation's timeline. */
function readCurve(text: string, timeline: Timeline): number[] {
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

// ---- demo --------------------------------------------------------------------------------------

export function malaunayOperationDoc(): AccOperationDoc {
  return accOperationDocSchema.parse({
    year: 2025,
    stepMinutes: 30,
    weather: { ...MALAUNAY_SITE, climateZone: 'H1a', schoolZone: 'B' },
    participants: [
      ...MALAUNAY_PRODUCERS.map((p) => ({
        prm: p.prm,
        name: p.name,
        role: 'producer',
        latDeg: p.latDeg,
        lonDeg: p.lonDeg,
        curve: { kind: 'pv', kWp: p.array.kWp, tiltDeg: p.array.tiltDeg, azimuthDeg: p.array.azimuthDeg, mounting: p.array.mounting ?? 'open-rack', lossesPct: p.array.lossesPct ?? 14 },
      })),
      ...MALAUNAY_CONSUMERS.map((c) => ({
        prm: c.prm,
        name: c.name,
        role: 'consumer',
        latDeg: c.latDeg,
        lonDeg: c.lonDeg,
        curve: {
          kind: 'synthetic',
          building: c.load.kind,
          annualKwh: 'annualKwh' in c.load ? c.load.annualKwh : 0,
          heatingShare: 'heating' in c.load && c.load.heating ? c.load.heating.annualShare : 0,
        },
      })),
    ],
    key: 'default',
    dateIso: '2025-06-01',
  });
}

export function demoPortfolioDoc(): { name: string; data: PortfolioDoc } {
  const { name, sites, settings } = malaunayTerritoryPortfolio();
  return { name, data: parsePortfolioDoc({ sites, settings: settings ?? {} }) };
}

registerExampleEnricher('malaunay', (store) => {
  const demo = demoPortfolioDoc();
  store.createDocument('territory', { kind: 'portfolio', name: demo.name, data: demo.data });
  store.createDocument('territory', { kind: 'acc-operation', name: MALAUNAY_NAME, data: malaunayOperationDoc() });
});

// ---- handlers ----------------------------------------------------------------------------------

type TerritoryHandlers = Pick<
  HandlerMap,
  | 'territories.list'
  | 'territories.delete'
  | 'territories.rename'
  | 'flex.create'
  | 'flex.get'
  | 'flex.update'
  | 'flex.previewCsv'
  | 'flex.importCsv'
  | 'flex.defaultAssets'
  | 'flex.study'
  | 'flex.activate'
  | 'acc.create'
  | 'acc.get'
  | 'acc.update'
  | 'acc.importCurve'
  | 'acc.run'
  | 'acc.exportKeys'
>;

function readText(input: { text?: string; path?: string }): string {
  if (input.text !== undefined) return input.text;
  if (!input.path) throw validation('Give the file text or its path', [{ path: 'text', message: 'Give the file text or its path' }]);
  try {
    return readFileSync(resolve(input.path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw validation(`${input.path}: ${code === 'ENOENT' ? 'file not found' : `cannot read (${code})`}`, [{ path: 'path', message: code === 'ENOENT' ? 'file not found' : 'cannot read' }]);
  }
}

export function territoryHandlers(session: ApiSession): TerritoryHandlers {
  const flexCache = new Map<string, FlexCacheEntry>();
  const accCache = new Map<string, AccCacheEntry>();
  const cacheKey = (id: string) => `${session.store.file}\u0000${id}`;

  const portfolioOf = (id: string) => {
    const doc = getDoc(session.store, id, 'portfolio');
    return { doc, data: parsePortfolioDoc(doc.data) };
  };

  const study = (id: string): FlexCacheEntry => {
    const { doc, data } = portfolioOf(id);
    if (data.sites.length === 0) throw validation('The portfolio has no site yet: add or import sites first', [{ path: 'data.sites', message: 'sites: a portfolio needs at least one site' }]);
    const hash = hashOf({ name: doc.name, data });
    const cached = flexCache.get(cacheKey(id));
    if (cached && cached.hash === hash) return cached;
    const started = performance.now();
    let pf: PortfolioFlex;
    try {
      pf = portfolioFlex({ name: doc.name, sites: data.sites, settings: data.settings });
    } catch (e) {
      if (e instanceof RangeError) throw validation(e.message, [{ path: 'data', message: e.message }]);
      throw e;
    }
    const summary = summarizeFlex(pf);
    const entry: FlexCacheEntry = { hash, pf, view: { summary, byKind: flexByKind(pf), computeMs: Math.round(performance.now() - started), computedAt: new Date().toISOString() } };
    flexCache.set(cacheKey(id), entry);
    return entry;
  };

  const operationOf = (id: string) => {
    const doc = getDoc(session.store, id, 'acc-operation');
    const data = parseAccDoc(doc.data);
    // The key, date and prices do not change the curves: cache on the curve sources only.
    const hash = hashOf({ year: data.year, step: data.stepMinutes, weather: data.weather, p: data.participants });
    const cached = accCache.get(cacheKey(id));
    const op = cached && cached.hash === hash ? cached.op : buildOperation(doc.name, data);
    accCache.set(cacheKey(id), { hash, op });
    // Names, roles, shares and priorities may have changed without touching the curves.
    return { doc, data, op: { ...op, name: doc.name, participants: buildParticipants(data) } };
  };

  const buildParticipants = (data: AccOperationDoc): AccParticipant[] =>
    data.participants.map((p) => ({ prm: p.prm, name: p.name, role: p.role, latDeg: p.latDeg, lonDeg: p.lonDeg, peakKw: peakKwOf(p), priority: p.priority, share: p.share }));

  const updatePortfolio = (id: string, data: PortfolioDoc) => {
    getDoc(session.store, id, 'portfolio');
    const doc = session.store.updateDocument('territory', id, { data });
    session.changed('territory', id);
    return view(doc, parsePortfolioDoc(doc.data));
  };

  return {
    'territories.list': ({ kind }) =>
      session.store.listDocuments('territory', kind).map(({ id, kind: k, name, updatedAt }) => ({ id, kind: k ?? '', name, updatedAt })),
    'territories.delete': ({ id }) => {
      try {
        session.store.getDocument('territory', id);
      } catch {
        throw notFound(`No territory document "${id}"`);
      }
      session.store.deleteDocument('territory', id);
      session.changed('territory', id);
      return null;
    },
    'territories.rename': ({ id, name }) => {
      try {
        session.store.getDocument('territory', id);
      } catch {
        throw notFound(`No territory document "${id}"`);
      }
      session.store.updateDocument('territory', id, { name });
      session.changed('territory', id);
      return null;
    },

    'flex.create': ({ name, template }) => {
      const data = template === 'demo' ? demoPortfolioDoc().data : parsePortfolioDoc({ sites: [], settings: {} });
      const doc = session.store.createDocument('territory', { kind: 'portfolio', name, data });
      session.changed('territory', doc.id);
      return view(doc, data);
    },
    'flex.get': ({ id }) => {
      const { doc, data } = portfolioOf(id);
      return view(doc, data);
    },
    'flex.update': ({ id, data }) => updatePortfolio(id, parsePortfolioDoc(data)),
    'flex.previewCsv': (input) => previewSitesCsv(readText(input)),
    'flex.importCsv': ({ id, mode, ...input }) => {
      const { data } = portfolioOf(id);
      const preview = previewSitesCsv(readText(input));
      if (preview.sites.length === 0) {
        throw validation(`Nothing to import: ${preview.errors[0] ?? 'the file has no site'}`, preview.errors.slice(0, 50).map((message) => ({ path: 'text', message })));
      }
      const kept = mode === 'replace' ? [] : data.sites;
      const taken = new Set(kept.map((s) => s.prm));
      const clash = preview.sites.find((s) => taken.has(s.prm));
      if (clash) throw validation(`PRM ${clash.prm} (${clash.name}) is already in the portfolio`, [{ path: 'text', message: `PRM ${clash.prm} is already in the portfolio` }]);
      return updatePortfolio(id, parsePortfolioDoc({ ...data, sites: [...kept, ...preview.sites] }));
    },
    'flex.defaultAssets': ({ site }) => {
      const r = siteSchema.safeParse(site);
      if (!r.success) {
        const issues = zodToIssues(r.error, 'site');
        throw validation(`Invalid site: ${issues[0].path}: ${issues[0].message}`, issues);
      }
      return defaultAssets(r.data);
    },
    'flex.study': ({ id }) => study(id).view,
    'flex.activate': ({ id, label, startUtcMs, hours }): ActivationView => {
      const { pf } = study(id);
      let w;
      try {
        w = customEvent(pf.ctx, label, startUtcMs, hours);
      } catch (e) {
        if (e instanceof RangeError) throw validation(e.message, [{ path: 'startUtcMs', message: e.message }]);
        throw e;
      }
      const run = simulateEvent(pf.sites, w, pf.ctx);
      const p = run.portfolio;
      return {
        portfolio: {
          label: p.label,
          hours: p.length * pf.ctx.stepH,
          meanKw: p.meanKw,
          firstStepKw: p.firstStepKw,
          minKw: p.minKw,
          maxRampKw: p.maxRampKw,
          energyKwh: p.energyKwh,
          reboundKwh: p.reboundKwh,
          reboundPeakKw: p.reboundPeakKw,
          cost: p.cost,
          deliveredKw: Array.from(p.deliveredKw),
          startUtcMs: pf.timeline.startUtcMs + w.start * pf.timeline.stepMinutes * 60_000,
          stepMinutes: pf.timeline.stepMinutes,
        },
        sites: run.sites.map((s, i) => ({ name: pf.sites[i].site.name, meanKw: s.meanKw, energyKwh: s.energyKwh, reboundKwh: s.reboundKwh })),
      };
    },

    'acc.create': ({ name, template }) => {
      const data = template === 'malaunay' ? malaunayOperationDoc() : parseAccDoc({ participants: [] });
      const doc = session.store.createDocument('territory', { kind: 'acc-operation', name, data });
      session.changed('territory', doc.id);
      return view(doc, data);
    },
    'acc.get': ({ id }) => {
      const doc = getDoc(session.store, id, 'acc-operation');
      return view(doc, parseAccDoc(doc.data));
    },
    'acc.update': ({ id, data }) => {
      getDoc(session.store, id, 'acc-operation');
      const parsed = parseAccDoc(data);
      const doc = session.store.updateDocument('territory', id, { data: parsed });
      session.changed('territory', id);
      return view(doc, parsed);
    },
    'acc.importCurve': ({ id, prm, file, ...input }) => {
      const doc = getDoc(session.store, id, 'acc-operation');
      const data = parseAccDoc(doc.data);
      const index = data.participants.findIndex((p) => p.prm === prm);
      if (index < 0) throw validation(`No participant with PRM ${prm}`, [{ path: 'prm', message: `No participant with PRM ${prm}` }]);
      const kwh = readCurve(readText(input), yearTimeline(data.year, data.stepMinutes));
      const participants = data.participants.map((p, i) => (i === index ? { ...p, curve: { kind: 'imported' as const, file: file || input.path || '', kwh } } : p));
      const parsed = parseAccDoc({ ...data, participants });
      const saved = session.store.updateDocument('territory', id, { data: parsed });
      session.changed('territory', id);
      return view(saved, parsed);
    },
    'acc.run': ({ id }): AccRunView => {
      const started = performance.now();
      const { data, op } = operationOf(id);
      const r = runOperation(op, data);
      const byPrm = new Map(data.participants.map((p) => [p.prm, p]));
      const bills = new Map(r.bills.map((b) => [b.prm, b]));
      const consumers = op.participants.filter((p) => p.role === 'consumer').map((p) => op.curvesKwh[p.prm]);
      return {
        key: data.key,
        dateIso: data.dateIso,
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
        computeMs: Math.round(performance.now() - started),
      };
    },
    'acc.exportKeys': ({ id, path }) => {
      const { doc, data, op } = operationOf(id);
      const r = runOperation(op, data);
      const csv = allocationKeyCsv(r.timeline, r.consumerPrms, r.key, r.allocation);
      // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
      const safe = doc.name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'operation';
      const target = path ? resolve(path) : join(dirname(session.store.file), `${safe} - cles ${data.key}.csv`);
      try {
        writeFileSync(target, csv, 'utf8');
      } catch (e) {
        throw validation(`Cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, [{ path: 'path', message: 'cannot write this file' }]);
      }
      return { path: target, rows: r.timeline.length, header: csv.slice(0, csv.indexOf('\n')) };
    },
  };
}

