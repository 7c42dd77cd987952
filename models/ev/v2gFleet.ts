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
 * The V2G floor is the lower of the vehicle's V2G minimum SoC and its arrival energy.
 * Planned mode (optimal dispatch): the LP's charge/discharge plan per session replaces steps 1–2; it is
 * applied within the same physical limits (charger, V2G power, floor, battery room).
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
  /** Mandatory charging power of the step begun by startStep (kW). */
  mandatoryKw = 0;
  /** Inputs of settleStep (kW). Fields rather than arguments: the hot loop then boxes no number per call. */
  surplusKw = 0;
  deficitKw = 0;
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
  /** When true, sessions follow the plan set by setPlan. */
  planned = false;
  private readonly planFrom: Int32Array;
  private readonly planCharge: (Float64Array | null)[];
  private readonly planDischarge: (Float64Array | null)[];
  private readonly maxKwh: Float64Array;

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
    this.planFrom = new Int32Array(n).fill(-1);
    this.planCharge = new Array<Float64Array | null>(n).fill(null);
    this.planDischarge = new Array<Float64Array | null>(n).fill(null);
    this.maxKwh = new Float64Array(n);
    for (let s = 0; s < table.count; s++) {
      const v = vehicles[table.vehicle[s]];
      this.eta[s] = chargeEfficiency(v);
      this.chargerKw[s] = v.acChargerKw;
      this.v2gKw[s] = v.v2gKw;
      this.floorKwh[s] = Math.min(v.v2gMinSoc * v.batteryKwh, table.arrivalKwh[s]);
      this.maxKwh[s] = v.socMax * v.batteryKwh;
    }
  }

  /**
   * True when no session is plugged at step i nor arrives then: startStep would find nothing plugged and
   * settleStep would give nothing, so a caller may skip both for this step (all outputs 0). Moves past
   * the departed and non-V2G sessions exactly as startStep does, so skipped steps cost little.
   */
  idleAt(i: number): boolean {
    const t = this.table;
    for (let a = 0; a < this.nActive; a++) if (t.departure[this.active[a]] > i) return false;
    this.nActive = 0;
    while (this.nextArrival < t.count && t.arrival[this.nextArrival] <= i) {
      const s = this.nextArrival;
      if (this.isV2g[s] && t.departure[s] > i) return false;
      this.nextArrival++;
    }
    return true;
  }

  /** Starts step i: updates the plugged set and returns the mandatory charging power (kW). */
  beginStep(i: number, dtH: number): number {
    this.startStep(i, dtH);
    return this.mandatoryKw;
  }

  /** Same as beginStep, the mandatory charging power left in `mandatoryKw`. */
  startStep(i: number, dtH: number): void {
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
    if (this.planned) {
      for (let a = 0; a < this.nActive; a++) {
        const s = this.active[a];
        const kw = this.plannedAt(this.planCharge[s], s, i);
        const room = (this.maxKwh[s] - this.energyKwh[s]) / (this.eta[s] * dtH);
        const g = Math.min(kw, this.chargerKw[s], room > 0 ? room : 0);
        this.given[s] = g > 0 ? g : 0;
        total += this.given[s];
      }
      this.mandatoryKw = total;
      return;
    }
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
    this.mandatoryKw = total;
  }

  /**
   * Completes the step: extra charging from `surplusKw`, discharge toward `deficitKw` (when discharge is
   * allowed), and applies the energy changes. Results in chargeKw / dischargeKw / lossKwh.
   */
  settle(surplusKw: number, deficitKw: number, allowDischarge: boolean, dtH: number, chargeByGroup: Float64Array[], v2gByGroup: Float64Array[], groupOfSession: Int32Array): void {
    this.surplusKw = surplusKw;
    this.deficitKw = deficitKw;
    this.settleStep(allowDischarge, dtH, chargeByGroup, v2gByGroup, groupOfSession);
  }

  /** Same as settle, with the surplus and deficit set beforehand in `surplusKw` and `deficitKw`. */
  settleStep(allowDischarge: boolean, dtH: number, chargeByGroup: Float64Array[], v2gByGroup: Float64Array[], groupOfSession: Int32Array): void {
    const t = this.table;
    const i = this.step;
    const surplusKw = this.surplusKw;
    const deficitKw = this.deficitKw;
    let budget = this.planned ? 0 : surplusKw;
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
      if (this.v2gKw[s] <= 0) continue;
      let wanted: number;
      let floor: number;
      if (this.planned) {
        wanted = this.plannedAt(this.planDischarge[s], s, i);
        floor = this.floorKwh[s];
      } else {
        if (need <= 1e-12) continue;
        wanted = need;
        const tH = (t.departure[s] - i) * dtH;
        const feasibleFloor = t.targetKwh[s] - this.chargerKw[s] * this.eta[s] * (tH - dtH);
        floor = Math.max(this.floorKwh[s], feasibleFloor);
      }
      const avail = this.energyKwh[s] - floor;
      if (avail <= EPS_KWH || wanted <= 0) continue;
      const d = Math.min(wanted, this.v2gKw[s], (avail * this.eta[s]) / dtH);
      const drawn = (d * dtH) / this.eta[s];
      this.energyKwh[s] -= drawn;
      loss += drawn - d * dtH;
      discharge += d;
      if (!this.planned) need -= d;
      v2gByGroup[g][i] += d;
    }
    this.chargeKw = charge;
    this.dischargeKw = discharge;
    this.lossKwh = loss;
  }

  /**
   * Takes back `kw` of this step's charging (kW) that the site could not supply, shared in proportion
   * to each session's charging: the batteries do not get energy nobody delivered (which they could
   * otherwise give back through V2G).
   */
  revokeCharge(kw: number, dtH: number, chargeByGroup: Float64Array[], groupOfSession: Int32Array): void {
    if (!(kw > 0) || this.chargeKw <= 0) return;
    const share = kw >= this.chargeKw ? 1 : kw / this.chargeKw;
    const i = this.step;
    let revoked = 0;
    for (let a = 0; a < this.nActive; a++) {
      const s = this.active[a];
      const g = this.given[s];
      if (g <= 0) continue;
      const x = g * share;
      this.energyKwh[s] -= x * this.eta[s] * dtH;
      this.lossKwh -= x * dtH * (1 - this.eta[s]);
      chargeByGroup[groupOfSession[s]][i] -= x;
      revoked += x;
    }
    this.chargeKw -= revoked;
  }

  /** Energy (kWh) of session s now: arrival energy before it arrives. */
  sessionEnergyKwh(s: number): number {
    return this.energyKwh[s];
  }

  /** Sets the planned charge/discharge (kW) of session s for steps from, from+1, … */
  setPlan(s: number, from: number, chargeKw: Float64Array, dischargeKw: Float64Array): void {
    this.planFrom[s] = from;
    this.planCharge[s] = chargeKw;
    this.planDischarge[s] = dischargeKw;
  }

  private plannedAt(plan: Float64Array | null, s: number, i: number): number {
    if (!plan) return 0;
    const k = i - this.planFrom[s];
    return k >= 0 && k < plan.length ? plan[k] : 0;
  }
}
