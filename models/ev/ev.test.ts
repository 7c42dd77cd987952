import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSessionTable, type PlugSession, type VehicleSpec } from './sessions';
import { scheduleCharging, type ChargingPolicy } from './chargingScheduler';
import { V2gFleet } from './v2gFleet';
import { generateSessions } from './sessionGenerator';
import { parisHour, parisOffsetHours } from './parisTime';

const car = (id: string, over: Partial<VehicleSpec> = {}): VehicleSpec => ({
  id,
  group: 'g',
  batteryKwh: 52,
  consumptionKwhPer100km: 17,
  acChargerKw: 7,
  v2gKw: 0,
  v2gRoundTripEfficiency: 1,
  v2gMinSoc: 0.2,
  socMax: 1,
  ...over,
});

function run(vehicles: VehicleSpec[], sessions: PlugSession[], policy: ChargingPolicy, opts: { length: number; dtH: number; capKw: number; pv?: number[]; load?: number[]; offPeak?: number[] }) {
  const table = buildSessionTable(vehicles, sessions);
  const fill = (a: number[] | undefined, v: number) => Float64Array.from({ length: opts.length }, (_, i) => a?.[i] ?? v);
  const res = scheduleCharging(vehicles, table, { pvKw: fill(opts.pv, 0), loadKw: fill(opts.load, 0), offPeak: Uint8Array.from(fill(opts.offPeak, 0)) }, {
    dtH: opts.dtH,
    length: opts.length,
    policy,
    importLimitKw: opts.capKw,
    groupOfVehicle: new Int32Array(vehicles.length),
    groupCount: 1,
  });
  return { table, res };
}

describe('charging policies', () => {
  it('exactly feasible sessions under a site cap all leave with their energy (smart-llf)', () => {
    // Cap 7 kW over 2 h = 14 kWh; the two sessions need 3.5 kWh by 1 h and 10.5 kWh by 2 h.
    const vehicles = [car('a'), car('b')];
    const sessions: PlugSession[] = [
      { vehicleIndex: 0, arrivalStep: 0, departureStep: 4, requestedKwh: 3.5, arrivalSoc: 0.2 },
      { vehicleIndex: 1, arrivalStep: 0, departureStep: 8, requestedKwh: 10.5, arrivalSoc: 0.2 },
    ];
    const { table, res } = run(vehicles, sessions, 'smart-llf', { length: 8, dtH: 0.25, capKw: 7 });
    for (let s = 0; s < 2; s++) expect(res.departureKwh[s]).toBeCloseTo(table.targetKwh[s], 9);
    for (let i = 0; i < 8; i++) expect(res.totalChargeKw[i]).toBeLessThanOrEqual(7 + 1e-9);
  });

  it('exactly feasible for every policy when the cap equals the needed power', () => {
    const vehicles = [car('a'), car('b'), car('c')];
    const sessions: PlugSession[] = [
      { vehicleIndex: 0, arrivalStep: 0, departureStep: 6, requestedKwh: 7 * 1.5, arrivalSoc: 0.1 },
      { vehicleIndex: 1, arrivalStep: 2, departureStep: 6, requestedKwh: 3.5, arrivalSoc: 0.1 },
      { vehicleIndex: 2, arrivalStep: 4, departureStep: 6, requestedKwh: 3.5, arrivalSoc: 0.1 },
    ];
    for (const policy of ['smart-llf', 'solar-following', 'off-peak', 'uncontrolled'] as const) {
      const { table, res } = run(vehicles, sessions, policy, { length: 6, dtH: 0.5, capKw: 14 });
      for (let s = 0; s < 3; s++) expect(res.departureKwh[s], policy).toBeCloseTo(table.targetKwh[s], 9);
    }
  });

  it('uncontrolled charges at full power from arrival', () => {
    const { res } = run([car('a')], [{ vehicleIndex: 0, arrivalStep: 1, departureStep: 10, requestedKwh: 10.5, arrivalSoc: 0.2 }], 'uncontrolled', {
      length: 10,
      dtH: 1,
      capKw: Infinity,
    });
    expect(Array.from(res.totalChargeKw.slice(0, 4))).toEqual([0, 7, 3.5, 0]);
  });

  it('solar-following uses only the PV surplus when the stay allows it', () => {
    const pv = [0, 0, 5, 5, 5, 0, 0, 0];
    const { table, res } = run([car('a')], [{ vehicleIndex: 0, arrivalStep: 0, departureStep: 8, requestedKwh: 12, arrivalSoc: 0.2 }], 'solar-following', {
      length: 8,
      dtH: 1,
      capKw: Infinity,
      pv,
    });
    expect(Array.from(res.totalChargeKw.slice(2, 5))).toEqual([5, 5, 2]);
    expect(res.departureKwh[0]).toBeCloseTo(table.targetKwh[0], 9);
  });

  it('property: a feasible session always reaches its target under any policy and PV', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<ChargingPolicy>('smart-llf', 'solar-following', 'off-peak', 'uncontrolled'),
        fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 24, maxLength: 24 }),
        (dwell, fraction, policy, pv) => {
          const requested = 7 * 0.95 * dwell * 0.25 * fraction; // within what 7 kW can give
          const v = car('a', { v2gRoundTripEfficiency: 0.9025 });
          const { table, res } = run([v], [{ vehicleIndex: 0, arrivalStep: 0, departureStep: dwell, requestedKwh: requested, arrivalSoc: 0.1 }], policy, {
            length: 24,
            dtH: 0.25,
            capKw: 3,
            pv,
          });
          return Math.abs(res.departureKwh[0] - table.targetKwh[0]) < 1e-9;
        },
      ),
    );
  });
});

