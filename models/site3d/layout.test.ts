import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoSite3dModel } from './demo';
import { panelNormal, rectContainsPoint, rectCorners, rectsOverlap, type Rect } from './geometry';
import { CLEARANCE_M, layoutSite, MODULE_LENGTH_M, MODULE_SLOPE_M, moduleRect, modulesForKwp, ROOF_SETBACK_M, rowPitchM, type SiteLayout } from './layout';
import { site3dModelSchema, type Site3dModel } from './schema';

const DEG = Math.PI / 180;

/** Every object standing on the ground, with a label for messages. */
function groundObjects(l: SiteLayout): Array<{ label: string; rect: Rect }> {
  const out = l.buildings.map((b) => ({ label: `building ${b.id}`, rect: b.rect }));
  l.arrays.forEach((a) => a.groundRect && out.push({ label: `field ${a.id}`, rect: a.groundRect }));
  if (l.storage) out.push({ label: 'storage', rect: l.storage.rect });
  if (l.carPark) out.push({ label: 'car park', rect: l.carPark.rect });
  out.push({ label: 'grid', rect: l.grid.rect });
  return out;
}

function overlaps(l: SiteLayout): string[] {
  const found: string[] = [];
  const objects = groundObjects(l);
  for (let i = 0; i < objects.length; i++) for (let j = i + 1; j < objects.length; j++) if (rectsOverlap(objects[i].rect, objects[j].rect)) found.push(`${objects[i].label} × ${objects[j].label}`);
  const rects = l.modules.map(moduleRect);
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) if (Math.abs(l.modules[i].zM - l.modules[j].zM) < 1 && rectsOverlap(rects[i], rects[j])) found.push(`module ${i} × module ${j}`);
  return found;
}

describe('layoutSite on the Belle-Île demo', () => {
  const model = demoSite3dModel();
  const layout = layoutSite(model);

  it('is a valid model and lays out without warnings', () => {
    expect(site3dModelSchema.safeParse(model).success).toBe(true);
    expect(layout.warnings).toEqual([]);
  });

  it('is deterministic', () => {
    expect(layoutSite(demoSite3dModel())).toEqual(layout);
  });

  it('places every module needed for the kWp (5.5 m²/kWp, 1.7 m² modules)', () => {
    expect(modulesForKwp(34)).toBe(110); // 187 m² / 1.7
    for (const a of layout.arrays) {
      expect(a.roofModules + a.groundModules).toBe(a.moduleCount);
      expect(layout.modules.filter((m) => model.pvArrays[m.arrayIndex].id === a.id)).toHaveLength(a.moduleCount);
      const areaM2 = a.moduleCount * MODULE_LENGTH_M * MODULE_SLOPE_M;
      expect(areaM2).toBeGreaterThanOrEqual(a.kWp * 5.5);
      expect(areaM2).toBeLessThan(a.kWp * 5.5 + MODULE_LENGTH_M);
    }
    expect(layout.arrays.find((a) => a.id === 'ombrieres')!.groundModules).toBe(modulesForKwp(30));
  });

  it('has no overlaps between objects, fields and modules, and keeps the clearance around auto-placed objects', () => {
    expect(overlaps(layout)).toEqual([]);
    const auto = [layout.storage!.rect, layout.carPark!.rect, layout.grid.rect];
    for (const r of auto) for (const b of layout.buildings) expect(rectsOverlap({ ...r, widthM: r.widthM + 2 * CLEARANCE_M - 0.01, depthM: r.depthM + 2 * CLEARANCE_M - 0.01 }, b.rect)).toBe(false);
  });

  it('keeps roof modules inside the roof setback and above the roof', () => {
    for (const m of layout.modules) {
      const a = model.pvArrays[m.arrayIndex];
      if (!a.onBuildingId) continue;
      const b = layout.buildings.find((x) => x.id === a.onBuildingId)!;
      const roof = { ...b.rect, widthM: b.rect.widthM - 2 * ROOF_SETBACK_M, depthM: b.rect.depthM - 2 * ROOF_SETBACK_M };
      for (const c of rectCorners(moduleRect(m))) expect(rectContainsPoint(roof, c.x, c.y, 1e-6)).toBe(true);
      expect(m.zM).toBeGreaterThan(b.heightM);
    }
  });

  it('puts the container beside the main building and one bay per vehicle', () => {
    const main = layout.buildings.find((b) => b.isMain)!;
    expect(main.id).toBe('accueil');
    const s = layout.storage!.rect;
    const gap = Math.hypot(s.cxM - main.rect.cxM, s.cyM - main.rect.cyM) - main.rect.widthM / 2 - s.widthM / 2;
    expect(gap).toBeGreaterThanOrEqual(CLEARANCE_M - 1e-9);
    expect(gap).toBeLessThan(CLEARANCE_M + 6);
    expect(layout.carPark!.bays).toHaveLength(8);
    for (const bay of layout.carPark!.bays) expect(rectContainsPoint(layout.carPark!.rect, bay.xM, bay.yM)).toBe(true);
  });

  it('gives flow anchors for every object and bounds that hold them', () => {
    for (const k of ['pv', 'load', 'storage', 'cars', 'grid'] as const) {
      const n = layout.nodes[k]!;
      expect(n.xM).toBeGreaterThanOrEqual(layout.bounds.minX);
      expect(n.xM).toBeLessThanOrEqual(layout.bounds.maxX);
      expect(n.yM).toBeGreaterThanOrEqual(layout.bounds.minY);
      expect(n.yM).toBeLessThanOrEqual(layout.bounds.maxY);
    }
  });
});

