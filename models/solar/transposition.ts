/**
 * Transposition of horizontal irradiance to a tilted plane (plane of array, POA).
 * Angles: surface tilt from horizontal, surface azimuth clockwise from north (180 = south, pvlib
 * convention); sun zenith and azimuth (from north) from spa.ts.
 *
 * - Angle of incidence: cos θ = cos z·cos β + sin z·sin β·cos(γs − γ) (Duffie & Beckman, eq. 1.6.3).
 * - Isotropic sky: Liu & Jordan (1963), Id = DHI·(1 + cos β)/2.
 * - Hay–Davies: J. E. Hay, J. A. Davies, "Calculation of the solar radiation incident on an inclined
 *   surface", Proc. First Canadian Solar Radiation Data Workshop, 1980: anisotropy index
 *   Ai = DNI/I0, Id = DHI·(Ai·Rb + (1 − Ai)(1 + cos β)/2).
 * - Perez: R. Perez, P. Ineichen, R. Seals, J. Michalsky, R. Stewart, "Modeling daylight
 *   availability and irradiance components from direct and global irradiance", Solar Energy 44(5),
 *   1990, pp. 271–289: eq. (9) with the "all sites composite" coefficients of Table 6,
 *   clearness ε (eq. 1, κ = 1.041 for z in radians) and brightness Δ = DHI·AM/I0.
 * - Ground reflection: GHI·ρ·(1 − cos β)/2.
 * Reference values from pvlib's tests (test_irradiance.py) are checked in transposition.test.ts.
 */

const DEG = Math.PI / 180;
const COS_85 = Math.cos(85 * DEG);

/**
 * Perez 1990, Table 6, "all sites composite" as printed (3 decimals): per ε bin F11 F12 F13 F21 F22 F23.
 * (SAM/PVWatts carry 7-decimal values from Perez's Fortran code; they differ by < 0.1 W/m² on POA.)
 */
export const PEREZ_1990_COEFFICIENTS: readonly (readonly number[])[] = [
  [-0.008, 0.588, -0.062, -0.06, 0.072, -0.022],
  [0.13, 0.683, -0.151, -0.019, 0.066, -0.029],
  [0.33, 0.487, -0.221, 0.055, -0.064, -0.026],
  [0.568, 0.187, -0.295, 0.109, -0.152, -0.014],
  [0.873, -0.392, -0.362, 0.226, -0.462, 0.001],
  [1.132, -1.237, -0.412, 0.288, -0.823, 0.056],
  [1.06, -1.6, -0.359, 0.264, -1.127, 0.131],
  [0.678, -0.327, -0.25, 0.156, -1.377, 0.251],
];
/** Upper bounds of the ε bins (Perez 1990, Table 1). */
export const PEREZ_EPSILON_BINS: readonly number[] = [1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2];

export type SkyDiffuseModel = 'isotropic' | 'hay-davies' | 'perez';

/** cos of the angle of incidence (may be negative: sun behind the plane). */
export function cosAngleOfIncidence(surfaceTiltDeg: number, surfaceAzimuthDeg: number, zenithDeg: number, sunAzimuthDeg: number): number {
  const z = zenithDeg * DEG;
  const b = surfaceTiltDeg * DEG;
  return Math.cos(z) * Math.cos(b) + Math.sin(z) * Math.sin(b) * Math.cos((sunAzimuthDeg - surfaceAzimuthDeg) * DEG);
}

export function angleOfIncidenceDeg(surfaceTiltDeg: number, surfaceAzimuthDeg: number, zenithDeg: number, sunAzimuthDeg: number): number {
  const c = cosAngleOfIncidence(surfaceTiltDeg, surfaceAzimuthDeg, zenithDeg, sunAzimuthDeg);
  return Math.acos(Math.max(-1, Math.min(1, c))) / DEG;
}

