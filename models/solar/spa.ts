/**
 * NREL Solar Position Algorithm (SPA), full version.
 * Source: I. Reda, A. Andreas, "Solar Position Algorithm for Solar Radiation Applications",
 * NREL/TP-560-34302, revised January 2008. Section numbers below refer to §3 of that report
 * (3.1 Julian day … 3.14 incidence angle), equations (4)–(47). Stated uncertainty ±0.0003°
 * for years −2000…6000. Validated against the report's example (Table A5.1) in spa.test.ts.
 *
 * The computation is split in two so the vectorised path (solarPositionSeries.ts) can reuse it:
 * `geocentricSun` (slow: periodic terms, nutation, aberration — depends on time only) and
 * `topocentricFromGeocentric` (fast: hour angle, parallax, refraction — depends on the site).
 */
import { z } from 'zod';
import { B_TERMS, L_TERMS, NUTATION_STRIDE, NUTATION_TERMS, R_TERMS } from './spaTables';

const DEG = Math.PI / 180;
const RAD = 180 / Math.PI;
/** Sun's angular radius (°), used for the refraction cut-off and sunrise (SPA §3.12, A.2). */
export const SUN_RADIUS_DEG = 0.26667;
/** Refraction at sunrise/sunset (°), SPA §3.12 (default of the reference implementation). */
export const ATMOS_REFRACTION_DEG = 0.5667;
/** Default ΔT = TT − UT1 in seconds; ~69 s for 2015–2030 (IERS bulletins). Error of a few seconds moves the sun by < 1e-4°. */
export const DEFAULT_DELTA_T_S = 69;

/** Julian day from UTC milliseconds (equivalent to SPA eq. 4 for Gregorian dates). */
export function julianDayFromUtcMs(utcMs: number): number {
  return utcMs / 86_400_000 + 2_440_587.5;
}

