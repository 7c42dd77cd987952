/**
 * Far horizon profile (e.g. from PVGIS "horizon" output or a site survey): elevation of the
 * skyline by azimuth. The sun is hidden when its apparent elevation is below the skyline at its
 * azimuth; only beam irradiance is blocked (sky diffuse loss from the horizon is not modelled).
 * Linear interpolation between points, wrapping around north.
 */
import { z } from 'zod';

export const horizonProfileSchema = z
  .object({
    azimuthsDeg: z.array(z.number().min(0, 'horizon azimuthsDeg must be ≥ 0').lt(360, 'horizon azimuthsDeg must be < 360')).min(2),
    elevationsDeg: z.array(z.number().min(-10).max(90, 'horizon elevationsDeg must be ≤ 90')).min(2),
  })
  .refine((h) => h.azimuthsDeg.length === h.elevationsDeg.length, { message: 'horizon: azimuthsDeg and elevationsDeg must have the same length', path: ['elevationsDeg'] })
  .refine((h) => h.azimuthsDeg.every((a, i) => i === 0 || a > h.azimuthsDeg[i - 1]), { message: 'horizon: azimuthsDeg must be increasing', path: ['azimuthsDeg'] });

export type HorizonProfile = z.infer<typeof horizonProfileSchema>;

/** Skyline elevation at an azimuth (° from north, clockwise). */
export function horizonElevationDeg(h: HorizonProfile, azimuthDeg: number): number {
  const az = ((azimuthDeg % 360) + 360) % 360;
  const n = h.azimuthsDeg.length;
  for (let k = 0; k < n; k++) {
    const a0 = h.azimuthsDeg[k];
    const a1 = k + 1 < n ? h.azimuthsDeg[k + 1] : h.azimuthsDeg[0] + 360;
    const azw = az < a0 && k === n - 1 ? az + 360 : az;
    if (azw >= a0 && azw <= a1) {
      const e1 = k + 1 < n ? h.elevationsDeg[k + 1] : h.elevationsDeg[0];
      return h.elevationsDeg[k] + ((azw - a0) / (a1 - a0)) * (e1 - h.elevationsDeg[k]);
    }
  }
  // Before the first point: wrap from the last one.
  const aLast = h.azimuthsDeg[n - 1] - 360;
  const a0 = h.azimuthsDeg[0];
  return h.elevationsDeg[n - 1] + ((az - aLast) / (a0 - aLast)) * (h.elevationsDeg[0] - h.elevationsDeg[n - 1]);
}
