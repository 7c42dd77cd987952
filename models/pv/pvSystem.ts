/**
 * PV production chain, after PVWatts v5 (A. P. Dobos, NREL/TP-6A20-62641, 2014):
 *  1. sun position per step (NREL SPA, models/solar/solarPositionSeries.ts, middle of the step);
 *  2. when the weather has GHI only, beam/diffuse split by Erbs (1982) or, on request, DISC (Maxwell 1987);
 *  3. transposition to the plane of array (Perez 1990 by default; isotropic or Hay–Davies on
 *     request) with ground albedo, beam removed when a horizon profile hides the sun;
 *  4. cover transmittance: physical IAM (Dobos §3.3, De Soto 2006) on beam, and at the
 *     Brandemuehl–Beckman effective angles on sky and ground diffuse;
 *  5. cell temperature: SAPM thermal model (King 2004) with parameters per mounting
 *     (PVWatts v5 uses the Fuentes model — this is the documented substitute);
 *  6. DC: Pdc = kWp·(Etr/1000)·(1 + γ·(Tc − 25)) (Dobos eq. 8), times (1 − losses) (eq. 1) and
 *     the degradation factor (1 − d)^years;
 *  7. AC: PVWatts inverter curve with clipping at kWp/dcAcRatio (Dobos eq. 9–10).
 * All arrays share the site and weather; each has its own inverter. Series are step averages
 * aligned on weather.timeline; powers in kW, energies in kWh.
 */
import type { Timeline } from '../core/timeline';
import { pressureFromAltitudePa, relativeAirMass } from '../solar/airMass';
import { disc, erbs, type Decomposition } from '../solar/decomposition';
import { extraterrestrialNormalWm2 } from '../solar/extraterrestrial';
import { horizonElevationDeg, type HorizonProfile } from '../solar/horizon';
import { solarPositionSeries } from '../solar/solarPositionSeries';
import { poaIrradianceOnSurface, prepareSurface, type PoaComponents, type SkyDiffuseModel } from '../solar/transposition';
import type { WeatherSeries, WeatherSite } from '../weather/weatherSeries';
import { SAPM_PARAMS, sapmCellTemperatureC } from './cellTemperature';
import { groundDiffuseEffectiveAoiDeg, physicalIam, physicalIamTable, skyDiffuseEffectiveAoiDeg } from './iam';
import { pvwattsInverterUnclippedAc } from './inverter';
import { arrayLossPct, parsePvArrays, type PvArray, type PvArrayInput } from './pvArray';

const DEG = Math.PI / 180;

export interface PvOptions {
  /** Sky diffuse model (default 'perez'). */
  readonly skyModel?: SkyDiffuseModel;
  /** Far horizon; blocks beam only. */
  readonly horizon?: HorizonProfile;
  /** Age of the system in years for the degradation factor (default 0 = first year). */
  readonly yearsSinceInstall?: number;
  /** Wind speed used by the cell-temperature model when the weather has none, m/s (default 1, conservative). */
  readonly defaultWindMs?: number;
  /** Beam/diffuse split when the weather has GHI only: 'erbs' (default) or 'disc' (Maxwell 1987). */
  readonly decomposition?: 'erbs' | 'disc';
}

export interface PvResult {
  /** AC power of all arrays, kW (step average). */
  readonly acKw: Float64Array;
  /** DC power after DC losses, before the inverter, kW. */
  readonly dcKw: Float64Array;
  /** Plane-of-array global irradiance, W/m², kWp-weighted mean of the arrays (before IAM). */
  readonly poaWm2: Float64Array;
  /** Energy lost to inverter clipping over the series, kWh. */
  readonly clippedKwh: number;
}