function limitDegrees(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

function earthSeriesSum(terms: Float64Array, jme: number): number {
  let sum = 0;
  for (let k = 0; k < terms.length; k += 3) sum += terms[k] * Math.cos(terms[k + 1] + terms[k + 2] * jme);
  return sum;
}

/** Σ_i L_i·JME^i / 1e8 (SPA eq. 9–12). */
function earthValue(series: readonly Float64Array[], jme: number): number {
  let sum = 0;
  let power = 1;
  for (let i = 0; i < series.length; i++) {
    sum += earthSeriesSum(series[i], jme) * power;
    power *= jme;
  }
  return sum / 1e8;
}

/** Everything that depends on time only (SPA §3.1–3.8). Angles in degrees. */
export interface GeocentricSun {
  /** Julian day (UT) and Julian ephemeris millennium (TT), eq. 4, 8. */
  readonly jd: number;
  readonly jme: number;
  /** Earth radius vector (AU), eq. 14. */
  readonly radiusAu: number;
  /** Geocentric right ascension α (°, 0–360), eq. 28. */
  readonly rightAscensionDeg: number;
  /** Geocentric declination δ (°), eq. 29. */
  readonly declinationDeg: number;
  /** Apparent sidereal time at Greenwich ν (°, 0–360), eq. 26. */
  readonly siderealTimeDeg: number;
  /** Nutation in longitude Δψ (°) and true obliquity ε (°), eq. 20, 25. */
  readonly nutationLongitudeDeg: number;
  readonly obliquityDeg: number;
}

export function geocentricSun(utcMs: number, deltaTSeconds: number = DEFAULT_DELTA_T_S): GeocentricSun {
  const jd = julianDayFromUtcMs(utcMs);
  const jc = (jd - 2_451_545) / 36_525; // eq. 6
  const jde = jd + deltaTSeconds / 86_400; // eq. 5
  const jce = (jde - 2_451_545) / 36_525; // eq. 7
  const jme = jce / 10; // eq. 8

  const lDeg = limitDegrees(earthValue(L_TERMS, jme) * RAD); // eq. 9–11
  const bDeg = earthValue(B_TERMS, jme) * RAD; // eq. 12
  const radiusAu = earthValue(R_TERMS, jme); // eq. 14

  const thetaDeg = limitDegrees(lDeg + 180); // eq. 15 geocentric longitude
  const betaDeg = -bDeg; // eq. 16

  // Nutation, eq. 15–23 (X0..X4 in degrees, eq. 15–19 of §3.4).
  const x0 = 297.85036 + jce * (445_267.11148 + jce * (-0.0019142 + jce / 189_474));
  const x1 = 357.52772 + jce * (35_999.05034 + jce * (-0.0001603 - jce / 300_000));
  const x2 = 134.96298 + jce * (477_198.867398 + jce * (0.0086972 + jce / 56_250));
  const x3 = 93.27191 + jce * (483_202.017538 + jce * (-0.0036825 + jce / 327_270));
  const x4 = 125.04452 + jce * (-1934.136261 + jce * (0.0020708 + jce / 450_000));
  let dPsi = 0;
  let dEps = 0;
  for (let k = 0; k < NUTATION_TERMS.length; k += NUTATION_STRIDE) {
    const argRad =
      (x0 * NUTATION_TERMS[k] + x1 * NUTATION_TERMS[k + 1] + x2 * NUTATION_TERMS[k + 2] + x3 * NUTATION_TERMS[k + 3] + x4 * NUTATION_TERMS[k + 4]) * DEG;
    dPsi += (NUTATION_TERMS[k + 5] + NUTATION_TERMS[k + 6] * jce) * Math.sin(argRad);
    dEps += (NUTATION_TERMS[k + 7] + NUTATION_TERMS[k + 8] * jce) * Math.cos(argRad);
  }
  const nutationLongitudeDeg = dPsi / 36_000_000; // eq. 22
  const dEpsDeg = dEps / 36_000_000; // eq. 23

  // True obliquity, eq. 24–25 (U = JME/10, ε0 in arc seconds).
  const u = jme / 10;
  const eps0 =
    84_381.448 +
    u * (-4680.93 + u * (-1.55 + u * (1999.25 + u * (-51.38 + u * (-249.67 + u * (-39.05 + u * (7.12 + u * (27.87 + u * (5.79 + u * 2.45)))))))));
  const obliquityDeg = eps0 / 3600 + dEpsDeg;

  const aberrationDeg = -20.4898 / (3600 * radiusAu); // eq. 26
  const lambdaDeg = thetaDeg + nutationLongitudeDeg + aberrationDeg; // eq. 27

  // Apparent sidereal time at Greenwich, eq. 28–29.
  const nu0 = limitDegrees(280.46061837 + 360.98564736629 * (jd - 2_451_545) + jc * jc * (0.000387933 - jc / 38_710_000));
  const siderealTimeDeg = nu0 + nutationLongitudeDeg * Math.cos(obliquityDeg * DEG);

  // Geocentric right ascension and declination, eq. 30–31.
  const lambdaRad = lambdaDeg * DEG;
  const epsRad = obliquityDeg * DEG;
  const betaRad = betaDeg * DEG;
  const rightAscensionDeg = limitDegrees(
    Math.atan2(Math.sin(lambdaRad) * Math.cos(epsRad) - Math.tan(betaRad) * Math.sin(epsRad), Math.cos(lambdaRad)) * RAD,
  );
  const declinationDeg =
    Math.asin(Math.sin(betaRad) * Math.cos(epsRad) + Math.cos(betaRad) * Math.sin(epsRad) * Math.sin(lambdaRad)) * RAD;

  return { jd, jme, radiusAu, rightAscensionDeg, declinationDeg, siderealTimeDeg, nutationLongitudeDeg, obliquityDeg };
}

/** Site of an observer. Elevation above sea level in metres; pressure in mbar (hPa); temperature in °C (annual mean is fine). */
export interface SpaSite {
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly elevationM: number;
  readonly pressureMbar?: number;
  readonly temperatureC?: number;
}

export const spaSiteSchema = z.object({
  latDeg: z.number({ error: 'latDeg must be a number' }).min(-90, 'latDeg must be ≥ −90').max(90, 'latDeg must be ≤ 90'),
  lonDeg: z.number({ error: 'lonDeg must be a number' }).min(-180, 'lonDeg must be ≥ −180').max(180, 'lonDeg must be ≤ 180'),
  elevationM: z.number({ error: 'elevationM must be a number' }).min(-500, 'elevationM must be ≥ −500 m').max(9000, 'elevationM must be ≤ 9000 m'),
  pressureMbar: z.number().min(0, 'pressureMbar must be ≥ 0').max(1200, 'pressureMbar must be ≤ 1200').optional(),
  temperatureC: z.number().min(-90, 'temperatureC must be ≥ −90').max(60, 'temperatureC must be ≤ 60').optional(),
});

/** Validates a site, throwing one line that names the field. */
export function parseSpaSite(site: SpaSite): SpaSite {
  const r = spaSiteSchema.safeParse(site);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new RangeError(`site.${i.path.join('.')}: ${i.message}`);
  }
  return r.data;
}

