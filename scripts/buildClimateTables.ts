/**
 * Writes resources/climate/climate-3cl.json and resources/climate/departement-zones.json from the
 * 3CL doctrine tables (arrêté du 8 octobre 2021, annexe 1 §18 "données climatiques"), read from
 * ../shared/reference/dpe/doctrine/abaques/climat/{sollicitations,zone-climatique}.csv.
 * Run: node --import tsx scripts/buildClimateTables.ts [referenceDir]
 *
 * Kept per zone × altitude class × month (standard case: parois_anciennes = 0, inertie
 * légère/moyenne): text (°C, mean outdoor temperature over the heating hours), e (kWh/m², sun on
 * a south vertical wall over the heating period), nref19 (heating hours at 19 °C).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

export type AltitudeClass = 'below400' | 'from400to800' | 'above800';

export interface Climate3clMonth {
  readonly textC: number | null;
  readonly eKwhM2: number;
  readonly nref19H: number;
}

export interface Climate3clTable {
  readonly source: string;
  readonly zones: Record<string, Record<AltitudeClass, Climate3clMonth[]>>;
}

function readCsv(file: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(';');
  return { header, rows: lines.slice(1).map((l) => l.split(';')) };
}

function altitudeClass(get: (name: string) => string): AltitudeClass {
  if (get('altitude/lte') === '400') return 'below400';
  if (get('altitude/gte') === '800') return 'above800';
  if (get('altitude/gt') === '400' && get('altitude/lt') === '800') return 'from400to800';
  throw new Error(`unexpected altitude bounds ${['lte', 'lt', 'gt', 'gte'].map((k) => get(`altitude/${k}`)).join('|')}`);
}

export function buildClimate3cl(referenceClimatDir: string): Climate3clTable {
  const { header, rows } = readCsv(path.join(referenceClimatDir, 'sollicitations.csv'));
  const zones: Climate3clTable['zones'] = {};
  for (const r of rows) {
    const get = (name: string) => {
      const k = header.indexOf(name);
      if (k < 0) throw new Error(`sollicitations.csv: no column ${name}`);
      return r[k] ?? '';
    };
    if (get('parois_anciennes') !== '0') continue;
    const zone = get('zone_climatique');
    const cls = altitudeClass(get);
    const month = Number(get('mois'));
    zones[zone] ??= { below400: [], from400to800: [], above800: [] };
    const text = get('text');
    zones[zone][cls][month - 1] = { textC: text === '' ? null : Number(text), eKwhM2: Number(get('e')), nref19H: Number(get('nref19')) };
  }
  return {
    source:
      '3CL-DPE 2021 (arrêté du 8 octobre 2021, annexe 1), table "sollicitations" of the dpe-logement doctrine (Licence Ouverte 2.0): per climate zone, altitude class and month, text = mean outdoor temperature over the heating hours (°C), e = sunshine on a south vertical wall over the heating period (kWh/m²), nref19 = heating hours at 19 °C. Standard case: parois_anciennes 0, inertie légère/moyenne.',
    zones,
  };
}

export function buildDepartementZones(referenceClimatDir: string): { source: string; zones: Record<string, string> } {
  const { rows } = readCsv(path.join(referenceClimatDir, 'zone-climatique.csv'));
  const zones: Record<string, string> = {};
  for (const [code, , zone] of rows) zones[code] = zone;
  return { source: '3CL-DPE 2021 climate zone of each département (dpe-logement doctrine, zone-climatique.csv, Licence Ouverte 2.0)', zones };
}

export const DEFAULT_REFERENCE_CLIMAT_DIR = path.resolve(root, '..', 'shared/reference/dpe/doctrine/abaques/climat');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? DEFAULT_REFERENCE_CLIMAT_DIR;
  const out = path.join(root, 'resources/climate');
  writeFileSync(path.join(out, 'climate-3cl.json'), `${JSON.stringify(buildClimate3cl(dir), null, 1)}\n`);
  writeFileSync(path.join(out, 'departement-zones.json'), `${JSON.stringify(buildDepartementZones(dir), null, 1)}\n`);
  process.stdout.write(`wrote ${out}/climate-3cl.json and departement-zones.json from ${dir}\n`);
}
