import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLD_WATER_TEMP_BELOW_400M_C, type ClimateZone, coldWaterTempC, dailyHotWaterNeedFactor } from './coldWaterTemperature';

const table = fileURLToPath(new URL('../../../../shared/reference/dpe/doctrine/abaques/climat/sollicitations.csv', import.meta.url));

describe('cold-water temperature (3CL annex 1 §18)', () => {
  it.skipIf(!existsSync(table))('matches the Tefs column of the 3CL climate table below 400 m (reference data)', () => {
    const lines = readFileSync(table, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
    const header = lines[0].split(';');
    const col = (name: string) => header.indexOf(name);
    let checked = 0;
    for (const line of lines.slice(1)) {
      const f = line.split(';');
      if (f[col('altitude/lte')] !== '400' || f[col('tefs')] === '') continue;
      const zone = f[col('zone_climatique')] as ClimateZone;
      const month0 = Number(f[col('mois')]) - 1;
      expect(COLD_WATER_TEMP_BELOW_400M_C[zone][month0]).toBe(Number(f[col('tefs')]));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(96);
  });
  it('gives the need factor 40 − Tefs and the altitude correction', () => {
    expect(dailyHotWaterNeedFactor('H1a', 0)).toBeCloseTo(32.2, 12);
    expect(dailyHotWaterNeedFactor('H1a', 7)).toBeCloseTo(22.2, 12);
    expect(coldWaterTempC('H1b', 0, 900)).toBeCloseTo(2.9, 12);
  });
});
