import { describe, expect, it } from 'vitest';
import { incidenceAngleDeg, spaPosition } from './spa';
import { sunRiseTransitSet } from './sunRiseSet';

// Reda & Andreas, NREL/TP-560-34302 (rev. 2008), Table A5.1 and §4 example.
const site = { latDeg: 39.742476, lonDeg: -105.1786, elevationM: 1830.14, pressureMbar: 820, temperatureC: 11 };
const instant = Date.parse('2003-10-17T12:30:30-07:00');

describe('NREL SPA, report example 2003-10-17 12:30:30 UTC−7', () => {
  const r = spaPosition(instant, site, 67);

  it('reproduces the intermediate values of Table A5.1', () => {
    expect(r.geocentric.jd).toBeCloseTo(2452930.312847, 6);
    expect(r.geocentric.radiusAu).toBeCloseTo(0.9965422974, 9);
    expect(r.geocentric.nutationLongitudeDeg).toBeCloseTo(-0.0039984, 7);
    expect(r.geocentric.obliquityDeg).toBeCloseTo(23.440465, 6);
    expect(r.geocentric.rightAscensionDeg).toBeCloseTo(202.22741, 5);
    expect(r.geocentric.declinationDeg).toBeCloseTo(-9.31434, 5);
    expect(r.hourAngleDeg).toBeCloseTo(11.10629, 4);
    expect(r.declinationDeg).toBeCloseTo(-9.316179, 6);
    expect(r.equationOfTimeMin).toBeCloseTo(14.641503, 4);
  });

  it('gives zenith, azimuth and incidence within 1e-4°', () => {
    expect(Math.abs(r.zenithDeg - 50.11162)).toBeLessThan(1e-4);
    expect(Math.abs(r.azimuthDeg - 194.34024)).toBeLessThan(1e-4);
    expect(Math.abs(incidenceAngleDeg(r.zenithDeg, r.azimuthDeg, 30, -10) - 25.187)).toBeLessThan(1e-4);
  });

  it('gives sunrise, transit and sunset of the example (A.2)', () => {
    const rts = sunRiseTransitSet(2003, 10, 17, -7, site, 67);
    expect(rts.sunriseLocalH).toBeCloseTo(6.212067, 4);
    expect(rts.transitLocalH).toBeCloseTo(11.768045, 4);
    expect(rts.sunsetLocalH).toBeCloseTo(17.338667, 4);
    expect(new Date(rts.sunsetUtcMs).toISOString().slice(0, 16)).toBe('2003-10-18T00:20');
  });

  it('has no sunrise in polar night', () => {
    const rts = sunRiseTransitSet(2025, 12, 21, 1, { latDeg: 78.2, lonDeg: 15.6 }, 69);
    expect(rts.sunriseLocalH).toBeNaN();
    expect(rts.transitLocalH).toBeGreaterThan(11);
  });

  it('sun is near zenith at equinox noon on the equator and near horizon at sunrise', () => {
    const eq = spaPosition(Date.UTC(2025, 2, 20, 12, 7), { latDeg: 0, lonDeg: 0, elevationM: 0 });
    expect(eq.zenithDeg).toBeLessThan(1);
    const rts = sunRiseTransitSet(2025, 6, 21, 2, { latDeg: 48.8566, lonDeg: 2.3522 }, 69);
    // Without refraction (pressure 0) the geometric elevation at sunrise is h0′ = −0.8333° (A.2).
    const atRise = spaPosition(rts.sunriseUtcMs, { latDeg: 48.8566, lonDeg: 2.3522, elevationM: 0, pressureMbar: 0 });
    expect(atRise.elevationDeg).toBeCloseTo(-0.8333, 2);
  });
});
