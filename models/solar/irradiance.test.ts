import { describe, expect, it } from 'vitest';
import { absoluteAirMass, pressureFromAltitudePa, relativeAirMass } from './airMass';
import { clearSkyAt, clearSkySeries, ineichenPerez } from './clearSky';
import { disc, erbs } from './decomposition';
import { eccentricityCorrection, extraterrestrialNormalWm2 } from './extraterrestrial';
import { horizonElevationDeg, horizonProfileSchema } from './horizon';
import { geocentricSun } from './spa';
import {
  cosAngleOfIncidence,
  groundReflected,
  hayDaviesSkyDiffuse,
  isotropicSkyDiffuse,
  perezSkyDiffuse,
  poaIrradiance,
} from './transposition';

describe('extraterrestrial irradiance (Spencer 1971)', () => {
  it('matches pvlib reference value for 2016-10-26 (1383.6 W/m²)', () => {
    expect(extraterrestrialNormalWm2(300)).toBeCloseTo(1383.64, 0);
  });
  it('agrees with 1/R² from the SPA radius vector within 0.15 % all year (Spencer ignores the drift of perihelion)', () => {
    for (let doy = 1; doy <= 365; doy += 7) {
      const r = geocentricSun(Date.UTC(2025, 0, doy, 12)).radiusAu;
      expect(Math.abs(eccentricityCorrection(doy) * r * r - 1)).toBeLessThan(1.5e-3);
    }
  });
});

describe('air mass (Kasten & Young 1989)', () => {
  it('gives the paper table: 1.0 at zenith, 37.92 at the horizon', () => {
    expect(relativeAirMass(0)).toBeCloseTo(0.9997, 4);
    expect(relativeAirMass(90)).toBeCloseTo(37.92, 2);
    expect(relativeAirMass(60)).toBeCloseTo(1.9942, 3);
    expect(relativeAirMass(95)).toBeNaN();
  });
  it('pressure at 1000 m is 89 875 Pa in the standard atmosphere', () => {
    expect(pressureFromAltitudePa(1000)).toBeCloseTo(89_875, -1);
    expect(absoluteAirMass(2, 50_662.5)).toBeCloseTo(1, 6);
  });
});

describe('Ineichen–Perez clear sky (pvlib test values)', () => {
  it('zenith 10°, AM 1, TL 3, sea level, I0 = 1364', () => {
    const c = ineichenPerez(10, 1, 3, 0, 1364);
    expect(c.ghiWm2).toBeCloseTo(1038.159219, 5);
    expect(c.dniWm2).toBeCloseTo(942.2081860378344, 6);
    expect(c.dhiWm2).toBeCloseTo(110.26529293612793, 6);
  });
  it('I0 = 1370', () => {
    const c = ineichenPerez(10, 1, 3, 0, 1370);
    expect(c.ghiWm2).toBeCloseTo(1042.72590228, 5);
    expect(c.dniWm2).toBeCloseTo(946.35279683, 5);
  });
  it('gives a clear-sky year: zero at night, a plausible annual total at 45° N', () => {
    const tl = { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 60, length: 8760 };
    const cs = clearSkySeries(tl, { latDeg: 45, lonDeg: 8, elevationM: 250 });
    expect(cs.ghiWm2[0]).toBe(0);
    const annualKwhM2 = cs.ghiWm2.reduce((s, v) => s + v, 0) / 1000;
    // Sanity range: clear-sky GHI exceeds the measured TMY of the site (1430 kWh/m²) by 10–50 %.
    expect(annualKwhM2).toBeGreaterThan(1.1 * 1430);
    expect(annualKwhM2).toBeLessThan(1.5 * 1430);
    for (let i = 0; i < 8760; i++) expect(cs.dhiWm2[i]).toBeGreaterThanOrEqual(0);
  });
  it('is zero at night and falls with turbidity', () => {
    expect(clearSkyAt(95, 0, 1367, 3).ghiWm2).toBe(0);
    expect(clearSkyAt(40, 0, 1367, 5).ghiWm2).toBeLessThan(clearSkyAt(40, 0, 1367, 3).ghiWm2);
  });
});

describe('Erbs decomposition (pvlib test values)', () => {
  it('GHI 1000 at zenith 10°, day 180', () => {
    const d = erbs(1000, 10, extraterrestrialNormalWm2(180));
    expect(d.dniWm2).toBeCloseTo(842.358, 0);
    expect(d.dhiWm2).toBeCloseTo(170.439, 0);
    expect(d.kt).toBeCloseTo(0.76892, 3);
  });
  it('GHI 50 at zenith 85°, 1 January', () => {
    const d = erbs(50, 85, extraterrestrialNormalWm2(1));
    expect(d.dniWm2).toBeCloseTo(96.7192672, 3);
    expect(d.dhiWm2).toBeCloseTo(41.5703604, 4);
  });
  it('no beam below the horizon or beyond 87°', () => {
    expect(erbs(0, 120, 1400).dniWm2).toBe(0);
    expect(erbs(1, 89.99, 1400).dniWm2).toBe(0);
  });
});

