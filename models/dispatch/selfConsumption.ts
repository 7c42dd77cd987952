/**
 * Maximise self-consumption: store every kWh of PV surplus and give it back whenever the site draws
 * from the grid (the "greedy" rule of residential PV+storage studies, e.g. Luthander et al., Applied
 * Energy 142 (2015) 80–94, section 3.2).
 */
import { selfConsumptionPowerKw, type DispatchStrategy, type StepContext } from './strategy';

export class SelfConsumptionStrategy implements DispatchStrategy {
  readonly executesPlan = false;
  readonly name = 'self-consumption';
  decide(ctx: StepContext): number {
    return selfConsumptionPowerKw(ctx);
  }
}
