/**
 * Energy balance of a collective self-consumption operation, per participant and in total.
 * Definitions as in the DSO's ACC metering data (Code de l'énergie art. D315-1 ff.): self-consumed
 * energy is the allocated production; self-consumption rate = self-consumed / produced;
 * self-production (coverage) rate = self-consumed / consumed. A producer's self-consumed energy is
 * its share of the allocated total pro rata of its production at each step, as the DSO does when
 * several producers inject into one operation.
 */
import type { AllocationResult } from './allocation';

export interface AccFlows {
  readonly producedKwh: number;
  readonly consumedKwh: number;
  readonly selfConsumedKwh: number;
  readonly surplusKwh: number;
  /** Consumption supplied by the consumers' own suppliers (alloproduced), kWh. */
  readonly gridKwh: number;
  /** self-consumed / produced; null when nothing was produced. */
  readonly selfConsumptionRate: number | null;
  /** self-consumed / consumed; null when nothing was consumed. */
  readonly selfProductionRate: number | null;
}

export interface ParticipantFlows {
  readonly prm: string;
  readonly role: 'producer' | 'consumer';
  readonly producedKwh: number;
  readonly consumedKwh: number;
  readonly selfConsumedKwh: number;
  readonly surplusKwh: number;
  readonly gridKwh: number;
  readonly selfConsumptionRate: number | null;
  readonly selfProductionRate: number | null;
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

export function operationFlows(result: AllocationResult, consumption: readonly Float64Array[]): AccFlows {
  const producedKwh = sum(result.productionKwh);
  let consumedKwh = 0;
  for (const c of consumption) for (let t = 0; t < c.length; t++) consumedKwh += Math.max(0, c[t]);
  const selfConsumedKwh = sum(result.selfConsumedKwh);
  return {
    producedKwh,
    consumedKwh,
    selfConsumedKwh,
    surplusKwh: sum(result.surplusKwh),
    gridKwh: consumedKwh - selfConsumedKwh,
    selfConsumptionRate: ratio(selfConsumedKwh, producedKwh),
    selfProductionRate: ratio(selfConsumedKwh, consumedKwh),
  };
}

export function producerFlows(prm: string, curve: Float64Array, result: AllocationResult): ParticipantFlows {
  let producedKwh = 0;
  let selfConsumedKwh = 0;
  for (let t = 0; t < curve.length; t++) {
    const p = Math.max(0, curve[t]);
    producedKwh += p;
    if (p > 0) selfConsumedKwh += (p / result.productionKwh[t]) * result.selfConsumedKwh[t];
  }
  return {
    prm,
    role: 'producer',
    producedKwh,
    consumedKwh: 0,
    selfConsumedKwh,
    surplusKwh: producedKwh - selfConsumedKwh,
    gridKwh: 0,
    selfConsumptionRate: ratio(selfConsumedKwh, producedKwh),
    selfProductionRate: null,
  };
}

export function consumerFlows(prm: string, curve: Float64Array, allocated: Float64Array): ParticipantFlows {
  let consumedKwh = 0;
  for (let t = 0; t < curve.length; t++) consumedKwh += Math.max(0, curve[t]);
  const selfConsumedKwh = sum(allocated);
  return {
    prm,
    role: 'consumer',
    producedKwh: 0,
    consumedKwh,
    selfConsumedKwh,
    surplusKwh: 0,
    gridKwh: consumedKwh - selfConsumedKwh,
    selfConsumptionRate: null,
    selfProductionRate: ratio(selfConsumedKwh, consumedKwh),
  };
}
