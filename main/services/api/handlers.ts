/**
 * The API handlers, one per call of models/api/contract.ts. They run in Electron's main process
 * (through the IPC binding) and in the web harness (over HTTP), with the same validation.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiContract, type ApiCallName, type ApiOutput, type ApiParsedInput, type ProjectSummary } from '../../../models/api/contract';
import { IlotApiError, notFound, type ApiResult } from '../../../models/api/errors';
import { RecentProjects } from '../app/recentProjects';
import { SettingsStore } from '../app/settingsStore';
import { buildExample, EXAMPLES } from '../examples';
import { createProject, openProjectFile, saveProjectAs, type OpenedProject, type ProjectStore } from '../projectStore';
import { scenarioFromTemplate } from '../../../models/microgrid/templates';
import { thinWindow } from '../../../models/results/seriesWindow';
import { parseMicrogridScenario } from '../../../models/sim/scenarioSchema';
import type { ScenarioWorkerApi } from '../../../workers/scenario.worker';
import { searchFrenchCommunes } from '../geo/communeService';
import { SimulationService } from '../simulation/simulationService';
import { TerritoryWorkers } from '../territory/territoryWorkers';
import { createWorkerPool, type WorkerPool } from '../workerPool';
import type { ApiHost } from './host';
import { importExportHandlers } from './importExportHandlers';
import { territoryHandlers } from './territoryHandlers';
import { parseInput } from './validation';

type Handler<K extends ApiCallName> = (input: ApiParsedInput<K>) => Promise<ApiOutput<K>> | ApiOutput<K>;
export type HandlerMap = { [K in ApiCallName]: Handler<K> };

/** A file name from a project name: accents kept, characters that file systems refuse removed. */
export function fileNameFor(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${cleaned || 'Projet'}.ilot`;
}

/** A path in `dir` that does not exist yet: "Nom.ilot", "Nom (2).ilot", ... */
export function freePath(dir: string, fileName: string): string {
  mkdirSync(dir, { recursive: true });
  const stem = fileName.replace(/\.ilot$/, '');
  for (let i = 1; ; i++) {
    const candidate = join(dir, i === 1 ? `${stem}.ilot` : `${stem} (${i}).ilot`);
    if (!existsSync(candidate)) return candidate;
  }
}

export class ApiSession {
  private current: OpenedProject | null = null;
  readonly recent: RecentProjects;
  readonly settings: SettingsStore;

  private pool: WorkerPool<ScenarioWorkerApi> | null = null;
  private simulationService: SimulationService | null = null;
  private territoryWorkerPool: TerritoryWorkers | null = null;

  constructor(readonly host: ApiHost) {
    this.recent = new RecentProjects(host.appDataDir);
    this.settings = new SettingsStore(host.appDataDir);
  }

  /** The simulation service and its worker pool, started on the first run. */
  get simulation(): SimulationService {
    if (!this.simulationService) {
      if (!this.host.scenarioWorkerFactory) throw new IlotApiError({ code: 'internal', message: 'Simulation workers are not available in this host' });
      this.pool = createWorkerPool<ScenarioWorkerApi>({ factory: this.host.scenarioWorkerFactory, name: 'simulation', taskTimeoutMs: 15 * 60_000 });
      this.simulationService = new SimulationService(this.pool, () => this.store, (event, payload) => this.host.emit(event, payload));
    }
    return this.simulationService;
  }

  /** The territory worker (flexibility studies, ACC runs), started on the first computation. */
  get territoryWorkers(): TerritoryWorkers {
    if (!this.territoryWorkerPool) {
      if (!this.host.territoryWorkerFactory) throw new IlotApiError({ code: 'internal', message: 'Territory workers are not available in this host' });
      this.territoryWorkerPool = new TerritoryWorkers(this.host.territoryWorkerFactory);
    }
    return this.territoryWorkerPool;
  }

  async shutdown(): Promise<void> {
    this.simulationService?.cancelAll();
    this.closeCurrent();
    await Promise.all([this.pool?.close(), this.territoryWorkerPool?.close()]);
  }

  get store(): ProjectStore {
    if (!this.current || this.current.store.isClosed) {
      throw new IlotApiError({ code: 'conflict', message: 'No project is open', reason: 'no-project' });
    }
    return this.current.store;
  }

  get hasProject(): boolean {
    return this.current !== null && !this.current.store.isClosed;
  }

  summary(): ProjectSummary {
    const store = this.store;
    return {
      path: store.file,
      header: store.header(),
      siteCount: store.listSites().length,
      scenarioCount: store.listScenarios().length,
      warnings: this.current?.openedElsewhere ? ['opened-elsewhere'] : [],
    };
  }

  adopt(opened: OpenedProject): ProjectSummary {
    this.closeCurrent();
    this.current = opened;
    this.recent.remember(opened.store.file, opened.store.header().name);
    // Lets the host refresh what depends on the open project (the Electron "Récents" menu).
    this.host.emit('project.changed', { entity: 'project-opened' });
    return this.summary();
  }

  closeCurrent(): void {
    this.simulationService?.cancelAll();
    this.current?.store.close();
    this.current = null;
  }

  changed(entity: string, id?: string): void {
    this.host.emit('project.changed', { entity, id });
  }
}

export function createHandlers(session: ApiSession): HandlerMap {
  const { host } = session;
  const sqlite = { nativeBinding: host.sqliteNativeBinding };
  return {
    'app.info': () => ({ version: host.version, host: host.kind, platform: process.platform, projectsFolder: host.projectsDir }),
    'settings.get': () => session.settings.get(),
    'settings.update': (input) => session.settings.update(input),

    'projects.recent': () => session.recent.list(),
    'projects.forgetRecent': ({ path }) => session.recent.forget(path),
    'projects.examples': () => EXAMPLES.map(({ id, title, description }) => ({ id, title, description })),
    'projects.create': async ({ name, client }) => {
      const path = await host.chooseSavePath(fileNameFor(name));
      if (!path) throw new IlotApiError({ code: 'cancelled', message: 'Creation cancelled' });
      return session.adopt(createProject(path, { name, client }, sqlite));
    },
    'projects.open': async ({ path }) => {
      const target = path ?? (await host.chooseOpenPath());
      if (!target) return null;
      return session.adopt(openProjectFile(target, sqlite));
    },
    'projects.openExample': ({ id }) => {
      const definition = EXAMPLES.find((e) => e.id === id);
      if (!definition) throw notFound(`No example project "${id}"`);
      const path = freePath(host.projectsDir, fileNameFor(definition.title));
      const opened = createProject(path, { name: definition.title, client: definition.client }, sqlite);
      try {
        buildExample(definition, opened.store);
      } catch (error) {
        opened.store.close();
        throw error;
      }
      return session.adopt(opened);
    },
    'projects.saveAs': async ({ path }) => {
      const store = session.store;
      const target = path ?? (await host.chooseSavePath(fileNameFor(store.header().name)));
      if (!target) return null;
      return session.adopt(await saveProjectAs(store, target, sqlite));
    },
    'projects.close': () => {
      session.closeCurrent();
      return null;
    },
    'projects.current': () => (session.hasProject ? session.summary() : null),

    'project.update': (patch) => {
      session.store.updateHeader(patch);
      session.changed('project');
      return session.summary();
    },
    'project.history': ({ limit }) => session.store.history(limit),
    'project.undo': () => {
      const entries = session.store.undo();
      if (!entries) return null;
      session.changed('undo');
      return { entries };
    },

    'geo.searchCommunes': ({ query, limit }) => searchFrenchCommunes(query, limit),
    'sites.list': () => session.store.listSites(),
    'sites.create': (fields) => {
      const site = session.store.createSite(fields);
      session.changed('site', site.id);
      return site;
    },
    'sites.update': ({ id, patch }) => {
      const site = session.store.updateSite(id, patch);
      session.changed('site', id);
      return site;
    },
    'sites.delete': ({ id }) => {
      session.store.deleteSite(id);
      session.changed('site', id);
      return null;
    },

    'scenarios.list': ({ kind }) => session.store.listScenarios(kind),
    'scenarios.get': ({ id }) => session.store.getScenario(id),
    'scenarios.create': ({ name, siteId, template }) => {
      const site = siteId ? session.store.getSite(siteId) : session.store.listSites()[0];
      const data = scenarioFromTemplate(template, name, site);
      const record = session.store.createScenario({ kind: 'microgrid', name, siteId: site?.id ?? null, data });
      session.changed('scenario', record.id);
      return record;
    },
    'scenarios.update': ({ id, name, data }) => {
      const current = session.store.getScenario(id);
      let checked: unknown;
      if (data !== undefined && current.kind === 'microgrid') {
        const parsed = parseMicrogridScenario(data);
        if (!parsed.ok) {
          throw new IlotApiError({
            code: 'validation',
            message: `Invalid scenario: ${parsed.issues[0].path}: ${parsed.issues[0].message}`,
            issues: parsed.issues.map((i) => ({ path: `data.${i.path}`, message: i.message })),
          });
        }
        checked = parsed.value;
      } else {
        checked = data;
      }
      const record = session.store.updateScenario(id, { name, data: checked });
      session.changed('scenario', id);
      return record;
    },
    'scenarios.duplicate': ({ id, name }) => {
      const source = session.store.getScenario(id);
      const record = session.store.duplicateScenario(id, name);
      if (source.kind === 'microgrid' && record.data && typeof record.data === 'object') {
        session.store.updateScenario(record.id, { data: { ...(record.data as object), name } });
      }
      session.changed('scenario', record.id);
      return session.store.getScenario(record.id);
    },
    'scenarios.delete': ({ id }) => {
      session.store.deleteScenario(id);
      session.changed('scenario', id);
      return null;
    },

    'simulation.run': ({ scenarioId }) => session.simulation.start(scenarioId),
    'simulation.cancel': ({ taskId }) => session.simulation.cancel(taskId),
    'simulation.tasks': () => (session.hasProject ? session.simulation.running() : []),

    'results.get': ({ scenarioId }) => {
      const result = session.store.getScenarioResult(scenarioId, []);
      if (!result) return null;
      const { series: _series, ...summary } = result;
      return summary;
    },
    'results.series': ({ scenarioId, names, startUtcMs, endUtcMs, maxPoints }) => {
      const result = session.store.getScenarioResult(scenarioId, names);
      if (!result) throw notFound('This scenario has no stored result yet');
      const missing = names.filter((n) => !result.series[n]);
      if (missing.length) throw new IlotApiError({ code: 'validation', message: `Unknown series: ${missing.join(', ')}`, issues: [{ path: 'names', message: `Unknown series: ${missing.join(', ')}` }] });
      return thinWindow(result.timeline, result.series, startUtcMs, endUtcMs, maxPoints);
    },

    ...territoryHandlers(session, () => session.territoryWorkers),
    ...importExportHandlers(session),
  };
}

/**
 * Validates and runs one call; every failure comes back as typed error data, never as a throw.
 * Unknown errors are logged with their stack on the Node side and reported as `internal`.
 */
export async function dispatch(handlers: HandlerMap, name: string, rawInput: unknown): Promise<ApiResult<unknown>> {
  try {
    if (!Object.hasOwn(apiContract, name)) {
      throw new IlotApiError({ code: 'not-found', message: `Unknown API call "${name}"` });
    }
    const call = name as ApiCallName;
    const input = parseInput(apiContract[call].input, rawInput, call);
    const value = await (handlers[call] as (input: unknown) => unknown)(input);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    if (error instanceof IlotApiError) return { ok: false, error: error.toData() };
    console.error(`[ilot] ${name} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: `Internal error in ${name}: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
}
