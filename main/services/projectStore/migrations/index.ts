import type { Database } from 'better-sqlite3';
import { migration001 } from './001_initial';
import { migration002 } from './002_imported_series';
import type { Migration } from './types';

/** All migrations in order. Append only: never edit a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Brings the file up to `target` (default latest), one transaction per migration. */
export function migrate(db: Database, target = LATEST_SCHEMA_VERSION): number {
  let current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    current = m.version;
  }
  return current;
}
