import { describe, expect, it } from 'vitest';
import { belleIleScenario } from '../examples/belleIle';
import { site3dModelSchema } from '../site3d/schema';
import { flowsAtTime, site3dFromScenario } from './site3dFromScenario';

describe('3D model of a scenario', () => {
  it('places every array, the container and each vehicle of the Belle-Île demo', () => {
    const sc = belleIleScenario(60);
    const model = site3dFromScenario(sc);
    expect(site3dModelSchema.safeParse(model).success).toBe(true);
    expect(model.pvArrays.reduce((a, p) => a + p.kWp, 0)).toBeCloseTo(76, 6);
    expect(model.storage?.capacityKwh).toBe(200);
    expect(model.carPark?.vehicles.filter((v) => v.v2g)).toHaveLength(2);
  });

  it('reads signed flows at an instant', () => {
    const timeline = { startUtcMs: 0, stepMinutes: 60, length: 2 };
    const one = (a: number, b: number) => Float64Array.of(a, b);
    const view = {
      timeline,
      kpis: {},
      series: { pvKw: one(10, 50), curtailedKw: one(0, 5), servedKw: one(20, 20), storageChargeKw: one(0, 15), storageDischargeKw: one(4, 0), evChargeKw: one(0, 3), v2gKw: one(2, 0), gridImportKw: one(4, 0), gridExportKw: one(0, 7) },
    };
    expect(flowsAtTime(view, 30 * 60_000)).toMatchObject({ pvKw: 10, loadKw: 20, storageKw: -4, evKw: -2, gridKw: 4 });
    expect(flowsAtTime(view, 90 * 60_000)).toMatchObject({ pvKw: 45, storageKw: 15, evKw: 3, gridKw: -7 });
  });
});
