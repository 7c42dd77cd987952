/**
 * Writes the envelope and climate tables of the 3CL-DPE-2021 engine (resources/dpe/envelope/*.json,
 * resources/dpe/climate/*.json) from the open `dpe-logement` doctrine CSVs (annex 1 of the arrêté of
 * 8 October 2021, §3 envelope, §4 air renewal, §6 solar gains, §18 climate data).
 *
 * Usage: npx tsx scripts/dpe/buildEnvelopeTables.ts [DOCTRINE_DIR]
 * (default ../shared/reference/dpe/doctrine). The test models/audit/envelope/tables.test.ts checks
 * the shipped JSON against a fresh build when the doctrine is present.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Row = Record<string, string>;

export function readCsv(file: string): Row[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(';').map((h) => h.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split(';');
    const row: Row = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? '').trim()));
    return row;
  });
}

/** Cells may use a decimal comma (e.g. local-non-chauffe/t.csv). */
const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s.replace(',', '.')));

/** `{ id: value }` for one value column keyed by the table's tv id column. */
function byId(rows: Row[], idCol: string, valueCol: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const v = num(r[valueCol]);
    if (r[idCol] && v !== null) out[r[idCol]] = v;
  }
  return out;
}

function uGrid(rows: Row[]): [string, number, number, number, number, string][] {
  return rows.map((r) => [
    r.zone_climatique,
    num(r['annee_construction_isolation/gte']) ?? 0,
    num(r['annee_construction_isolation/lte']) ?? 9999,
    Number(r.effet_joule),
    Number(r.u),
    r.configuration ?? '',
  ]);
}

const MONTH_COLUMNS = ['tefs', 'e', 'efr26', 'efr28', 'text', 'textmoy26', 'textmoy28', 'nref19', 'nref21', 'nref26', 'nref28', 'dh14', 'dh19', 'dh21', 'dh26', 'dh28'] as const;

function altitudeClass(r: Row): 1 | 2 | 3 {
  if (r['altitude/lte'] === '400' || r['altitude/lt'] === '400') return 1;
  if (r['altitude/gte'] === '800' || r['altitude/gt'] === '800') return 3;
  return 2;
}

export function buildEnvelopeTables(doctrine: string) {
  const ab = (p: string) => readCsv(path.join(doctrine, 'abaques', p));
  const ujnRows = ab('enveloppe/baie/ujn.csv');
  const ueRows = ab('enveloppe/plancher-bas/ue.csv');
  return {
    umur0: byId(ab('enveloppe/mur/umur0.csv'), 'tv_umur0_id', 'u0'),
    umur: byId(ab('enveloppe/mur/umur.csv'), 'tv_umur_id', 'u'),
    upb0: byId(ab('enveloppe/plancher-bas/upb0.csv'), 'tv_upb0_id', 'u0'),
    upb: byId(ab('enveloppe/plancher-bas/upb.csv'), 'tv_upb_id', 'u'),
    uph0: byId(ab('enveloppe/plancher-haut/uph0.csv'), 'tv_uph0_id', 'u0'),
    uph: byId(ab('enveloppe/plancher-haut/uph.csv'), 'tv_uph_id', 'u'),
    uporte: byId(ab('enveloppe/porte/uporte.csv'), 'tv_uporte_id', 'u'),
    kpt: byId(ab('enveloppe/pont-thermique/kpt.csv'), 'tv_pont_thermique_id', 'kpt'),
    q4paconv: byId(ab('enveloppe/permeabilite/q4paconv.csv'), 'tv_q4pa_conv_id', 'q4paconv'),
    b: {
      ...byId(ab('enveloppe/paroi/b.csv'), 'tv_coef_reduction_deperdition_id', 'b'),
      ...byId(ab('enveloppe/local-non-chauffe/b.csv'), 'tv_coef_reduction_deperdition_id', 'b'),
      ...byId(ab('enveloppe/paroi/bver.csv'), 'tv_coef_reduction_deperdition_id', 'bver'),
    },
    /** b of walls towards a sunspace (§3.1 bver): [zones, orientation of the sunspace, wall insulated (1/0), bver]. */
    bverGrid: ab('enveloppe/paroi/bver.csv').map((r) => [r.zone_climatique, r.orientation_ets, Number(r.isolation_paroi), Number(r.bver)]),
    /** b of unheated spaces (§3.1): rows of Uvue, insulation of Aiu/Aue sides and the Aiu/Aue ratio range. */
    bLnc: ab('enveloppe/local-non-chauffe/b.csv').map((r) => ({
      uvue: Number(r.uvue),
      isolationAiu: Number(r.isolation_aiu),
      isolationAue: Number(r.isolation_aue),
      ratioGt: num(r['aiu_aue/gt']),
      ratioLte: num(r['aiu_aue/lte']),
      b: Number(r.b),
    })),
    /** Transparency T of sunspace glazing (§6.3). */
    tEts: byId(ab('enveloppe/local-non-chauffe/t.csv'), 'tv_coef_transparence_ets_id', 't'),
    uw: byId(ab('enveloppe/baie/uw.csv'), 'tv_uw_id', 'uw'),
    /** Uw rows (§3.3.2) by id: [window group (type, sill, frame, thermal break), Ug, Uw], to interpolate Uw in Ug within a group. */
    uwRows: Object.fromEntries(
      ab('enveloppe/baie/uw.csv').map((r) => [
        r.tv_uw_id,
        [`${r.type_baie}|${r.presence_soubassement}|${r.materiau}|${r.presence_rupteur_pont_thermique}`, num(r.ug), Number(r.uw)],
      ]),
    ),
    ug: byId(ab('enveloppe/baie/ug.csv'), 'tv_ug_id', 'ug'),
    deltar: byId(ab('enveloppe/baie/deltar.csv'), 'tv_deltar_id', 'deltar'),
    ujn: byId(ujnRows, 'tv_ujn_id', 'ujn'),
    /** Full Ujn grid (§3.3.3): for a ΔR, Ujn as a function of Uw, to interpolate a computed Uw. */
    ujnGrid: ujnRows.map((r) => [Number(r.deltar), Number(r.uw), Number(r.ujn)]),
    sw: byId(ab('enveloppe/baie/sw.csv'), 'tv_sw_id', 'sw'),
    fe1: byId(ab('enveloppe/masque/fe1.csv'), 'tv_coef_masque_proche_id', 'fe1'),
    fe2: byId(ab('enveloppe/masque/fe2.csv'), 'tv_coef_masque_lointain_homogene_id', 'fe2'),
    omb: byId(ab('enveloppe/masque/omb.csv'), 'tv_coef_masque_lointain_non_homogene_id', 'omb'),
    ue: byId(ueRows, 'tv_ue_id', 'ue'),
    /** Ue grid (§3.2.2): [group, 2S/P, Upb, Ue]; group 0 = crawl space or unheated basement, 1 = slab on ground built before 2001, 2 = from 2001. */
    ueGrid: ueRows.map((r) => [
      r.mitoyennete === 'terre_plein' ? (r['annee_construction/gte'] === '2001' ? 2 : 1) : 0,
      Number(r['2s/p']),
      Number(r.u),
      Number(r.ue),
    ]),
    /** Default U of insulated walls / floors / ceilings by zone, insulation period and Joule heating (§3.2): [zones, yearGte, yearLte, effetJoule, U, configuration]. */
    umurGrid: uGrid(ab('enveloppe/mur/umur.csv')),
    upbGrid: uGrid(ab('enveloppe/plancher-bas/upb.csv')),
    uphGrid: uGrid(ab('enveloppe/plancher-haut/uph.csv')),
    /** Uvue of unheated spaces (§3.1) by type. */
    uvue: Object.fromEntries(ab('enveloppe/local-non-chauffe/uvue.csv').map((r) => [r.type_local_non_chauffe, Number(r.uvue)])),
  };
}

