/**
 * Final energy → primary energy, GHG and cost, per use and in total, then per m² and labels.
 * Arrêté of 31 March 2021 annexes 3 (primary factors), 4 (GHG factors), 5 (labels), 7 (costs);
 * see factors.ts, costs.ts, labels.ts for the sources of each figure.
 */
import type { ConsumptionLine } from '../systems/types';
import type { Energy } from '../systems/enums';
import { electricityPrimaryFactor, gesFactor, primaryFactor } from './factors';
import { annualCostEur } from './costs';
import { classify } from './labels';
import type { EnergyResult, EnergyUse, PerUse } from './types';

function zero(): PerUse {
  return { chauffage: 0, ecs: 0, refroidissement: 0, eclairage: 0, auxiliaire: 0, total: 0 };
}

export interface ConvertInput {
  lines: ConsumptionLine[];
  surfaceM2: number;
  zone: string;
  altitudeClass: 1 | 2 | 3;
  dpeDate: string;
}

export function convertEnergy(input: ConvertInput): EnergyResult {
  const finalKwh = zero();
  const primaryKwh = zero();
  const gesKg = zero();
  const costEur = zero();
  const byEnergy: Partial<Record<Energy, number>> = {};
  for (const l of input.lines) {
    const use = l.use as EnergyUse;
    finalKwh[use] += l.kwh;
    primaryKwh[use] += l.kwh * primaryFactor(l.energy, input.dpeDate);
    gesKg[use] += l.kwh * gesFactor(l.energy, use, l.networkId);
    byEnergy[l.energy] = (byEnergy[l.energy] ?? 0) + l.kwh;
  }
  // Annex 7: gas and electricity prices depend on the dwelling's whole consumption of that energy;
  // the cost of a use is its consumption times the resulting mean price.
  const meanPrice = new Map<Energy, number>();
  for (const [e, kwh] of Object.entries(byEnergy) as Array<[Energy, number]>) {
    meanPrice.set(e, kwh > 0 ? annualCostEur(e, kwh) / kwh : 0);
  }
  for (const l of input.lines) costEur[l.use as EnergyUse] += l.kwh * (meanPrice.get(l.energy) ?? 0);
  for (const p of [finalKwh, primaryKwh, gesKg, costEur]) {
    p.total = p.chauffage + p.ecs + p.refroidissement + p.eclairage + p.auxiliaire;
  }
  const epM2 = primaryKwh.total / input.surfaceM2;
  const gesM2 = gesKg.total / input.surfaceM2;
  const c = classify({
    epM2,
    gesM2,
    zone: input.zone,
    altitudeClass: input.altitudeClass,
    surfaceM2: input.surfaceM2,
    dpeDate: input.dpeDate,
  });
  return {
    finalKwh,
    primaryKwh,
    gesKg,
    costEur,
    finalByEnergyKwh: byEnergy,
    epM2: c.epM2,
    gesM2: c.gesM2,
    epM2Raw: epM2,
    gesM2Raw: gesM2,
    finalM2: Math.trunc(finalKwh.total / input.surfaceM2),
    electricityPrimaryFactor: electricityPrimaryFactor(input.dpeDate),
    label: c.label,
    labelEnergy: c.labelEnergy,
    labelGes: c.labelGes,
  };
}
