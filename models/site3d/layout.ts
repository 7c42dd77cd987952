/**
 * Deterministic layout of a site for the 3D view: places what the model gives no position for, and
 * lays PV modules out in rows at their tilt and azimuth. Axes as in geometry.ts (x east, y south, z up).
 *
 * Sizes and rules used (approximate by design; the view is illustrative, not a construction plan):
 * - PV module area 5.5 m²/kWp (≈ 18 % module efficiency at STC, 1 kWp / (1 kW/m² · 0.18)); a module is
 *   1.70 m × 1.00 m (the 60-cell format), so kWp gives ceil(5.5·kWp / 1.7) modules.
 * - Row pitch: no inter-row shading at solar noon on the winter solstice, the usual rule of thumb for
 *   racked rows: pitch = L·cos β + L·sin β / tan(h), h = 90° − |φ| − 23.44° (noon sun height on
 *   21 December), floored at 10°; L the module side up the slope, β the tilt.
 * - Roof setback 1.0 m from the roof edge (access and wind edge zone).
 * - Battery container: ISO 668 dry container, 20 ft (6.058 × 2.438 × 2.591 m) up to 500 kWh,
 *   40 ft (12.192 m long) above — the second-life containers of the reference cases hold ~200 kWh.
 * - Car park bays 2.50 m × 5.00 m with a 6.00 m aisle (NF P91-100 gives 2.30 × 5.00 m minimum;
 *   common design practice rounds up), up to 10 bays per row, rows facing each other across the aisle.
 * - Grid connection: a compact substation (poste de transformation) 2.5 × 2.0 × 2.2 m.
 * Auto-placed objects go on the first free spot found on rings around the main building (largest
 * footprint), keeping a 2 m clearance; the search order is fixed, so the result is deterministic.
 */
import { azimuthVector, inflateRect, rectBounds, rectContainsPoint, rectCorners, rectsOverlap, type Rect } from './geometry';
import type { Site3dModel } from './schema';

export const MODULE_M2_PER_KWP = 5.5;
export const MODULE_LENGTH_M = 1.7;
export const MODULE_SLOPE_M = 1.0;
export const MODULE_GAP_M = 0.02;
export const ROOF_SETBACK_M = 1.0;
export const CLEARANCE_M = 2.0;
export const CONTAINER_20FT = { lengthM: 6.058, widthM: 2.438, heightM: 2.591 };
export const CONTAINER_40FT = { lengthM: 12.192, widthM: 2.438, heightM: 2.591 };
export const BAY_WIDTH_M = 2.5;
export const BAY_LENGTH_M = 5.0;
export const AISLE_M = 6.0;
export const BAYS_PER_ROW = 10;
export const SUBSTATION = { widthM: 2.5, depthM: 2.0, heightM: 2.2 };
/** Height of the lower edge of ground-mounted rows and of roof racking above the roof. */
export const GROUND_CLEARANCE_M = 0.5;
export const ROOF_RACK_M = 0.3;

export interface PlacedBuilding {
  readonly id: string;
  readonly name: string;
  readonly rect: Rect;
  readonly heightM: number;
  readonly isMain: boolean;
}

/** One PV module: centre (plan x, y, height z), orientation. Size MODULE_LENGTH_M × MODULE_SLOPE_M. */
export interface PlacedModule {
  readonly arrayIndex: number;
  readonly xM: number;
  readonly yM: number;
  readonly zM: number;
  readonly tiltDeg: number;
  readonly azimuthDeg: number;
}

export interface PlacedArray {
  readonly id: string;
  readonly name: string;
  readonly kWp: number;
  readonly tiltDeg: number;
  readonly azimuthDeg: number;
  /** Modules needed for the kWp, and how many went on the roof and on the ground. */
  readonly moduleCount: number;
  readonly roofModules: number;
  readonly groundModules: number;
  /** Footprint of the ground field, when there is one. */
  readonly groundRect?: Rect;
  readonly centroid: { xM: number; yM: number; zM: number };
}

export interface PlacedStorage {
  readonly name: string;
  readonly capacityKwh: number;
  readonly rect: Rect;
  readonly heightM: number;
}

