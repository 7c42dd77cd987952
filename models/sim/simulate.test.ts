import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from './simulate';
import { fixture } from './testFixtures';
import { SimulationCancelled, type SimulationResult, type StrategySpec } from './types';
import type { VehicleSpec } from '../ev/sessions';

function checkBalance(r: SimulationResult, tol = 1e-9): void {
  const s = r.series;
  const dtH = r.timeline.stepMinutes / 60;
  for (let i = 0; i < r.timeline.length; i++) {
    const sources = (s.pvKw[i] - s.curtailedKw[i] + s.gridImportKw[i] + s.storageDischargeKw[i] + s.v2gKw[i]) * dtH;
    const sinks = (s.loadServedKw[i] + s.evChargeKw[i] + s.storageChargeKw[i] + s.gridExportKw[i]) * dtH;
    expect(Math.abs(sources - sinks)).toBeLessThan(tol);
    expect(s.curtailedKw[i]).toBeGreaterThanOrEqual(-tol);
    expect(s.curtailedKw[i]).toBeLessThanOrEqual(s.pvKw[i] + tol);
  }
}

describe('simulate: hand cases', () => {
  it('self-consumption stores the midday surplus and returns it in the evening', async () => {
    const r = await simulate(
      fixture({
        pvKw: [0, 10, 10, 0, 0],
        loadKw: [2, 2, 2, 5, 5],
        packs: [{ initialSoc: 0.1, selfDischargePctPerMonth: 0 }],
        strategy: { kind: 'self-consumption' },
      }),
    );
    const s = r.series;
    // Capacity 16 kWh, window 1.6–15.2 kWh, η = √0.9 each way.
    expect(s.storageChargeKw[1]).toBeCloseTo(8, 12);
    expect(s.storageChargeKw[2]).toBeCloseTo(Math.min(8, (15.2 - 1.6 - 8 * Math.sqrt(0.9)) / Math.sqrt(0.9)), 9);
    expect(s.storageDischargeKw[3]).toBeCloseTo(5, 12);
    expect(r.kpis.importKwh).toBeCloseTo(2 + 0 + 0 + 0 + (5 - Math.min(5, s.storageDischargeKw[4])), 9);
    checkBalance(r);
  });

  it('islanded with shedding sheds class 0 before class 1 and counts events', async () => {
    const r = await simulate(
      fixture({
        pvKw: [0, 0, 0],
        loadKw: [30, 30, 5],
        sheddableKw: [
          [5, 5, 0],
          [5, 5, 0],
        ],
        islanded: true,
        packs: [{ nominalKwh: 100, stateOfHealth: 1, initialSoc: 0.95, maxDischargeKw: 22 }],
        strategy: { kind: 'islanded-shedding', reserveSoc: 0 },
      }),
    );
    // 30 kW demand, 22 kW from storage: 8 kW shed (class 0 whole, 3 kW of class 1), nothing unserved.
    expect(r.series.shedKw[0]).toBeCloseTo(8, 9);
    expect(r.series.shedKw[1]).toBeCloseTo(8, 9);
    expect(r.series.unservedKw[0]).toBe(0);
    expect(r.kpis.shedEvents).toBe(1);
    expect(r.kpis.operatingCostEur).toBeCloseTo(2 * (5 * 1 + 3 * 2), 9);
    checkBalance(r);
  });

  it('applies event rules to shedding (max duration, rebound) through SheddableLoadState', async () => {
    const input = fixture({
      pvKw: [0, 0, 0, 0, 0, 0],
      loadKw: [10, 10, 10, 2, 2, 2],
      sheddableKw: [[4, 4, 4, 0, 0, 0]],
      islanded: true,
      packs: [{ nominalKwh: 100, stateOfHealth: 1, initialSoc: 0.5, maxDischargeKw: 6 }],
      strategy: { kind: 'self-consumption' },
    });
    const r = await simulate({
      ...input,
      series: { ...input.series, sheddableRules: [{ name: 'spa', maxDurationMinutes: 120, minGapMinutes: 60, reboundFraction: 0.5, reboundDelayMinutes: 60 }] },
    });
    // 10 kW demand, 6 kW from storage: 4 kW shed for two hours, then the event limit forbids it.
    expect(Array.from(r.series.shedKw.slice(0, 3))).toEqual([4, 4, 0]);
    expect(r.series.unservedKw[2]).toBeCloseTo(4, 9);
    // Half of the 8 kWh shed comes back one hour after the event's end (end of step 1 → step 3), at up to 4 kW.
    expect(r.kpis.reboundKwh).toBeCloseTo(4, 9);
    expect(r.series.reboundKw[3]).toBeCloseTo(4, 9);
    expect(r.series.reboundKw[4]).toBe(0);
    expect(r.series.loadServedKw[3]).toBeCloseTo(6, 9);
    checkBalance(r);
  });

  it('islanded without supply: EV charging is not served and the session is reported short', async () => {
    const ev: VehicleSpec = { id: 'a', group: 'g', batteryKwh: 50, consumptionKwhPer100km: 17, acChargerKw: 7, v2gKw: 0, v2gRoundTripEfficiency: 1, v2gMinSoc: 0.2, socMax: 1 };
    const r = await simulate(
      fixture({
        pvKw: [0, 0, 0],
        loadKw: [1, 1, 1],
        islanded: true,
        packs: [{ initialSoc: 0.1 }],
        vehicles: [ev],
        sessions: [{ vehicleIndex: 0, arrivalStep: 0, departureStep: 2, requestedKwh: 14, arrivalSoc: 0.2 }],
        strategy: { kind: 'islanded-shedding', reserveSoc: 0 },
      }),
    );
    expect(r.kpis.evUnservedKwh).toBeCloseTo(14, 9);
    expect(r.kpis.evChargeKwh).toBeCloseTo(0, 9);
    expect(r.kpis.unservedKwh).toBeCloseTo(17, 9);
    expect(r.kpis.departures).toBe(1);
    expect(r.kpis.departuresAtRequestedSoc).toBe(0);
    checkBalance(r);
  });

  it('islanded without supply: a V2G vehicle gets no phantom energy to give back', async () => {
    const ev: VehicleSpec = { id: 'z', group: 'v2g', batteryKwh: 50, consumptionKwhPer100km: 17, acChargerKw: 7, v2gKw: 7, v2gRoundTripEfficiency: 0.81, v2gMinSoc: 0.2, socMax: 1 };
    const r = await simulate(
      fixture({
        pvKw: [0, 0, 0, 0],
        loadKw: [0, 0, 0, 5],
        islanded: true,
        packs: [{ initialSoc: 0.1 }],
        vehicles: [ev],
        // Mandatory charging from step 0 (laxity 0), nothing to supply it; then a deficit at step 3.
        sessions: [{ vehicleIndex: 0, arrivalStep: 0, departureStep: 2, requestedKwh: 12.6, arrivalSoc: 0.2 }],
        chargingPolicy: 'v2g',
        strategy: { kind: 'islanded-shedding', reserveSoc: 0 },
      }),
    );
    expect(r.kpis.evChargeKwh).toBeCloseTo(0, 9);
    expect(r.kpis.v2gKwh).toBe(0);
    expect(r.kpis.departuresAtRequestedSoc).toBe(0);
    checkBalance(r);
  });

  it('islanded below the reserve covers only critical demand', async () => {
    const r = await simulate(
      fixture({
        pvKw: [0],
        loadKw: [10],
        sheddableKw: [[4]],
        islanded: true,
        packs: [{ nominalKwh: 100, stateOfHealth: 1, initialSoc: 0.2 }],
        strategy: { kind: 'islanded-shedding', reserveSoc: 0.5 },
      }),
    );
    expect(r.series.storageDischargeKw[0]).toBeCloseTo(6, 9);
    expect(r.series.shedKw[0]).toBeCloseTo(4, 9);
  });

  it('peak shaving keeps imports at the cap while the battery lasts', async () => {
    const r = await simulate(
      fixture({ pvKw: [0, 0, 0, 0], loadKw: [4, 12, 12, 4], packs: [{ initialSoc: 0.9 }], strategy: { kind: 'peak-shaving', capKw: 8 } }),
    );
    expect(r.series.gridImportKw[1]).toBeCloseTo(8, 9);
    expect(r.series.gridImportKw[2]).toBeCloseTo(8, 9);
    expect(r.kpis.peakImportKw).toBeCloseTo(8, 9);
    checkBalance(r);
  });
});

