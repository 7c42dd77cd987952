/**
 * Runs micro-grid scenarios on the worker pool: resolves the scenario's imported references from
 * the project file, runs it off the main thread with progress and cancellation, stores the result
 * beside the scenario and tells the window. One run per scenario at a time.
 */
import { randomUUID } from 'node:crypto';
import type { ApiEventName, ApiEvents } from '../../../models/api/contract';
import { IlotApiError } from '../../../models/api/errors';
import type { ResolvedReferences } from '../../../models/sim/assemble';
import type { WeatherSeries } from '../../../models/weather/weatherSeries';
import type { ScenarioWorkerApi } from '../../../workers/scenario.worker';
import type { ProjectStore } from '../projectStore';
import { TaskCancelledError, type WorkerPool } from '../workerPool';

export interface RunningTask {
  readonly taskId: string;
  readonly scenarioId: string;
  readonly startedAt: string;
  fraction: number;
}

interface ScenarioRefs {
  weather?: { source?: string; referenceId?: string };
  loads?: { source?: string; referenceId?: string };
  grid?: { tariff?: { kind?: string; referenceId?: string }; co2?: { kind?: string; referenceId?: string } };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the imported weather, load, price and CO2 series a scenario points to, if any, each with its own timeline:
 * models/sim/assemble.ts places them on the scenario's year and step.
 */
export function resolveReferences(store: ProjectStore, data: unknown): ResolvedReferences {
  const refs = (data ?? {}) as ScenarioRefs;
  const resolved: Mutable<ResolvedReferences> = {};
  if (refs.weather?.source === 'imported' && refs.weather.referenceId) {
    const series = store.getImportedSeries(refs.weather.referenceId);
    if (!series) throw new IlotApiError({ code: 'not-found', message: 'The imported weather year of this scenario is no longer in the project', issues: [{ path: 'weather.referenceId', message: 'Missing imported weather' }] });
    const meta = (series.meta ?? {}) as { sourceKind?: WeatherSeries['source']['kind']; label?: string };
    resolved.weather = {
      timeline: series.timeline,
      ghiWm2: series.channels.ghiWm2,
      dniWm2: series.channels.dniWm2,
      dhiWm2: series.channels.dhiWm2,
      tempC: series.channels.tempC,
      windMs: series.channels.windMs,
      source: { kind: meta.sourceKind ?? 'csv', label: meta.label ?? series.name },
    };
  }
  if (refs.loads?.source === 'imported' && refs.loads.referenceId) {
    const series = store.getImportedSeries(refs.loads.referenceId);
    if (!series?.channels.loadKw) throw new IlotApiError({ code: 'not-found', message: 'The imported load curve of this scenario is no longer in the project', issues: [{ path: 'loads.referenceId', message: 'Missing imported load curve' }] });
    resolved.loadKw = series.channels.loadKw;
    resolved.loadTimeline = series.timeline;
  }
  const tariff = refs.grid?.tariff;
  if (tariff?.kind === 'imported' && tariff.referenceId) {
    const series = store.getImportedSeries(tariff.referenceId);
    if (series?.kind !== 'price' || !series.channels.eurPerKwh) {
      throw new IlotApiError({ code: 'not-found', message: 'The imported price series of this scenario is no longer in the project', issues: [{ path: 'grid.tariff.referenceId', message: 'Missing imported price series' }] });
    }
    resolved.price = { timeline: series.timeline, eurPerKwh: series.channels.eurPerKwh };
  }
  const co2 = refs.grid?.co2;
  if (co2?.kind === 'imported' && co2.referenceId) {
    const series = store.getImportedSeries(co2.referenceId);
    if (series?.kind !== 'co2' || !series.channels.kgPerKwh) {
      throw new IlotApiError({ code: 'not-found', message: 'The imported CO2 series of this scenario is no longer in the project', issues: [{ path: 'grid.co2.referenceId', message: 'Missing imported CO2 series' }] });
    }
    resolved.co2 = { timeline: series.timeline, kgPerKwh: series.channels.kgPerKwh };
  }
  return resolved;
}

export class SimulationService {
  private readonly tasks = new Map<string, RunningTask & { controller: AbortController }>();

  constructor(
    private readonly pool: WorkerPool<ScenarioWorkerApi>,
    private readonly store: () => ProjectStore,
    private readonly emit: <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void,
  ) {}

  running(): RunningTask[] {
    return [...this.tasks.values()].map(({ controller: _c, ...task }) => task);
  }

  /** Starts a run and returns at once; completion comes as a `task.done` event. */
  start(scenarioId: string): { taskId: string } {
    const store = this.store();
    const scenario = store.getScenario(scenarioId);
    if (scenario.kind !== 'microgrid') throw new IlotApiError({ code: 'validation', message: `Scenario "${scenario.name}" is not a micro-grid scenario` });
    for (const t of this.tasks.values()) {
      if (t.scenarioId === scenarioId) throw new IlotApiError({ code: 'conflict', message: `Scenario "${scenario.name}" is already running`, reason: 'running' });
    }
    const resolved = resolveReferences(store, scenario.data);
    const taskId = randomUUID();
    const controller = new AbortController();
    const task = { taskId, scenarioId, startedAt: new Date().toISOString(), fraction: 0, controller };
    this.tasks.set(taskId, task);
    const done = (status: ApiEvents['task.done']['status'], message?: string) => {
      this.tasks.delete(taskId);
      this.emit('task.done', { taskId, scenarioId, status, message });
    };
    this.pool
      .run(
        'runScenario',
        { scenario: scenario.data, resolved },
        {
          signal: controller.signal,
          onProgress: (p) => {
            task.fraction = p.fraction;
            this.emit('task.progress', { taskId, fraction: p.fraction, message: p.message });
          },
        },
      )
      .then((result) => {
        const current = this.store();
        // The project may have been closed or switched while the worker ran: store only into the same file.
        if (current.file !== store.file || current.isClosed) return done('cancelled', 'The project was closed during the run');
        current.saveScenarioResult(scenarioId, result);
        this.emit('project.changed', { entity: 'result', id: scenarioId });
        done('done');
      })
      .catch((error: unknown) => {
        if (error instanceof TaskCancelledError) done('cancelled');
        else done('failed', error instanceof Error ? error.message : String(error));
      });
    return { taskId };
  }

  cancel(taskId: string): boolean {
    const task = this.tasks.get(taskId);
    if (!task) return false;
    task.controller.abort(new Error('cancelled by the user'));
    return true;
  }

  cancelAll(): void {
    for (const task of this.tasks.values()) task.controller.abort(new Error('project closed'));
  }
}