export interface PlacedBay {
  readonly xM: number;
  readonly yM: number;
  /** Direction the car's nose points to, as an azimuth. */
  readonly headingDeg: number;
}

export interface PlacedCarPark {
  readonly rect: Rect;
  readonly bays: PlacedBay[];
  readonly vehicles: Array<{ id: string; name: string; v2g: boolean; bayIndex: number }>;
}

export type FlowNodeName = 'pv' | 'load' | 'storage' | 'cars' | 'grid';

export interface SiteLayout {
  readonly buildings: PlacedBuilding[];
  readonly arrays: PlacedArray[];
  readonly modules: PlacedModule[];
  readonly storage?: PlacedStorage;
  readonly carPark?: PlacedCarPark;
  readonly grid: { rect: Rect; heightM: number };
  /** Anchor points of the flow arrows (plan x, y and height z). Absent nodes have no object on site. */
  readonly nodes: Partial<Record<FlowNodeName, { xM: number; yM: number; zM: number }>>;
  readonly bounds: { minX: number; maxX: number; minY: number; maxY: number; cxM: number; cyM: number; radiusM: number; maxHeightM: number };
  /** Things the layout had to change (roof too small, overlapping inputs), in English, for logs and tests. */
  readonly warnings: string[];
}

const DEG = Math.PI / 180;

export function modulesForKwp(kWp: number): number {
  return Math.ceil((kWp * MODULE_M2_PER_KWP) / (MODULE_LENGTH_M * MODULE_SLOPE_M) - 1e-9);
}

/** Row pitch (m) so that rows do not shade each other at noon on the winter solstice. */
export function rowPitchM(tiltDeg: number, latDeg: number): number {
  const tiltRad = tiltDeg * DEG;
  const depth = MODULE_SLOPE_M * Math.cos(tiltRad);
  if (tiltDeg < 3) return depth + 0.3; // flat rows: a maintenance gap only
  const noonSunDeg = Math.max(10, 90 - Math.abs(latDeg) - 23.44);
  return depth + (MODULE_SLOPE_M * Math.sin(tiltRad)) / Math.tan(noonSunDeg * DEG);
}

/** Plan footprint of one module (its horizontal projection). */
export function moduleRect(m: { xM: number; yM: number; tiltDeg: number; azimuthDeg: number }): Rect {
  // Width along the row (perpendicular to the facing azimuth), depth along the azimuth.
  return { cxM: m.xM, cyM: m.yM, widthM: MODULE_LENGTH_M, depthM: MODULE_SLOPE_M * Math.cos(m.tiltDeg * DEG), rotationDeg: m.azimuthDeg - 180 };
}

/** Rotation of a rectangle whose depth axis (v) points along the azimuth. */
function rotationForAzimuth(azimuthDeg: number): number {
  return azimuthDeg - 180;
}

interface Slot {
  x: number;
  y: number;
}

/**
 * Module slots inside a convex region (given as a containment test), rows perpendicular to the azimuth,
 * front row (towards the azimuth) first, each row from one end to the other. Deterministic.
 */
function slotsInRect(region: Rect, tiltDeg: number, azimuthDeg: number, latDeg: number, limit: number, occupied: Rect[]): Slot[] {
  const f = azimuthVector(azimuthDeg); // facing direction (v)
  const u = { x: -f.y, y: f.x }; // along the row
  const corners = rectCorners(region);
  let uMin = Infinity;
  let uMax = -Infinity;
  let fMin = Infinity;
  let fMax = -Infinity;
  for (const c of corners) {
    const su = (c.x - region.cxM) * u.x + (c.y - region.cyM) * u.y;
    const sf = (c.x - region.cxM) * f.x + (c.y - region.cyM) * f.y;
    uMin = Math.min(uMin, su);
    uMax = Math.max(uMax, su);
    fMin = Math.min(fMin, sf);
    fMax = Math.max(fMax, sf);
  }
  const pitch = rowPitchM(tiltDeg, latDeg);
  const depth = MODULE_SLOPE_M * Math.cos(tiltDeg * DEG);
  const along = MODULE_LENGTH_M + MODULE_GAP_M;
  const out: Slot[] = [];
  for (let sf = fMax - depth / 2; sf >= fMin + depth / 2 - 1e-9 && out.length < limit; sf -= pitch) {
    for (let su = uMin + MODULE_LENGTH_M / 2; su <= uMax - MODULE_LENGTH_M / 2 + 1e-9 && out.length < limit; su += along) {
      const x = region.cxM + su * u.x + sf * f.x;
      const y = region.cyM + su * u.y + sf * f.y;
      const r = moduleRect({ xM: x, yM: y, tiltDeg, azimuthDeg });
      if (!rectCorners(r).every((c) => rectContainsPoint(region, c.x, c.y, 1e-6))) continue;
      if (occupied.some((o) => rectsOverlap(o, r))) continue;
      occupied.push(r);
      out.push({ x, y });
    }
  }
  return out;
}

