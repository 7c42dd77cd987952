/**
 * The sun over the site for the 3D view: position at an instant and the day's path, from the full NREL
 * SPA of models/solar/spa.ts (Reda & Andreas, NREL/TP-560-34302, 2008; azimuth eastward from north,
 * apparent elevation with refraction, eq. 42–46).
 */
import { spaPosition } from '../solar/spa';
import { sunDirection, type Vec3 } from './geometry';

export interface SunSite {
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly elevationM: number;
}

export interface SunAt {
  readonly utcMs: number;
  readonly azimuthDeg: number;
  readonly elevationDeg: number;
  /** Unit vector towards the sun in plan axes (x east, y south, z up). */
  readonly direction: Vec3;
}

export function sunAt(site: SunSite, utcMs: number): SunAt {
  const p = spaPosition(utcMs, site);
  return { utcMs, azimuthDeg: p.azimuthDeg, elevationDeg: p.elevationDeg, direction: sunDirection(p.azimuthDeg, p.elevationDeg) };
}

export interface SunPath {
  readonly utcMs: Float64Array;
  readonly azimuthDeg: Float64Array;
  readonly elevationDeg: Float64Array;
}

/** Sun positions from `startUtcMs` every `stepMinutes` over `hours` hours (both ends included). */
export function sunPath(site: SunSite, startUtcMs: number, hours = 24, stepMinutes = 60): SunPath {
  if (!(stepMinutes > 0) || !(hours > 0)) throw new RangeError('sunPath: hours and stepMinutes must be > 0');
  const n = Math.floor((hours * 60) / stepMinutes) + 1;
  const out: SunPath = { utcMs: new Float64Array(n), azimuthDeg: new Float64Array(n), elevationDeg: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const t = startUtcMs + i * stepMinutes * 60_000;
    const p = spaPosition(t, site);
    out.utcMs[i] = t;
    out.azimuthDeg[i] = p.azimuthDeg;
    out.elevationDeg[i] = p.elevationDeg;
  }
  return out;
}
