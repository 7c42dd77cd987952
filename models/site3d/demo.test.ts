import { describe, expect, it } from 'vitest';
import { demoDayFlows, demoSite3dModel } from './demo';

describe('demo day of flows', () => {
  const model = demoSite3dModel();
  const day = Date.UTC(2025, 4, 14, 22); // 15 May 2025, 00:00 in Paris (CEST)
  const flows = demoDayFlows(model, day, 15);

  it('balances at every step and keeps the battery within 10–95 %', () => {
    for (let i = 0; i < 96; i++) {
      const f = flows(day + i * 15 * 60_000);
      expect(f.pvKw + f.gridKw - f.loadKw - f.evKw - f.storageKw).toBeCloseTo(0, 9);
      expect(f.storageSocPct!).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(f.storageSocPct!).toBeLessThanOrEqual(95 + 1e-9);
    }
  });

  it('has no battery flow or SoC on a site without storage, and still balances', () => {
    const bare = { ...model, storage: undefined, carPark: undefined };
    const f = demoDayFlows(bare, day, 15)(day + 20 * 3_600_000);
    expect(f.storageKw).toBe(0);
    expect(f.storageSocPct).toBeUndefined();
    expect(f.evKw).toBe(0);
    expect(f.pvKw + f.gridKw - f.loadKw).toBeCloseTo(0, 9);
  });

  it('has PV at 13:00, none at 02:00, and V2G in the evening', () => {
    const at = (h: number) => flows(day + h * 3_600_000);
    expect(at(13).pvKw).toBeGreaterThan(40);
    expect(at(13).pvKw).toBeLessThan(76);
    expect(at(2).pvKw).toBe(0);
    expect(at(20).evKw).toBeLessThan(0);
  });
});
