import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IlotApiError } from '../../../models/api/errors';
import { migrate } from './migrations';
import { createProject, LATEST_SCHEMA_VERSION, openProject, openProjectFile, saveProjectAs } from './index';
import { ILOT_APPLICATION_ID } from './openDatabase';
import { tempDir } from './testing/tempDir';

function reasonOf(fn: () => unknown): { reason?: string; message: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(IlotApiError);
    return { reason: (error as IlotApiError).reason, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('opening project files', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('creates a project, closes it and reads it back', () => {
    const file = tmp.path('a.ilot');
    const { store } = createProject(file, { name: 'Belle-Île', client: 'Commune' });
    store.close();
    const again = openProject(file);
    expect(again.header()).toMatchObject({ name: 'Belle-Île', client: 'Commune' });
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(again.db.pragma('foreign_keys', { simple: true })).toBe(1);
    again.close();
  });

  it('refuses a file written by a newer version, saying so', () => {
    const file = tmp.path('newer.ilot');
    createProject(file, { name: 'x' }).store.close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const { reason, message } = reasonOf(() => openProject(file));
    expect(reason).toBe('newer-version');
    expect(message).toMatch(/newer version of Ilot/);
  });

  it('refuses garbage, another SQLite database and a truncated project, each with its reason', () => {
    const garbage = tmp.path('garbage.ilot');
    writeFileSync(garbage, 'PK\u0003\u0004 this is a zip, not a project'.repeat(200));
    expect(reasonOf(() => openProject(garbage)).reason).toBe('not-ilot');

    const foreign = tmp.path('foreign.ilot');
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(reasonOf(() => openProject(foreign)).message).toMatch(/another application/);

    const truncated = tmp.path('truncated.ilot');
    const { store } = createProject(truncated, { name: 'x' });
    for (let i = 0; i < 50; i++) store.createSite({ name: `Site ${i}`, commune: '', latDeg: 47, lonDeg: -3, elevationM: 0 });
    store.close();
    truncateSync(truncated, 6000);
    expect(reasonOf(() => openProject(truncated)).reason).toBe('corrupt');

    const empty = tmp.path('empty.ilot');
    writeFileSync(empty, '');
    expect(reasonOf(() => openProject(empty)).reason).toBe('not-ilot');
    expect(reasonOf(() => openProject(tmp.path('missing.ilot'))).reason).toBe('missing');
  });

  it('migrates an older file after keeping a copy of it', () => {
    const file = tmp.path('old.ilot');
    const db = new Database(file);
    db.pragma(`application_id = ${ILOT_APPLICATION_ID}`);
    migrate(db, 1);
    db.prepare("INSERT INTO project (id, name, created_at, updated_at, app_version) VALUES (1, 'V1', 'x', 'x', '0.0.1')").run();
    db.close();
    const store = openProject(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.header().name).toBe('V1');
    store.close();
    expect(existsSync(`${file}.v1.bak`)).toBe(true);
  });

  it('detects the same project opened twice', () => {
    const file = tmp.path('twice.ilot');
    const first = createProject(file, { name: 'x' });
    expect(reasonOf(() => openProjectFile(file)).reason).toBe('already-open');
    first.store.close();
    const second = openProjectFile(file);
    expect(second.openedElsewhere).toBeNull();
    second.store.close();
  });

  it('warns when another live process holds the file', () => {
    const file = tmp.path('other.ilot');
    createProject(file, { name: 'x' }, { lock: false }).store.close();
    // The parent of this test process is alive: pretend it opened the file.
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), openedAt: 'x' }));
    const opened = openProjectFile(file);
    expect(opened.openedElsewhere?.pid).toBe(process.ppid);
    opened.store.close();
  });

  it('saves as a checked copy and continues on it', async () => {
    const file = tmp.path('orig.ilot');
    const { store } = createProject(file, { name: 'Original' });
    store.createSite({ name: 'Port', commune: 'Le Palais', latDeg: 47.35, lonDeg: -3.15, elevationM: 10 });
    const copy = tmp.path('copy.ilot');
    const { store: saved } = await saveProjectAs(store, copy);
    expect(saved.file).toBe(copy);
    expect(saved.listSites().map((s) => s.name)).toEqual(['Port']);
    saved.close();
    copyFileSync(copy, tmp.path('copy2.ilot'));
    expect(readFileSync(copy).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(existsSync(`${copy}.tmp-${process.pid}`)).toBe(false);
  });
});