export function isotropicSkyDiffuse(surfaceTiltDeg: number, dhiWm2: number): number {
  return isotropicFromCosTilt(Math.cos(surfaceTiltDeg * DEG), dhiWm2);
}

function isotropicFromCosTilt(cosTilt: number, dhiWm2: number): number {
  return (dhiWm2 * (1 + cosTilt)) / 2;
}

export function groundReflected(surfaceTiltDeg: number, ghiWm2: number, albedo: number): number {
  return groundFromCosTilt(Math.cos(surfaceTiltDeg * DEG), ghiWm2, albedo);
}

function groundFromCosTilt(cosTilt: number, ghiWm2: number, albedo: number): number {
  return (ghiWm2 * albedo * (1 - cosTilt)) / 2;
}

export function hayDaviesSkyDiffuse(
  surfaceTiltDeg: number,
  cosAoi: number,
  dhiWm2: number,
  dniWm2: number,
  dniExtraWm2: number,
  zenithDeg: number,
): number {
  return hayDaviesFromTrig(Math.cos(surfaceTiltDeg * DEG), cosAoi, dhiWm2, dniWm2, dniExtraWm2, Math.cos(zenithDeg * DEG));
}

function hayDaviesFromTrig(cosTilt: number, cosAoi: number, dhiWm2: number, dniWm2: number, dniExtraWm2: number, cosZenith: number): number {
  const cosZ = Math.max(cosZenith, 0.01745); // cos 89°, as pvlib, avoids Rb → ∞ at sunrise
  const rb = Math.max(cosAoi, 0) / cosZ;
  const ai = dniWm2 / dniExtraWm2;
  return dhiWm2 * (ai * rb + (1 - ai) * ((1 + cosTilt) / 2));
}

/**
 * Perez 1990 sky diffuse.
 * @param relativeAirMass Kasten–Young relative air mass (airMass.ts)
 */
export function perezSkyDiffuse(
  surfaceTiltDeg: number,
  cosAoi: number,
  dhiWm2: number,
  dniWm2: number,
  dniExtraWm2: number,
  zenithDeg: number,
  relativeAirMass: number,
): number {
  const tilt = surfaceTiltDeg * DEG;
  return perezFromTrig(Math.cos(tilt), Math.sin(tilt), cosAoi, dhiWm2, dniWm2, dniExtraWm2, zenithDeg, Math.cos(zenithDeg * DEG), relativeAirMass);
}

/** Perez 1990 with the surface's cos/sin of tilt and the sun's cos of zenith given (same arithmetic). */
function perezFromTrig(
  cosTilt: number,
  sinTilt: number,
  cosAoi: number,
  dhiWm2: number,
  dniWm2: number,
  dniExtraWm2: number,
  zenithDeg: number,
  cosZenith: number,
  relativeAirMass: number,
): number {
  if (!(dhiWm2 > 0)) return 0;
  const zRad = zenithDeg * DEG;
  const kz3 = 1.041 * zRad * zRad * zRad;
  const epsilon = ((dhiWm2 + dniWm2) / dhiWm2 + kz3) / (1 + kz3); // eq. (1)
  const delta = Number.isFinite(relativeAirMass) ? (dhiWm2 * relativeAirMass) / dniExtraWm2 : 0; // eq. (2)
  let bin = 0;
  while (bin < PEREZ_EPSILON_BINS.length && epsilon >= PEREZ_EPSILON_BINS[bin]) bin++;
  const f = PEREZ_1990_COEFFICIENTS[bin];
  const f1 = Math.max(0, f[0] + f[1] * delta + f[2] * zRad);
  const f2 = f[3] + f[4] * delta + f[5] * zRad;
  const a = Math.max(0, cosAoi);
  const b = Math.max(COS_85, cosZenith);
  const sky = dhiWm2 * ((1 - f1) * ((1 + cosTilt) / 2) + (f1 * a) / b + f2 * sinTilt);
  return Math.max(0, sky);
}

