import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './index';

describe('migration 001: initial project document model', () => {

  it('creates every table of the document model and sets user_version 1', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 1)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['project', 'sites', 'assets', 'scenarios', 'results', 'result_series', 'buildings', 'audits', 'territories', 'audit_trail']));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('enforces JSON payloads and cascades assets with their site', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare("INSERT INTO sites (id, name, lat_deg, lon_deg, created_at, updated_at) VALUES ('s', 'Site', 47.3, -3.2, 'x', 'x')").run();
    expect(() => db.prepare("INSERT INTO assets (id, site_id, kind, name, data, created_at, updated_at) VALUES ('a', 's', 'pv', 'PV', 'not json', 'x', 'x')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO assets (id, site_id, kind, name, data, created_at, updated_at) VALUES ('a', 's', 'pv', 'PV', '{}', 'x', 'x')").run();
    db.prepare("DELETE FROM sites WHERE id = 's'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM assets').get()).toEqual({ n: 0 });
  });

  it('rolls back entirely when a migration fails half-way', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE sites (x)'); // collides with the migration's second table
    expect(() => migrate(db, 1)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'project'").get()).toEqual({ n: 0 });
  });
});
