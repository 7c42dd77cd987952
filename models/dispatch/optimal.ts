/**
 * Optimal dispatch with a rolling horizon: at the start of every commit period (24 h, or the horizon if
 * shorter) the LP of optimalLp.ts is solved over the next `horizonHours` from the actual stored energy,
 * and the first period of its plan is executed. Perfect foresight of PV, load, EV charging and prices
 * inside the window, as in the brief; when the window covers the whole run the plan is the exact optimum.
 * V2G sessions are not variables of this LP: they react after the storage, like in the rule-based runs.
 */
import type { Highs } from 'highs';
import { solveStorageLp, type LpStorage } from './optimalLp';
import type { DispatchStrategy, StepContext } from './strategy';

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
}

export class OptimalStrategy implements DispatchStrategy {
  readonly name = 'optimal';
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
  }

  decide(ctx: StepContext): number {
    const i = ctx.i;
    if (i % this.commitSteps === 0) {
      const inp = this.inputs;
      const to = Math.min(inp.length, i + this.horizonSteps);
      const res = solveStorageLp(this.highs, inp.storage, {
        from: i,
        to,
        dtH: inp.dtH,
        initialEnergyKwh: ctx.energyAtStepStartKwh,
        demandKw: inp.demandKw,
        pvKw: inp.pvKw,
        importPrice: inp.importPrice,
        exportPrice: inp.exportPrice,
        sheddableKw: inp.sheddableKw,
        shedPenaltyEurPerKwh: inp.shedPenaltyEurPerKwh,
        unservedPenaltyEurPerKwh: inp.unservedPenaltyEurPerKwh,
        importLimitKw: inp.importLimitKw,
        exportLimitKw: inp.exportLimitKw,
      });
      this.solves++;
      const n = Math.min(this.commitSteps, to - i);
      for (let t = 0; t < n; t++) this.plan[i + t] = res.storageKw[t];
    }
    return this.plan[i];
  }
}