describe('PV rows', () => {
  it('row pitch follows the winter-solstice noon rule', () => {
    // 47.35° N: noon sun on 21 December at 19.21°; tilt 30°: 0.866 + 0.5 / tan(19.21°) = 2.300 m.
    expect(rowPitchM(30, 47.35)).toBeCloseTo(Math.cos(30 * DEG) + 0.5 / Math.tan(19.21 * DEG), 3);
    expect(rowPitchM(0, 47.35)).toBeCloseTo(1.3, 12);
    // Beyond the polar circle the rule is floored at 10° of sun height.
    expect(rowPitchM(30, 70)).toBeCloseTo(Math.cos(30 * DEG) + 0.5 / Math.tan(10 * DEG), 12);
  });

  it('modules face their azimuth: the footprint depth runs along it and the normal leans towards it', () => {
    const model: Site3dModel = {
      site: { latDeg: 45, lonDeg: 5, elevationM: 200 },
      buildings: [{ id: 'b', name: 'B', xM: 0, yM: 0, widthM: 40, depthM: 30, heightM: 8, rotationDeg: 20 }],
      pvArrays: [{ id: 'e', name: 'Est', kWp: 10, tiltDeg: 15, azimuthDeg: 90, onBuildingId: 'b' }],
    };
    const l = layoutSite(model);
    expect(l.warnings).toEqual([]);
    const m = l.modules[0];
    const r = moduleRect(m);
    expect(r.depthM).toBeCloseTo(Math.cos(15 * DEG), 12);
    // Rotation −90°: the depth axis v = (−sin, cos)(−90°) = (1, 0), east.
    expect(r.rotationDeg).toBe(-90);
    const n = panelNormal(m.tiltDeg, m.azimuthDeg);
    expect(n.x).toBeGreaterThan(0);
    expect(Math.abs(n.y)).toBeLessThan(1e-12);
  });

  it('sends what does not fit on a roof to a ground field beside the building, with a warning', () => {
    const l = layoutSite({
      site: { latDeg: 48, lonDeg: 2, elevationM: 50 },
      buildings: [{ id: 'small', name: 'Kiosque', xM: 0, yM: 0, widthM: 8, depthM: 6, heightM: 3 }],
      pvArrays: [{ id: 'big', name: 'Trop grand', kWp: 20, tiltDeg: 20, azimuthDeg: 180, onBuildingId: 'small' }],
    });
    const a = l.arrays[0];
    expect(a.roofModules).toBeGreaterThan(0);
    expect(a.roofModules + a.groundModules).toBe(modulesForKwp(20));
    expect(l.warnings.join()).toMatch(/do not fit on the roof of small/);
    expect(overlaps(l)).toEqual([]);
  });
});

