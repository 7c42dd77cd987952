/** Builds the strategy object for a spec; the optimal one needs the HiGHS runtime, loaded once. */
import type { StrategySpec } from '../sim/types';
import { highsRuntime } from './highsSolver';
import { IslandedSheddingStrategy } from './islandedShedding';
import { OffPeakChargingStrategy } from './offPeakCharging';
import { OptimalStrategy, type OptimalInputs } from './optimal';
import { PeakShavingStrategy } from './peakShaving';
import { SelfConsumptionStrategy } from './selfConsumption';
import type { DispatchStrategy } from './strategy';

export async function createStrategy(spec: StrategySpec, optimalInputs: () => OptimalInputs): Promise<DispatchStrategy> {
  switch (spec.kind) {
    case 'self-consumption':
      return new SelfConsumptionStrategy();
    case 'offpeak-charging':
      return new OffPeakChargingStrategy(spec.targetSoc);
    case 'peak-shaving':
      return new PeakShavingStrategy(spec.capKw);
    case 'islanded-shedding':
      return new IslandedSheddingStrategy(spec.reserveSoc);
    case 'optimal':
      return new OptimalStrategy(await highsRuntime(), optimalInputs(), spec.horizonHours);
  }
}
