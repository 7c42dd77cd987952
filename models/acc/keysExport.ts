/**
 * Allocation-key file sent to the DSO: one row per metering step, `Horodate;<PRM>;<PRM>...`, each
 * value the consumer's share of the operation's production at that step, in percent, French
 * decimal comma. Timestamps are the start of the step in Paris civil time with its UTC offset, so
 * DST days stay unambiguous.
 * Percentages are rounded DOWN to `decimals` places: rounding up could make a row exceed 100 % or
 * allocate a consumer more than it withdrew, which the DSO rejects.
 */
import { stepStartUtcMs, type Timeline } from '../core/timeline';
import type { AllocationKey, AllocationResult } from './allocation';
import { formatParisIso } from './parisTime';

export function formatPercentFr(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  // The epsilon absorbs binary noise such as 12.5 * 100 = 1249.9999999.
  const floored = Math.floor(value * scale + 1e-7) / scale;
  return floored.toFixed(decimals).replace('.', ',');
}

export function allocationKeyCsv(
  timeline: Timeline,
  consumerPrms: readonly string[],
  key: AllocationKey,
  result: AllocationResult,
  decimals = 2,
): string {
  if (timeline.length !== result.length) throw new RangeError(`keys export: timeline has ${timeline.length} steps, allocation ${result.length}`);
  const lines: string[] = [['Horodate', ...consumerPrms].join(';')];
  const cells: string[] = new Array<string>(consumerPrms.length + 1);
  for (let t = 0; t < result.length; t++) {
    cells[0] = formatParisIso(stepStartUtcMs(timeline, t));
    const p = result.productionKwh[t];
    for (let i = 0; i < consumerPrms.length; i++) {
      // A static key is a contract, not a result: it is sent as agreed even when nothing is produced.
      const pct = key.kind === 'static' ? key.shares[i] * 100 : p > 0 ? (result.allocatedKwh[i][t] / p) * 100 : 0;
      cells[i + 1] = formatPercentFr(pct, decimals);
    }
    lines.push(cells.join(';'));
  }
  return lines.join('\n') + '\n';
}
