import { describe, expect, it } from 'vitest';
import { spaPosition } from '../solar/spa';
import { sunRiseTransitSet } from '../solar/sunRiseSet';
import { sunAt, sunPath } from './sunPath';

const site = { latDeg: 47.35, lonDeg: -3.16, elevationM: 20 };

describe('sun over the site', () => {
  it('gives the SPA position and a unit vector towards it', () => {
    const t = Date.UTC(2025, 4, 15, 12, 0);
    const s = sunAt(site, t);
    const p = spaPosition(t, site);
    expect(s.azimuthDeg).toBe(p.azimuthDeg);
    expect(s.elevationDeg).toBe(p.elevationDeg);
    expect(Math.hypot(s.direction.x, s.direction.y, s.direction.z)).toBeCloseTo(1, 12);
    expect(s.direction.y).toBeGreaterThan(0); // near noon the sun is in the south (+y)
  });

  it('the day path rises and sets where the SPA sunrise/sunset say (apparent elevation −0.833°)', () => {
    const day = Date.UTC(2025, 4, 15);
    const path = sunPath(site, day, 24, 1);
    expect(path.utcMs.length).toBe(1441);
    const rs = sunRiseTransitSet(2025, 5, 15, 0, site, 69);
    let rise = NaN;
    let set = NaN;
    for (let i = 1; i < path.utcMs.length; i++) {
      if (path.elevationDeg[i - 1] < -0.8333 && path.elevationDeg[i] >= -0.8333) rise = path.utcMs[i];
      if (path.elevationDeg[i - 1] >= -0.8333 && path.elevationDeg[i] < -0.8333) set = path.utcMs[i];
    }
    expect(Math.abs(rise - rs.sunriseUtcMs)).toBeLessThan(2 * 60_000);
    expect(Math.abs(set - rs.sunsetUtcMs)).toBeLessThan(2 * 60_000);
    // Highest point at transit, due south.
    let best = 0;
    for (let i = 1; i < path.utcMs.length; i++) if (path.elevationDeg[i] > path.elevationDeg[best]) best = i;
    expect(Math.abs(path.utcMs[best] - rs.transitUtcMs)).toBeLessThan(2 * 60_000);
    expect(path.azimuthDeg[best]).toBeCloseTo(180, 0);
  });

  it('refuses a zero step', () => {
    expect(() => sunPath(site, 0, 24, 0)).toThrow(/stepMinutes/);
  });
});
