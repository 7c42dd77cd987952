/**
 * Typical day of a month: mean power per local hour, sources stacked above zero and uses below, so the
 * balance of the bus can be read hour by hour. Follows `selectedTimeUtcMs` (month and a marker) and
 * reports clicks as an instant of that month through `onSelectTime`.
 */
import { Select } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MicrogridResultView, SeriesName } from '../../../../models/analysis/resultView';
import { typicalDaysByMonth } from '../../../../models/analysis/typicalDay';
import { formatNumber, formatQuantity } from '../../../../models/core/numberFormat';
import { ChartFrame } from './ChartFrame';
import { flowSign, sinkFlowsOf, sourceFlowsOf } from './flows';
import { monthNames, useChartLocale } from './format';
import { AXIS_TICK, GRID_STROKE, SERIES_COLOURS, TOOLTIP_STYLE } from './palette';
import { parisParts, parisToUtcMs } from './paris';

export interface TypicalDayChartProps {
  readonly view: MicrogridResultView;
  readonly selectedTimeUtcMs?: number;
  readonly onSelectTime?: (utcMs: number) => void;
  readonly height?: number;
  readonly fileName?: string;
}

export function TypicalDayChart({ view, selectedTimeUtcMs, onSelectTime, height = 320, fileName = 'journee-type' }: TypicalDayChartProps) {
  const { t } = useTranslation();
  const locale = useChartLocale();
  const days = useMemo(() => typicalDaysByMonth(view.timeline, view.series), [view]);
  const selected = selectedTimeUtcMs !== undefined ? parisParts(selectedTimeUtcMs) : undefined;
  const [month, setOwnMonth] = useState(() => selected?.month0 ?? firstMonthWithData(days.map((d) => d.samplesPerHour)));
  // A new shared instant brings its month; the selector can still show another month afterwards.
  const selectedMonth = selected?.month0;
  useEffect(() => {
    if (selectedMonth !== undefined) setOwnMonth(selectedMonth);
  }, [selectedMonth, selectedTimeUtcMs]);
  const sources = useMemo(() => sourceFlowsOf(view.series), [view.series]);
  const sinks = useMemo(() => sinkFlowsOf(view.series), [view.series]);
  const names = monthNames(locale);
  const dataYear = parisParts(view.timeline.startUtcMs + (view.timeline.length * view.timeline.stepMinutes * 60_000) / 2).year;

  const data = useMemo(() => {
    const d = days[month];
    const rows: Array<Record<string, number>> = [];
    for (let h = 0; h <= 24; h++) {
      // Hour 24 repeats hour 23 so that the last step is drawn over its whole hour.
      const src = Math.min(h, 23);
      const row: Record<string, number> = { hour: h };
      for (const s of [...sources, ...sinks]) {
        const v = d.hours[s]?.[src];
        row[s] = Number.isFinite(v) ? flowSign(s) * (v as number) : 0;
      }
      rows.push(row);
    }
    return rows;
  }, [days, month, sources, sinks]);

  const onClick = (state: { activeLabel?: string | number }) => {
    if (!onSelectTime || state.activeLabel === undefined) return;
    const hour = Math.min(23, Number(state.activeLabel));
    const year = selected?.year ?? dataYear;
    const day = selected && selected.month0 === month ? selected.day : 15;
    onSelectTime(parisToUtcMs(year, month, day, hour));
  };

  const chooseMonth = (m: number) => {
    setOwnMonth(m);
    // With a scrubber, choosing a month moves the shared instant to the same day and hour of that month.
    if (selected && onSelectTime) onSelectTime(parisToUtcMs(selected.year, m, Math.min(selected.day, new Date(Date.UTC(selected.year, m + 1, 0)).getUTCDate()), selected.hour));
  };

  const select = (
    <Select
      size="xs"
      w={140}
      aria-label={t('charts.typicalDay.month')}
      data-testid="typical-day-month"
      data={names.map((n, m) => ({ value: String(m), label: n }))}
      value={String(month)}
      onChange={(v) => v !== null && chooseMonth(Number(v))}
      allowDeselect={false}
    />
  );
  const label = (s: SeriesName) => t(`charts.series.${s}`);
  return (
    <ChartFrame title={`${t('charts.typicalDay.title')} — ${names[month]}`} subtitle={t('charts.typicalDay.subtitle')} fileName={fileName} controls={select} testId="chart-typical-day">
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer>
          <AreaChart data={data} stackOffset="sign" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} onClick={onClick}>
            <CartesianGrid stroke={GRID_STROKE} />
            <XAxis dataKey="hour" type="number" domain={[0, 24]} ticks={[0, 3, 6, 9, 12, 15, 18, 21, 24]} tick={AXIS_TICK} tickFormatter={(h: number) => `${h} h`} />
            <YAxis tick={AXIS_TICK} width={64} tickFormatter={(v: number) => formatNumber(v, locale, 0)} label={{ value: 'kW', angle: -90, position: 'insideLeft', fill: '#495057', fontSize: 12 }} />
            <Tooltip
              {...TOOLTIP_STYLE}
              formatter={(v, name) => [formatQuantity(Math.abs(Number(v)), 'kW', locale), label(name as SeriesName)]}
              labelFormatter={(h) => `${t('charts.typicalDay.hour')} ${h} h – ${Math.min(24, Number(h) + 1)} h`}
            />
            <Legend itemSorter={null} formatter={(name: string) => label(name as SeriesName)} wrapperStyle={{ fontSize: 12 }} />
            {[...sources, ...sinks].map((s) => (
              <Area key={s} type="stepAfter" dataKey={s} stackId="balance" stroke={SERIES_COLOURS[s]} fill={SERIES_COLOURS[s]} fillOpacity={0.75} isAnimationActive={false} />
            ))}
            {selected && selected.month0 === month && <ReferenceLine x={selected.hour} stroke="#212529" strokeDasharray="4 3" label={{ value: t('charts.typicalDay.selected'), position: 'insideTopRight', fontSize: 11, fill: '#212529' }} />}
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}

function firstMonthWithData(samples: Uint32Array[]): number {
  // A full year opens on June, the month users look at first for PV; a shorter result on its first month.
  const present = samples.map((s) => s.some((c) => c > 0));
  if (present.every(Boolean)) return 5;
  const first = present.indexOf(true);
  return first >= 0 ? first : 0;
}
