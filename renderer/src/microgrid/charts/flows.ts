/**
 * Which series are drawn as sources (above zero) and which as uses (below zero) in the stacked
 * charts. Together they are the bus balance of the engine:
 * pv + import + discharge + v2g = served + charge + EV + export + curtailed,
 * so the two stacks have the same height at every point when the result closes.
 */
import type { SeriesName } from '../../../../models/analysis/resultView';

export const SOURCE_FLOWS: readonly SeriesName[] = ['pvKw', 'storageDischargeKw', 'v2gKw', 'gridImportKw'];
export const SINK_FLOWS: readonly SeriesName[] = ['servedKw', 'storageChargeKw', 'evChargeKw', 'gridExportKw', 'curtailedKw'];

/** Served load when the result has it, total load otherwise. */
export function sinkFlowsOf(present: Partial<Record<SeriesName, unknown>>): SeriesName[] {
  return SINK_FLOWS.map((s) => (s === 'servedKw' && !present.servedKw ? 'loadKw' : s)).filter((s) => present[s] !== undefined);
}

export function sourceFlowsOf(present: Partial<Record<SeriesName, unknown>>): SeriesName[] {
  return SOURCE_FLOWS.filter((s) => present[s] !== undefined);
}

/** +1 for sources, −1 for uses. */
export function flowSign(s: SeriesName): 1 | -1 {
  return SOURCE_FLOWS.includes(s) ? 1 : -1;
}