describe('layoutSite on random sites (fast-check)', () => {
  it('never overlaps auto-placed objects, fields or modules, and is deterministic', () => {
    const building = fc.record({
      widthM: fc.integer({ min: 6, max: 40 }),
      depthM: fc.integer({ min: 6, max: 30 }),
      heightM: fc.integer({ min: 3, max: 20 }),
      rotationDeg: fc.integer({ min: -45, max: 45 }),
    });
    fc.assert(
      fc.property(
        fc.array(building, { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ kWp: fc.integer({ min: 1, max: 40 }), tiltDeg: fc.integer({ min: 0, max: 40 }), azimuthDeg: fc.integer({ min: 90, max: 270 }), onRoof: fc.integer({ min: -1, max: 3 }) }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 25 }),
        fc.boolean(),
        (bs, pv, cars, withStorage) => {
          // Buildings in a row, 60 m apart, so the inputs themselves never overlap.
          const model: Site3dModel = {
            site: { latDeg: 46, lonDeg: 2, elevationM: 100 },
            buildings: bs.map((b, i) => ({ id: `b${i}`, name: `B${i}`, xM: i * 60, yM: 0, ...b })),
            pvArrays: pv.map((a, i) => ({ id: `pv${i}`, name: `PV${i}`, kWp: a.kWp, tiltDeg: a.tiltDeg, azimuthDeg: a.azimuthDeg, onBuildingId: a.onRoof >= 0 && a.onRoof < bs.length ? `b${a.onRoof}` : undefined })),
            storage: withStorage ? { name: 'S', capacityKwh: 300 } : undefined,
            carPark: cars ? { vehicles: Array.from({ length: cars }, (_, k) => ({ id: `v${k}`, name: `V${k}`, v2g: k % 2 === 0 })) } : undefined,
          };
          const l = layoutSite(model);
          expect(overlaps(l)).toEqual([]);
          for (const a of l.arrays) expect(a.roofModules + a.groundModules).toBe(a.moduleCount);
          if (cars) expect(l.carPark!.bays).toHaveLength(cars);
          expect(layoutSite(model)).toEqual(l);
        },
      ),
      { numRuns: 60, seed: 20261122 },
    );
  });
});

describe('layoutSite on sparse sites', () => {
  it('lays out a site with nothing but the grid connection', () => {
    const l = layoutSite({ site: { latDeg: 45, lonDeg: 0, elevationM: 0 }, buildings: [], pvArrays: [] });
    expect(l.modules).toEqual([]);
    expect(l.nodes.pv).toBeUndefined();
    expect(l.nodes.grid).toBeDefined();
    expect(Number.isFinite(l.bounds.radiusM)).toBe(true);
  });
  it('lays out ground PV alone, and storage without a car park', () => {
    const l = layoutSite({
      site: { latDeg: 45, lonDeg: 0, elevationM: 0 },
      buildings: [],
      pvArrays: [{ id: 'g', name: 'Sol', kWp: 100, tiltDeg: 25, azimuthDeg: 180 }],
      storage: { name: 'S', capacityKwh: 1000 },
    });
    expect(l.arrays[0].groundModules).toBe(modulesForKwp(100));
    expect(l.storage!.rect.widthM).toBeCloseTo(12.192, 3); // 40-ft container above 500 kWh
    expect(l.carPark).toBeUndefined();
    expect(overlaps(l)).toEqual([]);
  });
});