export interface PoaComponents {
  globalWm2: number;
  beamWm2: number;
  skyDiffuseWm2: number;
  groundWm2: number;
  cosAoi: number;
}

export interface PoaInput {
  readonly surfaceTiltDeg: number;
  readonly surfaceAzimuthDeg: number;
  readonly zenithDeg: number;
  readonly sunAzimuthDeg: number;
  readonly ghiWm2: number;
  readonly dniWm2: number;
  readonly dhiWm2: number;
  readonly dniExtraWm2: number;
  readonly relativeAirMass: number;
  readonly albedo: number;
  readonly model: SkyDiffuseModel;
  /** True when the horizon profile hides the sun: beam (and the circumsolar share) is removed. */
  readonly beamBlocked?: boolean;
}

/** Plane-of-array irradiance for one instant; `out` is reused by loops to avoid allocation. */
export function poaIrradiance(p: PoaInput, out: PoaComponents = { globalWm2: 0, beamWm2: 0, skyDiffuseWm2: 0, groundWm2: 0, cosAoi: 0 }): PoaComponents {
  const z = p.zenithDeg * DEG;
  return poaIrradianceOnSurface(p, prepareSurface(p.surfaceTiltDeg, p.surfaceAzimuthDeg), Math.cos(z), Math.sin(z), out);
}

/** cos and sin of a fixed surface's tilt, computed once for poaIrradianceOnSurface. */
export interface PreparedSurface {
  readonly tiltDeg: number;
  readonly azimuthDeg: number;
  readonly cosTilt: number;
  readonly sinTilt: number;
}

export function prepareSurface(tiltDeg: number, azimuthDeg: number): PreparedSurface {
  const b = tiltDeg * DEG;
  return { tiltDeg, azimuthDeg, cosTilt: Math.cos(b), sinTilt: Math.sin(b) };
}

/**
 * poaIrradiance for a prepared surface (its tilt and azimuth replace p's) with the sun's cos and sin of
 * zenith given (cos/sin of zenithDeg·π/180): loops over many steps and arrays compute each sine and
 * cosine once. Same arithmetic as poaIrradiance, which delegates here.
 */
export function poaIrradianceOnSurface(p: PoaInput, surface: PreparedSurface, cosZenith: number, sinZenith: number, out: PoaComponents): PoaComponents {
  // Duffie & Beckman eq. 1.6.3, as cosAngleOfIncidence.
  const cosAoi = cosZenith * surface.cosTilt + sinZenith * surface.sinTilt * Math.cos((p.sunAzimuthDeg - surface.azimuthDeg) * DEG);
  const sunUp = p.zenithDeg < 90;
  // A blocked sun keeps its diffuse sky but loses the beam; for the anisotropic models the
  // circumsolar part travels with the beam, so DNI is set to 0 in them too.
  const dni = sunUp && !p.beamBlocked ? p.dniWm2 : 0;
  const beam = Math.max(0, dni * cosAoi);
  let sky: number;
  if (p.model === 'isotropic') sky = isotropicFromCosTilt(surface.cosTilt, p.dhiWm2);
  else if (p.model === 'hay-davies') sky = hayDaviesFromTrig(surface.cosTilt, p.beamBlocked ? 0 : cosAoi, p.dhiWm2, dni, p.dniExtraWm2, cosZenith);
  else sky = perezFromTrig(surface.cosTilt, surface.sinTilt, p.beamBlocked ? 0 : cosAoi, p.dhiWm2, dni, p.dniExtraWm2, p.zenithDeg, cosZenith, p.relativeAirMass);
  const ground = groundFromCosTilt(surface.cosTilt, p.ghiWm2, p.albedo);
  out.beamWm2 = beam;
  out.skyDiffuseWm2 = sky;
  out.groundWm2 = ground;
  out.globalWm2 = beam + sky + ground;
  out.cosAoi = cosAoi;
  return out;
}
