import { useEffect, useState } from 'react';
import type { ResultSummary } from '../../../models/api/contract';
import { SERIES, type MicrogridResultView, type SeriesName } from '../../../models/analysis/resultView';
import { call } from '../api/client';

/** At most one value per hour reaches the window: a year at 1-minute steps is 60× too dense to draw. */
const MAX_POINTS = 8784;

/**
 * The stored result as the charts read it: KPIs, and the series as hourly means (or the stored step
 * when it is coarser), fetched once per result.
 */
export function useResultView(result: ResultSummary | null, enabled = true): MicrogridResultView | null {
  const [view, setView] = useState<MicrogridResultView | null>(null);
  useEffect(() => {
    if (!result) return setView(null);
    // Only fetched when a chart or the 3D view is on screen: a year of hourly series is ~1 MB to parse.
    if (!enabled) return;
    let live = true;
    const names = SERIES.filter((s) => result.seriesNames.includes(s));
    void call('results.series', { scenarioId: result.scenarioId, names: [...names], maxPoints: MAX_POINTS }).then((w) => {
      if (!live) return;
      const bucket = Math.max(1, Math.round(w.sourcePoints / w.timesUtcMs.length));
      const series: Partial<Record<SeriesName, Float64Array>> = {};
      for (const n of names) series[n] = Float64Array.from(w.series[n]);
      const kpis: Record<string, number> = {};
      for (const [k, v] of Object.entries(result.kpis)) if (typeof v === 'number') kpis[k] = v;
      setView({
        timeline: { startUtcMs: result.timeline.startUtcMs, stepMinutes: result.timeline.stepMinutes * bucket, length: w.timesUtcMs.length },
        series,
        kpis,
      });
    });
    return () => {
      live = false;
    };
  }, [result, enabled]);
  return view;
}
