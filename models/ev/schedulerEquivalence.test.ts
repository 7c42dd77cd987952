import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSessionTable, chargeEfficiency, sortedSessions, type PlugSession, type SessionTable, type VehicleSpec } from './sessions';
import { scheduleCharging, sortByKey, type ChargingPolicy, type SiteSeries } from './chargingScheduler';

/**
 * The scheduler is stepped in chunks and skips steps where every plugged vehicle is full; the session table
 * is sorted through packed numeric keys. These tests hold both to the straightforward versions they replace
 * (kept here as references), bit for bit.
 */

/** The scheduler as it was before the chunked stepping (one loop, string policies, no early exit). */
function referenceSchedule(vehicles: readonly VehicleSpec[], table: SessionTable, site: SiteSeries, length: number, dtH: number, importLimitKw: number, policy: Exclude<ChargingPolicy, 'v2g'>) {
  const EPS_KWH = 1e-9;
  const n = table.count;
  const energy = Float64Array.from(table.arrivalKwh);
  const totalChargeKw = new Float64Array(length);
  const active = new Int32Array(Math.max(1, n));
  const laxity = new Float64Array(Math.max(1, n));
  const given = new Float64Array(Math.max(1, n));
  const etaOf = Float64Array.from({ length: n }, (_, s) => chargeEfficiency(vehicles[table.vehicle[s]]));
  const powerOf = Float64Array.from({ length: n }, (_, s) => vehicles[table.vehicle[s]].acChargerKw);
  let nextArrival = 0;
  let nActive = 0;
  for (let i = 0; i < length; i++) {
    let w = 0;
    for (let a = 0; a < nActive; a++) if (table.departure[active[a]] > i) active[w++] = active[a];
    nActive = w;
    while (nextArrival < n && table.arrival[nextArrival] <= i) {
      if (table.departure[nextArrival] > i) active[nActive++] = nextArrival;
      nextArrival++;
    }
    if (nActive === 0) continue;
    let used = 0;
    for (let a = 0; a < nActive; a++) {
      const s = active[a];
      const remaining = table.targetKwh[s] - energy[s];
      const tH = (table.departure[s] - i) * dtH;
      const rate = powerOf[s] * etaOf[s];
      laxity[s] = remaining > EPS_KWH ? tH - remaining / rate : Number.POSITIVE_INFINITY;
      const mandatory = remaining > EPS_KWH ? (remaining - rate * (tH - dtH)) / (etaOf[s] * dtH) : 0;
      given[s] = mandatory > 0 ? Math.min(powerOf[s], mandatory) : 0;
      used += given[s];
    }
    const pvSurplus = Math.max(0, site.pvKw[i] - site.loadKw[i]);
    const headroom = Math.max(0, importLimitKw + site.pvKw[i] - site.loadKw[i]);
    let budget = 0;
    if (policy === 'uncontrolled') budget = Number.POSITIVE_INFINITY;
    else if (policy === 'solar-following') budget = pvSurplus - used;
    else if (policy === 'off-peak') budget = site.offPeak[i] ? headroom - used : 0;
    else budget = headroom - used;
    if (budget > 0) {
      sortByKey(active, nActive, laxity);
      if (policy === 'smart-llf') {
        for (let a = 0; a < nActive && budget > 1e-12; a++) {
          const s = active[a];
          const remaining = table.targetKwh[s] - energy[s];
          if (remaining <= EPS_KWH) continue;
          const tH = (table.departure[s] - i) * dtH;
          const flat = Math.min(powerOf[s], remaining / (etaOf[s] * tH));
          const extra = Math.min(budget, Math.max(0, flat - given[s]));
          given[s] += extra;
          budget -= extra;
        }
        let sum = 0;
        for (let a = 0; a < nActive; a++) sum += given[active[a]];
        budget = Math.min(budget, Math.max(0, pvSurplus - sum));
      }
      for (let a = 0; a < nActive && budget > 1e-12; a++) {
        const s = active[a];
        const useful = Math.min(powerOf[s], Math.max(0, (table.targetKwh[s] - energy[s]) / (etaOf[s] * dtH)));
        const extra = Math.min(budget, Math.max(0, useful - given[s]));
        given[s] += extra;
        budget -= extra;
      }
    }
    let total = 0;
    for (let a = 0; a < nActive; a++) {
      const s = active[a];
      const kw = given[s];
      if (kw <= 0) continue;
      energy[s] = Math.min(table.targetKwh[s], energy[s] + kw * etaOf[s] * dtH);
      total += kw;
    }
    totalChargeKw[i] = total;
  }
  return { totalChargeKw, departureKwh: energy };
}

