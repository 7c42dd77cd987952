import { describe, expect, it } from 'vitest';
import { climateZoneNear, departementToClimateZone, monthlyClimateTargets, nearestDepartement, prefectureOf } from './climateTables';
import { syntheticWeatherYear } from './synthetic';
import { irradiationKwhM2 } from './weatherSeries';

describe('département → climate zone and préfecture defaults', () => {
  it('maps départements as the 3CL table does', () => {
    expect(departementToClimateZone('75')).toBe('H1a');
    expect(departementToClimateZone(6)).toBe('H3');
    expect(departementToClimateZone('2b')).toBe('H3');
    expect(departementToClimateZone('69')).toBe('H1c');
    expect(() => departementToClimateZone('974')).toThrow(/974/);
  });
  it('gives préfecture coordinates and finds the nearest one', () => {
    expect(prefectureOf('69').name).toBe('Lyon');
    expect(nearestDepartement(45.75, 4.85).departement).toBe('69');
    expect(nearestDepartement(47.3, -3.2).departement).toBe('56'); // Belle-Île → Morbihan
    expect(climateZoneNear(43.3, 5.4).zone).toBe('H3'); // Marseille
  });
});

describe('monthly targets from the 3CL tables', () => {
  it('uses table temperatures for whole heated months and plausible summer values', () => {
    const t = monthlyClimateTargets('H1a', 50);
    expect(t.tempC[0]).toBe(2.6);
    expect(t.tempFromTable[0]).toBe(true);
    expect(t.tempFromTable[6]).toBe(false);
    expect(t.tempC[6]).toBeGreaterThan(16);
    expect(t.tempC[6]).toBeLessThan(25);
    expect(t.southVerticalKwhM2[0]).toBe(38.36);
    expect(t.southVerticalKwhM2[6]).toBeNull();
  });
  it('higher altitude class is colder', () => {
    expect(monthlyClimateTargets('H1c', 900).tempC[0]).toBeLessThan(monthlyClimateTargets('H1c', 100).tempC[0]);
    // H1a has no rows above 800 m: the 400–800 m class minus 2 °C is used.
    expect(monthlyClimateTargets('H1a', 900).tempC[0]).toBeCloseTo(0.6 - 2, 10);
  });
});

describe('synthetic weather year', () => {
  const paris = { latDeg: 48.857, lonDeg: 2.352, elevationM: 35, climateZone: 'H1a' as const, year: 2025, seed: 7 };
  const w = syntheticWeatherYear(paris);

  it('is reproducible from its seed and changes with it', () => {
    const again = syntheticWeatherYear(paris);
    expect(Array.from(again.ghiWm2.subarray(0, 500))).toEqual(Array.from(w.ghiWm2.subarray(0, 500)));
    const other = syntheticWeatherYear({ ...paris, seed: 8 });
    expect(Array.from(other.ghiWm2)).not.toEqual(Array.from(w.ghiWm2));
  });

  it('monthly mean temperature matches the targets within 2 %', () => {
    const sums = new Array<number>(12).fill(0);
    const counts = new Array<number>(12).fill(0);
    for (let i = 0; i < w.timeline.length; i++) {
      const m = new Date(w.timeline.startUtcMs + i * 3_600_000).getUTCMonth();
      sums[m] += w.tempC[i];
      counts[m]++;
    }
    for (let m = 0; m < 12; m++) {
      expect(Math.abs(sums[m] / counts[m] - w.targets.tempC[m])).toBeLessThanOrEqual(0.02 * Math.abs(w.targets.tempC[m]) + 1e-9);
    }
  });

  for (const zone of ['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3'] as const) {
    it(`zone ${zone}: south-vertical monthly irradiation from the generated GHI within 2 % of the 3CL table`, () => {
      const y = syntheticWeatherYear({ latDeg: 46, lonDeg: 2, elevationM: 100, climateZone: zone, year: 2024, seed: 11 });
      expect(y.timeline.length).toBe(8784);
      for (let m = 0; m < 12; m++) {
        const target = y.targets.southVerticalKwhM2[m];
        if (target !== null) expect(Math.abs(y.southVerticalKwhM2[m] / target - 1)).toBeLessThan(0.02);
        else expect(y.southVerticalKwhM2[m]).toBeGreaterThanOrEqual(y.targets.southVerticalLowerBoundKwhM2[m] * 0.98);
      }
    });
  }

  it('GHI is zero at night, never above 1.1 × clear sky, and the year is plausible for Paris', () => {
    let nightMax = 0;
    for (let i = 0; i < w.timeline.length; i++) if (i % 24 === 0) nightMax = Math.max(nightMax, w.ghiWm2[i]);
    expect(nightMax).toBe(0);
    const annual = irradiationKwhM2(w.ghiWm2, 60);
    expect(annual).toBeGreaterThan(950);
    expect(annual).toBeLessThan(1350);
  });

  it('resamples to 15 min conserving energy and rejects bad options with the field named', () => {
    const q = syntheticWeatherYear({ ...paris, stepMinutes: 15 });
    expect(q.timeline.stepMinutes).toBe(15);
    expect(Math.abs(irradiationKwhM2(q.ghiWm2, 15) / irradiationKwhM2(w.ghiWm2, 60) - 1)).toBeLessThan(1e-9);
    expect(() => syntheticWeatherYear({ ...paris, climateZone: 'H4' as 'H1a' })).toThrow(/climateZone/);
    expect(() => syntheticWeatherYear({ ...paris, latDeg: 100 })).toThrow(/latDeg/);
  });
});
