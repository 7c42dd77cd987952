import { describe, expect, it } from 'vitest';
import { yearTimeline } from '../core/timeline';
import { portfolioFlex } from './portfolioFlex';

const n = yearTimeline(2025, 60).length;
// A plain heating season: 20 °C in June–August, 5 °C otherwise (no weather needed for the check).
const temp = new Float64Array(n);
for (let t = 0; t < n; t++) temp[t] = t >= 151 * 24 && t < 243 * 24 ? 20 : 5;

describe('building-type defaults', () => {
  const pf = portfolioFlex(
    {
      name: 'd',
      sites: [
        { name: 'School', buildingType: 'school', latDeg: 49.53, lonDeg: 1.04, annualKwh: 100_000, subscribedKva: 72, prm: '30000000000001' },
        { name: 'Lights', buildingType: 'streetLighting', latDeg: 49.53, lonDeg: 1.04, annualKwh: 41_000, subscribedKva: 36, prm: '30000000000002' },
        { name: 'Flats', buildingType: 'housing', latDeg: 49.53, lonDeg: 1.04, annualKwh: 120_000, subscribedKva: 120, prm: '30000000000003', electricHeating: 'none' },
      ],
    },
    { outdoorTempC: temp },
  );
  const energy = (a: Float64Array) => a.reduce((s, v) => s + v, 0);

  it('calibrates default heating to its share of the annual consumption (45 % for a school)', () => {
    const heating = pf.sites[0].assets.find((a) => a.kind === 'heating')!;
    expect(energy(heating.envelope.baselineKw) / 45_000).toBeCloseTo(1, 1);
    expect(pf.sites[0].defaultsUsed).toBe(true);
  });

  it('gives a lighting network its whole annual energy over the simulated nights', () => {
    expect(energy(pf.sites[1].baselineKw)).toBeCloseTo(41_000, 0);
  });

  it('sizes housing hot water per dwelling and adds no heating when there is none', () => {
    const kinds = pf.sites[2].assets.map((a) => a.kind);
    expect(kinds).toEqual(['waterHeater']);
    const wh = pf.sites[2].assets[0].asset as { count: number };
    expect(wh.count).toBe(20);
    expect(energy(pf.sites[2].baselineKw)).toBeLessThan(120_000);
  });
});
