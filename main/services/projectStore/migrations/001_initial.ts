import type { Migration } from './types';

/**
 * The project document model: project header, sites, their assets, scenarios and their results,
 * buildings and DPE audits, territories (portfolios, collective self-consumption operations)
 * and the audit trail. Entity payloads that the models/ schemas own are JSON columns checked with
 * json_valid, so a later schema change in models/ does not need a SQL migration.
 */
export const migration001: Migration = {
  version: 1,
  description: 'initial project document model',
  up(db) {
    db.exec(`
      CREATE TABLE project (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        client TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        app_version TEXT NOT NULL
      );
      CREATE TABLE sites (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        commune TEXT NOT NULL DEFAULT '',
        lat_deg REAL NOT NULL,
        lon_deg REAL NOT NULL,
        elevation_m REAL NOT NULL DEFAULT 0,
        departement TEXT,
        climate_zone TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE assets (
        id TEXT PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('pv', 'storage', 'vehicle', 'load', 'flexible-load', 'grid', 'building-volume')),
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX assets_by_site ON assets(site_id, kind);
      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        site_id TEXT REFERENCES sites(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('microgrid', 'acc', 'flex', 'renovation')),
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE results (
        scenario_id TEXT PRIMARY KEY REFERENCES scenarios(id) ON DELETE CASCADE,
        inputs_hash TEXT NOT NULL,
        computed_at TEXT NOT NULL,
        timeline TEXT NOT NULL CHECK (json_valid(timeline)),
        kpis TEXT NOT NULL CHECK (json_valid(kpis)),
        meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta))
      );
      CREATE TABLE result_series (
        scenario_id TEXT NOT NULL REFERENCES results(scenario_id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        dtype TEXT NOT NULL CHECK (dtype IN ('f64', 'f32')),
        data BLOB NOT NULL,
        PRIMARY KEY (scenario_id, name)
      );
      CREATE TABLE buildings (
        id TEXT PRIMARY KEY,
        site_id TEXT REFERENCES sites(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE audits (
        id TEXT PRIMARY KEY,
        building_id TEXT NOT NULL REFERENCES buildings(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        source_xml TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE territories (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('portfolio', 'acc-operation')),
        name TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE audit_trail (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        change_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        undone INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX audit_trail_by_change ON audit_trail(change_id);
    `);
  },
};
