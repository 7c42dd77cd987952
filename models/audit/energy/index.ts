export { classify, worse, LABELS, type ClassifyInput, type ClassifyResult } from './labels';
export { convertEnergy, type ConvertInput } from './convert';
export { electricityPrimaryFactor, primaryFactor, gesFactor } from './factors';
export { annualCostEur } from './costs';
export type { EnergyResult, Label, PerUse, EnergyUse } from './types';
