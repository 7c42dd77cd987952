/**
 * Clear-sky irradiance, Ineichen–Perez model.
 * Source: P. Ineichen, R. Perez, "A new airmass independent formulation for the Linke turbidity
 * coefficient", Solar Energy 73(3), 2002, pp. 151–157, eq. (1)–(9) (cg1, cg2, fh1, fh2, b),
 * with the DNI limit of Ineichen (2008) as implemented in pvlib's `clearsky.ineichen` (documented
 * there; checked against pvlib's published test values in clearSky.test.ts).
 *
 * Linke turbidity TL (air mass 2) is an input, monthly. DEFAULT_LINKE_TURBIDITY_FRANCE is an
 * APPROXIMATE climatological profile for lowland France: TL ≈ 3 in winter rising to ≈ 4 in
 * summer (water vapour), the range and seasonality described by Remund et al., "Worldwide Linke
 * turbidity information", ISES SWC 2003 (values for a site should come from the SoDa service).
 */
import type { Timeline } from '../core/timeline';
import { relativeAirMass, absoluteAirMass, pressureFromAltitudePa } from './airMass';
import { dayOfYearUtc, extraterrestrialNormalWm2 } from './extraterrestrial';
import { solarPositionSeries } from './solarPositionSeries';

export const DEFAULT_LINKE_TURBIDITY_FRANCE: readonly number[] = [3.0, 3.2, 3.4, 3.7, 3.8, 3.9, 4.0, 3.9, 3.7, 3.4, 3.1, 3.0];

export interface ClearSkyIrradiance {
  ghiWm2: number;
  dniWm2: number;
  dhiWm2: number;
}

/**
 * @param apparentZenithDeg refracted zenith
 * @param airMassAbsolute pressure-corrected air mass (Kasten–Young)
 * @param linkeTurbidity TL (air mass 2)
 * @param altitudeM site altitude (m)
 * @param dniExtraWm2 extraterrestrial normal irradiance (pvlib's default 1364 is used in tests)
 */
export function ineichenPerez(
  apparentZenithDeg: number,
  airMassAbsolute: number,
  linkeTurbidity: number,
  altitudeM: number,
  dniExtraWm2: number,
  out: ClearSkyIrradiance = { ghiWm2: 0, dniWm2: 0, dhiWm2: 0 },
): ClearSkyIrradiance {
  const cosZ = Math.cos((apparentZenithDeg * Math.PI) / 180);
  if (!(cosZ > 0) || !Number.isFinite(airMassAbsolute)) {
    out.ghiWm2 = 0;
    out.dniWm2 = 0;
    out.dhiWm2 = 0;
    return out;
  }
  const tl = linkeTurbidity;
  const fh1 = Math.exp(-altitudeM / 8000);
  const fh2 = Math.exp(-altitudeM / 1250);
  const cg1 = 5.09e-5 * altitudeM + 0.868;
  const cg2 = 3.92e-5 * altitudeM + 0.0387;
  const ghi = Math.max(0, cg1 * dniExtraWm2 * cosZ * Math.exp(-cg2 * airMassAbsolute * (fh1 + fh2 * (tl - 1))));
  // Beam: eq. (8)–(9) of Ineichen & Perez 2002, then limited so DNI·cos z never exceeds what GHI allows.
  const b = 0.664 + 0.163 / fh1;
  const bnci = dniExtraWm2 * Math.max(0, b * Math.exp(-0.09 * airMassAbsolute * (tl - 1)));
  const bnci2 = ghi * Math.min(Math.max((1 - (0.1 - 0.2 * Math.exp(-tl)) / (0.1 + 0.882 / fh1)) / cosZ, 0), 1e20);
  const dni = Math.min(bnci, bnci2);
  out.ghiWm2 = ghi;
  out.dniWm2 = dni;
  out.dhiWm2 = ghi - dni * cosZ;
  return out;
}

/** Clear-sky GHI/DNI/DHI for given apparent zenith, site altitude, day of year and monthly TL. */
export function clearSkyAt(apparentZenithDeg: number, altitudeM: number, dniExtraWm2: number, linkeTurbidity: number, out?: ClearSkyIrradiance): ClearSkyIrradiance {
  const am = absoluteAirMass(relativeAirMass(apparentZenithDeg), pressureFromAltitudePa(altitudeM));
  return ineichenPerez(apparentZenithDeg, am, linkeTurbidity, altitudeM, dniExtraWm2, out);
}

/** Clear-sky GHI, DNI and DHI (W/m²) for every step of a timeline, sun at each step's middle. */
export function clearSkySeries(
  timeline: Timeline,
  site: { latDeg: number; lonDeg: number; elevationM: number },
  linkeTurbidityMonthly: readonly number[] = DEFAULT_LINKE_TURBIDITY_FRANCE,
): { ghiWm2: Float64Array; dniWm2: Float64Array; dhiWm2: Float64Array } {
  if (linkeTurbidityMonthly.length !== 12) throw new RangeError('linkeTurbidityMonthly must have 12 values (January first)');
  const sun = solarPositionSeries(timeline, site);
  const n = timeline.length;
  const ghi = new Float64Array(n);
  const dni = new Float64Array(n);
  const dhi = new Float64Array(n);
  const cs: ClearSkyIrradiance = { ghiWm2: 0, dniWm2: 0, dhiWm2: 0 };
  const stepMs = timeline.stepMinutes * 60_000;
  let day = -1;
  let i0 = 0;
  let month = 0;
  for (let i = 0; i < n; i++) {
    if (sun.zenithDeg[i] >= 90) continue;
    const mid = timeline.startUtcMs + i * stepMs + stepMs / 2;
    const d = Math.floor(mid / 86_400_000);
    if (d !== day) {
      day = d;
      const date = new Date(mid);
      month = date.getUTCMonth();
      i0 = extraterrestrialNormalWm2(dayOfYearUtc(mid));
    }
    clearSkyAt(sun.zenithDeg[i], site.elevationM, i0, linkeTurbidityMonthly[month], cs);
    ghi[i] = cs.ghiWm2;
    dni[i] = cs.dniWm2;
    dhi[i] = cs.dhiWm2;
  }
  return { ghiWm2: ghi, dniWm2: dni, dhiWm2: dhi };
}
