import type { Database } from 'better-sqlite3';

/** One schema step. `version` is the `PRAGMA user_version` after it runs; `up` runs inside a transaction. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  up(db: Database): void;
}
