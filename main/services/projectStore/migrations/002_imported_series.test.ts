import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './index';

describe('migration 002: imported weather and load series', () => {
  it('upgrades a version-1 file, keeping its data', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare("INSERT INTO project (id, name, created_at, updated_at, app_version) VALUES (1, 'Ancien', 'x', 'x', '0.0.1')").run();
    expect(migrate(db)).toBe(2);
    expect(db.prepare('SELECT name FROM project').get()).toEqual({ name: 'Ancien' });
    db.prepare("INSERT INTO imported_series (id, kind, name, timeline, created_at) VALUES ('w', 'weather', 'PVGIS', '{}', 'x')").run();
    db.prepare("INSERT INTO imported_series_data (series_id, channel, data) VALUES ('w', 'ghi', x'00')").run();
    db.prepare("DELETE FROM imported_series WHERE id = 'w'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM imported_series_data').get()).toEqual({ n: 0 });
  });

  it('refuses an unknown series kind', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(() => db.prepare("INSERT INTO imported_series (id, kind, name, timeline, created_at) VALUES ('w', 'video', 'x', '{}', 'x')").run()).toThrow(/CHECK/);
  });
});
