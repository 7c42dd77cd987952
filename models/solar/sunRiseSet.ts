/**
 * Sunrise, sun transit and sunset for one calendar day.
 * Source: Reda & Andreas, NREL/TP-560-34302 (rev. 2008), Appendix A.2 (eq. A3–A20), which follows
 * Meeus, Astronomical Algorithms, ch. 15. Apparent sunrise/sunset altitude h0′ = −0.8333°
 * (sun radius 0.26667° + refraction 0.5667°). Checked against the report's example in sunRiseSet.test.ts.
 */
import { ATMOS_REFRACTION_DEG, SUN_RADIUS_DEG, geocentricSun } from './spa';

const DEG = Math.PI / 180;
const RAD = 180 / Math.PI;

export interface SunRiseSet {
  /** Local times as fractional hours of the given day in the given time zone (NaN in polar day/night). */
  readonly sunriseLocalH: number;
  readonly transitLocalH: number;
  readonly sunsetLocalH: number;
  /** The same instants in UTC milliseconds (NaN in polar day/night). */
  readonly sunriseUtcMs: number;
  readonly transitUtcMs: number;
  readonly sunsetUtcMs: number;
}

function limit01(x: number): number {
  return x - Math.floor(x);
}

function limitDeg180pm(x: number): number {
  let r = x % 360;
  if (r > 180) r -= 360;
  if (r < -180) r += 360;
  return r;
}

/**
 * @param year,month,day calendar date (month 1–12) of the local day
 * @param timezoneHours offset of local standard time from UTC (e.g. −7 for the report's example, +1 for France in winter)
 */
export function sunRiseTransitSet(
  year: number,
  month: number,
  day: number,
  timezoneHours: number,
  site: { latDeg: number; lonDeg: number },
  deltaTSeconds: number,
): SunRiseSet {
  const day0UtcMs = Date.UTC(year, month - 1, day); // 0 h UT (eq. A3: ν at 0 UT with ΔT = 0)
  const g0 = geocentricSun(day0UtcMs, 0);
  const nu = g0.siderealTimeDeg;
  const before = geocentricSun(day0UtcMs - 86_400_000, 0);
  const after = geocentricSun(day0UtcMs + 86_400_000, 0);
  const alpha0 = g0.rightAscensionDeg;
  const delta0 = g0.declinationDeg;
  const lat = site.latDeg * DEG;
  const h0Prime = -(SUN_RADIUS_DEG + ATMOS_REFRACTION_DEG);

  const m0 = (alpha0 - site.lonDeg - nu) / 360; // eq. A4
  const cosH0 = (Math.sin(h0Prime * DEG) - Math.sin(lat) * Math.sin(delta0 * DEG)) / (Math.cos(lat) * Math.cos(delta0 * DEG)); // eq. A5
  const nan = { sunriseLocalH: NaN, transitLocalH: NaN, sunsetLocalH: NaN, sunriseUtcMs: NaN, transitUtcMs: NaN, sunsetUtcMs: NaN };
  const h0Deg = Math.abs(cosH0) <= 1 ? Math.acos(cosH0) * RAD : NaN;

  const m = [limit01(m0), limit01(m0 - h0Deg / 360), limit01(m0 + h0Deg / 360)]; // eq. A6–A8
  // Interpolation of α, δ between the three days (eq. A10–A14); |a|,|b| ≥ 2 means a 360° wrap.
  let aA = alpha0 - before.rightAscensionDeg;
  let bA = after.rightAscensionDeg - alpha0;
  if (Math.abs(aA) >= 2) aA = limit01(aA);
  if (Math.abs(bA) >= 2) bA = limit01(bA);
  let aD = delta0 - before.declinationDeg;
  let bD = after.declinationDeg - delta0;
  if (Math.abs(aD) >= 2) aD = limit01(aD);
  if (Math.abs(bD) >= 2) bD = limit01(bD);
  const cA = bA - aA;
  const cD = bD - aD;

  const hPrime = [0, 0, 0];
  const deltaPrime = [0, 0, 0];
  const altitude = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    const nuI = nu + 360.985647 * m[i]; // eq. A9
    const n = m[i] + deltaTSeconds / 86_400; // eq. A10
    const alphaI = alpha0 + (n * (aA + bA + cA * n)) / 2; // eq. A13
    deltaPrime[i] = delta0 + (n * (aD + bD + cD * n)) / 2; // eq. A14
    hPrime[i] = limitDeg180pm(nuI + site.lonDeg - alphaI); // eq. A15
    altitude[i] = Math.asin(Math.sin(lat) * Math.sin(deltaPrime[i] * DEG) + Math.cos(lat) * Math.cos(deltaPrime[i] * DEG) * Math.cos(hPrime[i] * DEG)) * RAD; // eq. A16
  }
  const transit = m[0] - hPrime[0] / 360; // eq. A17
  // UTC instants are taken from the local hours so that all three fall on the requested local day.
  const toUtcMs = (localH: number): number => day0UtcMs + (localH - timezoneHours) * 3_600_000;
  const transitLocalH = 24 * limit01(transit + timezoneHours / 24);
  if (Number.isNaN(h0Deg)) return { ...nan, transitLocalH, transitUtcMs: toUtcMs(transitLocalH) };
  const rise = m[1] + (altitude[1] - h0Prime) / (360 * Math.cos(deltaPrime[1] * DEG) * Math.cos(lat) * Math.sin(hPrime[1] * DEG)); // eq. A18
  const set = m[2] + (altitude[2] - h0Prime) / (360 * Math.cos(deltaPrime[2] * DEG) * Math.cos(lat) * Math.sin(hPrime[2] * DEG)); // eq. A19
  const sunriseLocalH = 24 * limit01(rise + timezoneHours / 24); // eq. A20
  const sunsetLocalH = 24 * limit01(set + timezoneHours / 24);
  return {
    sunriseLocalH,
    transitLocalH,
    sunsetLocalH,
    sunriseUtcMs: toUtcMs(sunriseLocalH),
    transitUtcMs: toUtcMs(transitLocalH),
    sunsetUtcMs: toUtcMs(sunsetLocalH),
  };
}
