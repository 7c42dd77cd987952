/**
 * Islanded operation with shedding: the storage covers the deficit like self-consumption, but below
 * `reserveSoc` it only supplies the critical (non-sheddable) demand, leaving the sheddable classes to be
 * shed, so that the reserve lasts for critical loads through the night.
 */
import type { DispatchStrategy, StepContext } from './strategy';

export class IslandedSheddingStrategy implements DispatchStrategy {
  readonly executesPlan = false;
  readonly usesCriticalDemand = true;
  readonly name = 'islanded-shedding';
  private readonly reserveSoc: number;

  constructor(reserveSoc: number) {
    this.reserveSoc = reserveSoc;
  }

  decide(ctx: StepContext): number {
    const net = ctx.demandKw - ctx.pvKw;
    if (net < 0) return -Math.min(-net, ctx.chargeHeadroomKw);
    const belowReserve = ctx.energyKwh < ctx.capacityKwh * this.reserveSoc;
    const need = belowReserve ? Math.max(0, ctx.criticalDemandKw - ctx.pvKw) : net;
    return Math.min(need, ctx.dischargeHeadroomKw);
  }
}
