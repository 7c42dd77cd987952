import { useEffect, useRef, useState } from 'react';
import type { ResultSummary, SeriesWindow } from '../../../models/api/contract';
import { SERIES, type EvDeparture, type MicrogridResultView, type SeriesName, type SohPoint } from '../../../models/analysis/resultView';
import { call } from '../api/client';

const resultKey = (r: ResultSummary) => `${r.scenarioId}@${r.computedAt}`;

/** At most one value per hour reaches the window: a year at 1-minute steps is 60× too dense to draw. */
const MAX_POINTS = 8784;

/**
 * The stored result as the charts read it: KPIs, and the series as hourly means (or the stored step
 * when it is coarser), fetched once per result.
 */
export function useResultView(result: ResultSummary | null, enabled = true): MicrogridResultView | null {
  const [view, setView] = useState<(MicrogridResultView & { resultKey: string }) | null>(null);
  // Project events re-read the result summary (a new object each time): the series are fetched again
  // only when the result itself changed, i.e. another scenario or a new run.
  const latest = useRef(result);
  latest.current = result;
  const key = result ? resultKey(result) : null;
  useEffect(() => {
    const result = latest.current;
    if (!result) return setView(null);
    // Only fetched when a chart or the 3D view is on screen: a year of hourly series is ~1 MB to parse.
    if (!enabled) return;
    // A new result drops the old view first: the dashboard then mounts its charts afresh, one per
    // task, instead of re-rendering all of them at once with the new series.
    setView((prev) => (prev && prev.resultKey === key ? prev : null));
    let live = true;
    const names = SERIES.filter((s) => result.seriesNames.includes(s));
    void call('results.series', {
      scenarioId: result.scenarioId,
      names: [...names],
      maxPoints: MAX_POINTS,
    }).then((w) => {
      if (!live) return;
      setView((prev) => (prev && prev.resultKey === key ? prev : build(result, w)));
    });
    return () => {
      live = false;
    };
  }, [key, enabled]);
  return view;
}

function build(result: ResultSummary, w: SeriesWindow): MicrogridResultView & { resultKey: string } {
  const bucket = Math.max(1, Math.round(w.sourcePoints / w.timesUtcMs.length));
  const series: Partial<Record<SeriesName, Float64Array>> = {};
  for (const n of Object.keys(w.series) as SeriesName[]) series[n] = Float64Array.from(w.series[n]);
  const kpis: Record<string, number> = {};
  for (const [k, v] of Object.entries(result.kpis)) if (typeof v === 'number') kpis[k] = v;
  // Written by models/results/storedResult.ts; results stored by older versions have neither.
  const meta = (result.meta ?? {}) as { sohProjection?: SohPoint[]; evDepartures?: EvDeparture[] };
  return {
    resultKey: resultKey(result),
    ...(meta.sohProjection?.length ? { sohProjection: meta.sohProjection } : {}),
    ...(meta.evDepartures?.length ? { evDepartures: meta.evDepartures } : {}),
    timeline: {
      startUtcMs: result.timeline.startUtcMs,
      stepMinutes: result.timeline.stepMinutes * bucket,
      length: w.timesUtcMs.length,
    },
    series,
    kpis,
  };
}
