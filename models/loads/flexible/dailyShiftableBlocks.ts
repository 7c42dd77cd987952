/**
 * Daily shiftable blocks (laundry, pool pump…) placed on the PV: each local day, a block of
 * `energyKwhPerDay` at `powerKw` is put inside [earliestStartHour, latestEndHour) where it overlaps the
 * most PV — a sliding-window search over the day's steps, the first best start winning (ties within
 * 1e-9 kWh·h/h keep the earlier start); with no PV it starts at the earliest hour.
 *
 * Same placement rule as the micro-grid assembly's former inline version, with one exact shortcut: a
 * window's sum of min(PV, block power) can never exceed the sum of `runSteps` copies of the block power
 * (floating-point addition is monotone), so once the best window reaches that ceiling (within the 1e-9
 * tie margin) no later start can win and the day's search stops. Results are identical bit for bit
 * (dailyShiftableBlocks.test.ts holds it to the plain search).
 */
import type { LocalCalendar } from '../../calendar/localCalendar';

export interface DailyShiftableBlock {
  readonly energyKwhPerDay: number;
  readonly powerKw: number;
  readonly earliestStartHour: number;
  readonly latestEndHour: number;
}

/** Adds every block, each local day of the calendar's timeline, to `loadKw` (kW), placed on `pvKw`. */
export function addDailyShiftableBlocks(blocks: readonly DailyShiftableBlock[], calendar: LocalCalendar, pvKw: Float64Array, loadKw: Float64Array): void {
  if (blocks.length === 0) return;
  const tl = calendar.timeline;
  const n = tl.length;
  const dtH = tl.stepMinutes / 60;
  const dayIndex = calendar.localDayIndex;
  const minuteOfDay = calendar.localMinuteOfDay;
  for (const s of blocks) {
    const runSteps = Math.max(1, Math.round(s.energyKwhPerDay / s.powerKw / dtH));
    const kw = s.energyKwhPerDay / (runSteps * dtH);
    let ceiling = 0;
    for (let k = 0; k < runSteps; k++) ceiling += kw;
    const earliest = s.earliestStartHour * 60;
    const latest = s.latestEndHour * 60 - runSteps * tl.stepMinutes;
    let dayStart = 0;
    while (dayStart < n) {
      let dayEnd = dayStart;
      while (dayEnd < n && dayIndex[dayEnd] === dayIndex[dayStart]) dayEnd++;
      let best = -1;
      let bestPv = -1;
      for (let i = dayStart; i + runSteps <= dayEnd; i++) {
        const m = minuteOfDay[i];
        if (m < earliest || m > latest) continue;
        let pv = 0;
        for (let k = 0; k < runSteps; k++) pv += Math.min(pvKw[i + k], kw);
        if (pv > bestPv + 1e-9) {
          bestPv = pv;
          best = i;
          if (ceiling <= bestPv + 1e-9) break;
        }
      }
      if (best >= 0) for (let k = 0; k < runSteps; k++) loadKw[best + k] += kw;
      dayStart = dayEnd;
    }
  }
}