/** Size of a ground field holding `count` modules in a near-square block. */
function groundFieldSize(count: number, tiltDeg: number, latDeg: number): { widthM: number; depthM: number; perRow: number; rows: number } {
  const pitch = rowPitchM(tiltDeg, latDeg);
  const along = MODULE_LENGTH_M + MODULE_GAP_M;
  const perRow = Math.max(1, Math.ceil(Math.sqrt((count * pitch) / along)));
  const rows = Math.ceil(count / perRow);
  const depth = MODULE_SLOPE_M * Math.cos(tiltDeg * DEG);
  return { widthM: perRow * along, depthM: (rows - 1) * pitch + depth, perRow, rows };
}

/**
 * First free centre for a rectangle of the given size, on rings around (ax, ay), starting in the
 * preferred direction (azimuth) and turning clockwise. Obstacles are kept `CLEARANCE_M` away.
 */
function findFreeSpot(
  size: { widthM: number; depthM: number; rotationDeg: number },
  anchor: { x: number; y: number },
  startRadiusM: number,
  preferredAzimuthDeg: number,
  obstacles: Rect[],
): Rect {
  const ringStep = 2;
  for (let ring = 0; ring < 400; ring++) {
    const r = startRadiusM + ring * ringStep;
    const directions = Math.max(8, Math.ceil((2 * Math.PI * r) / 4));
    for (let k = 0; k < directions; k++) {
      // Alternate sides of the preferred direction so the nearest good spot wins.
      const offset = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (360 / directions);
      const dir = azimuthVector(preferredAzimuthDeg + offset);
      const candidate: Rect = { cxM: anchor.x + dir.x * r, cyM: anchor.y + dir.y * r, ...size };
      const inflated = inflateRect(candidate, CLEARANCE_M);
      if (!obstacles.some((o) => rectsOverlap(o, inflated))) return candidate;
    }
  }
  // Unreachable in practice (the rings grow to 800 m); keep the result defined.
  return { cxM: anchor.x, cyM: anchor.y + startRadiusM + 800, ...size };
}

function halfDiagonal(r: { widthM: number; depthM: number }): number {
  return Math.hypot(r.widthM, r.depthM) / 2;
}

/** Modules of a ground field centred on the rectangle, rows perpendicular to the azimuth. */
function fillGroundField(rect: Rect, count: number, tiltDeg: number, azimuthDeg: number, latDeg: number, arrayIndex: number, out: PlacedModule[]): void {
  const f = azimuthVector(azimuthDeg);
  const u = { x: -f.y, y: f.x };
  const { perRow, rows } = groundFieldSize(count, tiltDeg, latDeg);
  const pitch = rowPitchM(tiltDeg, latDeg);
  const along = MODULE_LENGTH_M + MODULE_GAP_M;
  const zM = GROUND_CLEARANCE_M + (MODULE_SLOPE_M / 2) * Math.sin(tiltDeg * DEG);
  let placed = 0;
  for (let row = 0; row < rows; row++) {
    const sf = ((rows - 1) / 2 - row) * pitch;
    const inRow = Math.min(perRow, count - placed);
    for (let k = 0; k < inRow; k++) {
      const su = (k - (perRow - 1) / 2) * along;
      out.push({ arrayIndex, xM: rect.cxM + su * u.x + sf * f.x, yM: rect.cyM + su * u.y + sf * f.y, zM, tiltDeg, azimuthDeg });
      placed++;
    }
  }
}