const vehicleArb = fc.record({
  batteryKwh: fc.double({ min: 20, max: 100, noNaN: true }),
  acChargerKw: fc.constantFrom(3.7, 7.4, 11, 22),
  v2gRoundTripEfficiency: fc.double({ min: 0.8, max: 1, noNaN: true }),
  socMax: fc.double({ min: 0.8, max: 1, noNaN: true }),
});

describe('charging scheduler, chunked with early exit', () => {
  it('equals the single-loop reference bit for bit (property, every policy)', () => {
    fc.assert(
      fc.property(
        fc.array(vehicleArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ v: fc.nat(3), arrival: fc.nat(9000), dwell: fc.integer({ min: 1, max: 3000 }), requested: fc.double({ min: 0, max: 60, noNaN: true }), soc: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 25 }),
        fc.constantFrom<Exclude<ChargingPolicy, 'v2g'>>('uncontrolled', 'smart-llf', 'solar-following', 'off-peak'),
        fc.constantFrom(1 / 60, 0.25),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (specs, raw, policy, dtH, capKw) => {
          const length = 10_000;
          const vehicles: VehicleSpec[] = specs.map((v, k) => ({ id: `v${k}`, group: k % 2 ? 'a' : 'b', consumptionKwhPer100km: 17, v2gKw: 0, v2gMinSoc: 0.2, ...v }));
          const sessions: PlugSession[] = raw.map((r) => {
            const vehicleIndex = r.v % vehicles.length;
            return { vehicleIndex, arrivalStep: r.arrival, departureStep: Math.min(length, r.arrival + r.dwell), requestedKwh: r.requested, arrivalSoc: r.soc };
          });
          const table = buildSessionTable(vehicles, sessions);
          const site: SiteSeries = {
            pvKw: Float64Array.from({ length }, (_, i) => Math.max(0, 30 * Math.sin((2 * Math.PI * i) / 1440))),
            loadKw: Float64Array.from({ length }, (_, i) => 10 + 5 * Math.cos((2 * Math.PI * i) / 700)),
            offPeak: Uint8Array.from({ length }, (_, i) => (i % 1440 < 360 ? 1 : 0)),
          };
          const res = scheduleCharging(vehicles, table, site, { dtH, length, policy, importLimitKw: capKw, groupOfVehicle: Int32Array.from(vehicles, (_, k) => k % 2), groupCount: 2 });
          const ref = referenceSchedule(vehicles, table, site, length, dtH, capKw, policy);
          expect(Array.from(res.totalChargeKw)).toEqual(Array.from(ref.totalChargeKw));
          expect(Array.from(res.departureKwh)).toEqual(Array.from(ref.departureKwh));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('session table order', () => {
  const byComparator = (s: PlugSession[]) => [...s].sort((a, b) => a.arrivalStep - b.arrivalStep || a.vehicleIndex - b.vehicleIndex);
  const session = (vehicleIndex: number, arrivalStep: number, tag: number): PlugSession => ({ vehicleIndex, arrivalStep, departureStep: arrivalStep + 1, requestedKwh: tag, arrivalSoc: 0.5 });

  it('sorts by arrival, then vehicle, ties kept in input order, like the stable comparator sort', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(30)), { maxLength: 200 }), (pairs) => {
        const sessions = pairs.map(([v, a], k) => session(v, a, k));
        expect(sortedSessions(sessions)).toEqual(byComparator(sessions));
      }),
    );
  });

  it('falls back to the comparator beyond the packed key ranges', () => {
    const sessions = [session(3000, 5, 0), session(2, 2 ** 22, 1), session(1, 5, 2), session(2, 5, 3)];
    expect(sortedSessions(sessions).map((s) => s.requestedKwh)).toEqual([2, 3, 0, 1]);
  });
});
