import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_KM, haversineKm } from './geo';
import { checkPerimeter, type PerimeterInput } from './perimeter';

/** A point `km` north of (49.53 N, 1.04 E) along the meridian: haversine is exact there. */
const north = (km: number) => 49.53 + (km / EARTH_MEAN_RADIUS_KM) * (180 / Math.PI);

function op(km: number, peakKw: number, rest: Partial<PerimeterInput> = {}): PerimeterInput {
  return {
    participants: [
      { prm: '30000000000001', role: 'producer', latDeg: 49.53, lonDeg: 1.04, peakKw },
      { prm: '30000000000002', role: 'consumer', latDeg: 49.53 + 0.001, lonDeg: 1.04 },
      { prm: '30000000000003', role: 'consumer', latDeg: north(km), lonDeg: 1.04 },
    ],
    dateIso: '2024-06-01',
    ...rest,
  };
}

describe('haversine', () => {
  it('matches the published BNA–LAX example (Rosetta Code "Haversine formula": 2887.2600 km at R = 6372.8 km)', () => {
    const d = haversineKm(36.12, -86.67, 33.94, -118.4);
    expect(d * (6372.8 / EARTH_MEAN_RADIUS_KM)).toBeCloseTo(2887.26, 2);
  });
  it('gives 1° of latitude = πR/180', () => {
    expect(haversineKm(49, 1, 50, 1)).toBeCloseTo((Math.PI * EARTH_MEAN_RADIUS_KM) / 180, 9);
  });
});

describe('ACC perimeter (arrêté du 21 novembre 2019 and amendments)', () => {
  it('accepts 1.99 km and refuses 2.01 km without derogation', () => {
    const ok = checkPerimeter(op(1.99, 100));
    expect(ok.maxDistanceKm).toBeCloseTo(1.99, 6);
    expect(ok.distanceOk).toBe(true);
    expect(ok.eligible).toBe(true);
    const ko = checkPerimeter(op(2.01, 100));
    expect(ko.distanceOk).toBe(false);
    expect(ko.eligible).toBe(false);
    expect(ko.problems[0]).toMatch(/2\.010 km apart, more than 2 km/);
    expect(ko.farthest).toEqual(['30000000000001', '30000000000003']);
  });

  it('accepts exactly 2 km ("n\'excède pas")', () => {
    expect(checkPerimeter(op(2, 100)).distanceOk).toBe(true);
  });

  it('applies the periurban 10 km derogation only from 8 October 2023', () => {
    expect(checkPerimeter(op(9.99, 100, { derogation: 'periurban', dateIso: '2023-10-08' })).eligible).toBe(true);
    expect(checkPerimeter(op(10.01, 100, { derogation: 'periurban', dateIso: '2024-01-01' })).eligible).toBe(false);
    const early = checkPerimeter(op(5, 100, { derogation: 'periurban', dateIso: '2023-10-07' }));
    expect(early.distanceLimitKm).toBe(2);
    expect(early.eligible).toBe(false);
  });

  it('applies the rural 20 km derogation from 19 October 2020', () => {
    expect(checkPerimeter(op(19.99, 100, { derogation: 'rural', dateIso: '2020-10-19' })).eligible).toBe(true);
    expect(checkPerimeter(op(20.01, 100, { derogation: 'rural', dateIso: '2024-01-01' })).eligible).toBe(false);
    expect(checkPerimeter(op(15, 100, { derogation: 'rural', dateIso: '2020-10-18' })).eligible).toBe(false);
  });

  it('caps production strictly below 3 MW until 5 March 2025, 5 MW from 6 March 2025', () => {
    expect(checkPerimeter(op(1, 2999, { dateIso: '2025-03-05' })).powerOk).toBe(true);
    expect(checkPerimeter(op(1, 3000, { dateIso: '2025-03-05' })).powerOk).toBe(false);
    const after = checkPerimeter(op(1, 3000, { dateIso: '2025-03-06' }));
    expect(after.powerOk).toBe(true);
    expect(after.powerCapKw).toBe(5000);
    expect(after.rule).toMatch(/21 février 2025/);
    expect(checkPerimeter(op(1, 5000, { dateIso: '2026-01-01' })).powerOk).toBe(false);
  });

  it('caps ZNI operations below 0.5 MW', () => {
    expect(checkPerimeter(op(1, 499, { zone: 'zni', dateIso: '2026-01-01' })).powerOk).toBe(true);
    expect(checkPerimeter(op(1, 500, { zone: 'zni', dateIso: '2026-01-01' })).powerOk).toBe(false);
  });

  it('public bodies within one EPCI: no km limit and 10 MW from 6 March 2025', () => {
    const r = checkPerimeter(op(35, 9000, { derogation: 'epci-public', dateIso: '2025-06-01' }));
    expect(r.distanceLimitKm).toBeNull();
    expect(r.powerCapKw).toBe(10_000);
    expect(r.eligible).toBe(true);
    expect(checkPerimeter(op(35, 900, { derogation: 'epci-public', dateIso: '2025-03-05' })).eligible).toBe(false);
  });

  it('knows no extended perimeter before 25 November 2019 and states the rule applied', () => {
    expect(checkPerimeter(op(0.5, 10, { dateIso: '2019-11-24' })).eligible).toBe(false);
    expect(checkPerimeter(op(0.5, 10, { dateIso: '2019-11-25' })).rule).toMatch(/≤ 2 km.*< 3 MW.*arrêté du 21 novembre 2019/);
  });
});
