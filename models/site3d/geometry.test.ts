import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidenceAngleDeg } from '../solar/spa';
import { dot, panelNormal, rectCorners, rectsOverlap, sunDirection } from './geometry';

const DEG = Math.PI / 180;

describe('sun vector and panel normal (plan axes x east, y south, z up)', () => {
  it('points where the compass says', () => {
    const south30 = sunDirection(180, 30);
    expect(south30.x).toBeCloseTo(0, 12);
    expect(south30.y).toBeCloseTo(Math.cos(30 * DEG), 12); // south is +y
    expect(south30.z).toBeCloseTo(0.5, 12);
    const east = sunDirection(90, 0);
    expect(east.x).toBeCloseTo(1, 12);
    expect(sunDirection(0, 0).y).toBeCloseTo(-1, 12); // north is −y
    const flat = panelNormal(0, 123);
    expect(Math.hypot(flat.x, flat.y)).toBe(0);
    expect(flat.z).toBe(1);
    const wall = panelNormal(90, 270);
    expect(wall.x).toBeCloseTo(-1, 12);
    expect(wall.z).toBeCloseTo(0, 12);
  });

  it('gives Duffie & Beckman Example 1.6.1: Madison, 13 Feb, 10:30 solar time, slope 45°, 15° west of south → θ = 35°', () => {
    // Book values: φ = 43°, δ = −14°, ω = −22.5°; sun position from eq. 1.6.5 and 1.6.6.
    const lat = 43 * DEG;
    const decl = -14 * DEG;
    const omega = -22.5 * DEG;
    const cosZ = Math.cos(lat) * Math.cos(decl) * Math.cos(omega) + Math.sin(lat) * Math.sin(decl);
    const zenith = Math.acos(cosZ);
    const gammaS = Math.sign(omega) * Math.abs(Math.acos((cosZ * Math.sin(lat) - Math.sin(decl)) / (Math.sin(zenith) * Math.cos(lat)))); // from south, west +
    const sun = sunDirection(180 + gammaS / DEG, 90 - zenith / DEG);
    const n = panelNormal(45, 180 + 15);
    expect(dot(sun, n)).toBeCloseTo(0.818, 2); // the book sums rounded terms of eq. 1.6.2
    expect(Math.acos(dot(sun, n)) / DEG).toBeCloseTo(35, 0);
  });

  it('agrees with the SPA incidence angle (eq. 47) for any sun and surface', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 360, noNaN: true }), fc.double({ min: -10, max: 90, noNaN: true }), fc.double({ min: 0, max: 90, noNaN: true }), fc.double({ min: 0, max: 360, noNaN: true }), (az, el, tilt, surfAz) => {
        const cosI = dot(sunDirection(az, el), panelNormal(tilt, surfAz));
        const spa = incidenceAngleDeg(90 - el, az, tilt, surfAz - 180);
        expect(Math.acos(Math.max(-1, Math.min(1, cosI))) / DEG).toBeCloseTo(spa, 6);
      }),
    );
  });
});

describe('oriented rectangles', () => {
  it('rotation turns the width axis from east towards south', () => {
    const c = rectCorners({ cxM: 0, cyM: 0, widthM: 4, depthM: 2, rotationDeg: 90 });
    const xs = c.map((p) => p.x);
    const ys = c.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(2, 12);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(4, 12);
  });
  it('separating-axis overlap test', () => {
    const a = { cxM: 0, cyM: 0, widthM: 2, depthM: 2, rotationDeg: 0 };
    expect(rectsOverlap(a, { ...a, cxM: 1.9 })).toBe(true);
    expect(rectsOverlap(a, { ...a, cxM: 2 })).toBe(false); // touching edges only
    expect(rectsOverlap(a, { ...a, cxM: 2.3, rotationDeg: 45 })).toBe(true); // the diamond's corner reaches in (1.41 half-diagonal)
    expect(rectsOverlap(a, { ...a, cxM: 2.5, rotationDeg: 45 })).toBe(false);
  });
});
