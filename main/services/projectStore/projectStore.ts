/**
 * One open project file. Every write runs in one transaction and appends to the audit trail;
 * results (derived data) are stored beside their scenario with the hash of the inputs they came
 * from, so the UI can tell when they are stale.
 */
import type Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { notFound } from '../../../models/api/errors';
import type { Timeline } from '../../../models/core/timeline';
import type { AuditTrailEntry, EntityKind, ProjectHeader, ProjectHeaderPatch, Site, SiteFields } from '../../../models/project/schemas';
import { AuditTrail, type TrailWrite } from './auditTrail';
import { ENTITY_TABLES, entityToColumns, rowToEntity } from './entityTables';

export type ScenarioKind = 'microgrid' | 'acc' | 'flex' | 'renovation';
export type TerritoryKind = 'portfolio' | 'acc-operation';

export interface ScenarioRecord {
  readonly id: string;
  readonly siteId: string | null;
  readonly kind: ScenarioKind;
  readonly name: string;
  readonly data: unknown;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ScenarioSummary extends Omit<ScenarioRecord, 'data'> {
  readonly hasResult: boolean;
  readonly stale: boolean;
}

export interface StoredResultInput {
  readonly timeline: Timeline;
  readonly kpis: Readonly<Record<string, number | string | null>>;
  readonly series: Readonly<Record<string, Float64Array>>;
  readonly meta?: unknown;
}

export interface StoredResult {
  readonly scenarioId: string;
  readonly computedAt: string;
  readonly timeline: Timeline;
  readonly kpis: Record<string, number | string | null>;
  readonly meta: unknown;
  readonly seriesNames: string[];
  readonly series: Record<string, Float64Array>;
  readonly stale: boolean;
}

export type ImportedSeriesKind = 'weather' | 'load' | 'price' | 'co2';

export interface ImportedSeriesSummary {
  readonly id: string;
  readonly kind: ImportedSeriesKind;
  readonly name: string;
  readonly sourceFile: string;
  readonly meta: unknown;
  readonly timeline: Timeline;
  readonly createdAt: string;
}

export interface DocumentRecord {
  readonly id: string;
  readonly kind?: string;
  readonly name: string;
  readonly data: unknown;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const nowIso = (): string => new Date().toISOString();

export class ProjectStore {
  private readonly trail: AuditTrail;
  private closed = false;

  constructor(
    readonly db: Database.Database,
    readonly file: string,
  ) {
    this.trail = new AuditTrail(db);
  }

  // ---- project header -------------------------------------------------------------------------

  header(): ProjectHeader {
    const row = this.db.prepare('SELECT * FROM project WHERE id = 1').get() as Record<string, unknown> | undefined;
    if (!row) throw notFound('The project header is missing from the file');
    return rowToEntity('project', row) as unknown as ProjectHeader;
  }

  initHeader(name: string, client: string, appVersion: string): void {
    const at = nowIso();
    this.db
      .prepare('INSERT INTO project (id, name, client, notes, created_at, updated_at, app_version) VALUES (1, ?, ?, \'\', ?, ?, ?)')
      .run(name, client, at, at, appVersion);
  }

  updateHeader(patch: ProjectHeaderPatch): ProjectHeader {
    this.change((changeId, at) => this.updateFields('project', '1', patch, changeId, at));
    return this.header();
  }

  // ---- sites ----------------------------------------------------------------------------------

  listSites(): Site[] {
    const rows = this.db.prepare('SELECT * FROM sites ORDER BY position, created_at').all() as Record<string, unknown>[];
    return rows.map((r) => normaliseSite(rowToEntity('site', r)));
  }

  getSite(id: string): Site {
    return normaliseSite(this.getEntity('site', id));
  }