describe('DISC decomposition (Maxwell 1987; pvlib test values, I0 with solar constant 1370)', () => {
  const i0 = extraterrestrialNormalWm2(175, 1370); // 2014-06-24
  it('at 93 193 Pa', () => {
    const a = disc(1038.62, 10.567, i0, 93_193);
    expect(a.dniWm2).toBeCloseTo(830.46567, 4);
    expect(a.kt).toBeCloseTo(0.79742, 5);
    expect(a.airMass).toBeCloseTo(0.93505, 5);
    const b = disc(254.53, 72.469, i0, 93_193);
    expect(b.dniWm2).toBeCloseTo(676.09497, 4);
    expect(b.airMass).toBeCloseTo(3.02102, 5);
  });
  it('at sea level', () => {
    expect(disc(1038.62, 10.567, i0).dniWm2).toBeCloseTo(868.72425, 4);
    expect(disc(254.53, 72.469, i0).dniWm2).toBeCloseTo(680.66679, 4);
    expect(disc(50, 89, i0).dniWm2).toBe(0);
  });
});

describe('transposition (pvlib test_irradiance fixtures: Tucson 2014-06-24, tilt 40°, south)', () => {
  const dhi = [0, 40.46149818, 118.45831879, 62.03376265];
  const dni = [0, 316.1949056, 939.95469881, 646.22886049];
  const zen = [124.0390863, 82.85457044, 10.56413562, 72.41687122];
  const az = [352.69550699, 66.71410338, 144.76567754, 287.04104128];
  const am = [NaN, 7.58831596, 1.01688136, 3.27930443];
  const et = 1321.1655834833093;

  it('isotropic and ground reflection', () => {
    expect(isotropicSkyDiffuse(40, 100)).toBeCloseTo(88.30222215594891, 10);
    expect(groundReflected(40, 900, 0.25)).toBeCloseTo(26.32000014911496, 10);
  });
  it('Hay–Davies', () => {
    const expected = [0, 27.1775, 102.9949, 33.1909];
    for (let i = 1; i < 4; i++) {
      const c = cosAngleOfIncidence(40, 180, zen[i], az[i]);
      expect(hayDaviesSkyDiffuse(40, c, dhi[i], dni[i], et, zen[i])).toBeCloseTo(expected[i], 3);
    }
  });
  it('Perez 1990 all-sites composite', () => {
    const expected = [0, 31.46046871, 109.084332, 45.45539877];
    for (let i = 0; i < 4; i++) {
      const c = cosAngleOfIncidence(40, 180, zen[i], az[i]);
      expect(Math.abs(perezSkyDiffuse(40, c, dhi[i], dni[i], et, zen[i], am[i]) - expected[i])).toBeLessThan(0.01);
    }
  });
  it('POA sums beam, sky and ground; a blocked sun loses its beam', () => {
    const input = { surfaceTiltDeg: 40, surfaceAzimuthDeg: 180, zenithDeg: zen[2], sunAzimuthDeg: az[2], ghiWm2: 1042.48, dniWm2: dni[2], dhiWm2: dhi[2], dniExtraWm2: et, relativeAirMass: am[2], albedo: 0.2, model: 'perez' as const };
    const p = { ...poaIrradiance(input) };
    expect(p.globalWm2).toBeCloseTo(p.beamWm2 + p.skyDiffuseWm2 + p.groundWm2, 10);
    expect(p.beamWm2).toBeCloseTo(dni[2] * p.cosAoi, 10);
    const blocked = poaIrradiance({ ...input, beamBlocked: true });
    expect(blocked.beamWm2).toBe(0);
    expect(blocked.globalWm2).toBeLessThan(p.globalWm2);
  });
});

describe('horizon profile', () => {
  const h = horizonProfileSchema.parse({ azimuthsDeg: [0, 90, 180, 270], elevationsDeg: [0, 10, 20, 10] });
  it('interpolates and wraps around north', () => {
    expect(horizonElevationDeg(h, 135)).toBeCloseTo(15, 10);
    expect(horizonElevationDeg(h, 315)).toBeCloseTo(5, 10);
    expect(horizonElevationDeg(h, 360)).toBeCloseTo(0, 10);
  });
  it('rejects a malformed profile with a message naming the field', () => {
    const r = horizonProfileSchema.safeParse({ azimuthsDeg: [0, 90], elevationsDeg: [0] });
    expect(r.success).toBe(false);
  });
});
