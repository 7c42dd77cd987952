/**
 * Sites CSV importer for the territory portfolio: semicolon or comma, French decimals, quoted
 * fields (models/acc/csv.ts). Returns a preview — the column mapping found, every row with its
 * parsed site or its errors, each error with its file line — so the UI can show what will be
 * imported before anything is saved. Column names and building types are accepted in French or
 * English, case and accents ignored.
 */
import { findColumn, parseCsv, parseDecimal, CsvError } from '../acc/csv';
import { BUILDING_TYPES, siteSchema, type BuildingType, type FlexSiteInput } from './schemas';

export const SITE_COLUMNS = {
  name: ['name', 'nom', 'site'],
  buildingType: ['buildingtype', 'type', 'typebatiment', 'usage'],
  latDeg: ['latdeg', 'lat', 'latitude'],
  lonDeg: ['londeg', 'lon', 'lng', 'longitude'],
  annualKwh: ['annualkwh', 'kwhan', 'consoannuelle', 'consommationannuelle', 'consommationkwh', 'kwh'],
  subscribedKva: ['subscribedkva', 'kva', 'puissancesouscrite', 'puissancesouscritekva', 'psouscrite'],
  prm: ['prm', 'pdl'],
  electricHeating: ['electricheating', 'chauffage', 'chauffageelectrique', 'heating'],
} as const;
type Field = keyof typeof SITE_COLUMNS;
const REQUIRED: readonly Field[] = ['name', 'buildingType', 'latDeg', 'lonDeg', 'annualKwh', 'subscribedKva', 'prm'];

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const TYPE_WORDS: Readonly<Record<string, BuildingType>> = {
  ...Object.fromEntries(BUILDING_TYPES.map((t) => [norm(t), t])),
  ecole: 'school',
  groupescolaire: 'school',
  college: 'school',
  bureau: 'office',
  bureaux: 'office',
  mairie: 'townHall',
  hoteldeville: 'townHall',
  mediatheque: 'library',
  bibliotheque: 'library',
  gymnase: 'gym',
  sallesport: 'gym',
  creche: 'nursery',
  logement: 'housing',
  logements: 'housing',
  residence: 'housing',
  stationdepompage: 'waterworks',
  pompage: 'waterworks',
  eau: 'waterworks',
  eclairagepublic: 'streetLighting',
  eclairage: 'streetLighting',
  atelier: 'workshop',
  centretechnique: 'workshop',
};

const HEATING_WORDS: Readonly<Record<string, 'none' | 'resistive' | 'heatPump'>> = {
  none: 'none',
  aucun: 'none',
  non: 'none',
  resistive: 'resistive',
  effetjoule: 'resistive',
  joule: 'resistive',
  convecteurs: 'resistive',
  oui: 'resistive',
  heatpump: 'heatPump',
  pac: 'heatPump',
  pompeachaleur: 'heatPump',
};

export interface SitesImportRow {
  readonly line: number;
  readonly site: FlexSiteInput | null;
  readonly errors: readonly string[];
}

export interface SitesImportPreview {
  readonly delimiter: ';' | ',';
  readonly header: readonly string[];
  /** Header index of each field, -1 when absent. */
  readonly columns: Readonly<Record<Field, number>>;
  readonly rows: readonly SitesImportRow[];
  readonly sites: readonly FlexSiteInput[];
  /** "line N: message", file order; a missing required column is reported on line 1. */
  readonly errors: readonly string[];
}

export function previewSitesCsv(text: string): SitesImportPreview {
  let table;
  try {
    table = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) {
      return { delimiter: ';', header: [], columns: emptyColumns(), rows: [], sites: [], errors: [e.message] };
    }
    throw e;
  }
  const columns = Object.fromEntries((Object.keys(SITE_COLUMNS) as Field[]).map((f) => [f, findColumn(table.header, ...SITE_COLUMNS[f])])) as Record<Field, number>;
  const missing = REQUIRED.filter((f) => columns[f] < 0);
  if (missing.length) {
    return {
      delimiter: table.delimiter,
      header: table.header,
      columns,
      rows: [],
      sites: [],
      errors: [`line 1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected: ${REQUIRED.join(';')}[;electricHeating])`],
    };
  }
  const seen = new Map<string, number>();
  const rows: SitesImportRow[] = table.rows.map(({ line, cells }) => {
    const errors: string[] = [];
    const num = (f: Field) => {
      const v = parseDecimal(cells[columns[f]]);
      if (Number.isNaN(v)) errors.push(`${f} "${cells[columns[f]]}" is not a number`);
      return v;
    };
    const typeCell = cells[columns.buildingType];
    const buildingType = TYPE_WORDS[norm(typeCell)];
    if (!buildingType) errors.push(`buildingType "${typeCell}" is not one of ${BUILDING_TYPES.join(', ')} (or école, mairie, gymnase…)`);
    let electricHeating: 'none' | 'resistive' | 'heatPump' | undefined;
    if (columns.electricHeating >= 0 && cells[columns.electricHeating] !== '') {
      electricHeating = HEATING_WORDS[norm(cells[columns.electricHeating])];
      if (!electricHeating) errors.push(`electricHeating "${cells[columns.electricHeating]}" must be none, resistive or heatPump`);
    }
    const candidate = {
      name: cells[columns.name],
      buildingType: buildingType ?? 'office',
      latDeg: num('latDeg'),
      lonDeg: num('lonDeg'),
      annualKwh: num('annualKwh'),
      subscribedKva: num('subscribedKva'),
      prm: cells[columns.prm],
      ...(electricHeating ? { electricHeating } : {}),
    };
    if (errors.length === 0) {
      const r = siteSchema.safeParse(candidate);
      if (!r.success) for (const i of r.error.issues) errors.push(`${i.path.join('.')}: ${i.message}`);
    }
    const other = seen.get(candidate.prm);
    if (errors.length === 0 && other !== undefined) errors.push(`PRM ${candidate.prm} already used on line ${other}`);
    if (errors.length === 0) seen.set(candidate.prm, line);
    return { line, site: errors.length ? null : candidate, errors };
  });
  return {
    delimiter: table.delimiter,
    header: table.header,
    columns,
    rows,
    sites: rows.filter((r) => r.site).map((r) => r.site!),
    errors: rows.flatMap((r) => r.errors.map((e) => `line ${r.line}: ${e}`)),
  };
}

function emptyColumns(): Record<Field, number> {
  return Object.fromEntries((Object.keys(SITE_COLUMNS) as Field[]).map((f) => [f, -1])) as Record<Field, number>;
}