  createSite(fields: SiteFields): Site {
    const id = randomUUID();
    const position = (this.db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS p FROM sites').get() as { p: number }).p;
    this.change((changeId, at) => this.insertEntity('site', { id, position, ...fields, createdAt: at, updatedAt: at }, changeId, at));
    return this.getSite(id);
  }

  updateSite(id: string, patch: Partial<SiteFields>): Site {
    this.change((changeId, at) => this.updateFields('site', id, patch, changeId, at));
    return this.getSite(id);
  }

  deleteSite(id: string): void {
    this.change((changeId, at) => this.deleteEntity('site', id, changeId, at));
  }

  // ---- scenarios and results ------------------------------------------------------------------

  listScenarios(kind?: ScenarioKind): ScenarioSummary[] {
    const rows = (
      kind
        ? this.db.prepare('SELECT * FROM scenarios WHERE kind = ? ORDER BY position, created_at').all(kind)
        : this.db.prepare('SELECT * FROM scenarios ORDER BY position, created_at').all()
    ) as Record<string, unknown>[];
    const hashes = new Map(
      (this.db.prepare('SELECT scenario_id, inputs_hash FROM results').all() as Array<{ scenario_id: string; inputs_hash: string }>).map(
        (r) => [r.scenario_id, r.inputs_hash],
      ),
    );
    return rows.map((row) => {
      const record = rowToEntity('scenario', row) as unknown as ScenarioRecord;
      const stored = hashes.get(record.id);
      const { data: _data, ...summary } = record;
      return { ...summary, hasResult: stored !== undefined, stale: stored !== undefined && stored !== this.inputsHash(record) };
    });
  }

  getScenario(id: string): ScenarioRecord {
    return this.getEntity('scenario', id) as unknown as ScenarioRecord;
  }

  createScenario(input: { kind: ScenarioKind; name: string; siteId?: string | null; data: unknown }): ScenarioRecord {
    const id = randomUUID();
    const position = (this.db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS p FROM scenarios').get() as { p: number }).p;
    this.change((changeId, at) =>
      this.insertEntity(
        'scenario',
        { id, kind: input.kind, name: input.name, siteId: input.siteId ?? null, data: input.data, position, createdAt: at, updatedAt: at },
        changeId,
        at,
      ),
    );
    return this.getScenario(id);
  }

  updateScenario(id: string, patch: { name?: string; data?: unknown; siteId?: string | null }): ScenarioRecord {
    this.change((changeId, at) => this.updateFields('scenario', id, patch, changeId, at));
    return this.getScenario(id);
  }

  duplicateScenario(id: string, name: string): ScenarioRecord {
    const source = this.getScenario(id);
    return this.createScenario({ kind: source.kind, name, siteId: source.siteId, data: source.data });
  }

  deleteScenario(id: string): void {
    this.change((changeId, at) => this.deleteEntity('scenario', id, changeId, at));
  }

  /** Hash of everything a scenario's result depends on that lives in the project file. */
  inputsHash(scenario: ScenarioRecord): string {
    const site = scenario.siteId ? this.db.prepare('SELECT * FROM sites WHERE id = ?').get(scenario.siteId) : null;
    const sanitizedSite = site ? { ...(site as Record<string, unknown>), updated_at: undefined, position: undefined } : null;
    return createHash('sha256').update(JSON.stringify([scenario.kind, scenario.data, sanitizedSite])).digest('hex');
  }

  saveScenarioResult(scenarioId: string, result: StoredResultInput): void {
    const scenario = this.getScenario(scenarioId);
    const hash = this.inputsHash(scenario);
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM results WHERE scenario_id = ?').run(scenarioId);
      this.db
        .prepare('INSERT INTO results (scenario_id, inputs_hash, computed_at, timeline, kpis, meta) VALUES (?, ?, ?, ?, ?, ?)')
        .run(scenarioId, hash, nowIso(), JSON.stringify(result.timeline), JSON.stringify(result.kpis), JSON.stringify(result.meta ?? {}));
      const insert = this.db.prepare('INSERT INTO result_series (scenario_id, name, dtype, data) VALUES (?, ?, \'f64\', ?)');
      for (const [name, series] of Object.entries(result.series)) {
        insert.run(scenarioId, name, Buffer.from(series.buffer, series.byteOffset, series.byteLength));
      }
    })();
  }

  /** The stored result, with only the series named in `seriesNames` loaded (all when omitted). */
  getScenarioResult(scenarioId: string, seriesNames?: readonly string[]): StoredResult | null {
    const row = this.db.prepare('SELECT * FROM results WHERE scenario_id = ?').get(scenarioId) as
      | { computed_at: string; timeline: string; kpis: string; meta: string; inputs_hash: string }
      | undefined;
    if (!row) return null;
    const names = (this.db.prepare('SELECT name FROM result_series WHERE scenario_id = ? ORDER BY name').all(scenarioId) as Array<{ name: string }>).map(
      (r) => r.name,
    );
    const wanted = seriesNames ?? names;
    const series: Record<string, Float64Array> = {};
    const select = this.db.prepare('SELECT data FROM result_series WHERE scenario_id = ? AND name = ?');
    for (const name of wanted) {
      const blob = select.get(scenarioId, name) as { data: Buffer } | undefined;
      if (!blob) continue;
      // Copy into an aligned buffer: SQLite blobs carry no alignment guarantee.
      const copy = new Float64Array(blob.data.byteLength / 8);
      new Uint8Array(copy.buffer).set(blob.data);
      series[name] = copy;
    }
    return {
      scenarioId,
      computedAt: row.computed_at,
      timeline: JSON.parse(row.timeline) as Timeline,
      kpis: JSON.parse(row.kpis) as Record<string, number | string | null>,
      meta: JSON.parse(row.meta) as unknown,
      seriesNames: names,
      series,
      stale: row.inputs_hash !== this.inputsHash(this.getScenario(scenarioId)),
    };
  }

