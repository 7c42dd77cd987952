/**
 * Vehicles taking part in V2G, stepped inside the dispatch loop because their decisions depend on the
 * site balance after the stationary storage.
 *
 * Each step, per plugged session (sessions in the table with `v2g[s] = 1`):
 *  1. `beginStep` gives the mandatory charging power (same rule as chargingScheduler.ts): the least
 *     power that keeps the requested energy reachable at full charger power by departure;
 *  2. `settle` then either charges more from a PV surplus (least laxity first), or, for sessions not
 *     charging, discharges toward the site deficit. Discharge is limited by the bidirectional charger
 *     (v2gKw), by the V2G SoC floor, and by the feasibility floor
 *        E_after ≥ target − P·η·(T − dt),
 *     i.e. the SoC never falls below what is needed to reach the requested energy at max charging power
 *     by departure. Discharge efficiency is √η_rt (bidirectional AC ZOE ≈ 0.87 round trip).
 * Per-step outputs are left in fields; per-group totals in the arrays passed in.
 */
import { chargeEfficiency, type SessionTable, type VehicleSpec } from './sessions';
import { sortByKey } from './chargingScheduler';

const EPS_KWH = 1e-9;

export class V2gFleet {
  readonly energyKwh: Float64Array;
  /** Grid-side charging and discharging power this step (kW). */
  chargeKw = 0;
  dischargeKw = 0;
  /** Conversion losses this step (kWh). */
  lossKwh = 0;
  private readonly table: SessionTable;
  private readonly isV2g: Uint8Array;
  private readonly eta: Float64Array;
  private readonly chargerKw: Float64Array;
  private readonly v2gKw: Float64Array;
  private readonly floorKwh: Float64Array;
  private readonly active: Int32Array;
  private readonly laxity: Float64Array;
  private readonly given: Float64Array;
  private nActive = 0;
  private nextArrival = 0;
  private step = -1;

  constructor(vehicles: readonly VehicleSpec[], table: SessionTable, isV2g: Uint8Array) {
    const n = Math.max(1, table.count);
    this.table = table;
    this.isV2g = isV2g;
    this.energyKwh = Float64Array.from(table.arrivalKwh);
    this.eta = new Float64Array(n);
    this.chargerKw = new Float64Array(n);
    this.v2gKw = new Float64Array(n);
    this.floorKwh = new Float64Array(n);
    this.active = new Int32Array(n);
    this.laxity = new Float64Array(n);
    this.given = new Float64Array(n);
    for (let s = 0; s < table.count; s++) {
      const v = vehicles[table.vehicle[s]];
      this.eta[s] = chargeEfficiency(v);
      this.chargerKw[s] = v.acChargerKw;
      this.v2gKw[s] = v.v2gKw;
      this.floorKwh[s] = v.v2gMinSoc * v.batteryKwh;
    }
  }

  /** Starts step i: updates the plugged set and returns the mandatory charging power (kW). */
  beginStep(i: number, dtH: number): number {
    const t = this.table;
    this.step = i;
    let w = 0;
    for (let a = 0; a < this.nActive; a++) if (t.departure[this.active[a]] > i) this.active[w++] = this.active[a];
    this.nActive = w;
    while (this.nextArrival < t.count && t.arrival[this.nextArrival] <= i) {
      const s = this.nextArrival++;
      if (this.isV2g[s] && t.departure[s] > i) this.active[this.nActive++] = s;
    }
    let total = 0;
    for (let a = 0; a < this.nActive; a++) {
      const s = this.active[a];
      const remaining = t.targetKwh[s] - this.energyKwh[s];
      const tH = (t.departure[s] - i) * dtH;
      const rate = this.chargerKw[s] * this.eta[s];
      this.laxity[s] = remaining > EPS_KWH ? tH - remaining / rate : Number.POSITIVE_INFINITY;
      const m = remaining > EPS_KWH ? (remaining - rate * (tH - dtH)) / (this.eta[s] * dtH) : 0;
      this.given[s] = m > 0 ? Math.min(this.chargerKw[s], m) : 0;
      total += this.given[s];
    }
    return total;
  }

  /**
   * Completes the step: extra charging from `surplusKw`, discharge toward `deficitKw` (when discharge is
   * allowed), and applies the energy changes. Results in chargeKw / dischargeKw / lossKwh.
   */
  settle(surplusKw: number, deficitKw: number, allowDischarge: boolean, dtH: number, chargeByGroup: Float64Array[], v2gByGroup: Float64Array[], groupOfSession: Int32Array): void {
    const t = this.table;
    const i = this.step;
    let budget = surplusKw;
    if (budget > 1e-12) {
      sortByKey(this.active, this.nActive, this.laxity);
      for (let a = 0; a < this.nActive && budget > 1e-12; a++) {
        const s = this.active[a];
        const useful = Math.min(this.chargerKw[s], Math.max(0, (t.targetKwh[s] - this.energyKwh[s]) / (this.eta[s] * dtH)));
        const extra = Math.min(budget, Math.max(0, useful - this.given[s]));
        this.given[s] += extra;
        budget -= extra;
      }
    }
    let need = allowDischarge ? deficitKw : 0;
    let charge = 0;
    let discharge = 0;
    let loss = 0;
    for (let a = 0; a < this.nActive; a++) {
      const s = this.active[a];
      const g = groupOfSession[s];
      const kw = this.given[s];
      if (kw > 0) {
        const stored = kw * this.eta[s] * dtH;
        this.energyKwh[s] += stored;
        loss += kw * dtH - stored;
        charge += kw;
        chargeByGroup[g][i] += kw;
        continue;
      }
      if (need <= 1e-12 || this.v2gKw[s] <= 0) continue;
      const tH = (t.departure[s] - i) * dtH;
      const feasibleFloor = t.targetKwh[s] - this.chargerKw[s] * this.eta[s] * (tH - dtH);
      const floor = Math.max(this.floorKwh[s], feasibleFloor);
      const avail = this.energyKwh[s] - floor;
      if (avail <= EPS_KWH) continue;
      const d = Math.min(need, this.v2gKw[s], (avail * this.eta[s]) / dtH);
      const drawn = (d * dtH) / this.eta[s];
      this.energyKwh[s] -= drawn;
      loss += drawn - d * dtH;
      discharge += d;
      need -= d;
      v2gByGroup[g][i] += d;
    }
    this.chargeKw = charge;
    this.dischargeKw = discharge;
    this.lossKwh = loss;
  }
}