export function pvAcKw(arraysInput: readonly PvArrayInput[], weather: WeatherSeries, site?: WeatherSite, options: PvOptions = {}): PvResult {
  const arrays: PvArray[] = parsePvArrays(arraysInput);
  const where = site ?? weather.site;
  if (!where) throw new RangeError('site: latitude/longitude are needed (the weather carries none)');
  const tl: Timeline = weather.timeline;
  const n = tl.length;
  const stepH = tl.stepMinutes / 60;
  const sun = solarPositionSeries(tl, { latDeg: where.latDeg, lonDeg: where.lonDeg, elevationM: where.elevationM });
  const acKw = new Float64Array(n);
  const dcKw = new Float64Array(n);
  const poaWm2 = new Float64Array(n);
  const model = options.skyModel ?? 'perez';
  const years = options.yearsSinceInstall ?? 0;
  const totalKwp = arrays.reduce((s, a) => s + a.kWp, 0);

  // Per-array constants.
  const k = arrays.map((a) => ({
    a,
    thermal: SAPM_PARAMS[a.mounting],
    iamSky: physicalIam(skyDiffuseEffectiveAoiDeg(a.tiltDeg)),
    iamGround: a.tiltDeg > 0 ? physicalIam(groundDiffuseEffectiveAoiDeg(a.tiltDeg)) : 0,
    dcFactor: (1 - arrayLossPct(a) / 100) * Math.pow(1 - a.degradationPctPerYear / 100, years),
    gamma: a.temperatureCoeffPctPerC / 100,
    pac0Kw: a.kWp / a.dcAcRatio,
    eta: a.inverterEfficiencyPct / 100,
    weight: a.kWp / totalKwp,
    surface: prepareSurface(a.tiltDeg, a.azimuthDeg),
  }));

  const iamBeam = physicalIamTable();
  const dec: Decomposition = { dniWm2: 0, dhiWm2: 0, kt: 0 };
  const poa: PoaComponents = { globalWm2: 0, beamWm2: 0, skyDiffuseWm2: 0, groundWm2: 0, cosAoi: 0 };
  const poaInput = {
    surfaceTiltDeg: 0,
    surfaceAzimuthDeg: 180,
    zenithDeg: 0,
    sunAzimuthDeg: 0,
    ghiWm2: 0,
    dniWm2: 0,
    dhiWm2: 0,
    dniExtraWm2: 0,
    relativeAirMass: NaN,
    albedo: 0.2,
    model,
    beamBlocked: false,
  };
  const hasComponents = weather.dniWm2 !== undefined && weather.dhiWm2 !== undefined;
  const pressurePa = pressureFromAltitudePa(where.elevationM);
  const wind = weather.windMs;
  const defaultWind = options.defaultWindMs ?? 1;
  let clippedKwh = 0;
  let dayStartMs = -1;
  let dniExtra = 0;
  const stepMs = tl.stepMinutes * 60_000;
  for (let i = 0; i < n; i++) {
    const ghi = weather.ghiWm2[i];
    const zen = sun.zenithDeg[i];
    const tAir = weather.tempC[i];
    if (!(ghi > 0) || zen >= 90) {
      // Night or no light: no production; the inverter draws nothing in PVWatts v5.
      continue;
    }
    const midMs = tl.startUtcMs + i * stepMs + stepMs / 2;
    const dayMs = Math.floor(midMs / 86_400_000) * 86_400_000;
    if (dayMs !== dayStartMs) {
      dayStartMs = dayMs;
      dniExtra = extraterrestrialNormalWm2(Math.floor((dayMs - Date.UTC(new Date(dayMs).getUTCFullYear(), 0, 1)) / 86_400_000) + 1);
    }
    let dni: number;
    let dhi: number;
    if (hasComponents) {
      dni = weather.dniWm2![i];
      dhi = weather.dhiWm2![i];
    } else if (options.decomposition === 'disc') {
      dni = disc(ghi, zen, dniExtra, pressurePa).dniWm2;
      dhi = Math.max(0, ghi - dni * Math.cos((zen * Math.PI) / 180));
    } else {
      erbs(ghi, zen, dniExtra, dec);
      dni = dec.dniWm2;
      dhi = dec.dhiWm2;
    }
    poaInput.zenithDeg = zen;
    poaInput.sunAzimuthDeg = sun.azimuthDeg[i];
    poaInput.ghiWm2 = ghi;
    poaInput.dniWm2 = dni;
    poaInput.dhiWm2 = dhi;
    poaInput.dniExtraWm2 = dniExtra;
    poaInput.relativeAirMass = relativeAirMass(zen);
    poaInput.beamBlocked = options.horizon !== undefined && sun.apparentElevationDeg[i] < horizonElevationDeg(options.horizon, sun.azimuthDeg[i]);
    const windMs = wind ? wind[i] : defaultWind;
    // The sun's trigonometry once per step for all arrays (the surfaces' once per run).
    const zRad = zen * DEG; // exactly as the transposition module converts it
    const cosZ = Math.cos(zRad);
    const sinZ = Math.sin(zRad);
    let ac = 0;
    let dc = 0;
    let poaMean = 0;
    for (let j = 0; j < k.length; j++) {
      const c = k[j];
      poaInput.surfaceTiltDeg = c.a.tiltDeg;
      poaInput.surfaceAzimuthDeg = c.a.azimuthDeg;
      poaInput.albedo = c.a.albedo;
      poaIrradianceOnSurface(poaInput, c.surface, cosZ, sinZ, poa);
      const transmitted = poa.beamWm2 * iamBeam(poa.cosAoi) + poa.skyDiffuseWm2 * c.iamSky + poa.groundWm2 * c.iamGround;
      const tCell = sapmCellTemperatureC(poa.globalWm2, tAir, windMs, c.thermal);
      const pdc = Math.max(0, c.a.kWp * (transmitted / 1000) * (1 + c.gamma * (tCell - 25)) * c.dcFactor);
      const unclipped = pvwattsInverterUnclippedAc(pdc, c.pac0Kw, c.eta);
      const pac = Math.min(unclipped, c.pac0Kw);
      clippedKwh += (unclipped - pac) * stepH;
      dc += pdc;
      ac += pac;
      poaMean += poa.globalWm2 * c.weight;
    }
    acKw[i] = ac;
    dcKw[i] = dc;
    poaWm2[i] = poaMean;
  }
  return { acKw, dcKw, poaWm2, clippedKwh };
}

