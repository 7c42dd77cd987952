/**
 * Re-uses a measured load curve on a simulation timeline of another period (e.g. a 2024 Enedis year on the 2026
 * timeline of a typical meteorological year). Each target step takes the source step at the same local
 * (Europe/Paris) wall-clock time a whole number of weeks away, so weekdays and daily routines line up and clock
 * changes are respected; public holidays on fixed dates do not line up (they fall on other weekdays). Target steps
 * outside the source are wrapped by 52 weeks (364 days) until they land inside it.
 * Both series must share the step: import with `stepMinutes` equal to the simulation's.
 */
import type { Timeline } from '../core/timeline';
import { parisNaiveToUtcMs, utcToParisNaiveMs } from '../calendar/parisTime';

const WEEK_MS = 7 * 86_400_000;
const YEAR_OF_WEEKS_MS = 52 * WEEK_MS;

export function loadOnTimeline(sourceKwh: Float64Array, source: Timeline, target: Timeline): { energyKwh: Float64Array; missingSteps: number } {
  if (source.stepMinutes !== target.stepMinutes) {
    throw new RangeError(`loadOnTimeline: source step ${source.stepMinutes} min differs from the target's ${target.stepMinutes} min; import with stepMinutes = ${target.stepMinutes}`);
  }
  if (sourceKwh.length !== source.length) throw new RangeError(`loadOnTimeline: ${sourceKwh.length} values for a source timeline of ${source.length} steps`);
  const stepMs = source.stepMinutes * 60_000;
  const sourceEnd = source.startUtcMs + source.length * stepMs;
  const weeks = Math.round((target.startUtcMs - source.startUtcMs) / WEEK_MS);
  const out = new Float64Array(target.length);
  let missing = 0;
  for (let i = 0; i < target.length; i++) {
    const utc = target.startUtcMs + i * stepMs;
    let naive = utcToParisNaiveMs(utc) - weeks * WEEK_MS;
    let j = -1;
    for (let guard = 0; guard < 1000; guard++) {
      const candidate = parisNaiveToUtcMs(naive);
      const s = Number.isNaN(candidate) ? naive - 60 * 60_000 : candidate; // skipped spring hour: its neighbour
      if (s < source.startUtcMs) naive += YEAR_OF_WEEKS_MS;
      else if (s >= sourceEnd) naive -= YEAR_OF_WEEKS_MS;
      else {
        j = Math.floor((s - source.startUtcMs) / stepMs);
        break;
      }
      if (source.length * stepMs < YEAR_OF_WEEKS_MS && guard > 1) break; // source shorter than 52 weeks: gives up
    }
    const v = j >= 0 ? sourceKwh[j] : Number.NaN;
    out[i] = v;
    if (Number.isNaN(v)) missing++;
  }
  return { energyKwh: out, missingSteps: missing };
}