describe('simulate: progress and cancellation', () => {
  const long = () => {
    const n = 20_000;
    return fixture({ stepMinutes: 15, pvKw: Array.from({ length: n }, (_, i) => (i % 96 > 30 && i % 96 < 70 ? 8 : 0)), loadKw: Array.from({ length: n }, () => 3), strategy: { kind: 'self-consumption' } });
  };

  it('reports increasing progress ending at 1', async () => {
    const seen: number[] = [];
    await simulate(long(), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(3);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThan(seen[k - 1]);
    expect(seen.at(-1)).toBe(1);
  });

  it('stops with SimulationCancelled when the signal is aborted', async () => {
    const controller = new AbortController();
    let calls = 0;
    const run = simulate(long(), {
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 2) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(SimulationCancelled);
  });
});

const zoe = (id: string, v2g: boolean): VehicleSpec => ({
  id,
  group: v2g ? 'v2g' : 'visitors',
  batteryKwh: 52,
  consumptionKwhPer100km: 17,
  acChargerKw: 7.4,
  v2gKw: v2g ? 7 : 0,
  v2gRoundTripEfficiency: 0.87,
  v2gMinSoc: 0.2,
  socMax: 1,
});

const strategies: StrategySpec[] = [
  { kind: 'self-consumption' },
  { kind: 'offpeak-charging', targetSoc: 0.9 },
  { kind: 'peak-shaving', capKw: 6 },
  { kind: 'islanded-shedding', reserveSoc: 0.3 },
  { kind: 'optimal', horizonHours: 24 },
];

describe('simulate: properties', () => {
  it('balances every step within 1e-9 kWh and keeps every pack SoC in its window', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 25, noNaN: true }), fc.boolean()), { minLength: 4, maxLength: 30 }),
        fc.constantFrom(...strategies),
        fc.constantFrom('uncontrolled', 'smart-llf', 'solar-following', 'off-peak', 'v2g' as const),
        fc.boolean(),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.array(fc.double({ min: 0.6, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(15, 60),
        async (steps, strategy, policy, islanded, soc0, sohs, stepMinutes) => {
          const n = steps.length;
          const input = fixture({
            stepMinutes,
            pvKw: steps.map((x) => x[0]),
            loadKw: steps.map((x) => x[1]),
            offPeak: steps.map((x) => (x[2] ? 1 : 0)),
            sheddableKw: [steps.map((x) => x[1] * 0.3)],
            packs: sohs.map((soh) => ({ stateOfHealth: soh, initialSoc: soc0 })),
            islanded,
            importLimitKw: 20,
            exportLimitKw: 10,
            vehicles: [zoe('a', true), zoe('b', false)],
            sessions: [
              { vehicleIndex: 0, arrivalStep: 0, departureStep: n - 1, requestedKwh: 5, arrivalSoc: 0.5 },
              { vehicleIndex: 1, arrivalStep: 1, departureStep: n, requestedKwh: 8, arrivalSoc: 0.3 },
            ],
            chargingPolicy: policy,
            strategy,
          });
          // Event rules with rebound on the sheddable class (SheddableLoadState).
          const rules = [{ name: 'comfort', maxDurationMinutes: 2 * stepMinutes, minGapMinutes: stepMinutes, reboundFraction: 0.8, reboundDelayMinutes: stepMinutes }];
          const r = await simulate({ ...input, series: { ...input.series, sheddableRules: soc0 > 0.5 ? rules : undefined } });
          checkBalance(r);
          // Storage energy: stored-energy change = charge − discharge − losses (conversion + self-discharge).
          const cap = sohs.reduce((a, soh) => a + 20 * soh, 0);
          const dtH = stepMinutes / 60;
          for (let i = 1; i < n; i++) {
            const dE = (r.series.storageSoc[i] - r.series.storageSoc[i - 1]) * cap;
            const flows = (r.series.storageChargeKw[i] - r.series.storageDischargeKw[i] - r.series.storageLossKw[i]) * dtH;
            expect(Math.abs(dE - flows)).toBeLessThan(1e-9);
          }
          for (let i = 0; i < n; i++) {
            expect(r.series.loadServedKw[i]).toBeGreaterThanOrEqual(-1e-9);
            expect(r.series.storageSoc[i]).toBeGreaterThanOrEqual(0.1 - 1e-12);
            expect(r.series.storageSoc[i]).toBeLessThanOrEqual(0.95 + 1e-12);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
