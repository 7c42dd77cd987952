/**
 * Test-only harness of the systems stage against the ADEME corpus (../shared/reference/dpe/corpus):
 * feeds each record's REGISTERED needs (sortie/apport_et_besoin: besoin_ch plus the recovered losses
 * it nets out, besoin_ecs, besoin_fr) and registered GV (sortie/deperdition) into computeSystems,
 * with climate data (Tbase, Nref19) read from the doctrine CSVs, and compares consumptions, primary
 * energy, GHG and labels with `sortie`. The engine never reads registered values; only this harness
 * does, to validate the systems stage independently of the envelope stage.
 *
 * Usage: node --import tsx scripts/dpe/systemsHarness.ts [--verbose]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { computeSystems, mapGeneral, mapInstallations } from '../../models/audit/systems';
import type { SystemsInput, SystemsResult, ClimateZone } from '../../models/audit/systems';
import { child, num, str, type Raw } from '../../models/audit/systems/rawXml';
import { parseDoctrineCsv, type CsvRow } from './buildSystemsTables';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REFERENCE_DIR = path.resolve(ROOT, '../shared/reference/dpe');
export const CORPUS_DIR = path.join(REFERENCE_DIR, 'corpus');

export function referenceAvailable(): boolean {
  return existsSync(CORPUS_DIR) && existsSync(path.join(REFERENCE_DIR, 'doctrine/abaques/climat/sollicitations.csv'));
}

const ZONES: ClimateZone[] = ['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3'];

let sollicitations: CsvRow[] | undefined;
let tbaseRows: CsvRow[] | undefined;

function altitudeMatches(r: CsvRow, altitudeClass: number): boolean {
  const alt = altitudeClass === 1 ? 200 : altitudeClass === 2 ? 600 : 1000;
  const lte = r['altitude/lte'];
  const lt = r['altitude/lt'];
  const gte = r['altitude/gte'];
  const gt = r['altitude/gt'];
  if (typeof lte === 'number' && !(alt <= lte)) return false;
  if (typeof lt === 'number' && !(alt < lt)) return false;
  if (typeof gte === 'number' && !(alt >= gte)) return false;
  if (typeof gt === 'number' && !(alt > gt)) return false;
  return true;
}

/** Tbase and monthly Nref19, Text, DH14 of a zone and altitude class (annex 1 §18). */
export function climateOf(zone: ClimateZone, altitudeClass: number): SystemsInput['climate'] {
  sollicitations ??= parseDoctrineCsv(readFileSync(path.join(REFERENCE_DIR, 'doctrine/abaques/climat/sollicitations.csv'), 'utf8'));
  tbaseRows ??= parseDoctrineCsv(readFileSync(path.join(REFERENCE_DIR, 'doctrine/abaques/climat/tbase.csv'), 'utf8'));
  const rows = sollicitations.filter(
    (r) => String(r['zone_climatique']).split('|').includes(zone) && altitudeMatches(r, altitudeClass) && r['parois_anciennes'] === 0,
  );
  const months = new Map<string, CsvRow>();
  for (const r of rows) if (!months.has(String(r['mois']))) months.set(String(r['mois']), r);
  const ordered = [...months.keys()].sort().map((m) => months.get(m)!);
  const tb = tbaseRows.find((r) => String(r['zone_climatique']).split('|').includes(zone) && altitudeMatches(r, altitudeClass));
  return {
    tbaseC: Number(tb?.['tbase'] ?? -10),
    nrefMonthlyH: ordered.map((r) => Number(r['nref19'] ?? 0)),
    textMonthlyC: ordered.map((r) => Number(r['text'] ?? 0)),
    dh14MonthlyKh: ordered.map((r) => Number(r['dh14'] ?? 0)),
  };
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });

export interface CorpusRecord {
  file: string;
  dpe: Raw;
  logement: Raw;
  sortie: Raw;
  dpeDate: string;
}

export function loadRecord(file: string): CorpusRecord {
  const doc = parser.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as Raw;
  const dpe = child(doc, 'dpe') ?? {};
  const logement = child(dpe, 'logement') ?? {};
  const sortie = child(logement, 'sortie') ?? {};
  const dpeDate = str(child(dpe, 'administratif'), 'date_etablissement_dpe') ?? '2023-01-01';
  return { file, dpe, logement, sortie, dpeDate: /^\d{4}-\d{2}-\d{2}$/.test(dpeDate) ? dpeDate : '2023-01-01' };
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.xml')).sort();
}