export function buildClimateTables(doctrine: string) {
  const ab = (p: string) => readCsv(path.join(doctrine, 'abaques', p));
  const sollicitations: Record<string, Record<string, number[]>> = {};
  for (const r of ab('climat/sollicitations.csv')) {
    // One key per zone, altitude class and "old walls with heavy inertia" flag (§18.2 vs §18.3 tables).
    const key = `${r.zone_climatique}|${altitudeClass(r)}|${r.parois_anciennes}`;
    const month = Number(r.mois) - 1;
    const entry = (sollicitations[key] ??= Object.fromEntries(MONTH_COLUMNS.map((c) => [c, new Array<number>(12).fill(0)])));
    for (const c of MONTH_COLUMNS) entry[c][month] = num(r[c]) ?? 0;
  }
  const c1: Record<string, number[]> = {};
  for (const r of ab('climat/c1.csv')) {
    const tilt = r.orientation === 'horizontale' ? 'h' : r['inclinaison/lt'] === '25' ? 'lt25' : r['inclinaison/gte'] === '75' ? 'gte75' : '25to75';
    const key = `${r.zone_climatique}|${r.orientation === 'horizontale' ? 'horizontal' : r.orientation}|${tilt}`;
    (c1[key] ??= new Array<number>(12).fill(0))[Number(r.mois) - 1] = Number(r.c1);
  }
  const tbase: Record<string, number> = {};
  for (const r of ab('climat/tbase.csv')) {
    for (const zone of r.zone_climatique.split('|')) tbase[`${zone}|${altitudeClass(r)}`] = Number(r.tbase);
  }
  const daysPerMonth = ab('climat/nj.csv').map((r) => Number(r.nj));
  return { sollicitations, c1, tbase, daysPerMonth };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const doctrine = process.argv[2] ?? path.resolve(root, '../shared/reference/dpe/doctrine');
  mkdirSync(path.join(root, 'resources/dpe/envelope'), { recursive: true });
  mkdirSync(path.join(root, 'resources/dpe/climate'), { recursive: true });
  writeFileSync(path.join(root, 'resources/dpe/envelope/tables.json'), JSON.stringify(buildEnvelopeTables(doctrine)) + '\n');
  writeFileSync(path.join(root, 'resources/dpe/climate/climate.json'), JSON.stringify(buildClimateTables(doctrine)) + '\n');
  console.log('wrote resources/dpe/envelope/tables.json and resources/dpe/climate/climate.json');
}
