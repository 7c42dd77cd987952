/**
 * Synthetic weather year, offline default when no measured or PVGIS file is available.
 *
 * Calibration: monthly targets from the 3CL climate tables (climateTables.ts: mean outdoor
 * temperature and sunshine on a south vertical wall, per climate zone and altitude class).
 *
 * Daily/hourly structure (clear-sky-index method):
 *  - clear sky: Ineichen–Perez (clearSky.ts) with the default monthly Linke turbidity for France;
 *  - daily clear-sky index: a first-order autoregressive Gaussian sequence (lag-1 correlation 0.3,
 *    the day-to-day persistence of daily clearness reported by V. A. Graham, K. G. T. Hollands,
 *    T. E. Unny, "A time series model for Kt with application to global synthetic weather
 *    generation", Solar Energy 40(2), 1988) mapped to (0, 1) by the normal CDF, then to
 *    kc = 0.1 + 0.95·u^γm; the monthly shape γm sets the share of clear vs overcast days;
 *  - hourly fluctuation: AR(1) Gaussian (lag-1 0.7) multiplying kc with a spread that vanishes on
 *    clear days, after the time-dependent autoregressive Gaussian (TAG) model of R. Aguiar,
 *    M. Collares-Pereira, "TAG: a time-dependent, autoregressive, Gaussian model for generating
 *    synthetic hourly radiation", Solar Energy 49(3), 1992 (structure, not its fitted coefficients);
 *  - γm is solved per month (bisection) so that the south-vertical irradiation computed from the
 *    generated GHI by this code base's own chain (Erbs decomposition, Perez 1990 transposition,
 *    albedo 0.2) equals the 3CL value; months where the table only covers the heating part get the
 *    monthly clear-sky index interpolated between calibrated months (γ solved for it), raised if
 *    needed to reach the table's lower bound (APPROXIMATE: summer is usually clearer than the
 *    spring/autumn months it is interpolated from, so summer sun tends to be underestimated);
 *  - temperature: daily anomaly AR(1) (lag-1 0.7, σ 2.5 °C), diurnal cosine with minimum at
 *    03:00 and maximum at 15:00 solar time whose range grows with clearness (3 °C overcast to
 *    11 °C clear), then shifted so every month's mean equals its target exactly.
 * Reproducible: everything comes from a seeded PRNG (models/core/random.ts).
 */
import { z } from 'zod';
import { yearTimeline, type Timeline } from '../core/timeline';
import { mulberry32, normalCdf } from '../core/random';
import { relativeAirMass } from '../solar/airMass';
import { clearSkyAt, DEFAULT_LINKE_TURBIDITY_FRANCE, type ClearSkyIrradiance } from '../solar/clearSky';
import { erbs, type Decomposition } from '../solar/decomposition';
import { extraterrestrialNormalWm2 } from '../solar/extraterrestrial';
import { solarPositionSeries } from '../solar/solarPositionSeries';
import { poaIrradianceOnSurface, prepareSurface, type PoaComponents } from '../solar/transposition';
import { CLIMATE_ZONES, monthlyClimateTargets, type MonthlyClimateTargets } from './climateTables';
import { resampleWeather } from './resample';
import type { WeatherSeries } from './weatherSeries';

export const syntheticWeatherOptionsSchema = z.object({
  latDeg: z.number({ error: 'latDeg must be a number' }).min(-90, 'latDeg must be ≥ −90').max(90, 'latDeg must be ≤ 90'),
  lonDeg: z.number({ error: 'lonDeg must be a number' }).min(-180, 'lonDeg must be ≥ −180').max(180, 'lonDeg must be ≤ 180'),
  elevationM: z.number({ error: 'elevationM must be a number' }).min(-100).max(4800, 'elevationM must be ≤ 4800 m').default(0),
  climateZone: z.enum(CLIMATE_ZONES, { error: `climateZone must be one of ${CLIMATE_ZONES.join(', ')}` }),
  year: z.number().int('year must be an integer').min(1900).max(2200),
  stepMinutes: z.union([z.literal(1), z.literal(5), z.literal(10), z.literal(15), z.literal(30), z.literal(60)], { error: 'stepMinutes must be 1, 5, 10, 15, 30 or 60' }).default(60),
  seed: z.number().int('seed must be an integer').default(1),
  /** Monthly Linke turbidity for the clear-sky model (default: DEFAULT_LINKE_TURBIDITY_FRANCE). */
  linkeTurbidity: z.array(z.number().min(1).max(10)).length(12).optional(),
});
export type SyntheticWeatherOptions = z.input<typeof syntheticWeatherOptionsSchema>;

