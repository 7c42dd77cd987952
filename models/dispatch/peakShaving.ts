/**
 * Peak shaving under an import cap: discharge whenever the net import would exceed `capKw`, and recharge
 * (from PV surplus first, then from the grid) only up to the cap, so recharging never creates a new peak.
 * The usual demand-charge management rule (e.g. Oudalov et al., "Optimizing a battery energy storage
 * system for primary frequency control"/"peak shaving", IEEE PowerTech 2007, rule-based controller).
 */
import type { DispatchStrategy, StepContext } from './strategy';

export class PeakShavingStrategy implements DispatchStrategy {
  readonly executesPlan = false;
  readonly name = 'peak-shaving';
  private readonly capKw: number;

  constructor(capKw: number) {
    this.capKw = capKw;
  }

  decide(ctx: StepContext): number {
    const net = ctx.demandKw - ctx.pvKw;
    if (net > this.capKw) return Math.min(net - this.capKw, ctx.dischargeHeadroomKw);
    return -Math.min(this.capKw - net, ctx.chargeHeadroomKw);
  }
}
