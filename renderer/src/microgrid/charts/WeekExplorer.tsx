/**
 * One week of the result at full resolution: power lines (kW) and the storage state of charge (%, right
 * axis), with week navigation and a brush to zoom inside the week. Whatever the step, each redraw thins
 * the visible range with multi-series LTTB (models/analysis/lttb.ts) to at most `maxPoints` points, so a
 * year at 1-minute steps (525 600 values per series) draws as fast as an hourly one.
 */
import { Button, Group, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, Brush, CartesianGrid, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { lttbMulti } from '../../../../models/analysis/lttb';
import type { MicrogridResultView, SeriesName } from '../../../../models/analysis/resultView';
import { extractWindow, stepTimesUtcMs } from '../../../../models/analysis/window';
import { formatNumber, formatQuantity } from '../../../../models/core/numberFormat';
import { ChartFrame } from './ChartFrame';
import { FastLines, niceDomain, type FastLine } from './FastLines';
import { parisFormat, useChartLocale } from './format';
import { AXIS_TICK, GRID_STROKE, SERIES_COLOURS } from './palette';
import { parisParts, parisToUtcMs, parisWeekStartUtcMs } from './paris';

const POWER_LINES: readonly SeriesName[] = ['pvKw', 'loadKw', 'gridImportKw', 'gridExportKw', 'storageChargeKw', 'storageDischargeKw', 'evChargeKw', 'v2gKw', 'curtailedKw'];
const HOUR_MS = 3_600_000;
const OVERVIEW_POINTS = 400;

export interface WeekExplorerProps {
  readonly view: MicrogridResultView;
  readonly selectedTimeUtcMs?: number;
  readonly onSelectTime?: (utcMs: number) => void;
  /** Upper bound of points drawn in the main chart (all series share them). */
  readonly maxPoints?: number;
  readonly height?: number;
  readonly fileName?: string;
}

interface Thinned {
  readonly rows: Array<Record<string, number>>;
  readonly sourcePoints: number;
}

function thin(view: MicrogridResultView, names: readonly SeriesName[], fromUtcMs: number, toUtcMs: number, maxPoints: number): Thinned {
  const subset: Partial<Record<SeriesName, Float64Array>> = {};
  for (const n of names) subset[n] = view.series[n];
  const w = extractWindow(view.timeline, subset, fromUtcMs, toUtcMs);
  const x = stepTimesUtcMs(w.timeline);
  const ys = names.map((n) => w.series[n] as Float64Array);
  const r = lttbMulti(x, ys, maxPoints);
  const rows = new Array<Record<string, number>>(r.x.length);
  for (let k = 0; k < r.x.length; k++) {
    const row: Record<string, number> = { t: r.x[k] };
    for (let j = 0; j < names.length; j++) row[names[j]] = r.ys[j][k];
    rows[k] = row;
  }
  return { rows, sourcePoints: w.timeline.length };
}

function nextMondayUtcMs(weekStartUtcMs: number): number {
  // 8 days later always lands in the next week, whatever the DST change in between.
  return parisWeekStartUtcMs(weekStartUtcMs + 8 * 24 * HOUR_MS);
}

function ticksBetween(fromUtcMs: number, toUtcMs: number): number[] {
  const span = toUtcMs - fromUtcMs;
  const everyH = span > 2.5 * 24 * HOUR_MS ? 24 : span > 18 * HOUR_MS ? 6 : span > 6 * HOUR_MS ? 2 : 1;
  const start = parisParts(fromUtcMs);
  const ticks: number[] = [];
  for (let h = 0; ticks.length < 60; h += everyH) {
    const t = parisToUtcMs(start.year, start.month0, start.day, h);
    if (t > toUtcMs) break;
    if (t >= fromUtcMs && (ticks.length === 0 || t > ticks[ticks.length - 1])) ticks.push(t);
  }
  return ticks;
}

export function WeekExplorer({ view, selectedTimeUtcMs, onSelectTime, maxPoints = 2000, height = 360, fileName = 'semaine' }: WeekExplorerProps) {
  const { t } = useTranslation();
  const locale = useChartLocale();
  const tl = view.timeline;
  const endUtcMs = tl.startUtcMs + tl.length * tl.stepMinutes * 60_000;
  const [weekStart, setWeekStart] = useState(() => parisWeekStartUtcMs(selectedTimeUtcMs ?? tl.startUtcMs));
  const [zoom, setZoom] = useState<[number, number] | null>(null);
  // Remounts the overview so that its brush handles go back to the ends of the week on reset.
  const [brushKey, setBrushKey] = useState(0);
  const resetZoom = () => {
    setZoom(null);
    setBrushKey((k) => k + 1);
  };

  // Follow the shared scrubber to another week.
  useEffect(() => {
    if (selectedTimeUtcMs === undefined) return;
    const w = parisWeekStartUtcMs(selectedTimeUtcMs);
    if (w !== weekStart) {
      setWeekStart(w);
      setZoom(null);
    }
  }, [selectedTimeUtcMs]);

  const weekEnd = nextMondayUtcMs(weekStart);
  const lines = useMemo(() => POWER_LINES.filter((n) => view.series[n] !== undefined), [view.series]);
  const hasSoc = view.series.storageSocPct !== undefined;
  const names = useMemo(() => (hasSoc ? [...lines, 'storageSocPct' as const] : lines), [lines, hasSoc]);
  const [from, to] = zoom ?? [weekStart, weekEnd];
  const main = useMemo(() => thin(view, names, from, to, maxPoints), [view, names, from, to, maxPoints]);
  const overviewNames = useMemo(() => lines.filter((n) => n === 'pvKw' || n === 'loadKw'), [lines]);
  const overview = useMemo(() => thin(view, overviewNames, weekStart, weekEnd, OVERVIEW_POINTS), [view, overviewNames, weekStart, weekEnd]);
  // Lines that are zero all week only clutter the legend.
  const visible = useMemo(() => lines.filter((n) => main.rows.some((r) => Math.abs(r[n]) > 1e-9)), [lines, main]);
  const ticks = useMemo(() => ticksBetween(from, to), [from, to]);
  const kwDomain = useMemo(() => {
    let lo = 0;
    let hi = 1;
    for (const r of main.rows)
      for (const n of visible) {
        if (r[n] < lo) lo = r[n];
        if (r[n] > hi) hi = r[n];
      }
    return niceDomain(lo, hi);
  }, [main, visible]);
  const fastLines = useMemo<FastLine[]>(
    () => [
      ...visible.map((s) => ({ key: s, yAxisId: 'kw', colour: SERIES_COLOURS[s] })),
      ...(hasSoc ? [{ key: 'storageSocPct', yAxisId: 'pct', colour: SERIES_COLOURS.storageSocPct, dashed: true }] : []),
    ],
    [visible, hasSoc],
  );
  const legendItems = fastLines.map((l) => l.key as SeriesName);

  const dayFmt = parisFormat(locale, zoomSpanIsLong(from, to) ? { weekday: 'short', day: 'numeric' } : { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  const fullFmt = parisFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const weekFmt = parisFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const label = (s: SeriesName) => t(`charts.series.${s}`);
  const move = (direction: -1 | 1) => {
    const w = direction > 0 ? weekEnd : parisWeekStartUtcMs(weekStart - 12 * HOUR_MS);
    setWeekStart(w);
    setZoom(null);
    if (onSelectTime && selectedTimeUtcMs !== undefined) onSelectTime(selectedTimeUtcMs + (w - weekStart));
  };

  const controls = (
    <>
      <Button size="xs" variant="default" onClick={() => move(-1)} disabled={weekStart <= tl.startUtcMs} aria-label={t('charts.week.previous')} data-testid="week-previous">
        ◀
      </Button>
      <Button size="xs" variant="default" onClick={() => move(1)} disabled={weekEnd >= endUtcMs} aria-label={t('charts.week.next')} data-testid="week-next">
        ▶
      </Button>
      <Button size="xs" variant="default" onClick={resetZoom} disabled={zoom === null} data-testid="week-reset-zoom">
        {t('charts.week.resetZoom')}
      </Button>
    </>
  );

  return (
    <ChartFrame
      title={`${t('charts.week.title')} — ${t('charts.week.weekOf', { date: weekFmt.format(weekStart) })}`}
      subtitle={t('charts.week.subtitle')}
      fileName={fileName}
      controls={controls}
      testId="chart-week"
    >
      <div style={{ width: '100%', height }} data-testid="week-main">
        <ResponsiveContainer>
          <LineChart data={main.rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} onClick={(s) => onSelectTime && s.activeLabel !== undefined && onSelectTime(Number(s.activeLabel))}>
            <CartesianGrid stroke={GRID_STROKE} />
            <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} ticks={ticks} tick={AXIS_TICK} tickFormatter={(v: number) => dayFmt.format(v)} allowDataOverflow />
            <YAxis yAxisId="kw" type="number" domain={kwDomain} allowDataOverflow tick={AXIS_TICK} width={56} tickFormatter={(v: number) => formatNumber(v, locale, 0)} label={{ value: 'kW', angle: -90, position: 'insideLeft', fill: '#495057', fontSize: 12 }} />
            {hasSoc && (
              <YAxis yAxisId="pct" type="number" orientation="right" domain={[0, 100]} allowDataOverflow ticks={[0, 25, 50, 75, 100]} tick={AXIS_TICK} width={48} label={{ value: '%', angle: 90, position: 'insideRight', fill: '#495057', fontSize: 12 }} />
            )}
            <Tooltip
              cursor={{ stroke: '#adb5bd' }}
              // Without <Line> items the payload is empty and recharts would keep the box hidden.
              wrapperStyle={{ visibility: 'visible' }}
              content={({ activeIndex }) => {
                const row = activeIndex == null ? undefined : main.rows[Number(activeIndex)];
                return row ? <WeekTooltip row={row} names={legendItems} label={label} title={fullFmt.format(row.t)} locale={locale} /> : null;
              }}
            />
            <FastLines rows={main.rows} lines={fastLines} />
            <ReferenceLine yAxisId="kw" y={0} stroke="#adb5bd" />
            {selectedTimeUtcMs !== undefined && selectedTimeUtcMs >= from && selectedTimeUtcMs <= to && <ReferenceLine yAxisId="kw" x={selectedTimeUtcMs} stroke="#212529" strokeDasharray="4 3" className="ilot-selected-time" />}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <Group gap="md" justify="center" data-testid="week-legend">
        {legendItems.map((n) => (
          <Group key={n} gap={4} wrap="nowrap">
            <svg width={16} height={10} aria-hidden>
              <line x1={0} y1={5} x2={16} y2={5} stroke={SERIES_COLOURS[n]} strokeWidth={2} strokeDasharray={n === 'storageSocPct' ? '4 2' : undefined} />
            </svg>
            <span className="recharts-legend-item-text" style={{ fontSize: 12, color: SERIES_COLOURS[n] }}>
              {label(n)}
            </span>
          </Group>
        ))}
      </Group>
      <div style={{ width: '100%', height: 64 }} data-testid="week-overview">
        <ResponsiveContainer>
          <AreaChart key={`${weekStart}-${brushKey}`} data={overview.rows} margin={{ top: 0, right: 64, bottom: 0, left: 72 }}>
            <XAxis dataKey="t" type="number" scale="time" domain={[weekStart, weekEnd]} hide />
            {overviewNames.map((s) => (
              <Area key={s} dataKey={s} stroke={SERIES_COLOURS[s]} fill={SERIES_COLOURS[s]} fillOpacity={0.3} isAnimationActive={false} dot={false} />
            ))}
            <Brush
              dataKey="t"
              height={28}
              stroke="#0c8599"
              travellerWidth={8}
              tickFormatter={(v: number) => dayFmt.format(v)}
              onChange={(r) => {
                if (r.startIndex === undefined || r.endIndex === undefined) return;
                const rows = overview.rows;
                if (r.startIndex <= 0 && r.endIndex >= rows.length - 1) setZoom(null);
                else setZoom([rows[r.startIndex].t, rows[Math.min(rows.length - 1, r.endIndex)].t]);
              }}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('charts.week.zoomHint')}
        </Text>
        <Text size="xs" c="dimmed" data-testid="week-points" data-shown={main.rows.length} data-total={main.sourcePoints}>
          {t('charts.week.points', { shown: formatNumber(main.rows.length, locale, 0), total: formatNumber(main.sourcePoints, locale, 0) })}
        </Text>
      </Group>
    </ChartFrame>
  );
}

function zoomSpanIsLong(fromUtcMs: number, toUtcMs: number): boolean {
  return toUtcMs - fromUtcMs > 2.5 * 24 * HOUR_MS;
}

/** Values of the hovered point (the chart has no <Line> items, so the tooltip is built here). */
function WeekTooltip(props: { row: Record<string, number>; names: readonly SeriesName[]; label: (s: SeriesName) => string; title: string; locale: 'fr' | 'en' }) {
  const { row, names, label, title, locale } = props;
  return (
    <div style={{ background: '#fff', border: '1px solid #dee2e6', padding: '6px 10px', fontSize: 12 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{title}</div>
      {names.map((n) => (
        <div key={n} style={{ color: SERIES_COLOURS[n] }}>
          {label(n)}
          {locale === 'fr' ? ' : ' : ': '}
          {n === 'storageSocPct' ? formatQuantity(row[n], '%', locale, 0) : formatQuantity(row[n], 'kW', locale)}
        </div>
      ))}
    </div>
  );
}