const DAILY_LAG1 = 0.3;
const HOURLY_LAG1 = 0.7;
const TEMP_DAILY_LAG1 = 0.7;
const TEMP_DAILY_SD_C = 2.5;
const ALBEDO = 0.2;
const DEG = Math.PI / 180;

interface Hourly {
  timeline: Timeline;
  month: Uint8Array;
  zenithDeg: Float64Array;
  azimuthDeg: Float64Array;
  dniExtra: Float64Array;
  clearGhi: Float64Array;
  dayIndex: Int32Array;
  /** Steps of month m are [monthStart[m], monthStart[m + 1]) (UTC months are contiguous). */
  monthStart: Int32Array;
  /** Kasten–Young relative air mass per hour, computed once for the calibration's many passes. */
  airMass: Float64Array;
}

/** South-vertical irradiation (kWh/m²) of each month, Erbs + Perez, albedo 0.2. */
export function southVerticalMonthlyKwhM2(
  ghiWm2: Float64Array,
  zenithDeg: Float64Array,
  azimuthDeg: Float64Array,
  dniExtra: Float64Array,
  month: Uint8Array,
  stepH: number,
  onlyMonth = -1,
  from = 0,
  to = ghiWm2.length,
  airMass?: Float64Array,
): number[] {
  const out = new Array<number>(12).fill(0);
  const surface = prepareSurface(90, 180);
  const dec: Decomposition = { dniWm2: 0, dhiWm2: 0, kt: 0 };
  const poa: PoaComponents = { globalWm2: 0, beamWm2: 0, skyDiffuseWm2: 0, groundWm2: 0, cosAoi: 0 };
  // One input object reused for every step (no allocation in the loop).
  const input = { surfaceTiltDeg: 90, surfaceAzimuthDeg: 180, zenithDeg: 0, sunAzimuthDeg: 0, ghiWm2: 0, dniWm2: 0, dhiWm2: 0, dniExtraWm2: 0, relativeAirMass: NaN, albedo: ALBEDO, model: 'perez' as const };
  for (let i = from; i < to; i++) {
    const g = ghiWm2[i];
    if (!(g > 0) || zenithDeg[i] >= 90 || (onlyMonth >= 0 && month[i] !== onlyMonth)) continue;
    erbs(g, zenithDeg[i], dniExtra[i], dec);
    input.zenithDeg = zenithDeg[i];
    input.sunAzimuthDeg = azimuthDeg[i];
    input.ghiWm2 = g;
    input.dniWm2 = dec.dniWm2;
    input.dhiWm2 = dec.dhiWm2;
    input.dniExtraWm2 = dniExtra[i];
    input.relativeAirMass = airMass ? airMass[i] : relativeAirMass(zenithDeg[i]);
    const zRad = zenithDeg[i] * DEG;
    poaIrradianceOnSurface(input, surface, Math.cos(zRad), Math.sin(zRad), poa);
    out[month[i]] += (poa.globalWm2 * stepH) / 1000;
  }
  return out;
}

function hourlyFrame(latDeg: number, lonDeg: number, elevationM: number, year: number, linke: readonly number[]): Hourly {
  const timeline = yearTimeline(year, 60);
  const n = timeline.length;
  const sun = solarPositionSeries(timeline, { latDeg, lonDeg, elevationM });
  const month = new Uint8Array(n);
  const dniExtra = new Float64Array(n);
  const clearGhi = new Float64Array(n);
  const dayIndex = new Int32Array(n);
  const cs: ClearSkyIrradiance = { ghiWm2: 0, dniWm2: 0, dhiWm2: 0 };
  for (let i = 0; i < n; i++) {
    const t = timeline.startUtcMs + i * 3_600_000;
    const d = new Date(t);
    month[i] = d.getUTCMonth();
    dayIndex[i] = Math.floor(i / 24);
    dniExtra[i] = extraterrestrialNormalWm2(dayIndex[i] + 1);
    clearGhi[i] = sun.zenithDeg[i] < 90 ? clearSkyAt(sun.zenithDeg[i], elevationM, dniExtra[i], linke[month[i]], cs).ghiWm2 : 0;
  }
  const monthStart = new Int32Array(13).fill(n);
  for (let i = n - 1; i >= 0; i--) monthStart[month[i]] = i;
  for (let m = 11; m >= 0; m--) if (monthStart[m] > monthStart[m + 1]) monthStart[m] = monthStart[m + 1];
  const airMass = Float64Array.from(sun.zenithDeg, relativeAirMass);
  return { timeline, month, zenithDeg: sun.zenithDeg, azimuthDeg: sun.azimuthDeg, dniExtra, clearGhi, dayIndex, monthStart, airMass };
}

