import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClimate3cl, buildDepartementZones, DEFAULT_REFERENCE_CLIMAT_DIR } from './buildClimateTables';

const here = path.dirname(new URL(import.meta.url).pathname);
const have = existsSync(path.join(DEFAULT_REFERENCE_CLIMAT_DIR, 'sollicitations.csv'));
if (!have) console.warn(`buildClimateTables.test: ${DEFAULT_REFERENCE_CLIMAT_DIR} not found; shipped-table check skipped`);

describe.skipIf(!have)('resources/climate tables match the 3CL CSVs', () => {
  it('climate-3cl.json equals what the script builds from sollicitations.csv', () => {
    const shipped = JSON.parse(readFileSync(path.join(here, '../resources/climate/climate-3cl.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(buildClimate3cl(DEFAULT_REFERENCE_CLIMAT_DIR))));
    expect(Object.keys(shipped.zones).sort()).toEqual(['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3']);
    expect(shipped.zones.H1a.below400[0]).toEqual({ textC: 2.6, eKwhM2: 38.36, nref19H: 744 });
  });
  it('departement-zones.json equals zone-climatique.csv (96 départements)', () => {
    const shipped = JSON.parse(readFileSync(path.join(here, '../resources/climate/departement-zones.json'), 'utf8'));
    expect(shipped).toEqual(buildDepartementZones(DEFAULT_REFERENCE_CLIMAT_DIR));
    expect(Object.keys(shipped.zones)).toHaveLength(96);
  });
});
