/**
 * Charge off-peak: the FlexMob'Ile rule — the container charges when PV exceeds demand or during
 * off-peak hours (heures creuses), and discharges to cover the site outside off-peak hours. During
 * off-peak hours it charges from the grid up to `targetSoc`, within the import cap, and does not
 * discharge (energy is cheaper from the grid then).
 */
import { selfConsumptionPowerKw, type DispatchStrategy, type StepContext } from './strategy';

export class OffPeakChargingStrategy implements DispatchStrategy {
  readonly executesPlan = false;
  readonly name = 'offpeak-charging';
  private readonly targetSoc: number;

  constructor(targetSoc: number) {
    this.targetSoc = targetSoc;
  }

  decide(ctx: StepContext): number {
    if (!ctx.offPeak || ctx.islanded) return selfConsumptionPowerKw(ctx);
    const surplus = Math.max(0, ctx.pvKw - ctx.demandKw);
    const target = Math.min(ctx.maxKwh, ctx.capacityKwh * this.targetSoc);
    // Bus-side power that would bring the stored energy to the target this step.
    const wantedKw = Math.max(0, (target - ctx.energyKwh) / (ctx.etaCharge * ctx.dtH));
    const withinCapKw = Math.max(0, ctx.importLimitKw + ctx.pvKw - ctx.demandKw);
    const charge = Math.max(surplus, Math.min(wantedKw, withinCapKw));
    return -Math.min(charge, ctx.chargeHeadroomKw);
  }
}
