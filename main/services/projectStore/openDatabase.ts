/**
 * Opening a project file safely: refuse what is not an Ilot project, what a newer Ilot wrote and
 * what is damaged, each with its own reason, before anything is written to it.
 * Durability settings follow NOTES-stack.md: WAL with synchronous = FULL, foreign keys on.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { projectFileError } from '../../../models/api/errors';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';

/** `PRAGMA application_id` of every Ilot project: the bytes "ILOT". */
export const ILOT_APPLICATION_ID = 0x494c4f54;
export const PROJECT_EXTENSION = '.ilot';
const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenOptions {
  /** Path of better-sqlite3's native addon (the Electron build in the packaged app). */
  readonly nativeBinding?: string;
  readonly readonly?: boolean;
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const n = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** Creates a new, empty project file at the latest schema version. */
export function createDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (existsSync(file)) throw projectFileError(`A file already exists at ${file}`, 'exists');
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  applyPragmas(db);
  db.pragma(`application_id = ${ILOT_APPLICATION_ID}`);
  migrate(db);
  return db;
}

/**
 * Opens an existing project file, checking in order: it exists, it is SQLite, it is an Ilot project,
 * it is not from a newer version, it is intact; then migrates an older file (keeping a copy first).
 */
export function openExistingDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (!existsSync(file)) throw projectFileError(`No project file at ${file}`, 'missing');
  if (statSync(file).isDirectory()) throw projectFileError(`${file} is a folder, not a project file`, 'not-ilot');
  if (readHeader(file) !== SQLITE_HEADER) {
    throw projectFileError(`${file} is not an Ilot project (not a SQLite database)`, 'not-ilot');
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== ILOT_APPLICATION_ID) {
      throw projectFileError(`${file} is a SQLite database of another application, not an Ilot project`, 'not-ilot');
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw projectFileError(
        `${file} was written by a newer version of Ilot (format ${version}, this version reads up to ${LATEST_SCHEMA_VERSION}). Update Ilot to open it.`,
        'newer-version',
      );
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw projectFileError(`${file} is damaged (${check})`, 'corrupt');
    if (version < LATEST_SCHEMA_VERSION && !options.readonly) {
      // Keep the file as it was before changing its format: nothing saved is ever lost.
      copyFileSync(file, `${file}.v${version}.bak`);
      if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${file}.v${version}.bak-wal`);
    }
    applyPragmas(db);
    if (version < LATEST_SCHEMA_VERSION && !options.readonly) migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof Error && error.name === 'IlotApiError') throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_IOERR')) {
      throw projectFileError(`${file} is damaged or truncated and cannot be read (${code})`, 'corrupt');
    }
    throw projectFileError(`${file} cannot be opened: ${(error as Error).message}`, 'unreadable');
  }
}
