/**
 * Climate facts shipped in resources/climate/ (written by scripts/buildClimateTables.ts from the
 * 3CL doctrine tables, and a hand-written table of préfectures), and what the synthetic weather
 * generator derives from them.
 */
import climate3cl from '../../resources/climate/climate-3cl.json';
import departementZones from '../../resources/climate/departement-zones.json';
import prefectures from '../../resources/climate/prefectures.json';

export const CLIMATE_ZONES = ['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3'] as const;
export type ClimateZone = (typeof CLIMATE_ZONES)[number];
export type AltitudeClass = 'below400' | 'from400to800' | 'above800';

interface MonthRow {
  textC: number | null;
  eKwhM2: number;
  nref19H: number;
}
const ZONES = (climate3cl as { zones: Record<string, Record<AltitudeClass, MonthRow[]>> }).zones;
const DEP_ZONES = (departementZones as { zones: Record<string, string> }).zones;
const PREFECTURES = (prefectures as { prefectures: Record<string, Prefecture> }).prefectures;

export interface Prefecture {
  readonly name: string;
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly altitudeM: number;
}

/** Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e−9). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - pl) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** Hours of each month of a non-leap year. */
export const MONTH_HOURS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map((d) => d * 24);

/** Normalises "1", "01", "2a", "2B" to the 3CL code. */
function normaliseDepartement(dep: string | number): string {
  const s = String(dep).trim().toUpperCase();
  return /^\d$/.test(s) ? `0${s}` : s;
}

/** 3CL climate zone of a metropolitan département (zone-climatique table). */
export function departementToClimateZone(dep: string | number): ClimateZone {
  const code = normaliseDepartement(dep);
  const zone = DEP_ZONES[code];
  if (!zone) throw new RangeError(`département "${dep}" is not in the 3CL climate-zone table (metropolitan codes 01–95, 2A, 2B)`);
  return zone as ClimateZone;
}

export function prefectureOf(dep: string | number): Prefecture & { readonly departement: string } {
  const code = normaliseDepartement(dep);
  const p = PREFECTURES[code];
  if (!p) throw new RangeError(`département "${dep}" has no préfecture in the table (metropolitan codes 01–95, 2A, 2B)`);
  return { ...p, departement: code };
}

/** The département whose préfecture is nearest (great-circle) to a point, as a default for a site. */
export function nearestDepartement(latDeg: number, lonDeg: number): { departement: string; prefecture: Prefecture; distanceKm: number } {
  let best = '';
  let bestD = Infinity;
  const toRad = Math.PI / 180;
  for (const [code, p] of Object.entries(PREFECTURES)) {
    const dLat = (p.latDeg - latDeg) * toRad;
    const dLon = (p.lonDeg - lonDeg) * toRad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(latDeg * toRad) * Math.cos(p.latDeg * toRad) * Math.sin(dLon / 2) ** 2;
    const d = 2 * 6371 * Math.asin(Math.sqrt(h));
    if (d < bestD) {
      bestD = d;
      best = code;
    }
  }
  return { departement: best, prefecture: PREFECTURES[best], distanceKm: bestD };
}

export function altitudeClassOf(elevationM: number): AltitudeClass {
  if (elevationM <= 400) return 'below400';
  if (elevationM < 800) return 'from400to800';
  return 'above800';
}

export interface MonthlyClimateTargets {
  readonly zone: ClimateZone;
  /** Class whose rows were used (a class without data falls back to its neighbour, see below). */
  readonly altitudeClass: AltitudeClass;
  /** Monthly mean air temperature (°C) the generator reproduces. */
  readonly tempC: readonly number[];
  /** True where tempC is the table value (whole month heated), false where it is the seasonal fit. */
  readonly tempFromTable: readonly boolean[];
  /** South vertical irradiation (kWh/m²) where the table gives a whole month, else null. */
  readonly southVerticalKwhM2: readonly (number | null)[];
  /** Lower bound for the other months: sun over the heating part of the month (kWh/m²). */
  readonly southVerticalLowerBoundKwhM2: readonly number[];
}

const FULL_TEMP_RATIO = 0.97;
/** Below this share of heated hours the heating-period mean says too little about the month. */
const MIN_PARTIAL_RATIO = 0.1;
/**
 * Assumed standard deviation of hourly air temperature within a month (diurnal cycle plus
 * day-to-day variability), °C. Used to recover a month's mean from the mean of its heated hours,
 * taken as the coldest share p of a normal distribution: μ = text + σ·φ(Φ⁻¹(p))/p.
 */
const HOURLY_TEMP_SD_C = 3.5;
const FULL_SUN_RATIO = 0.85;
/** Temperature step between 3CL altitude classes observed in the tables (−2 °C per class). */
const CLASS_STEP_C = -2;

