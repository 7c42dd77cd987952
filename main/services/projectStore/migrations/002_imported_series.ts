import type { Migration } from './types';

/**
 * Imported reference data (weather years, measured load curves) stored once in the project file
 * and referenced by scenarios, so a project stays complete when the source file is gone.
 */
export const migration002: Migration = {
  version: 2,
  description: 'imported weather and load series',
  up(db) {
    db.exec(`
      CREATE TABLE imported_series (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('weather', 'load', 'price', 'co2')),
        name TEXT NOT NULL,
        source_file TEXT NOT NULL DEFAULT '',
        meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta)),
        timeline TEXT NOT NULL CHECK (json_valid(timeline)),
        created_at TEXT NOT NULL
      );
      CREATE TABLE imported_series_data (
        series_id TEXT NOT NULL REFERENCES imported_series(id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (series_id, channel)
      );
      CREATE INDEX audit_trail_by_entity ON audit_trail(entity, entity_id);
    `);
  },
};