  // ---- imported series (weather years, measured loads) ----------------------------------------

  saveImportedSeries(input: {
    kind: ImportedSeriesKind;
    name: string;
    sourceFile?: string;
    timeline: Timeline;
    meta?: unknown;
    channels: Readonly<Record<string, Float64Array>>;
  }): ImportedSeriesSummary {
    const id = randomUUID();
    const at = nowIso();
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO imported_series (id, kind, name, source_file, meta, timeline, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.kind, input.name, input.sourceFile ?? '', JSON.stringify(input.meta ?? {}), JSON.stringify(input.timeline), at);
      const insert = this.db.prepare('INSERT INTO imported_series_data (series_id, channel, data) VALUES (?, ?, ?)');
      for (const [channel, data] of Object.entries(input.channels)) {
        insert.run(id, channel, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      }
    })();
    return this.listImportedSeries().find((s) => s.id === id)!;
  }

  listImportedSeries(kind?: ImportedSeriesKind): ImportedSeriesSummary[] {
    const rows = (
      kind
        ? this.db.prepare('SELECT id, kind, name, source_file, meta, timeline, created_at FROM imported_series WHERE kind = ? ORDER BY created_at').all(kind)
        : this.db.prepare('SELECT id, kind, name, source_file, meta, timeline, created_at FROM imported_series ORDER BY created_at').all()
    ) as Array<{ id: string; kind: ImportedSeriesKind; name: string; source_file: string; meta: string; timeline: string; created_at: string }>;
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      sourceFile: r.source_file,
      meta: JSON.parse(r.meta) as unknown,
      timeline: JSON.parse(r.timeline) as Timeline,
      createdAt: r.created_at,
    }));
  }

  getImportedSeries(id: string): (ImportedSeriesSummary & { channels: Record<string, Float64Array> }) | null {
    const summary = this.listImportedSeries().find((s) => s.id === id);
    if (!summary) return null;
    const rows = this.db.prepare('SELECT channel, data FROM imported_series_data WHERE series_id = ?').all(id) as Array<{ channel: string; data: Buffer }>;
    const channels: Record<string, Float64Array> = {};
    for (const row of rows) {
      const copy = new Float64Array(row.data.byteLength / 8);
      new Uint8Array(copy.buffer).set(row.data);
      channels[row.channel] = copy;
    }
    return { ...summary, channels };
  }

  // ---- generic JSON documents: buildings, audits, territories ----------------------------------

  listDocuments(entity: 'territory' | 'building' | 'audit', kind?: string): DocumentRecord[] {
    const spec = ENTITY_TABLES[entity];
    const rows = (
      kind && 'kind' in spec.columns
        ? this.db.prepare(`SELECT * FROM ${spec.table} WHERE kind = ? ORDER BY created_at`).all(kind)
        : this.db.prepare(`SELECT * FROM ${spec.table} ORDER BY created_at`).all()
    ) as Record<string, unknown>[];
    return rows.map((r) => rowToEntity(entity, r) as unknown as DocumentRecord);
  }

  getDocument(entity: 'territory' | 'building' | 'audit', id: string): DocumentRecord {
    return this.getEntity(entity, id) as unknown as DocumentRecord;
  }

  createDocument(entity: 'territory' | 'building' | 'audit', fields: Record<string, unknown>): DocumentRecord {
    const id = randomUUID();
    this.change((changeId, at) => this.insertEntity(entity, { id, ...fields, createdAt: at, updatedAt: at }, changeId, at));
    return this.getDocument(entity, id);
  }

  updateDocument(entity: 'territory' | 'building' | 'audit', id: string, patch: Record<string, unknown>): DocumentRecord {
    this.change((changeId, at) => this.updateFields(entity, id, patch, changeId, at));
    return this.getDocument(entity, id);
  }

  deleteDocument(entity: 'territory' | 'building' | 'audit', id: string): void {
    this.change((changeId, at) => this.deleteEntity(entity, id, changeId, at));
  }

  // ---- history --------------------------------------------------------------------------------

  history(limit = 50, entity?: EntityKind, entityId?: string): AuditTrailEntry[] {
    return this.trail.list(limit, entity, entityId);
  }

  /** Undoes the most recent change as a whole; returns its entries, or null when nothing is left. */
  undo(): AuditTrailEntry[] | null {
    const entries = this.trail.lastLiveChange();
    if (entries.length === 0) return null;
    const at = nowIso();
    this.db.transaction(() => {
      const reverse: TrailWrite[] = [];
      for (const e of entries) {
        const spec = ENTITY_TABLES[e.entity];
        if (e.field === '*') {
          if (e.oldValue === null) {
            this.db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(e.entityId);
          } else {
            this.insertRow(e.entity, e.oldValue as Record<string, unknown>);
          }
        } else {
          const columns = entityToColumns(e.entity, { [e.field]: e.oldValue ?? null });
          const [column, value] = Object.entries(columns)[0] ?? [spec.columns[e.field], null];
          this.db.prepare(`UPDATE ${spec.table} SET ${column} = ?, updated_at = ? WHERE id = ?`).run(value, at, e.entityId);
        }
        reverse.push({ entity: e.entity, entityId: e.entityId, field: e.field, oldValue: e.newValue, newValue: e.oldValue });
      }
      this.trail.markUndone(entries[0].changeId);
      this.trail.record(this.trail.nextChangeId(), at, reverse, 2);
    })();
    return entries;
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }

  // ---- internals ------------------------------------------------------------------------------

  private change(write: (changeId: number, at: string) => void): void {
    this.db.transaction(() => write(this.trail.nextChangeId(), nowIso()))();
  }

  private getEntity(entity: EntityKind, id: string): Record<string, unknown> {
    const spec = ENTITY_TABLES[entity];
    const row = this.db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound(`No ${entity} with id ${id} in this project`);
    return rowToEntity(entity, row);
  }

  private insertRow(entity: EntityKind, fields: Record<string, unknown>): void {
    const columns = entityToColumns(entity, fields);
    const names = Object.keys(columns);
    this.db
      .prepare(`INSERT INTO ${ENTITY_TABLES[entity].table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
      .run(...Object.values(columns));
  }

  private insertEntity(entity: EntityKind, fields: Record<string, unknown>, changeId: number, at: string): void {
    this.insertRow(entity, fields);
    this.trail.record(changeId, at, [{ entity, entityId: String(fields.id), field: '*', oldValue: null, newValue: this.getEntity(entity, String(fields.id)) }]);
  }

  private updateFields(entity: EntityKind, id: string, patch: Record<string, unknown>, changeId: number, at: string): void {
    const before = this.getEntity(entity, id);
    const writes: TrailWrite[] = [];
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (JSON.stringify(before[field] ?? null) === JSON.stringify(value)) continue;
      writes.push({ entity, entityId: id, field, oldValue: before[field] ?? null, newValue: value });
    }
    if (writes.length === 0) return;
    const columns = entityToColumns(entity, Object.fromEntries(writes.map((w) => [w.field, w.newValue])));
    const sets = Object.keys(columns).map((c) => `${c} = ?`);
    this.db
      .prepare(`UPDATE ${ENTITY_TABLES[entity].table} SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`)
      .run(...Object.values(columns), at, entity === 'project' ? 1 : id);
    this.trail.record(changeId, at, writes);
  }

  private deleteEntity(entity: EntityKind, id: string, changeId: number, at: string): void {
    const spec = ENTITY_TABLES[entity];
    const before = this.getEntity(entity, id);
    for (const child of spec.children ?? []) {
      const childSpec = ENTITY_TABLES[child.entity];
      const ids = this.db.prepare(`SELECT id FROM ${childSpec.table} WHERE ${child.foreignKey} = ?`).all(id) as Array<{ id: string }>;
      for (const c of ids) this.deleteEntity(child.entity, c.id, changeId, at);
    }
    this.db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(id);
    this.trail.record(changeId, at, [{ entity, entityId: id, field: '*', oldValue: before, newValue: null }]);
  }
}

function normaliseSite(raw: Record<string, unknown>): Site {
  const { position: _position, ...rest } = raw;
  return {
    ...rest,
    departement: (rest.departement as string | null) ?? undefined,
    climateZone: (rest.climateZone as Site['climateZone'] | null) ?? undefined,
  } as Site;
}