/** Systems input from a record, with the registered needs and GV (test-only). */
export function harnessInput(rec: CorpusRecord): SystemsInput {
  const g = mapGeneral(rec.logement);
  const ab = child(rec.sortie, 'apport_et_besoin');
  const dep = child(rec.sortie, 'deperdition');
  const zone = ZONES[g.zoneId - 1] ?? 'H1a';
  // The registered besoin_ch is net of recovered losses (Wh in the record); add them back.
  const recovered =
    ((num(ab, 'pertes_generateur_ch_recup') ?? 0) + (num(ab, 'pertes_distribution_ecs_recup') ?? 0) + (num(ab, 'pertes_stockage_ecs_recup') ?? 0)) / 1000;
  // Apartment DPEs generated from the building's data carry building-level needs.
  const method = num(child(rec.logement, 'caracteristique_generale'), 'enum_methode_application_dpe_log_id') ?? 1;
  const fromBuilding = [10, 11, 12, 13, 33, 34, 38, 39, 40].includes(method);
  return {
    surfaceM2: g.surfaceM2,
    needSurfaceM2: fromBuilding ? g.buildingSurfaceM2 : undefined,
    buildingType: g.buildingType,
    dwellingCount: g.dwellingCount,
    buildingSurfaceM2: g.buildingSurfaceM2,
    zone,
    altitudeClass: g.altitudeClass,
    dpeDate: rec.dpeDate,
    constructionYear: g.constructionYear,
    inertiaClassId: g.inertiaClassId,
    ceilingHeightM: g.ceilingHeightM,
    gvWK: (num(dep, 'deperdition_enveloppe') ?? 100) || 100,
    climate: climateOf(zone, g.altitudeClass),
    besoinChKwh: (num(ab, 'besoin_ch') ?? 0) + recovered,
    besoinEcsKwh: num(ab, 'besoin_ecs') ?? 0,
    besoinFrKwh: num(ab, 'besoin_fr') ?? 0,
    installations: mapInstallations(rec.logement),
  };
}

export interface Comparison {
  file: string;
  ok: boolean;
  error?: string;
  result?: SystemsResult;
  reg: Record<string, number | string | undefined>;
  ours: Record<string, number | string | undefined>;
}

export function compareRecord(rec: CorpusRecord): Comparison {
  const ef = child(rec.sortie, 'ef_conso');
  const ep = child(rec.sortie, 'ep_conso');
  const ges = child(rec.sortie, 'emission_ges');
  const reg = {
    conso_ch: num(ef, 'conso_ch'),
    conso_ecs: num(ef, 'conso_ecs'),
    conso_aux: num(ef, 'conso_totale_auxiliaire'),
    conso_eclairage: num(ef, 'conso_eclairage'),
    conso_fr: num(ef, 'conso_fr'),
    ep_m2: num(ep, 'ep_conso_5_usages_m2'),
    ges_m2: num(ges, 'emission_ges_5_usages_m2'),
    label: str(ep, 'classe_bilan_dpe'),
    label_ges: str(ges, 'classe_emission_ges'),
  };
  try {
    const result = computeSystems(harnessInput(rec));
    const ours = {
      conso_ch: result.heating.consoKwh,
      conso_ecs: result.dhw.consoKwh,
      conso_aux: result.auxiliaries.totalKwh,
      conso_eclairage: result.lighting.consoKwh,
      conso_fr: result.cooling.consoKwh,
      // Registered per-m² values are written truncated or unrounded depending on the software:
      // compare like with like.
      ep_m2: Number.isInteger(reg.ep_m2) ? result.energy.epM2 : result.energy.epM2Raw,
      ges_m2: Number.isInteger(reg.ges_m2) ? result.energy.gesM2 : result.energy.gesM2Raw,
      label: result.energy.label,
      label_ges: result.energy.labelGes,
    };
    return { file: rec.file, ok: true, result, reg, ours };
  } catch (e) {
    return { file: rec.file, ok: false, error: (e as Error).message, reg, ours: {} };
  }
}

export function within(a: number | undefined, b: number | undefined, tol: number): boolean {
  if (a === undefined || b === undefined) return false;
  if (Math.abs(b) < 1e-9) return Math.abs(a) < 1e-6 || Math.abs(a) < tol;
  return Math.abs(a - b) / Math.abs(b) <= tol;
}

export interface Stats {
  n: number;
  failed: number;
  share: Record<string, number>;
}

export function corpusStats(comparisons: Comparison[]): Stats {
  const keys = ['conso_ch', 'conso_ecs', 'conso_aux', 'conso_eclairage', 'ep_m2', 'ges_m2'];
  const share: Record<string, number> = {};
  for (const k of keys) {
    share[k] = comparisons.filter((c) => c.ok && within(c.ours[k] as number, c.reg[k] as number, 0.05)).length / comparisons.length;
  }
  share.label = comparisons.filter((c) => c.ok && c.ours.label === c.reg.label).length / comparisons.length;
  share.label_ges = comparisons.filter((c) => c.ok && c.ours.label_ges === c.reg.label_ges).length / comparisons.length;
  return { n: comparisons.length, failed: comparisons.filter((c) => !c.ok).length, share };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const verbose = process.argv.includes('--verbose');
  const comps = corpusFiles().map((f) => compareRecord(loadRecord(f)));
  if (verbose) {
    for (const c of comps) {
      if (!c.ok) {
        console.log(`${c.file} ERROR ${c.error}`);
        continue;
      }
      const f = (k: string) => {
        const a = c.ours[k] as number;
        const b = c.reg[k] as number;
        return `${k}=${a?.toFixed?.(0)}/${b?.toFixed?.(0)}${within(a, b, 0.05) ? '' : '*'}`;
      };
      console.log(
        `${c.file} ${['conso_ch', 'conso_ecs', 'conso_aux', 'ep_m2', 'ges_m2'].map(f).join(' ')} ${c.ours.label}/${c.reg.label}`,
      );
    }
  }
  console.log(JSON.stringify(corpusStats(comps), null, 1));
}
