/**
 * The audit trail: every change records when, which entity, which field, old and new value,
 * grouped by change so that one user action can be undone as a whole.
 * `undone`: 0 = a live change, 1 = a change that was undone, 2 = the record of an undo itself.
 */
import type { Database } from 'better-sqlite3';
import type { AuditTrailEntry, EntityKind } from '../../../models/project/schemas';

export interface TrailWrite {
  readonly entity: EntityKind;
  readonly entityId: string;
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

export class AuditTrail {
  constructor(private readonly db: Database) {}

  nextChangeId(): number {
    const row = this.db.prepare('SELECT COALESCE(MAX(change_id), 0) + 1 AS id FROM audit_trail').get() as { id: number };
    return row.id;
  }

  record(changeId: number, at: string, entries: readonly TrailWrite[], undone = 0): void {
    const insert = this.db.prepare(
      `INSERT INTO audit_trail (change_id, at, entity, entity_id, field, old_value, new_value, undone)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of entries) {
      insert.run(changeId, at, e.entity, e.entityId, e.field, encode(e.oldValue), encode(e.newValue), undone);
    }
  }

  /** The entries of the most recent live change, newest first, or an empty list. */
  lastLiveChange(): AuditTrailEntry[] {
    const last = this.db
      .prepare('SELECT MAX(change_id) AS id FROM audit_trail WHERE undone = 0')
      .get() as { id: number | null };
    if (last.id === null) return [];
    const rows = this.db
      .prepare('SELECT * FROM audit_trail WHERE change_id = ? ORDER BY seq DESC')
      .all(last.id) as TrailRow[];
    return rows.map(toEntry);
  }

  markUndone(changeId: number): void {
    this.db.prepare('UPDATE audit_trail SET undone = 1 WHERE change_id = ?').run(changeId);
  }

  list(limit: number, entity?: EntityKind, entityId?: string): AuditTrailEntry[] {
    const rows = (
      entity
        ? this.db
            .prepare('SELECT * FROM audit_trail WHERE entity = ? AND (? IS NULL OR entity_id = ?) ORDER BY seq DESC LIMIT ?')
            .all(entity, entityId ?? null, entityId ?? null, limit)
        : this.db.prepare('SELECT * FROM audit_trail ORDER BY seq DESC LIMIT ?').all(limit)
    ) as TrailRow[];
    return rows.map(toEntry);
  }
}

interface TrailRow {
  seq: number;
  change_id: number;
  at: string;
  entity: EntityKind;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  undone: number;
}

function encode(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function decode(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

function toEntry(row: TrailRow): AuditTrailEntry {
  return {
    seq: row.seq,
    changeId: row.change_id,
    at: row.at,
    entity: row.entity,
    entityId: row.entity_id,
    field: row.field,
    oldValue: decode(row.old_value),
    newValue: decode(row.new_value),
    undone: row.undone !== 0,
  };
}
