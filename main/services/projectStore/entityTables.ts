/**
 * How each entity of the project document maps onto its table, so changes, the audit trail and
 * undo are written once for all entities.
 */
import type { EntityKind } from '../../../models/project/schemas';

export interface EntityTable {
  readonly table: string;
  /** API field name → SQL column. */
  readonly columns: Readonly<Record<string, string>>;
  /** Columns stored as JSON text. */
  readonly jsonColumns: ReadonlySet<string>;
  /** Child entities deleted explicitly (and recorded) before this one, so undo can restore them. */
  readonly children?: ReadonlyArray<{ entity: EntityKind; foreignKey: string }>;
}

const TIMESTAMPS = { createdAt: 'created_at', updatedAt: 'updated_at' } as const;

export const ENTITY_TABLES: Readonly<Record<EntityKind, EntityTable>> = {
  project: {
    table: 'project',
    columns: { id: 'id', name: 'name', client: 'client', notes: 'notes', appVersion: 'app_version', ...TIMESTAMPS },
    jsonColumns: new Set(),
  },
  site: {
    table: 'sites',
    columns: {
      id: 'id',
      name: 'name',
      commune: 'commune',
      latDeg: 'lat_deg',
      lonDeg: 'lon_deg',
      elevationM: 'elevation_m',
      departement: 'departement',
      climateZone: 'climate_zone',
      position: 'position',
      ...TIMESTAMPS,
    },
    jsonColumns: new Set(),
    children: [{ entity: 'asset', foreignKey: 'site_id' }],
  },
  asset: {
    table: 'assets',
    columns: { id: 'id', siteId: 'site_id', kind: 'kind', name: 'name', data: 'data', ...TIMESTAMPS },
    jsonColumns: new Set(['data']),
  },
  scenario: {
    table: 'scenarios',
    columns: { id: 'id', siteId: 'site_id', kind: 'kind', name: 'name', data: 'data', position: 'position', ...TIMESTAMPS },
    jsonColumns: new Set(['data']),
  },
  building: {
    table: 'buildings',
    columns: { id: 'id', siteId: 'site_id', name: 'name', data: 'data', ...TIMESTAMPS },
    jsonColumns: new Set(['data']),
    children: [{ entity: 'audit', foreignKey: 'building_id' }],
  },
  audit: {
    table: 'audits',
    columns: { id: 'id', buildingId: 'building_id', name: 'name', data: 'data', sourceXml: 'source_xml', ...TIMESTAMPS },
    jsonColumns: new Set(['data']),
  },
  territory: {
    table: 'territories',
    columns: { id: 'id', kind: 'kind', name: 'name', data: 'data', ...TIMESTAMPS },
    jsonColumns: new Set(['data']),
  },
};

/** Converts a SQL row to the API shape (camelCase fields, JSON columns parsed). */
export function rowToEntity(entity: EntityKind, row: Record<string, unknown>): Record<string, unknown> {
  const spec = ENTITY_TABLES[entity];
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(spec.columns)) {
    const value = row[column];
    if (value === undefined) continue;
    out[field] = spec.jsonColumns.has(column) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out;
}

/** Converts API fields to SQL column values (JSON columns stringified, undefined dropped). */
export function entityToColumns(entity: EntityKind, fields: Record<string, unknown>): Record<string, unknown> {
  const spec = ENTITY_TABLES[entity];
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    const column = spec.columns[field];
    if (column === undefined) throw new Error(`Unknown field ${entity}.${field}`);
    if (value === undefined) continue;
    out[column] = spec.jsonColumns.has(column) ? JSON.stringify(value) : value;
  }
  return out;
}