export interface PvYearly {
  readonly annualAcKwh: number;
  /** AC energy per calendar month (UTC months of the step start), January first. */
  readonly monthlyAcKwh: readonly number[];
  readonly annualDcKwh: number;
  /** Plane-of-array irradiation (kWp-weighted), kWh/m². */
  readonly annualPoaKwhM2: number;
  readonly monthlyPoaKwhM2: readonly number[];
  readonly specificYieldKwhPerKwp: number;
  /** AC energy / (kWp × POA irradiation in kWh/m² / 1 kW/m²) (IEC 61724 performance ratio). */
  readonly performanceRatio: number;
  readonly clippedKwh: number;
}

/** Annual and monthly totals of pvAcKw, like the PVWatts calculator's summary. */
export function pvYearly(arrays: readonly PvArrayInput[], weather: WeatherSeries, site?: WeatherSite, options: PvOptions = {}): PvYearly & { readonly series: PvResult } {
  const r = pvAcKw(arrays, weather, site, options);
  const tl = weather.timeline;
  const stepH = tl.stepMinutes / 60;
  const monthlyAc = new Array<number>(12).fill(0);
  const monthlyPoa = new Array<number>(12).fill(0);
  let dcSum = 0;
  // Month changes are rare: find each step's month by walking forward.
  let month = new Date(tl.startUtcMs).getUTCMonth();
  let nextMonthMs = Date.UTC(new Date(tl.startUtcMs).getUTCFullYear(), month + 1, 1);
  const stepMs = tl.stepMinutes * 60_000;
  for (let i = 0; i < tl.length; i++) {
    const t = tl.startUtcMs + i * stepMs;
    while (t >= nextMonthMs) {
      month = (month + 1) % 12;
      const d = new Date(nextMonthMs);
      nextMonthMs = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
    monthlyAc[month] += r.acKw[i] * stepH;
    monthlyPoa[month] += (r.poaWm2[i] * stepH) / 1000;
    dcSum += r.dcKw[i] * stepH;
  }
  const annualAcKwh = monthlyAc.reduce((s, v) => s + v, 0);
  const annualPoaKwhM2 = monthlyPoa.reduce((s, v) => s + v, 0);
  const kwp = parsePvArrays(arrays).reduce((s, a) => s + a.kWp, 0);
  return {
    annualAcKwh,
    monthlyAcKwh: monthlyAc,
    annualDcKwh: dcSum,
    annualPoaKwhM2,
    monthlyPoaKwhM2: monthlyPoa,
    specificYieldKwhPerKwp: annualAcKwh / kwp,
    performanceRatio: annualPoaKwhM2 > 0 ? annualAcKwh / (kwp * annualPoaKwhM2) : 0,
    clippedKwh: r.clippedKwh,
    series: r,
  };
}
