/**
 * Entry points to project files: create, open (with every refusal explained), save as, export.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, extname } from 'node:path';
import Database from 'better-sqlite3';
import { conflict, projectFileError } from '../../../models/api/errors';
import { createDatabase, openExistingDatabase, PROJECT_EXTENSION, type OpenOptions } from './openDatabase';
import { acquireLock, isOpenInThisProcess, releaseLock, type LockOwner } from './projectLock';
import { ProjectStore } from './projectStore';

export { ProjectStore } from './projectStore';
export type { ImportedSeriesKind, ImportedSeriesSummary, ScenarioKind, ScenarioRecord, ScenarioSummary, StoredResult, StoredResultInput, DocumentRecord } from './projectStore';
export { PROJECT_EXTENSION, ILOT_APPLICATION_ID } from './openDatabase';
export { LATEST_SCHEMA_VERSION } from './migrations';

export const APP_VERSION = '0.1.0';

export interface OpenedProject {
  readonly store: ProjectStore;
  /** Set when another live process has the same file open. */
  readonly openedElsewhere: LockOwner | null;
}

export interface StoreOptions extends OpenOptions {
  /** Take the cross-process lock (the app does; the CLI reading a file does not need to). */
  readonly lock?: boolean;
}

function withLock(file: string, db: Database.Database, options: StoreOptions): OpenedProject {
  const store = new ProjectStore(db, file);
  if (options.lock === false) return { store, openedElsewhere: null };
  const other = acquireLock(file);
  const close = store.close.bind(store);
  store.close = () => {
    close();
    releaseLock(file);
  };
  return { store, openedElsewhere: other };
}

export function createProject(
  file: string,
  header: { name: string; client?: string },
  options: StoreOptions = {},
): OpenedProject {
  if (extname(file) !== PROJECT_EXTENSION) throw projectFileError(`A project file name must end with ${PROJECT_EXTENSION}`, 'extension');
  const db = createDatabase(file, options);
  const opened = withLock(file, db, options);
  opened.store.initHeader(header.name, header.client ?? '', APP_VERSION);
  return opened;
}

export function openProjectFile(file: string, options: StoreOptions = {}): OpenedProject {
  if (options.lock !== false && isOpenInThisProcess(file)) {
    throw conflict(`${basename(file)} is already open in this window`, 'already-open');
  }
  return withLock(file, openExistingDatabase(file, options), options);
}

/** Opens a project without taking the lock: for the CLI and services that read or compute. */
export function openProject(file: string, options: OpenOptions = {}): ProjectStore {
  return openProjectFile(file, { ...options, lock: false }).store;
}

/**
 * Writes a consistent copy through SQLite's backup API to a temporary file, checks it, flushes it
 * to disk and renames it into place, so the target is either the old file or the complete copy.
 */
export async function backupProject(store: ProjectStore, target: string): Promise<void> {
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { force: true });
  try {
    await store.db.backup(temp);
    const check = new Database(temp, { readonly: true, fileMustExist: true });
    try {
      const result = check.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw projectFileError(`The copy failed its integrity check (${String(result)})`, 'corrupt');
    } finally {
      check.close();
    }
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** "Enregistrer sous": copy to `target`, then continue on the copy. */
export async function saveProjectAs(store: ProjectStore, target: string, options: StoreOptions = {}): Promise<OpenedProject> {
  if (extname(target) !== PROJECT_EXTENSION) throw projectFileError(`A project file name must end with ${PROJECT_EXTENSION}`, 'extension');
  await backupProject(store, target);
  store.close();
  return openProjectFile(target, options);
}

/** The whole project document as plain JSON (results as KPIs only, series by name). */
export function exportProjectJson(store: ProjectStore): Record<string, unknown> {
  const scenarios = store.listScenarios().map((s) => {
    const result = store.getScenarioResult(s.id, []);
    return {
      ...store.getScenario(s.id),
      result: result && { computedAt: result.computedAt, stale: result.stale, timeline: result.timeline, kpis: result.kpis, series: result.seriesNames },
    };
  });
  return {
    format: 'ilot-project',
    project: store.header(),
    sites: store.listSites(),
    scenarios,
    buildings: store.listDocuments('building'),
    audits: store.listDocuments('audit'),
    territories: store.listDocuments('territory'),
    historyLength: store.history(1_000_000).length,
  };
}
