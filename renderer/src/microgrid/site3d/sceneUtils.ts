/**
 * Small helpers shared by the scene components: plan → three.js axes, colours, local time text.
 * Plan axes (models/site3d/geometry.ts): x east, y south, z up. three.js: X east, Y up, Z south.
 */
import { Vector3 } from 'three';
import { parisNaiveToUtcMs, utcToParisNaiveMs } from '../../../../models/calendar/parisTime';
import type { FlowEnd } from '../../../../models/site3d/flows';

export const DEG = Math.PI / 180;

export function planToThree(xM: number, yM: number, zM: number, out = new Vector3()): Vector3 {
  return out.set(xM, zM, yM);
}

/** three.js rotation about Y for a plan rotation (clockwise from east towards south). */
export function yawForPlanRotation(rotationDeg: number): number {
  return -rotationDeg * DEG;
}

/** three.js rotation about Y that turns local +Z (south) towards an azimuth. */
export function yawForAzimuth(azimuthDeg: number): number {
  return (180 - azimuthDeg) * DEG;
}

/** One colour per source: an arrow takes the colour of where its energy comes from. */
export const SOURCE_COLOURS: Record<Exclude<FlowEnd, 'load'>, string> = {
  pv: '#f59f00',
  storage: '#2f9e44',
  cars: '#7048e8',
  grid: '#d6336c',
};

/** "13:45" on the Paris wall clock (legal time with DST, from models/calendar). */
export function parisClock(utcMs: number): string {
  const d = new Date(utcToParisNaiveMs(utcMs));
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** Length of the Paris day starting at `dayStartUtcMs` (a Paris midnight): 23, 24 or 25 hours. */
export function parisDayLengthMs(dayStartUtcMs: number): number {
  const next = parisNaiveToUtcMs(utcToParisNaiveMs(dayStartUtcMs) + 86_400_000);
  const length = next - dayStartUtcMs;
  return Number.isFinite(length) && length > 20 * 3_600_000 && length < 28 * 3_600_000 ? length : 86_400_000;
}
