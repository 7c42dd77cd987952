import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCommuneIndex, COMMUNES_JSON } from './buildCommunes';

describe('resources/geo/communes.json', () => {
  it('is what scripts/buildCommunes.ts builds from the pinned COG and GeoNames packages', () => {
    expect(JSON.parse(readFileSync(COMMUNES_JSON, 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildCommuneIndex())));
  });
});
