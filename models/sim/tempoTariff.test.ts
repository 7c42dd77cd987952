import { describe, expect, it } from 'vitest';
import { belleIleScenario } from '../examples/belleIle';
import { assembleScenario } from './assemble';
import { microgridScenarioSchema } from './scenarioSchema';

describe('Tempo tariff in a micro-grid scenario', () => {
  it('prices each day by its colour: 22 red days of peak hours at the highest price, off-peak 22:00–06:00', () => {
    const base = belleIleScenario(60);
    const sc = microgridScenarioSchema.parse({ ...base, grid: { ...base.grid, tariff: { kind: 'tempo' } } });
    const { input } = assembleScenario(sc);
    const price = input.series.importPriceEurPerKwh;
    const offPeak = input.series.offPeak;
    const max = Math.max(...price);
    let redPeakHours = 0;
    let offPeakHours = 0;
    for (let i = 0; i < price.length; i++) {
      if (price[i] === max) redPeakHours++;
      offPeakHours += offPeak[i];
    }
    // 22 red days × 16 peak hours (06:00–22:00); red never on weekends, only November to March.
    expect(redPeakHours).toBe(22 * 16);
    expect(offPeakHours).toBe(365 * 8);
    const distinct = new Set(price);
    expect(distinct.size).toBe(6); // blue, white, red × peak, off-peak
  });

  it('refuses an unknown tariff kind with the field named', () => {
    const base = belleIleScenario(60);
    const r = microgridScenarioSchema.safeParse({ ...base, grid: { ...base.grid, tariff: { kind: 'ejp' } } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toMatch(/grid.tariff.kind must be/);
  });
});
