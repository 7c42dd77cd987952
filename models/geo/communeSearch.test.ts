import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseName, prepareCommunes, searchCommunes, type CommuneIndex } from './communeSearch';

const index = JSON.parse(readFileSync(new URL('../../resources/geo/communes.json', import.meta.url), 'utf8')) as CommuneIndex;
const communes = prepareCommunes(index);

describe('French commune search (offline index)', () => {
  it('normalises names the way people type them', () => {
    expect(normaliseName('Saint-Étienne-de-Montluc')).toBe('saint etienne de montluc');
    expect(normaliseName("St Jean d'Angély")).toBe('saint jean d angely');
    expect(normaliseName('Ste-Maxime')).toBe('sainte maxime');
  });

  it('finds Le Palais on Belle-Île with its INSEE code, postal code and coordinates', () => {
    const [hit] = searchCommunes(communes, 'le palais');
    expect(hit).toMatchObject({ name: 'Le Palais', insee: '56152', departement: '56', postalCodes: ['56360'], placement: 'gazetteer' });
    expect(hit.latDeg).toBeCloseTo(47.346, 2);
    expect(hit.lonDeg).toBeCloseTo(-3.156, 2);
  });

  it('ranks an exact name first, then prefixes by population, and accepts "st" for "saint"', () => {
    expect(searchCommunes(communes, 'Paris')[0]).toMatchObject({ name: 'Paris', departement: '75' });
    const malo = searchCommunes(communes, 'st malo');
    expect(malo[0]).toMatchObject({ name: 'Saint-Malo', departement: '35' });
    const mal = searchCommunes(communes, 'malaun');
    expect(mal[0]).toMatchObject({ name: 'Malaunay', departement: '76' });
    const prefix = searchCommunes(communes, 'mont', 10).filter((h) => normaliseName(h.name) !== 'mont');
    expect(prefix.length).toBeGreaterThan(5);
    for (let k = 1; k < prefix.length; k++) expect(prefix[k].population).toBeLessThanOrEqual(prefix[k - 1].population);
  });

  it('searches postal and INSEE codes, and needs two characters', () => {
    expect(searchCommunes(communes, '56360').map((h) => h.name)).toContain('Le Palais');
    expect(searchCommunes(communes, '76410')[0]).toMatchObject({ insee: '76410' });
    expect(searchCommunes(communes, 'p')).toEqual([]);
  });

  it('covers every département and places 95 % of the population, saying how each place was found', () => {
    const deps = new Set(index.rows.map((r) => r[2]));
    for (const d of ['01', '2A', '2B', '56', '75', '95', '971', '974']) expect(deps.has(d)).toBe(true);
    const communesOnly = index.rows.filter((r) => !/Arrondissement/.test(r[0]));
    const pop = communesOnly.reduce((s, r) => s + r[4], 0);
    const placed = communesOnly.filter((r) => r[5] !== null).reduce((s, r) => s + r[4], 0);
    expect(placed / pop).toBeGreaterThan(0.95);
    expect(searchCommunes(communes, 'Paris 15e')[0]).toMatchObject({ placement: 'city', latDeg: searchCommunes(communes, 'Paris')[0].latDeg });
    // Saint-Denis de La Réunion: GeoNames files it under RE.
    expect(searchCommunes(communes, 'saint denis').find((h) => h.departement === '974')?.latDeg).toBeCloseTo(-20.88, 1);
    const dunkerque = searchCommunes(communes, 'Dunkerque')[0];
    expect(dunkerque.placement).toBe('postal-neighbour');
    expect(Math.abs((dunkerque.latDeg ?? 0) - 51.03)).toBeLessThan(0.1);
  });
});