/** Generates GHI for given monthly shapes γ into `out`. */
function fillGhi(h: Hourly, uDay: Float64Array, yHour: Float64Array, gamma: readonly number[], out: Float64Array, onlyMonth = -1): void {
  // One month's steps only, when asked (the bisections below call this hundreds of times).
  const from = onlyMonth >= 0 ? h.monthStart[onlyMonth] : 0;
  const to = onlyMonth >= 0 ? h.monthStart[onlyMonth + 1] : out.length;
  for (let i = from; i < to; i++) {
    const m = h.month[i];
    if (onlyMonth >= 0 && m !== onlyMonth) continue;
    if (h.clearGhi[i] <= 0) {
      out[i] = 0;
      continue;
    }
    const kcDay = 0.1 + 0.95 * Math.pow(uDay[h.dayIndex[i]], gamma[m]);
    // Broken skies fluctuate, clear and fully overcast skies much less (TAG-like spread).
    const spread = 0.6 * kcDay * (1.05 - kcDay);
    const kc = Math.min(1.1, Math.max(0.02, kcDay * (1 + spread * yHour[i])));
    out[i] = kc * h.clearGhi[i];
  }
}

export interface SyntheticWeather extends WeatherSeries {
  readonly targets: MonthlyClimateTargets;
  /** South-vertical irradiation of the generated year by month (kWh/m², Erbs + Perez). */
  readonly southVerticalKwhM2: readonly number[];
}

