/**
 * Builds the JSON tables shipped in resources/dpe/systems and resources/dpe/energy from the
 * CSV tables ("abaques") of the open dpe-logement doctrine (Licence Ouverte 2.0), which transcribe
 * the tables of annex 1 of the arrêté of 8 October 2021 (3CL-DPE-2021 method) and of the arrêté of
 * 31 March 2021 (conversion factors, label thresholds).
 *
 * Usage: node --import tsx scripts/dpe/buildSystemsTables.ts [referenceDir]
 * The conversion is deliberately mechanical (one JSON array of row objects per CSV, numbers parsed,
 * formulas kept as text) so that a test can rebuild it and compare with the shipped files.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type CsvCell = string | number | null;
export type CsvRow = Record<string, CsvCell>;

/** CSV of the doctrine → output JSON path (relative to the repository root). */
export const SYSTEMS_TABLES: ReadonlyArray<{ csv: string; out: string }> = [
  ...[
    'combustion', 'i0', 're', 'rd', 'rr', 'scop', 'tfonc30', 'tfonc100', 'kpcs', 'paux', 'pn', 'fch', 'rg',
  ].map((n) => ({ csv: `abaques/chauffage/${n}.csv`, out: `resources/dpe/systems/chauffage-${n}.json` })),
  ...['combustion', 'cop', 'cr', 'fecs', 'paux', 'rd', 'rg'].map((n) => ({
    csv: `abaques/ecs/${n}.csv`,
    out: `resources/dpe/systems/ecs-${n}.json`,
  })),
  { csv: 'abaques/refroidissement/eer.csv', out: 'resources/dpe/systems/refroidissement-eer.json' },
  { csv: 'abaques/eclairage/nhecl.csv', out: 'resources/dpe/systems/eclairage-nhecl.json' },
  ...['pvent', 'pvent_moy', 'debits'].map((n) => ({
    csv: `abaques/ventilation/${n}.csv`,
    out: `resources/dpe/systems/ventilation-${n}.json`,
  })),
  ...['epv', 'kpv', 'taplp'].map((n) => ({
    csv: `abaques/production/${n}.csv`,
    out: `resources/dpe/systems/production-${n}.json`,
  })),
  ...['fcep', 'feges', 'reseau', 'etiquette-energie', 'etiquette-climat'].map((n) => ({
    csv: `abaques/performance/${n}.csv`,
    out: `resources/dpe/energy/${n}.json`,
  })),
];

const NUMBER_RE = /^-?\d+(\.\d+)?$/;

/** Parses one doctrine CSV (semicolon separated, optional BOM, no quoting). */
export function parseDoctrineCsv(text: string): CsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0].split(';').map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(';');
    // The body ends at the first empty line: some sheets (chauffage/rg.csv) carry a worked example below it.
    if (cells.every((c) => c.trim() === '')) break;
    const row: CsvRow = {};
    header.forEach((h, j) => {
      const raw = (cells[j] ?? '').trim();
      // Ids like "0106C" or months "01" stay text when they have leading zeros or letters.
      row[h] = raw === '' ? null : NUMBER_RE.test(raw) && !/^0\d/.test(raw) ? Number(raw) : raw;
    });
    rows.push(row);
  }
  return rows;
}

export function buildSystemsTables(doctrineDir: string): Map<string, CsvRow[]> {
  const out = new Map<string, CsvRow[]>();
  for (const t of SYSTEMS_TABLES) {
    out.set(t.out, parseDoctrineCsv(readFileSync(path.join(doctrineDir, t.csv), 'utf8')));
  }
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const doctrine = process.argv[2] ?? path.resolve(root, '../shared/reference/dpe/doctrine');
  for (const [out, rows] of buildSystemsTables(doctrine)) {
    mkdirSync(path.dirname(path.join(root, out)), { recursive: true });
    writeFileSync(path.join(root, out), JSON.stringify(rows) + '\n');
    console.log(`${out}: ${rows.length} rows`);
  }
}
