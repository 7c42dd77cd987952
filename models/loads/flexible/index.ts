export { sheddableLoadSchema, shiftableLoadSchema, windowMinutes } from './flexibleLoadSpecs';
export type { SheddableLoadSpec, ShiftableLoadSpec } from './flexibleLoadSpecs';
export { SheddableLoadState } from './sheddableLoadState';
export { ShiftableLoadState, asEarlyAsPossibleKw } from './shiftableLoadState';
export { addDailyShiftableBlocks, type DailyShiftableBlock } from './dailyShiftableBlocks';
