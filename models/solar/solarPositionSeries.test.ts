import { describe, expect, it } from 'vitest';
import { yearTimeline } from '../core/timeline';
import { solarPositionSeries } from './solarPositionSeries';
import { spaPosition } from './spa';

function angleDiff(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

describe('solarPositionSeries (interpolated geocentric SPA)', () => {
  for (const site of [
    { latDeg: 45, lonDeg: 8, elevationM: 250 },
    { latDeg: -33.9, lonDeg: 151.2, elevationM: 30 },
    { latDeg: 64.1, lonDeg: -21.9, elevationM: 10 },
  ]) {
    it(`matches full SPA within 0.001° over a year at 1-min steps (lat ${site.latDeg})`, () => {
      const tl = yearTimeline(2025, 1);
      const s = solarPositionSeries(tl, site);
      expect(s.zenithDeg.length).toBe(525_600);
      let maxZenith = 0;
      let maxAzimuth = 0;
      for (let i = 0; i < tl.length; i += 211) {
        const p = spaPosition(tl.startUtcMs + (i + 0.5) * 60_000, site);
        maxZenith = Math.max(maxZenith, Math.abs(p.zenithDeg - s.zenithDeg[i]));
        expect(s.apparentElevationDeg[i]).toBeCloseTo(90 - s.zenithDeg[i], 12);
        // Azimuth is ill-defined within a few arcseconds of the zenith; the sites here never get there.
        maxAzimuth = Math.max(maxAzimuth, angleDiff(p.azimuthDeg, s.azimuthDeg[i]));
      }
      expect(maxZenith).toBeLessThan(0.001);
      expect(maxAzimuth).toBeLessThan(0.001);
    });
  }

  it('evaluates each step at its middle', () => {
    const tl = { startUtcMs: Date.UTC(2025, 5, 21, 10), stepMinutes: 60, length: 3 };
    const site = { latDeg: 45, lonDeg: 8, elevationM: 250 };
    const s = solarPositionSeries(tl, site);
    expect(s.zenithDeg[1]).toBeCloseTo(spaPosition(Date.UTC(2025, 5, 21, 11, 30), site).zenithDeg, 3);
  });
});

describe('site validation', () => {
  it('names the bad field', () => {
    expect(() => solarPositionSeries({ startUtcMs: 0, stepMinutes: 60, length: 2 }, { latDeg: 91, lonDeg: 0, elevationM: 0 })).toThrow(/site\.latDeg: latDeg must be ≤ 90/);
  });
});