describe('V2G', () => {
  it('discharges to cover the site and still leaves with the requested energy', () => {
    const v = car('zoe', { v2gKw: 7, v2gRoundTripEfficiency: 0.87, batteryKwh: 52 });
    const table = buildSessionTable([v], [{ vehicleIndex: 0, arrivalStep: 0, departureStep: 12, requestedKwh: 20, arrivalSoc: 0.6 }]);
    const fleet = new V2gFleet([v], table, Uint8Array.of(1));
    const ch = [new Float64Array(12)];
    const dis = [new Float64Array(12)];
    let discharged = 0;
    for (let i = 0; i < 12; i++) {
      const mandatory = fleet.beginStep(i, 1);
      fleet.settle(0, mandatory > 0 ? 0 : 10, true, 1, ch, dis, Int32Array.of(0));
      discharged += fleet.dischargeKw;
      const tLeft = 12 - i - 1;
      // Feasibility invariant after every step.
      expect(fleet.energyKwh[0] + 7 * Math.sqrt(0.87) * tLeft).toBeGreaterThanOrEqual(table.targetKwh[0] - 1e-9);
    }
    expect(discharged).toBeGreaterThan(0);
    expect(fleet.energyKwh[0]).toBeCloseTo(table.targetKwh[0], 9);
  });
});

describe('session generator and Paris time', () => {
  it('is deterministic for a seed and never overlaps sessions of one vehicle', () => {
    const tl = { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 15, length: 96 * 60 };
    const laws = {
      seed: 42,
      weekday: { probability: 0.8, arrivalHourMean: 18, arrivalHourSd: 2, dwellHoursMean: 12, dwellHoursSd: 3, distanceKmMean: 40, distanceKmSd: 15, arrivalSocMean: 0.5, arrivalSocSd: 0.1 },
      weekend: { probability: 0.5, arrivalHourMean: 12, arrivalHourSd: 3, dwellHoursMean: 6, dwellHoursSd: 2, distanceKmMean: 80, distanceKmSd: 30, arrivalSocMean: 0.4, arrivalSocSd: 0.1 },
    };
    const a = generateSessions(car('a'), 0, laws, tl);
    const b = generateSessions(car('a'), 0, laws, tl);
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(25);
    for (let k = 1; k < a.length; k++) expect(a[k].arrivalStep).toBeGreaterThanOrEqual(a[k - 1].departureStep);
  });

  it('switches to summer time on the last Sunday of March at 01:00 UTC', () => {
    expect(parisOffsetHours(Date.UTC(2025, 2, 30, 0, 59))).toBe(1);
    expect(parisOffsetHours(Date.UTC(2025, 2, 30, 1, 0))).toBe(2);
    expect(parisOffsetHours(Date.UTC(2025, 9, 26, 0, 59))).toBe(2);
    expect(parisOffsetHours(Date.UTC(2025, 9, 26, 1, 0))).toBe(1);
    expect(parisHour(Date.UTC(2025, 6, 1, 12, 30))).toBe(14.5);
  });
});