/**
 * Monthly targets from the 3CL tables. The table only describes the heating period, so:
 * - temperature: `text` is the full-month mean when nref19 ≥ 97 % of the month's hours; when
 *   10–97 % of the hours are heated, `text` is taken as the mean of the coldest share p of a normal
 *   hourly distribution (σ = 3.5 °C) and inverted (truncated-normal mean); months with fewer
 *   heated hours take a seasonal sinusoid T = M − A·cos(2π(d − 15)/365) (minimum mid-January)
 *   fitted by least squares on the others. These months are approximations, flagged by tempFromTable;
 * - sun: `e` is the full-month value when it repeats across altitude classes with different
 *   heating hours, or when nref19 ≥ 85 % of the hours; otherwise it is only a lower bound.
 * A class without data (e.g. H1a above 800 m) uses the nearest class shifted by −2 °C per class.
 */
export function monthlyClimateTargets(zone: ClimateZone, elevationM: number): MonthlyClimateTargets {
  const classes = ZONES[zone];
  if (!classes) throw new RangeError(`climate zone "${zone}" is not one of ${CLIMATE_ZONES.join(', ')}`);
  const order: AltitudeClass[] = ['below400', 'from400to800', 'above800'];
  const wanted = altitudeClassOf(elevationM);
  const hasData = (c: AltitudeClass) => classes[c].some((m) => m.nref19H > 0);
  let used = wanted;
  if (!hasData(used)) {
    const candidates = order.filter(hasData).sort((a, b) => Math.abs(order.indexOf(a) - order.indexOf(wanted)) - Math.abs(order.indexOf(b) - order.indexOf(wanted)));
    used = candidates[0];
  }
  const shiftC = (order.indexOf(wanted) - order.indexOf(used)) * CLASS_STEP_C;
  const rows = classes[used];

  // Temperature: whole months from the table, partial months by truncated-normal inversion,
  // months without heating from a seasonal sinusoid fitted on the others.
  const monthMean: (number | null)[] = rows.map((m, i) => {
    if (m.textC === null || m.nref19H <= 0) return null;
    const p = m.nref19H / MONTH_HOURS[i];
    if (p >= FULL_TEMP_RATIO) return m.textC;
    if (p < MIN_PARTIAL_RATIO) return null;
    const z = normalQuantile(p);
    const phi = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    return m.textC + (HOURLY_TEMP_SD_C * phi) / p;
  });
  const full = rows.map((m, i) => m.textC !== null && m.nref19H >= FULL_TEMP_RATIO * MONTH_HOURS[i]);
  const midDay = MONTH_HOURS.map((_, i) => MONTH_HOURS.slice(0, i).reduce((s, h) => s + h / 24, 0) + MONTH_HOURS[i] / 48);
  const x = midDay.map((d) => -Math.cos((2 * Math.PI * (d - 15)) / 365));
  let sx = 0, sy = 0, sxx = 0, sxy = 0, n = 0; // prettier-ignore
  monthMean.forEach((t, i) => {
    if (t === null) return;
    sx += x[i];
    sy += t;
    sxx += x[i] * x[i];
    sxy += x[i] * t;
    n++;
  });
  const amplitude = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const mean = (sy - amplitude * sx) / n;
  const tempC = monthMean.map((t, i) => (t ?? mean + amplitude * x[i]) + shiftC);

  // Sun on a south vertical wall (zone-level: e does not depend on altitude for whole months).
  const southVerticalKwhM2: (number | null)[] = [];
  const lower: number[] = [];
  for (let i = 0; i < 12; i++) {
    const cands = order.map((c) => classes[c][i]).filter((m) => m.nref19H > 0);
    const repeated = cands.some((a, k) => cands.some((b, l) => l !== k && a.eKwhM2 === b.eKwhM2 && a.nref19H !== b.nref19H && a.eKwhM2 > 0));
    const best = cands.reduce<MonthRow | undefined>((acc, m) => (acc === undefined || m.nref19H > acc.nref19H ? m : acc), undefined);
    const isFull = best !== undefined && best.eKwhM2 > 0 && (repeated || best.nref19H >= FULL_SUN_RATIO * MONTH_HOURS[i]);
    southVerticalKwhM2.push(isFull ? best!.eKwhM2 : null);
    lower.push(cands.reduce((s, m) => Math.max(s, m.eKwhM2), 0));
  }
  return { zone, altitudeClass: used, tempC, tempFromTable: full, southVerticalKwhM2, southVerticalLowerBoundKwhM2: lower };
}

/** 3CL climate zone of the département whose préfecture is nearest to a point (default for a site). */
export function climateZoneNear(latDeg: number, lonDeg: number): { zone: ClimateZone; departement: string; prefecture: Prefecture; distanceKm: number } {
  const near = nearestDepartement(latDeg, lonDeg);
  return { zone: departementToClimateZone(near.departement), ...near };
}