export function syntheticWeatherYear(input: SyntheticWeatherOptions): SyntheticWeather {
  const parsed = syntheticWeatherOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new RangeError(`synthetic weather: ${i.path.join('.')}: ${i.message}`);
  }
  const o = parsed.data;
  const targets = monthlyClimateTargets(o.climateZone, o.elevationM);
  const h = hourlyFrame(o.latDeg, o.lonDeg, o.elevationM, o.year, o.linkeTurbidity ?? DEFAULT_LINKE_TURBIDITY_FRANCE);
  const n = h.timeline.length;
  const days = Math.ceil(n / 24);
  const rng = mulberry32(o.seed);

  // Random draws first, so that calibration only changes the mapping, never the draws.
  const uDay = new Float64Array(days);
  let z = rng.normal();
  for (let d = 0; d < days; d++) {
    z = DAILY_LAG1 * z + Math.sqrt(1 - DAILY_LAG1 * DAILY_LAG1) * rng.normal();
    uDay[d] = Math.min(1 - 1e-9, Math.max(1e-9, normalCdf(z)));
  }
  const yHour = new Float64Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = HOURLY_LAG1 * y + Math.sqrt(1 - HOURLY_LAG1 * HOURLY_LAG1) * rng.normal();
    yHour[i] = y;
  }
  const tempAnomaly = new Float64Array(days);
  let a = 0;
  for (let d = 0; d < days; d++) {
    a = TEMP_DAILY_LAG1 * a + Math.sqrt(1 - TEMP_DAILY_LAG1 * TEMP_DAILY_LAG1) * TEMP_DAILY_SD_C * rng.normal();
    tempAnomaly[d] = a;
  }

  // Calibrate γ per month on the south-vertical irradiation.
  const ghi = new Float64Array(n);
  const gamma = new Array<number>(12).fill(1);
  const sv = (m: number, g: number): number => {
    gamma[m] = g;
    fillGhi(h, uDay, yHour, gamma, ghi, m);
    return southVerticalMonthlyKwhM2(ghi, h.zenithDeg, h.azimuthDeg, h.dniExtra, h.month, 1, m, h.monthStart[m], h.monthStart[m + 1], h.airMass)[m];
  };
  /** Monthly clear-sky index ΣGHI / ΣGHIclear for shape g. */
  const kcOf = (m: number, g: number): number => {
    gamma[m] = g;
    fillGhi(h, uDay, yHour, gamma, ghi, m);
    let a = 0;
    let b = 0;
    for (let i = h.monthStart[m]; i < h.monthStart[m + 1]; i++) {
      if (h.month[i] !== m) continue;
      a += ghi[i];
      b += h.clearGhi[i];
    }
    return a / b;
  };
  // Both metrics decrease as γ grows; bisection on log γ over [0.02, 50].
  const solve = (m: number, metric: (m: number, g: number) => number, target: number): number => {
    let lo = Math.log(0.02);
    let hi = Math.log(50);
    if (metric(m, Math.exp(lo)) <= target) return Math.exp(lo);
    if (metric(m, Math.exp(hi)) >= target) return Math.exp(hi);
    for (let it = 0; it < 40; it++) {
      const mid = (lo + hi) / 2;
      if (metric(m, Math.exp(mid)) > target) lo = mid;
      else hi = mid;
    }
    return Math.exp((lo + hi) / 2);
  };
  const kcMonthly = new Array<number>(12).fill(NaN);
  for (let m = 0; m < 12; m++) {
    const t = targets.southVerticalKwhM2[m];
    if (t !== null) {
      gamma[m] = solve(m, sv, t);
      kcMonthly[m] = kcOf(m, gamma[m]);
    }
  }
  // Other months: clear-sky index interpolated (cyclically, linear in months) between calibrated
  // months, then raised if needed to reach the table's lower bound on south-vertical sun.
  for (let m = 0; m < 12; m++) {
    if (targets.southVerticalKwhM2[m] !== null) continue;
    let before = m;
    let after = m;
    let db = 0;
    let da = 0;
    do {
      before = (before + 11) % 12;
      db++;
    } while (targets.southVerticalKwhM2[before] === null);
    do {
      after = (after + 1) % 12;
      da++;
    } while (targets.southVerticalKwhM2[after] === null);
    const kcTarget = (kcMonthly[before] * da + kcMonthly[after] * db) / (da + db);
    gamma[m] = solve(m, kcOf, kcTarget);
    if (sv(m, gamma[m]) < targets.southVerticalLowerBoundKwhM2[m]) gamma[m] = solve(m, sv, targets.southVerticalLowerBoundKwhM2[m]);
  }
  fillGhi(h, uDay, yHour, gamma, ghi);
  const southVertical = southVerticalMonthlyKwhM2(ghi, h.zenithDeg, h.azimuthDeg, h.dniExtra, h.month, 1);

  // Temperature.
  const temp = new Float64Array(n);
  const sum = new Array<number>(12).fill(0);
  const count = new Array<number>(12).fill(0);
  for (let i = 0; i < n; i++) {
    const d = h.dayIndex[i];
    const kcDay = 0.1 + 0.95 * Math.pow(uDay[d], gamma[h.month[i]]);
    const rangeC = 3 + 8 * Math.min(1, Math.max(0, (kcDay - 0.1) / 0.95));
    const solarHour = (((i % 24) + 0.5 + o.lonDeg / 15) % 24 + 24) % 24;
    // Cosine between 03:00 (min) and 15:00 (max) solar time.
    const t = targets.tempC[h.month[i]] + tempAnomaly[d] + (rangeC / 2) * Math.cos((2 * Math.PI * (solarHour - 15)) / 24);
    temp[i] = t;
    sum[h.month[i]] += t;
    count[h.month[i]]++;
  }
  for (let i = 0; i < n; i++) temp[i] += targets.tempC[h.month[i]] - sum[h.month[i]] / count[h.month[i]];

  const hourly: WeatherSeries = {
    timeline: h.timeline,
    ghiWm2: ghi,
    tempC: temp,
    source: { kind: 'synthetic', label: `synthetic year ${o.year}, zone ${o.climateZone} (${targets.altitudeClass}), seed ${o.seed}` },
    site: { latDeg: o.latDeg, lonDeg: o.lonDeg, elevationM: o.elevationM },
  };
  const series = o.stepMinutes === 60 ? hourly : resampleWeather(hourly, o.stepMinutes);
  return { ...series, targets, southVerticalKwhM2: southVertical };
}
