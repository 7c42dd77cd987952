/**
 * Optimal dispatch with a rolling horizon: at the start of every commit period (24 h, or the horizon if
 * shorter) the LP of optimalLp.ts is solved over the next `horizonHours` from the actual stored energy
 * and the actual energy of the plugged V2G vehicles, and the first period of its plan is executed
 * (storage power, and each V2G session's charge/discharge). Perfect foresight of PV, load, EV charging
 * of non-V2G vehicles and prices inside the window, as in the brief; when the window covers the whole
 * run the plan is the exact optimum.
 */
import type { Highs } from 'highs';
import { chargeEfficiency, type SessionTable, type VehicleSpec } from '../ev/sessions';
import type { V2gFleet } from '../ev/v2gFleet';
import { solveStorageLp, type LpStorage, type LpV2gSession } from './optimalLp';
import type { DispatchStrategy, StepContext } from './strategy';

export interface OptimalV2gInputs {
  readonly fleet: V2gFleet;
  readonly table: SessionTable;
  readonly isV2g: Uint8Array;
  readonly vehicles: readonly VehicleSpec[];
}

export interface OptimalInputs {
  readonly length: number;
  readonly dtH: number;
  readonly demandKw: Float64Array;
  readonly pvKw: Float64Array;
  readonly importPrice: Float64Array;
  readonly exportPrice: Float64Array;
  readonly sheddableKw: readonly Float64Array[];
  readonly shedPenaltyEurPerKwh: readonly number[];
  readonly unservedPenaltyEurPerKwh: number;
  readonly importLimitKw: number;
  readonly exportLimitKw: number;
  readonly storage: LpStorage;
  readonly v2g?: OptimalV2gInputs;
}

export class OptimalStrategy implements DispatchStrategy {
  readonly name = 'optimal';
  readonly executesPlan = true;
  private readonly highs: Highs;
  private readonly inputs: OptimalInputs;
  private readonly horizonSteps: number;
  private readonly commitSteps: number;
  private readonly plan: Float64Array;
  solves = 0;

  constructor(highs: Highs, inputs: OptimalInputs, horizonHours: number) {
    this.highs = highs;
    this.inputs = inputs;
    this.horizonSteps = Math.max(1, Math.round(horizonHours / inputs.dtH));
    this.commitSteps = Math.min(this.horizonSteps, Math.max(1, Math.round(24 / inputs.dtH)));
    this.plan = new Float64Array(inputs.length);
    if (inputs.v2g) inputs.v2g.fleet.planned = true;
  }

  beginStep(i: number, energyAtStepStartKwh: number): void {
    if (i % this.commitSteps !== 0) return;
    const inp = this.inputs;
    const to = Math.min(inp.length, i + this.horizonSteps);
    const res = solveStorageLp(this.highs, inp.storage, {
      from: i,
      to,
      dtH: inp.dtH,
      initialEnergyKwh: energyAtStepStartKwh,
      demandKw: inp.demandKw,
      pvKw: inp.pvKw,
      importPrice: inp.importPrice,
      exportPrice: inp.exportPrice,
      sheddableKw: inp.sheddableKw,
      shedPenaltyEurPerKwh: inp.shedPenaltyEurPerKwh,
      unservedPenaltyEurPerKwh: inp.unservedPenaltyEurPerKwh,
      importLimitKw: inp.importLimitKw,
      exportLimitKw: inp.exportLimitKw,
      v2g: inp.v2g ? this.v2gSessions(i, to, inp.v2g) : undefined,
    });
    this.solves++;
    const n = Math.min(this.commitSteps, to - i);
    for (let t = 0; t < n; t++) this.plan[i + t] = res.storageKw[t];
    if (inp.v2g) for (const p of res.v2g) inp.v2g.fleet.setPlan(p.id, p.from, p.chargeKw, p.dischargeKw);
  }

  decide(ctx: StepContext): number {
    return this.plan[ctx.i];
  }

  private v2gSessions(from: number, to: number, v: OptimalV2gInputs): LpV2gSession[] {
    const out: LpV2gSession[] = [];
    const t = v.table;
    for (let s = 0; s < t.count; s++) {
      if (!v.isV2g[s] || t.departure[s] <= from || t.arrival[s] >= to) continue;
      const veh = v.vehicles[t.vehicle[s]];
      out.push({
        id: s,
        arrival: t.arrival[s],
        departure: t.departure[s],
        initialKwh: v.fleet.sessionEnergyKwh(s),
        targetKwh: t.targetKwh[s],
        floorKwh: Math.min(veh.v2gMinSoc * veh.batteryKwh, t.arrivalKwh[s]),
        maxKwh: veh.socMax * veh.batteryKwh,
        chargerKw: veh.acChargerKw,
        v2gKw: veh.v2gKw,
        eta: chargeEfficiency(veh),
      });
    }
    return out;
  }
}
