/**
 * Handlers of models/api/territoryContract.ts, merged into createHandlers: the flexibility
 * portfolio and the collective self-consumption (ACC) operation, stored as territory documents
 * (audited, undoable), and the computations run on them.
 *
 * The computations (models/flex/portfolioStudy.ts, models/acc/operationDoc.ts) run in the
 * territory worker (workers/territory.worker.ts, main/services/territory/territoryWorkers.ts):
 * the flexibility study of the Malaunay demo (10 sites, 60-min steps) takes about 0.7–3.4 s, the
 * ACC curves of 25 participants at 30-min steps 0.5–2.5 s and each allocation 0.1–0.3 s (2-core
 * machine, idle to loaded), which would freeze Electron's main process. What stays here is
 * reading and validating documents (a few ms) and the caches: a study or run is kept by document
 * content, as a promise, so a repeated call is instant and concurrent calls share one computation.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseOperationDoc as parseAccDoc } from '../../../models/acc/operationDoc';
import { IlotApiError, notFound, type FieldIssue } from '../../../models/api/errors';
import { accOperationDocSchema, type AccOperationDoc, type AccRunView, type FlexStudyView, type PortfolioDoc, type TerritoryDoc } from '../../../models/api/territoryContract';
import { MALAUNAY_CONSUMERS, MALAUNAY_NAME, MALAUNAY_PRODUCERS, MALAUNAY_SITE } from '../../../models/examples/malaunay';
import { malaunayTerritoryPortfolio } from '../../../models/examples/territoryDemo';
import { defaultAssets } from '../../../models/flex/defaults';
import { parsePortfolioDoc, zodToIssues } from '../../../models/flex/portfolioStudy';
import { siteSchema } from '../../../models/flex/schemas';
import { registerExampleEnricher } from '../examples';
import type { ProjectStore } from '../projectStore';
import type { TerritoryWorkers } from '../territory/territoryWorkers';
import type { ApiSession, HandlerMap } from './handlers';

type Kind = 'portfolio' | 'acc-operation';

const hashOf = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('hex');

function validation(message: string, issues: FieldIssue[]): IlotApiError {
  return new IlotApiError({ code: 'validation', message, issues });
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

// ---- caches ----------------------------------------------------------------------------------

/** A computation kept by document content; the promise is shared by concurrent calls. */
interface CacheEntry<T> {
  readonly hash: string;
  readonly value: Promise<T>;
}

/** The cached value for `hash`, or a new computation (forgotten if it fails, so the next call retries). */
function cached<T>(cache: Map<string, CacheEntry<T>>, key: string, hash: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && hit.hash === hash) return hit.value;
  const value = compute();
  cache.set(key, { hash, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
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

export function territoryHandlers(session: ApiSession, workers: () => TerritoryWorkers): TerritoryHandlers {
  const flexCache = new Map<string, CacheEntry<FlexStudyView>>();
  const accCache = new Map<string, CacheEntry<AccRunView>>();
  const cacheKey = (id: string) => `${session.store.file}\u0000${id}`;

  const portfolioOf = (id: string) => {
    const doc = getDoc(session.store, id, 'portfolio');
    return { doc, data: parsePortfolioDoc(doc.data) };
  };

  /** What the worker needs for a study or an activation; `key` names the portfolio's content. */
  const portfolioInput = (id: string) => {
    const { doc, data } = portfolioOf(id);
    if (data.sites.length === 0) throw validation('The portfolio has no site yet: add or import sites first', [{ path: 'data.sites', message: 'sites: a portfolio needs at least one site' }]);
    return { key: hashOf({ name: doc.name, data }), name: doc.name, data };
  };

  /** The operation as JSON text: the worker parses and validates it (see OperationInput). */
  const operationInput = (id: string) => {
    const doc = getDoc(session.store, id, 'acc-operation');
    return { name: doc.name, dataJson: JSON.stringify(doc.data ?? {}), updatedAt: doc.updatedAt };
  };

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
    'flex.previewCsv': (input) => workers().run('flexPreviewCsv', { text: readText(input) }),
    'flex.importCsv': async ({ id, mode, ...input }) => {
      const preview = await workers().run('flexPreviewCsv', { text: readText(input) });
      const { data } = portfolioOf(id); // read after the worker answered, so an edit made meanwhile is kept
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
    'flex.study': ({ id }) => {
      const input = portfolioInput(id);
      return cached(flexCache, cacheKey(id), input.key, () => workers().run('flexStudy', input));
    },
    'flex.activate': ({ id, label, startUtcMs, hours }) => workers().run('flexActivate', { ...portfolioInput(id), label, startUtcMs, hours }),

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
    'acc.importCurve': async ({ id, prm, file, ...input }) => {
      const { dataJson, updatedAt } = operationInput(id);
      const data = await workers().run('accImportCurve', { dataJson, prm, text: readText(input), file: file || input.path || '' });
      // The document may have been edited while the worker read the file: do not overwrite that edit.
      if (getDoc(session.store, id, 'acc-operation').updatedAt !== updatedAt) {
        throw new IlotApiError({ code: 'conflict', message: 'The operation changed while the curve was read: import it again', reason: 'changed' });
      }
      const saved = session.store.updateDocument('territory', id, { data });
      session.changed('territory', id);
      return view(saved, data);
    },
    'acc.run': ({ id }) => {
      const { name, dataJson } = operationInput(id);
      // Everything in the document (and its name) can change the view; the worker keeps the curves by their sources.
      return cached(accCache, cacheKey(id), hashOf({ name, dataJson }), () => workers().run('accRun', { name, dataJson }));
    },
    'acc.exportKeys': async ({ id, path }) => {
      const { name, dataJson } = operationInput(id);
      const file = await workers().run('accKeysFile', { name, dataJson });
      // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
      const safe = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'operation';
      const target = path ? resolve(path) : join(dirname(session.store.file), `${safe} - cles ${file.key}.csv`);
      try {
        await writeFile(target, file.csv, 'utf8');
      } catch (e) {
        throw validation(`Cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, [{ path: 'path', message: 'cannot write this file' }]);
      }
      return { path: target, rows: file.rows, header: file.header };
    },
  };
}
