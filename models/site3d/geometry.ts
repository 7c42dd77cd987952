/**
 * Geometry of the 3D site view: axes, sun vector, PV panel normal, oriented rectangles on the plan.
 *
 * Axes (plan, metres): x towards EAST, y towards SOUTH (so north is −y), z UP. Azimuths are measured
 * from north, clockwise (east = 90°, south = 180°), the convention of the NREL SPA (Reda & Andreas,
 * NREL/TP-560-34302, eq. 46) and of PVWatts. The renderer maps plan (x, y, z) to three.js (x, z, y):
 * three's default −Z view direction is then north.
 *
 * Sun direction and surface normal are the unit vectors whose dot product is the cosine of the angle of
 * incidence of SPA eq. 47 / Duffie & Beckman, "Solar Engineering of Thermal Processes", 4th ed., eq. 1.6.3;
 * geometry.test.ts checks both against the book's Example 1.6.1 and against SPA eq. 47.
 */

const DEG = Math.PI / 180;

export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

/** Unit vector pointing from the site to the sun (plan axes x east, y south, z up). */
export function sunDirection(azimuthDeg: number, elevationDeg: number): Vec3 {
  const azRad = azimuthDeg * DEG;
  const elRad = elevationDeg * DEG;
  const horizontal = Math.cos(elRad);
  return { x: horizontal * Math.sin(azRad), y: -horizontal * Math.cos(azRad), z: Math.sin(elRad) };
}

/** Outward unit normal of a plane tilted `tiltDeg` from horizontal, facing `azimuthDeg` (180 = south). */
export function panelNormal(tiltDeg: number, azimuthDeg: number): Vec3 {
  const tiltRad = tiltDeg * DEG;
  const azRad = azimuthDeg * DEG;
  return { x: Math.sin(tiltRad) * Math.sin(azRad), y: -Math.sin(tiltRad) * Math.cos(azRad), z: Math.cos(tiltRad) };
}

export function dot(a: Vec3, b: Vec3): number {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

/** Horizontal unit vector (plan x, y) of an azimuth: where a surface facing that azimuth looks. */
export function azimuthVector(azimuthDeg: number): { x: number; y: number } {
  return { x: Math.sin(azimuthDeg * DEG), y: -Math.cos(azimuthDeg * DEG) };
}

/**
 * Oriented rectangle on the plan. `widthM` runs along the local u axis, `depthM` along v.
 * `rotationDeg` turns u from east towards south (clockwise seen from above, like azimuths),
 * so with rotation 0 the width runs west–east and the depth north–south.
 */
export interface Rect {
  readonly cxM: number;
  readonly cyM: number;
  readonly widthM: number;
  readonly depthM: number;
  readonly rotationDeg: number;
}

export function rectAxes(r: Rect): { ux: number; uy: number; vx: number; vy: number } {
  const a = r.rotationDeg * DEG;
  const ux = Math.cos(a);
  const uy = Math.sin(a);
  return { ux, uy, vx: -uy, vy: ux };
}

/** The four corners, counter-clockwise in (u, v). */
export function rectCorners(r: Rect): Array<{ x: number; y: number }> {
  const { ux, uy, vx, vy } = rectAxes(r);
  const hw = r.widthM / 2;
  const hd = r.depthM / 2;
  return [
    { x: r.cxM - ux * hw - vx * hd, y: r.cyM - uy * hw - vy * hd },
    { x: r.cxM + ux * hw - vx * hd, y: r.cyM + uy * hw - vy * hd },
    { x: r.cxM + ux * hw + vx * hd, y: r.cyM + uy * hw + vy * hd },
    { x: r.cxM - ux * hw + vx * hd, y: r.cyM - uy * hw + vy * hd },
  ];
}

export function inflateRect(r: Rect, marginM: number): Rect {
  return { ...r, widthM: r.widthM + 2 * marginM, depthM: r.depthM + 2 * marginM };
}

/** Is the point inside the rectangle (boundary included, with a tolerance)? */
export function rectContainsPoint(r: Rect, x: number, y: number, toleranceM = 1e-9): boolean {
  const { ux, uy, vx, vy } = rectAxes(r);
  const dx = x - r.cxM;
  const dy = y - r.cyM;
  return Math.abs(dx * ux + dy * uy) <= r.widthM / 2 + toleranceM && Math.abs(dx * vx + dy * vy) <= r.depthM / 2 + toleranceM;
}

/**
 * Separating-axis test for two oriented rectangles: true when their interiors intersect.
 * Rectangles that only touch along an edge (within `toleranceM`) do not count as overlapping.
 */
export function rectsOverlap(a: Rect, b: Rect, toleranceM = 1e-6): boolean {
  const ca = rectCorners(a);
  const cb = rectCorners(b);
  const axesA = rectAxes(a);
  const axesB = rectAxes(b);
  const axes = [
    [axesA.ux, axesA.uy],
    [axesA.vx, axesA.vy],
    [axesB.ux, axesB.uy],
    [axesB.vx, axesB.vy],
  ];
  for (const [ax, ay] of axes) {
    let minA = Infinity;
    let maxA = -Infinity;
    let minB = Infinity;
    let maxB = -Infinity;
    for (const p of ca) {
      const s = p.x * ax + p.y * ay;
      if (s < minA) minA = s;
      if (s > maxA) maxA = s;
    }
    for (const p of cb) {
      const s = p.x * ax + p.y * ay;
      if (s < minB) minB = s;
      if (s > maxB) maxB = s;
    }
    if (maxA <= minB + toleranceM || maxB <= minA + toleranceM) return false;
  }
  return true;
}

/** Axis-aligned bounds of a rectangle. */
export function rectBounds(r: Rect): { minX: number; maxX: number; minY: number; maxY: number } {
  const c = rectCorners(r);
  return {
    minX: Math.min(c[0].x, c[1].x, c[2].x, c[3].x),
    maxX: Math.max(c[0].x, c[1].x, c[2].x, c[3].x),
    minY: Math.min(c[0].y, c[1].y, c[2].y, c[3].y),
    maxY: Math.max(c[0].y, c[1].y, c[2].y, c[3].y),
  };
}
