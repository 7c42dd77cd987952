/**
 * The description of a site for the 3D view, and the power flows shown at one instant.
 * Plan axes as in geometry.ts: x east, y south (north is −y), metres from an arbitrary site origin.
 */
import { z } from 'zod';

const finite = (field: string) => z.number({ error: `${field} must be a number` }).refine(Number.isFinite, `${field} must be finite`);
const positive = (field: string) => finite(field).refine((v) => v > 0, `${field} must be > 0`);

export const site3dModelSchema = z.object({
  site: z.object({
    latDeg: finite('site.latDeg').refine((v) => v >= -90 && v <= 90, 'site.latDeg must be within [−90, 90]'),
    lonDeg: finite('site.lonDeg').refine((v) => v >= -180 && v <= 180, 'site.lonDeg must be within [−180, 180]'),
    elevationM: finite('site.elevationM'),
  }),
  buildings: z.array(
    z.object({
      id: z.string().min(1, 'building id is required'),
      name: z.string(),
      xM: finite('building xM'),
      yM: finite('building yM'),
      widthM: positive('building widthM'),
      depthM: positive('building depthM'),
      heightM: positive('building heightM'),
      rotationDeg: finite('building rotationDeg').optional(),
    }),
  ),
  pvArrays: z.array(
    z.object({
      id: z.string().min(1, 'PV array id is required'),
      name: z.string(),
      kWp: positive('PV array kWp').refine((v) => v <= 50_000, 'PV array kWp must be ≤ 50 000 for the 3D view'),
      tiltDeg: finite('PV array tiltDeg').refine((v) => v >= 0 && v <= 90, 'PV array tiltDeg must be within [0, 90]'),
      azimuthDeg: finite('PV array azimuthDeg').refine((v) => v >= 0 && v <= 360, 'PV array azimuthDeg must be within [0, 360]'),
      onBuildingId: z.string().optional(),
      xM: finite('PV array xM').optional(),
      yM: finite('PV array yM').optional(),
    }),
  ),
  storage: z
    .object({
      name: z.string(),
      xM: finite('storage xM').optional(),
      yM: finite('storage yM').optional(),
      capacityKwh: positive('storage capacityKwh'),
    })
    .optional(),
  carPark: z
    .object({
      xM: finite('carPark xM').optional(),
      yM: finite('carPark yM').optional(),
      vehicles: z.array(z.object({ id: z.string().min(1, 'vehicle id is required'), name: z.string(), v2g: z.boolean() })).max(500, 'carPark vehicles: at most 500'),
    })
    .optional(),
});

export type Site3dModel = z.infer<typeof site3dModelSchema>;

/** Power at one instant, kW. Signs: storage + charging / − discharging; EV + charging / − V2G; grid + import / − export. */
export interface FlowsAtTime {
  pvKw: number;
  loadKw: number;
  storageKw: number;
  evKw: number;
  gridKw: number;
  storageSocPct?: number;
}