/** Precomputed site constants for the topocentric step (SPA §3.10, eq. 34–37). */
export interface SiteConstants {
  readonly latRad: number;
  readonly sinLat: number;
  readonly cosLat: number;
  readonly lonDeg: number;
  /** ρ·cos φ′ (x) and ρ·sin φ′ (y), eq. 36–37. */
  readonly x: number;
  readonly y: number;
  /** Refraction scale (P/1010)·(283/(273+T)), eq. 42. */
  readonly refractionScale: number;
}

export function siteConstants(site: SpaSite): SiteConstants {
  const latRad = site.latDeg * DEG;
  const uRad = Math.atan(0.99664719 * Math.tan(latRad)); // eq. 35
  const x = Math.cos(uRad) + (site.elevationM / 6_378_140) * Math.cos(latRad); // eq. 36
  const y = 0.99664719 * Math.sin(uRad) + (site.elevationM / 6_378_140) * Math.sin(latRad); // eq. 37
  const pressureMbar = site.pressureMbar ?? 1013.25 * Math.pow(1 - 2.25577e-5 * site.elevationM, 5.25588);
  const temperatureC = site.temperatureC ?? 12;
  return {
    latRad,
    sinLat: Math.sin(latRad),
    cosLat: Math.cos(latRad),
    lonDeg: site.lonDeg,
    x,
    y,
    refractionScale: (pressureMbar / 1010) * (283 / (273 + temperatureC)),
  };
}

/** Result of the topocentric step. Azimuth is eastward from north (navigators' convention, eq. 46). */
export interface TopocentricSun {
  readonly zenithDeg: number;
  readonly azimuthDeg: number;
  /** Apparent (refracted) elevation e (°), eq. 43. */
  readonly elevationDeg: number;
  /** Topocentric hour angle H′ (°), eq. 40, and declination δ′ (°), eq. 39. */
  readonly hourAngleDeg: number;
  readonly declinationDeg: number;
}

/**
 * Topocentric position from the geocentric one (SPA §3.9–3.13, eq. 32–46).
 * `rightAscensionDeg`, `declinationDeg`, `siderealTimeDeg`, `radiusAu` may come from interpolation.
 * Writes into `out` (offset `k` in each array) to allow allocation-free use in loops.
 */
export function topocentricInto(
  site: SiteConstants,
  siderealTimeDeg: number,
  rightAscensionDeg: number,
  declinationDeg: number,
  radiusAu: number,
  out: { zenithDeg: Float64Array; azimuthDeg: Float64Array; elevationDeg: Float64Array; hourAngleDeg?: Float64Array; declinationDeg?: Float64Array },
  k: number,
): void {
  const hDeg = siderealTimeDeg + site.lonDeg - rightAscensionDeg; // eq. 32 (local hour angle)
  const hRad = hDeg * DEG;
  const deltaRad = declinationDeg * DEG;
  const xiRad = (8.794 / (3600 * radiusAu)) * DEG; // eq. 33 equatorial horizontal parallax
  const sinXi = Math.sin(xiRad);
  const cosH = Math.cos(hRad);
  const cosDelta = Math.cos(deltaRad);
  const dAlphaRad = Math.atan2(-site.x * sinXi * Math.sin(hRad), cosDelta - site.x * sinXi * cosH); // eq. 38
  const deltaPrimeRad = Math.atan2((Math.sin(deltaRad) - site.y * sinXi) * Math.cos(dAlphaRad), cosDelta - site.x * sinXi * cosH); // eq. 39
  const hPrimeRad = hRad - dAlphaRad; // eq. 40
  const sinDp = Math.sin(deltaPrimeRad);
  const cosDp = Math.cos(deltaPrimeRad);
  const cosHp = Math.cos(hPrimeRad);
  const e0Deg = Math.asin(site.sinLat * sinDp + site.cosLat * cosDp * cosHp) * RAD; // eq. 41
  // eq. 42, applied only while the sun's upper limb can be above the horizon (as the reference code does).
  let refractionDeg = 0;
  if (e0Deg >= -(SUN_RADIUS_DEG + ATMOS_REFRACTION_DEG)) {
    refractionDeg = (site.refractionScale * 1.02) / (60 * Math.tan((e0Deg + 10.3 / (e0Deg + 5.11)) * DEG));
  }
  const eDeg = e0Deg + refractionDeg; // eq. 43
  const gammaDeg = Math.atan2(Math.sin(hPrimeRad), cosHp * site.sinLat - (sinDp / cosDp) * site.cosLat) * RAD; // eq. 45
  let az = gammaDeg + 180; // eq. 46
  if (az >= 360) az -= 360;
  if (az < 0) az += 360;
  out.zenithDeg[k] = 90 - eDeg; // eq. 44
  out.azimuthDeg[k] = az;
  out.elevationDeg[k] = eDeg;
  if (out.hourAngleDeg) out.hourAngleDeg[k] = hPrimeRad * RAD;
  if (out.declinationDeg) out.declinationDeg[k] = deltaPrimeRad * RAD;
}

