/** The shipped envelope and climate tables are exactly what the build script makes from the doctrine CSVs. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClimateTables, buildEnvelopeTables } from '../../../scripts/dpe/buildEnvelopeTables';
import { doctrineDir, repoRoot } from '../../../tests/dpeCorpus';
import { climateTables, envelopeTables } from './tables';

const hasDoctrine = existsSync(doctrineDir);

describe('envelope tables', () => {
  it.skipIf(!hasDoctrine)('resources/dpe match a fresh build from the doctrine', () => {
    const shippedEnvelope = JSON.parse(readFileSync(path.join(repoRoot, 'resources/dpe/envelope/tables.json'), 'utf8'));
    const shippedClimate = JSON.parse(readFileSync(path.join(repoRoot, 'resources/dpe/climate/climate.json'), 'utf8'));
    expect(shippedEnvelope).toEqual(JSON.parse(JSON.stringify(buildEnvelopeTables(doctrineDir))));
    expect(shippedClimate).toEqual(JSON.parse(JSON.stringify(buildClimateTables(doctrineDir))));
  });
  if (!hasDoctrine) it.skip(`doctrine not found at ${doctrineDir}: test skipped`, () => {});

  it('hold the values printed in annex 1', () => {
    // §3.1: b towards a local non résidentiel (tv id 4) is 0.2; §3.2.3: uph0 "inconnu" is 2.5.
    expect(envelopeTables.b['4']).toBe(0.2);
    expect(envelopeTables.uph0['1']).toBe(2.5);
    // §18.2: H1a below 400 m, January: DH19 = 11 712.4 °C.h, Nref19 = 744 h, E = 38.36 kWh/m².
    const h1a = climateTables.sollicitations['H1a|1|0'];
    expect(h1a.dh19[0]).toBeCloseTo(11712.4, 6);
    expect(h1a.nref19[0]).toBe(744);
    expect(h1a.e[0]).toBeCloseTo(38.36, 6);
    // §11: 24 days of occupation in December.
    expect(climateTables.daysPerMonth).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 24]);
    expect(climateTables.tbase['H3|1']).toBe(-3.5);
  });
});
