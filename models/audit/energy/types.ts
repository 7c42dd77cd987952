import type { Energy } from '../systems/enums';

export type Label = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
export type EnergyUse = 'chauffage' | 'ecs' | 'refroidissement' | 'eclairage' | 'auxiliaire';

export interface PerUse {
  chauffage: number;
  ecs: number;
  refroidissement: number;
  eclairage: number;
  auxiliaire: number;
  total: number;
}

export interface EnergyResult {
  /** Final energy (kWh PCI) per use, after deduction of self-consumed PV electricity. */
  finalKwh: PerUse;
  primaryKwh: PerUse;
  gesKg: PerUse;
  costEur: PerUse;
  finalByEnergyKwh: Partial<Record<Energy, number>>;
  /** Per m² values, truncated to integers as the label rule requires. */
  epM2: number;
  gesM2: number;
  /** Per m² values before truncation (for comparisons with registered values written unrounded). */
  epM2Raw: number;
  gesM2Raw: number;
  finalM2: number;
  electricityPrimaryFactor: number;
  label: Label;
  labelEnergy: Label;
  labelGes: Label;
}
