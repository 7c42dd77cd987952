/**
 * The pluggable dispatch strategy: one decision per step, the storage power, from a context object the
 * simulation loop refills in place (monomorphic, no allocation). Positive = discharge to the site bus,
 * negative = charge from it. The loop clamps the decision to the container's headroom and the grid limits,
 * so a strategy only expresses intent.
 */
export interface StepContext {
  i: number;
  dtH: number;
  pvKw: number;
  /** Site demand this step before storage: loads + EV charging (kW). */
  demandKw: number;
  /**
   * Demand that may not be shed (demand − sheddable classes). Filled only for strategies that declare
   * `usesCriticalDemand` (NaN otherwise): summing the classes costs a read of each class series per step.
   */
  criticalDemandKw: number;
  importPriceEurPerKwh: number;
  exportPriceEurPerKwh: number;
  offPeak: boolean;
  importLimitKw: number;
  exportLimitKw: number;
  islanded: boolean;
  chargeHeadroomKw: number;
  dischargeHeadroomKw: number;
  energyKwh: number;
  /** Stored energy at the start of the step, before this step's self-discharge. */
  energyAtStepStartKwh: number;
  minKwh: number;
  maxKwh: number;
  capacityKwh: number;
  /** Capacity-weighted one-way charging efficiency of the container. */
  etaCharge: number;
}

export function newStepContext(): StepContext {
  return {
    i: 0,
    dtH: 1,
    pvKw: 0,
    demandKw: 0,
    criticalDemandKw: 0,
    importPriceEurPerKwh: 0,
    exportPriceEurPerKwh: 0,
    offPeak: false,
    importLimitKw: 0,
    exportLimitKw: 0,
    islanded: false,
    chargeHeadroomKw: 0,
    dischargeHeadroomKw: 0,
    energyKwh: 0,
    energyAtStepStartKwh: 0,
    minKwh: 0,
    maxKwh: 0,
    capacityKwh: 0,
    etaCharge: 1,
  };
}

export interface DispatchStrategy {
  readonly name: string;
  /**
   * True when the strategy executes a plan that already respects the site's limits (optimal LP): the
   * loop then applies it as is, within the container's headroom only, and V2G follows the plan too.
   */
  readonly executesPlan: boolean;
  /** True when decide() reads ctx.criticalDemandKw. */
  readonly usesCriticalDemand?: boolean;
  /** Called at the start of each step, before the V2G vehicles' mandatory charging is decided. */
  beginStep?(i: number, energyAtStepStartKwh: number): void;
  /** Storage power for this step (kW): > 0 discharge, < 0 charge. */
  decide(ctx: StepContext): number;
}

/** Self-consumption core shared by several strategies: absorb surplus, cover deficit. */
export function selfConsumptionPowerKw(ctx: StepContext): number {
  const net = ctx.demandKw - ctx.pvKw;
  if (net < 0) return -Math.min(-net, ctx.chargeHeadroomKw);
  return Math.min(net, ctx.dischargeHeadroomKw);
}
