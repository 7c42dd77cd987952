/**
 * The one list of every call between the window and the Node side: name → zod input schema and
 * output type. The preload exposes exactly these as `window.ilot`; the IPC binding and the web
 * harness validate each input against its schema before any handler runs.
 */
import { z } from 'zod';
import type { ApiErrorData, ApiResult } from './errors';
import {
  createProjectSchema,
  projectHeaderPatchSchema,
  siteCreateSchema,
  sitePatchSchema,
  type AuditTrailEntry,
  type ProjectHeader,
  type Site,
} from '../project/schemas';
import { importExportContract } from './importExportContract';
import { territoryContract } from './territoryContract';
import type { CommuneHit } from '../geo/communeSearch';

export type Locale = 'fr' | 'en';

export interface AppInfo {
  readonly version: string;
  readonly host: 'electron' | 'web-harness';
  readonly platform: string;
  readonly projectsFolder: string;
}

export interface Settings {
  readonly locale: Locale;
}

export interface RecentProject {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
  readonly exists: boolean;
}

export interface ExampleProject {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface ProjectSummary {
  readonly path: string;
  readonly header: ProjectHeader;
  readonly siteCount: number;
  readonly scenarioCount: number;
  /** Non-blocking warnings, e.g. `opened-elsewhere` when another Ilot instance has the file open. */
  readonly warnings: readonly string[];
}

export interface UndoResult {
  /** What was undone, for the notification ("Site « Port » restored"…). */
  readonly entries: readonly AuditTrailEntry[];
}

const empty = z.object({}).strict();
const idInput = z.object({ id: z.string().min(1) }).strict();
const scenarioKindSchema = z.enum(['microgrid', 'acc', 'flex', 'renovation']);

export interface ScenarioListItem {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly siteId: string | null;
  readonly updatedAt: string;
  readonly hasResult: boolean;
  readonly stale: boolean;
}

export interface ScenarioDocument extends Omit<ScenarioListItem, 'hasResult' | 'stale'> {
  readonly data: unknown;
  readonly createdAt: string;
}

export interface TaskInfo {
  readonly taskId: string;
  readonly scenarioId: string;
  readonly startedAt: string;
  readonly fraction: number;
}

export interface ResultSummary {
  readonly scenarioId: string;
  readonly computedAt: string;
  readonly stale: boolean;
  readonly timeline: { readonly startUtcMs: number; readonly stepMinutes: number; readonly length: number };
  readonly kpis: Record<string, number | string | null>;
  readonly meta: unknown;
  readonly seriesNames: readonly string[];
}

/** A commune found by name, postal or INSEE code (models/geo/communeSearch.ts), with its 3CL climate zone. */
export type CommuneSearchHit = CommuneHit & { readonly climateZone?: string };

/** A window of series, downsampled for drawing: one shared time axis, one value array per name. */
export interface SeriesWindow {
  readonly timesUtcMs: readonly number[];
  readonly series: Record<string, readonly number[]>;
  readonly sourcePoints: number;
}
const pathSchema = z.string().trim().min(1, { message: 'A file path is required' }).max(4096);

/** Output types are carried by phantom values so the map stays a single source of truth. */
const out = <T>() => undefined as unknown as T;

export const apiContract = {
  'app.info': { input: empty, output: out<AppInfo>() },
  'settings.get': { input: empty, output: out<Settings>() },
  'settings.update': { input: z.object({ locale: z.enum(['fr', 'en']) }).strict(), output: out<Settings>() },

  'projects.recent': { input: empty, output: out<RecentProject[]>() },
  'projects.forgetRecent': { input: z.object({ path: pathSchema }).strict(), output: out<RecentProject[]>() },
  'projects.examples': { input: empty, output: out<ExampleProject[]>() },
  'projects.create': { input: createProjectSchema, output: out<ProjectSummary>() },
  'projects.open': { input: z.object({ path: pathSchema.optional() }).strict(), output: out<ProjectSummary | null>() },
  'projects.openExample': { input: z.object({ id: z.string().min(1) }).strict(), output: out<ProjectSummary>() },
  'projects.saveAs': { input: z.object({ path: pathSchema.optional() }).strict(), output: out<ProjectSummary | null>() },
  'projects.close': { input: empty, output: out<null>() },
  'projects.current': { input: empty, output: out<ProjectSummary | null>() },

  'project.update': { input: projectHeaderPatchSchema, output: out<ProjectSummary>() },
  'project.history': { input: z.object({ limit: z.number().int().min(1).max(1000).default(50) }).strict(), output: out<AuditTrailEntry[]>() },
  'project.undo': { input: empty, output: out<UndoResult | null>() },

  'geo.searchCommunes': {
    input: z.object({ query: z.string().trim().min(2, { message: 'Type at least 2 characters' }).max(80), limit: z.number().int().min(1).max(30).default(10) }).strict(),
    output: out<CommuneSearchHit[]>(),
  },
  'sites.list': { input: empty, output: out<Site[]>() },
  'sites.create': { input: siteCreateSchema, output: out<Site>() },
  'sites.update': { input: sitePatchSchema, output: out<Site>() },
  'sites.delete': { input: z.object({ id: z.string().min(1) }).strict(), output: out<null>() },

  'scenarios.list': { input: z.object({ kind: scenarioKindSchema.optional() }).strict(), output: out<ScenarioListItem[]>() },
  'scenarios.get': { input: idInput, output: out<ScenarioDocument>() },
  'scenarios.create': {
    input: z
      .object({
        kind: z.literal('microgrid'),
        name: z.string().trim().min(1, { message: 'Name is required' }).max(200),
        siteId: z.string().min(1).optional(),
        template: z.enum(['blank', 'belle-ile']).default('blank'),
      })
      .strict(),
    output: out<ScenarioDocument>(),
  },
  'scenarios.update': {
    input: z
      .object({ id: z.string().min(1), name: z.string().trim().min(1, { message: 'Name is required' }).max(200).optional(), data: z.unknown().optional() })
      .strict(),
    output: out<ScenarioDocument>(),
  },
  'scenarios.duplicate': { input: z.object({ id: z.string().min(1), name: z.string().trim().min(1, { message: 'Name is required' }).max(200) }).strict(), output: out<ScenarioDocument>() },
  'scenarios.delete': { input: idInput, output: out<null>() },

  'simulation.run': { input: z.object({ scenarioId: z.string().min(1) }).strict(), output: out<{ taskId: string }>() },
  'simulation.cancel': { input: z.object({ taskId: z.string().min(1) }).strict(), output: out<boolean>() },
  'simulation.tasks': { input: empty, output: out<TaskInfo[]>() },

  'results.get': { input: z.object({ scenarioId: z.string().min(1) }).strict(), output: out<ResultSummary | null>() },
  'results.series': {
    input: z
      .object({
        scenarioId: z.string().min(1),
        names: z.array(z.string().min(1)).min(1).max(24),
        startUtcMs: z.number().optional(),
        endUtcMs: z.number().optional(),
        maxPoints: z.number().int().min(10).max(20_000).default(2000),
      })
      .strict(),
    output: out<SeriesWindow>(),
  },

  ...territoryContract,
  ...importExportContract,
} as const;

export type ApiContract = typeof apiContract;
export type ApiCallName = keyof ApiContract;
export type ApiInput<K extends ApiCallName> = z.input<ApiContract[K]['input']>;
export type ApiParsedInput<K extends ApiCallName> = z.output<ApiContract[K]['input']>;
export type ApiOutput<K extends ApiCallName> = ApiContract[K]['output'];

export const API_CALL_NAMES = Object.keys(apiContract) as ApiCallName[];

/** Events pushed from the Node side to the window. */
export interface ApiEvents {
  'project.changed': { readonly entity: string; readonly id?: string };
  'task.progress': { readonly taskId: string; readonly fraction: number; readonly message?: string };
  'task.done': { readonly taskId: string; readonly scenarioId: string; readonly status: 'done' | 'failed' | 'cancelled'; readonly message?: string };
  'menu.command': { readonly command: MenuCommand };
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENT_NAMES: readonly ApiEventName[] = ['project.changed', 'task.progress', 'task.done', 'menu.command'];

export type MenuCommand = 'new' | 'open' | 'save-as' | 'close' | 'undo' | 'about' | 'locale-fr' | 'locale-en';

/**
 * What the preload exposes as `window.ilot`. Results come back as envelopes because errors thrown
 * across Electron's context bridge lose everything but their message; the renderer's client
 * unwraps them into typed IlotApiError.
 */
export interface IlotBridge {
  invoke(name: ApiCallName, input: unknown): Promise<ApiResult<unknown>>;
  on(event: ApiEventName, listener: (payload: unknown) => void): () => void;
}

export type { ApiErrorData };
