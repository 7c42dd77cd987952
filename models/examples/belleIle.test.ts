import { describe, expect, it } from 'vitest';
import { belleIleScenario, BELLE_ILE_NAME } from './belleIle';
import { microgridScenarioSchema } from '../sim/scenarioSchema';
import { assembleScenario } from '../sim/assemble';
import { simulate } from '../sim/simulate';
import { scenarioEconomics } from '../sim/scenarioEconomics';

describe("Belle-Île FlexMob'Ile demo", () => {
  it('states the facts of the reference case', () => {
    const sc = belleIleScenario();
    expect(sc.name).toBe(BELLE_ILE_NAME);
    expect(sc.pvArrays.reduce((a, p) => a + p.kWp, 0)).toBe(76);
    const packs = sc.storage.containers.flatMap((c) => c.packs);
    expect(packs.reduce((a, p) => a + p.count, 0)).toBe(10);
    expect(packs.reduce((a, p) => a + p.count * p.nominalKwh, 0)).toBe(200);
    for (const p of packs) {
      expect(p.stateOfHealth).toBeGreaterThanOrEqual(0.75);
      expect(p.stateOfHealth).toBeLessThanOrEqual(0.85);
    }
    const v2g = sc.vehicles.filter((v) => v.v2gKw > 0).reduce((a, v) => a + v.count, 0);
    expect(v2g).toBe(2);
    expect(sc.chargingPolicy).toBe('v2g');
    expect(sc.dispatch.kind).toBe('offpeak-charging');
    // The document round-trips through JSON and the schema unchanged (what the project file stores).
    expect(microgridScenarioSchema.parse(JSON.parse(JSON.stringify(sc)))).toEqual(sc);
  });

  it('simulates an hourly year with every departure served and plausible KPIs', async () => {
    const sc = belleIleScenario(60);
    const { input } = assembleScenario(sc);
    const r = await simulate(input);
    const k = r.kpis;
    expect(k.departures).toBeGreaterThan(500);
    expect(k.departuresAtRequestedSocShare).toBe(1);
    expect(k.unservedKwh).toBe(0);
    // 76 kWp on the Breton coast: 850–1300 kWh/kWp.
    expect(k.pvKwh / 76).toBeGreaterThan(850);
    expect(k.pvKwh / 76).toBeLessThan(1300);
    expect(k.selfConsumptionRate).toBeGreaterThan(0.8);
    expect(k.selfSufficiency).toBeGreaterThan(0.2);
    expect(k.v2gKwh).toBeGreaterThan(0);
    expect(k.energyCostEur).toBeLessThan(k.baselineEnergyCostEur);
    expect(k.storageSohEnd).toBeLessThan(k.storageSohStart);
    expect(k.projectedEndOfLifeYear).toBeGreaterThan(2026);
    const eco = scenarioEconomics(sc, k);
    expect(eco.capexEur).toBe(76 * 1300 + 200 * 250 + 8 * 2500 + 20_000);
    expect(Number.isFinite(eco.npvEur)).toBe(true);
  }, 30_000);
});