/**
 * Incidence angle of the sun on a surface (SPA §3.15, eq. 47).
 * slopeDeg: tilt from horizontal. azimuthRotationDeg: SPA convention, measured from SOUTH,
 * positive towards west (so pvlib's surface azimuth from north = rotation + 180).
 */
export function incidenceAngleDeg(zenithDeg: number, azimuthDeg: number, slopeDeg: number, azimuthRotationDeg: number): number {
  const zRad = zenithDeg * DEG;
  const slopeRad = slopeDeg * DEG;
  const gammaAstroRad = (azimuthDeg - 180) * DEG; // astronomers' azimuth Γ (from south)
  const cosI = Math.cos(zRad) * Math.cos(slopeRad) + Math.sin(slopeRad) * Math.sin(zRad) * Math.cos(gammaAstroRad - azimuthRotationDeg * DEG);
  return Math.acos(Math.max(-1, Math.min(1, cosI))) * RAD;
}

export interface SpaResult extends TopocentricSun {
  readonly geocentric: GeocentricSun;
  /** Equation of time (minutes), SPA A.1. */
  readonly equationOfTimeMin: number;
}

/** Full SPA at one instant. */
export function spaPosition(utcMs: number, site: SpaSite, deltaTSeconds: number = DEFAULT_DELTA_T_S): SpaResult {
  const g = geocentricSun(utcMs, deltaTSeconds);
  const one = {
    zenithDeg: new Float64Array(1),
    azimuthDeg: new Float64Array(1),
    elevationDeg: new Float64Array(1),
    hourAngleDeg: new Float64Array(1),
    declinationDeg: new Float64Array(1),
  };
  topocentricInto(siteConstants(site), g.siderealTimeDeg, g.rightAscensionDeg, g.declinationDeg, g.radiusAu, one, 0);
  return {
    zenithDeg: one.zenithDeg[0],
    azimuthDeg: one.azimuthDeg[0],
    elevationDeg: one.elevationDeg[0],
    hourAngleDeg: one.hourAngleDeg[0],
    declinationDeg: one.declinationDeg[0],
    geocentric: g,
    equationOfTimeMin: equationOfTimeMin(g),
  };
}

/** Equation of time, SPA appendix A.1 (eq. A1–A2), in minutes. */
function equationOfTimeMin(g: GeocentricSun): number {
  const jme = g.jme;
  const m = limitDegrees(280.4664567 + jme * (360_007.6982779 + jme * (0.03032028 + jme * (1 / 49_931 + jme * (-1 / 15_300 - jme / 2_000_000)))));
  let e = (m - 0.0057183 - g.rightAscensionDeg + g.nutationLongitudeDeg * Math.cos(g.obliquityDeg * DEG)) * 4;
  // Limit to ±20 min per the report (wrap the 1440-minute day).
  if (e > 20) e -= 1440;
  if (e < -20) e += 1440;
  return e;
}
