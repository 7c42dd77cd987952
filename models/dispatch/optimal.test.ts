import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../sim/simulate';
import { fixture, type FixtureOptions } from '../sim/testFixtures';
import type { StrategySpec } from '../sim/types';
import type { VehicleSpec } from '../ev/sessions';

const zoe = (id: string, v2gKw: number): VehicleSpec => ({
  id,
  group: v2gKw > 0 ? 'v2g' : 'visitors',
  batteryKwh: 52,
  consumptionKwhPer100km: 17,
  acChargerKw: 7.4,
  v2gKw,
  v2gRoundTripEfficiency: 0.87,
  v2gMinSoc: 0.3,
  socMax: 1,
});

const rules: StrategySpec[] = [
  { kind: 'self-consumption' },
  { kind: 'offpeak-charging', targetSoc: 0.9 },
  { kind: 'peak-shaving', capKw: 5 },
  { kind: 'islanded-shedding', reserveSoc: 0.3 },
];

async function costs(base: Omit<FixtureOptions, 'strategy'>) {
  const optimal = await simulate(fixture({ ...base, strategy: { kind: 'optimal', horizonHours: 48 } }));
  const others = await Promise.all(rules.map((strategy) => simulate(fixture({ ...base, strategy }))));
  return { optimal: optimal.kpis.operatingCostEur, rules: others.map((r) => r.kpis.operatingCostEur) };
}

describe('optimal dispatch (HiGHS LP)', () => {
  it('arbitrages a two-price day: charges off-peak, discharges at peak', async () => {
    const price = [0.1, 0.1, 0.1, 0.3, 0.3, 0.3];
    const r = await simulate(
      fixture({
        pvKw: [0, 0, 0, 0, 0, 0],
        loadKw: [2, 2, 2, 4, 4, 4],
        importPrice: price,
        exportPrice: [0, 0, 0, 0, 0, 0],
        packs: [{ initialSoc: 0.1, selfDischargePctPerMonth: 0 }],
        strategy: { kind: 'optimal', horizonHours: 48 },
      }),
    );
    // All 12 kWh of the peak come from storage: 12/√0.9 kWh drawn, charged as 12/0.9 kWh from the grid.
    expect(r.series.gridImportKw[3] + r.series.gridImportKw[4] + r.series.gridImportKw[5]).toBeCloseTo(0, 6);
    expect(r.kpis.energyCostEur).toBeCloseTo(0.1 * (6 + 12 / 0.9), 6);
  });

  it('is never worse than any rule-based strategy (relative 1e-6), on random 48 h cases with V2G', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 30, noNaN: true }),
            fc.double({ min: 0, max: 20, noNaN: true }),
            fc.double({ min: 0.05, max: 0.4, noNaN: true }),
            fc.boolean(),
          ),
          { minLength: 48, maxLength: 48 },
        ),
        fc.boolean(),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 4, max: 27 }), fc.double({ min: 0, max: 25, noNaN: true }), fc.double({ min: 0.1, max: 0.8, noNaN: true })),
        async (steps, islanded, soc0, [arrival, dwell, requestedKwh, arrivalSoc]) => {
          const base = {
            pvKw: steps.map((x) => x[0]),
            loadKw: steps.map((x) => x[1]),
            importPrice: steps.map((x) => x[2]),
            exportPrice: steps.map((x) => x[2] * 0.3),
            offPeak: steps.map((x) => (x[3] ? 1 : 0)),
            sheddableKw: [steps.map((x) => x[1] * 0.2), steps.map((x) => x[1] * 0.2)],
            packs: [{ initialSoc: soc0 }, { initialSoc: soc0 }],
            islanded,
            importLimitKw: 15,
            exportLimitKw: 8,
            vehicles: [zoe('zoe', 7), zoe('visitor', 0)],
            sessions: [
              { vehicleIndex: 0, arrivalStep: arrival, departureStep: Math.min(48, arrival + dwell), requestedKwh, arrivalSoc },
              { vehicleIndex: 1, arrivalStep: 2, departureStep: 30, requestedKwh: 10, arrivalSoc: 0.3 },
              { vehicleIndex: 0, arrivalStep: Math.min(47, arrival + dwell + 2), departureStep: 48, requestedKwh: 5, arrivalSoc: 0.5 },
            ],
            chargingPolicy: 'v2g' as const,
          };
          const c = await costs(base);
          // Relative 1e-6, with a floor of 1 µEUR for cases whose cost is ~0.
          for (const rule of c.rules) expect(c.optimal).toBeLessThanOrEqual(rule + 1e-6 * Math.max(1, Math.abs(rule)));
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('rolls its horizon over several days (24 h committed out of 48 h) and beats the rule on periodic days', async () => {
    const day = (h: number) => ({
      pv: Math.max(0, 12 * Math.sin(((h - 6) / 12) * Math.PI)),
      load: 3 + (h >= 18 && h < 22 ? 6 : 0),
      price: h >= 22 || h < 6 ? 0.15 : 0.3,
    });
    const steps = Array.from({ length: 96 }, (_, i) => day(i % 24));
    const base = {
      pvKw: steps.map((x) => x.pv),
      loadKw: steps.map((x) => x.load),
      importPrice: steps.map((x) => x.price),
      exportPrice: steps.map(() => 0.05),
      packs: [{ initialSoc: 0.5 }],
    };
    const optimal = await simulate(fixture({ ...base, strategy: { kind: 'optimal', horizonHours: 48 } }));
    const rule = await simulate(fixture({ ...base, strategy: { kind: 'self-consumption' } }));
    expect(optimal.kpis.operatingCostEur).toBeLessThanOrEqual(rule.kpis.operatingCostEur + 1e-6 * Math.abs(rule.kpis.operatingCostEur));
    for (const soc of optimal.series.storageSoc) {
      expect(soc).toBeGreaterThanOrEqual(0.1 - 1e-9);
      expect(soc).toBeLessThanOrEqual(0.95 + 1e-9);
    }
  });
});
