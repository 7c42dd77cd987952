import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSessionTable, type PlugSession, type VehicleSpec } from './sessions';
import { V2gFleet } from './v2gFleet';

/**
 * simulate.ts skips the fleet's step when idleAt(i) says nothing is plugged nor arriving. Stepping with
 * that skip must give exactly what stepping every step gives: same energies, same per-group series.
 */
const zoe = (id: string, group: number): VehicleSpec => ({ id, group: `g${group}`, batteryKwh: 52, consumptionKwhPer100km: 17, acChargerKw: 7.4, v2gKw: 7, v2gRoundTripEfficiency: 0.87, v2gMinSoc: 0.3, socMax: 1 });

function run(vehicles: VehicleSpec[], sessions: PlugSession[], isV2g: Uint8Array, n: number, skip: boolean) {
  const table = buildSessionTable(vehicles, sessions);
  const fleet = new V2gFleet(vehicles, table, isV2g);
  const charge = [new Float64Array(n), new Float64Array(n)];
  const discharge = [new Float64Array(n), new Float64Array(n)];
  const groupOfSession = Int32Array.from({ length: Math.max(1, table.count) }, (_, s) => (table.count ? table.vehicle[s] % 2 : 0));
  const trace: number[] = [];
  let idle = 0;
  for (let i = 0; i < n; i++) {
    if (skip && fleet.idleAt(i)) {
      idle++;
      trace.push(0, 0, 0, 0);
      continue;
    }
    fleet.startStep(i, 0.25);
    fleet.surplusKw = i % 5 === 0 ? 4 : 0;
    fleet.deficitKw = i % 3 === 0 ? 6 : 0;
    fleet.settleStep(i % 4 !== 0, 0.25, charge, discharge, groupOfSession);
    trace.push(fleet.mandatoryKw, fleet.chargeKw, fleet.dischargeKw, fleet.lossKwh);
  }
  return { trace, energy: Array.from(fleet.energyKwh), charge: charge.map((a) => Array.from(a)), discharge: discharge.map((a) => Array.from(a)), idle };
}

describe('V2gFleet.idleAt', () => {
  it('skipping idle steps changes nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.nat(2), arrival: fc.nat(300), dwell: fc.integer({ min: 1, max: 80 }), requested: fc.double({ min: 0, max: 30, noNaN: true }), soc: fc.double({ min: 0.2, max: 0.9, noNaN: true }), v2g: fc.boolean() }), { maxLength: 12 }),
        (raw) => {
          const vehicles = [zoe('a', 0), zoe('b', 1), zoe('c', 0)];
          const sessions: PlugSession[] = raw.map((r) => ({ vehicleIndex: r.v, arrivalStep: r.arrival, departureStep: r.arrival + r.dwell, requestedKwh: r.requested, arrivalSoc: r.soc }));
          const table = buildSessionTable(vehicles, sessions);
          const isV2g = Uint8Array.from({ length: Math.max(1, table.count) }, (_, s) => (raw.length && [...raw].sort((x, y) => x.arrival - y.arrival || x.v - y.v)[s]?.v2g ? 1 : 0));
          const n = 420;
          const every = run(vehicles, sessions, isV2g, n, false);
          const skipped = run(vehicles, sessions, isV2g, n, true);
          expect(skipped.trace).toEqual(every.trace);
          expect(skipped.energy).toEqual(every.energy);
          expect(skipped.charge).toEqual(every.charge);
          expect(skipped.discharge).toEqual(every.discharge);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is idle before the first arrival and after the last departure, busy in between', () => {
    const vehicles = [zoe('a', 0)];
    const sessions: PlugSession[] = [{ vehicleIndex: 0, arrivalStep: 10, departureStep: 20, requestedKwh: 5, arrivalSoc: 0.5 }];
    const r = run(vehicles, sessions, Uint8Array.of(1), 30, true);
    expect(r.idle).toBe(20);
  });
});