/** Lays out the site. Pure and deterministic: the same model always gives the same layout. */
export function layoutSite(model: Site3dModel): SiteLayout {
  const warnings: string[] = [];
  const latDeg = model.site.latDeg;
  const buildings: PlacedBuilding[] = [];
  let mainIndex = -1;
  let mainArea = -1;
  model.buildings.forEach((b, i) => {
    const area = b.widthM * b.depthM;
    if (area > mainArea) {
      mainArea = area;
      mainIndex = i;
    }
  });
  model.buildings.forEach((b, i) => {
    buildings.push({
      id: b.id,
      name: b.name,
      rect: { cxM: b.xM, cyM: b.yM, widthM: b.widthM, depthM: b.depthM, rotationDeg: b.rotationDeg ?? 0 },
      heightM: b.heightM,
      isMain: i === mainIndex,
    });
  });
  for (let i = 0; i < buildings.length; i++) {
    for (let j = i + 1; j < buildings.length; j++) {
      if (rectsOverlap(buildings[i].rect, buildings[j].rect)) warnings.push(`buildings ${buildings[i].id} and ${buildings[j].id} overlap`);
    }
  }
  const main = buildings[mainIndex];
  const anchor = main ? { x: main.rect.cxM, y: main.rect.cyM } : { x: 0, y: 0 };
  const anchorRadius = main ? halfDiagonal(main.rect) : 0;
  // Obstacles on the ground: buildings first, then everything placed.
  const obstacles: Rect[] = buildings.map((b) => b.rect);
  const roofOccupied = new Map<string, Rect[]>();

  const modules: PlacedModule[] = [];
  const arrayStats = model.pvArrays.map(() => ({ roof: 0, ground: 0, groundRect: undefined as Rect | undefined }));
  const pendingGround: Array<{ index: number; count: number; position?: { x: number; y: number } }> = [];

  // 1. Roof arrays.
  model.pvArrays.forEach((a, index) => {
    const needed = modulesForKwp(a.kWp);
    const building = a.onBuildingId !== undefined ? buildings.find((b) => b.id === a.onBuildingId) : undefined;
    if (a.onBuildingId !== undefined && !building) warnings.push(`PV array ${a.id}: building ${a.onBuildingId} not found, placed on the ground`);
    if (!building) {
      pendingGround.push({ index, count: needed, position: a.xM !== undefined && a.yM !== undefined ? { x: a.xM, y: a.yM } : undefined });
      return;
    }
    const roof: Rect = { ...building.rect, widthM: building.rect.widthM - 2 * ROOF_SETBACK_M, depthM: building.rect.depthM - 2 * ROOF_SETBACK_M };
    const occupied = roofOccupied.get(building.id) ?? [];
    roofOccupied.set(building.id, occupied);
    const slots = roof.widthM > 0 && roof.depthM > 0 ? slotsInRect(roof, a.tiltDeg, a.azimuthDeg, latDeg, needed, occupied) : [];
    const zM = building.heightM + ROOF_RACK_M + (MODULE_SLOPE_M / 2) * Math.sin(a.tiltDeg * DEG);
    for (const s of slots) modules.push({ arrayIndex: index, xM: s.x, yM: s.y, zM, tiltDeg: a.tiltDeg, azimuthDeg: a.azimuthDeg });
    arrayStats[index].roof = slots.length;
    if (slots.length < needed) {
      warnings.push(`PV array ${a.id}: ${needed - slots.length} of ${needed} modules do not fit on the roof of ${building.id}; placed on the ground beside it`);
      pendingGround.push({ index, count: needed - slots.length });
    }
  });

  // 2. Objects with a given position claim their place before auto-placed ones.
  const placeGround = (p: { index: number; count: number; position?: { x: number; y: number } }) => {
    const a = model.pvArrays[p.index];
    const size = groundFieldSize(p.count, a.tiltDeg, latDeg);
    const shape = { widthM: size.widthM, depthM: size.depthM, rotationDeg: rotationForAzimuth(a.azimuthDeg) };
    let rect: Rect;
    if (p.position) {
      rect = { cxM: p.position.x, cyM: p.position.y, ...shape };
      if (obstacles.some((o) => rectsOverlap(o, rect))) warnings.push(`PV array ${a.id}: the ground field at the given position overlaps another object`);
    } else {
      // South of the main building first: a ground field there is not shaded by it.
      rect = findFreeSpot(shape, anchor, anchorRadius + halfDiagonal(shape) + CLEARANCE_M, 180, obstacles);
    }
    obstacles.push(rect);
    fillGroundField(rect, p.count, a.tiltDeg, a.azimuthDeg, latDeg, p.index, modules);
    arrayStats[p.index].ground += p.count;
    arrayStats[p.index].groundRect = rect;
  };
  pendingGround.filter((p) => p.position).forEach(placeGround);

  let storage: PlacedStorage | undefined;
  const s = model.storage;
  const container = s && s.capacityKwh > 500 ? CONTAINER_40FT : CONTAINER_20FT;
  if (s && s.xM !== undefined && s.yM !== undefined) {
    storage = { name: s.name, capacityKwh: s.capacityKwh, rect: { cxM: s.xM, cyM: s.yM, widthM: container.lengthM, depthM: container.widthM, rotationDeg: 0 }, heightM: container.heightM };
    if (obstacles.some((o) => rectsOverlap(o, storage!.rect))) warnings.push('storage: the container at the given position overlaps another object');
    obstacles.push(storage.rect);
  }

  const vehicles = model.carPark?.vehicles ?? [];
  const bayCount = Math.max(1, vehicles.length);
  const rowsOfBays = Math.ceil(bayCount / BAYS_PER_ROW);
  const baysPerRow = Math.min(BAYS_PER_ROW, bayCount);
  const parkWidth = baysPerRow * BAY_WIDTH_M;
  // Rows are paired across an aisle: 1 row = bays + aisle, 2 rows = bay + aisle + bay, …
  const pairs = Math.ceil(rowsOfBays / 2);
  const parkDepth = rowsOfBays * BAY_LENGTH_M + pairs * AISLE_M;
  let carParkRect: Rect | undefined;
  const cp = model.carPark;
  if (cp && cp.xM !== undefined && cp.yM !== undefined) {
    carParkRect = { cxM: cp.xM, cyM: cp.yM, widthM: parkWidth, depthM: parkDepth, rotationDeg: 0 };
    if (obstacles.some((o) => rectsOverlap(o, carParkRect!))) warnings.push('carPark: the car park at the given position overlaps another object');
    obstacles.push(carParkRect);
  }

  // 3. Auto-placed objects, in a fixed order.
  if (s && !storage) {
    const shape = { widthM: container.lengthM, depthM: container.widthM, rotationDeg: main ? main.rect.rotationDeg : 0 };
    // Beside the main building, east side first (short cable run, out of the building's southern light).
    const rect = findFreeSpot(shape, anchor, (main ? main.rect.widthM / 2 : 0) + shape.widthM / 2 + CLEARANCE_M, 90 + (main ? main.rect.rotationDeg : 0), obstacles);
    storage = { name: s.name, capacityKwh: s.capacityKwh, rect, heightM: container.heightM };
    obstacles.push(rect);
  }
  if (cp && !carParkRect) {
    const shape = { widthM: parkWidth, depthM: parkDepth, rotationDeg: 0 };
    // West of the main building first (the east side holds the container).
    carParkRect = findFreeSpot(shape, anchor, anchorRadius + CLEARANCE_M, 270, obstacles);
    obstacles.push(carParkRect);
  }
  pendingGround.filter((p) => !p.position).forEach(placeGround);
  // West-south-west of the main building: at the site's edge on most plans, and not hidden behind the
  // main building from the default (southern) viewpoint.
  const gridRect = findFreeSpot({ widthM: SUBSTATION.widthM, depthM: SUBSTATION.depthM, rotationDeg: 0 }, anchor, anchorRadius + halfDiagonal(SUBSTATION) + CLEARANCE_M, 250, obstacles);
  obstacles.push(gridRect);

  let carPark: PlacedCarPark | undefined;
  if (cp && carParkRect) {
    const bays: PlacedBay[] = [];
    const r = carParkRect;
    for (let i = 0; i < bayCount; i++) {
      const row = Math.floor(i / BAYS_PER_ROW);
      const col = i % BAYS_PER_ROW;
      const pair = Math.floor(row / 2);
      // Within a pair: the first row's cars nose north (towards −y), the second row's face them across the aisle.
      const top = -r.depthM / 2 + pair * (2 * BAY_LENGTH_M + AISLE_M);
      const isSecond = row % 2 === 1;
      const localY = isSecond ? top + BAY_LENGTH_M + AISLE_M + BAY_LENGTH_M / 2 : top + BAY_LENGTH_M / 2;
      const localX = -r.widthM / 2 + (col + 0.5) * BAY_WIDTH_M;
      bays.push({ xM: r.cxM + localX, yM: r.cyM + localY, headingDeg: isSecond ? 180 : 0 });
    }
    carPark = { rect: carParkRect, bays, vehicles: vehicles.map((v, i) => ({ ...v, bayIndex: i })) };
  }

  const arrays: PlacedArray[] = model.pvArrays.map((a, index) => {
    let sx = 0;
    let sy = 0;
    let sz = 0;
    let n = 0;
    for (const m of modules) {
      if (m.arrayIndex !== index) continue;
      sx += m.xM;
      sy += m.yM;
      sz += m.zM;
      n++;
    }
    return {
      id: a.id,
      name: a.name,
      kWp: a.kWp,
      tiltDeg: a.tiltDeg,
      azimuthDeg: a.azimuthDeg,
      moduleCount: modulesForKwp(a.kWp),
      roofModules: arrayStats[index].roof,
      groundModules: arrayStats[index].ground,
      groundRect: arrayStats[index].groundRect,
      centroid: n ? { xM: sx / n, yM: sy / n, zM: sz / n } : { xM: anchor.x, yM: anchor.y, zM: 0 },
    };
  });

  // Flow anchors: above the objects so arrows arc over the roofs.
  const nodes: SiteLayout['nodes'] = {};
  if (modules.length) {
    // The PV node sits on the largest array so arrows start from real panels.
    let best = 0;
    for (let i = 1; i < arrays.length; i++) if (arrays[i].kWp > arrays[best].kWp) best = i;
    const c = arrays[best].centroid;
    nodes.pv = { xM: c.xM, yM: c.yM, zM: c.zM + 1.5 };
  }
  // The load node stands for all buildings: their footprint-weighted centre, above the main roof.
  if (buildings.length) {
    let area = 0;
    let lx = 0;
    let ly = 0;
    for (const b of buildings) {
      const w = b.rect.widthM * b.rect.depthM;
      area += w;
      lx += w * b.rect.cxM;
      ly += w * b.rect.cyM;
    }
    nodes.load = { xM: lx / area, yM: ly / area, zM: main.heightM + 1.5 };
  } else {
    nodes.load = { xM: anchor.x, yM: anchor.y, zM: 3 };
  }
  if (storage) nodes.storage = { xM: storage.rect.cxM, yM: storage.rect.cyM, zM: storage.heightM + 1 };
  if (carPark) nodes.cars = { xM: carPark.rect.cxM, yM: carPark.rect.cyM, zM: 2.5 };
  nodes.grid = { xM: gridRect.cxM, yM: gridRect.cyM, zM: SUBSTATION.heightM + 1 };

  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const o of obstacles) {
    const b = rectBounds(o);
    minX = Math.min(minX, b.minX);
    maxX = Math.max(maxX, b.maxX);
    minY = Math.min(minY, b.minY);
    maxY = Math.max(maxY, b.maxY);
  }
  const maxHeightM = Math.max(SUBSTATION.heightM, storage?.heightM ?? 0, ...buildings.map((b) => b.heightM), ...modules.map((m) => m.zM + 0.5));
  const cxM = (minX + maxX) / 2;
  const cyM = (minY + maxY) / 2;
  // At least 30 m, so that on a small site the sun's path and the compass still stand clear of the objects.
  const radiusM = Math.max(30, Math.hypot(maxX - minX, maxY - minY) / 2);

  return {
    buildings,
    arrays,
    modules,
    storage,
    carPark,
    grid: { rect: gridRect, heightM: SUBSTATION.heightM },
    nodes,
    bounds: { minX, maxX, minY, maxY, cxM, cyM, radiusM, maxHeightM },
    warnings,
  };
}
