/** Energy requested and delivered at each vehicle departure of a month (grouped bars). */
import { Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EvDeparture } from '../../../../models/analysis/resultView';
import { formatNumber, formatQuantity } from '../../../../models/core/numberFormat';
import { ChartFrame } from './ChartFrame';
import { monthNames, parisFormat, useChartLocale } from './format';
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from './palette';
import { parisParts } from './paris';

export interface EvDeparturesChartProps {
  readonly departures: readonly EvDeparture[];
  readonly height?: number;
  readonly fileName?: string;
  /** A departure is on target when delivered ≥ requested − this tolerance (kWh). */
  readonly toleranceKwh?: number;
}

export function EvDeparturesChart({ departures, height = 300, fileName = 'departs-vehicules', toleranceKwh = 0.05 }: EvDeparturesChartProps) {
  const { t } = useTranslation();
  const locale = useChartLocale();
  const names = useMemo(() => monthNames(locale), [locale]);
  const byMonth = useMemo(() => {
    const m: EvDeparture[][] = Array.from({ length: 12 }, () => []);
    for (const d of departures) m[parisParts(d.departureUtcMs).month0].push(d);
    for (const list of m) list.sort((a, b) => a.departureUtcMs - b.departureUtcMs);
    return m;
  }, [departures]);
  const [month, setMonth] = useState(() => {
    const busiest = byMonth.reduce((best, list, i) => (list.length > byMonth[best].length ? i : best), 0);
    return busiest;
  });
  const list = byMonth[month];
  const fmt = parisFormat(locale, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
  const data = list.map((d) => ({ label: `${d.vehicle} · ${fmt.format(d.departureUtcMs)}`, requestedKwh: d.requestedKwh, deliveredKwh: d.deliveredKwh }));
  const onTarget = list.length ? list.filter((d) => d.deliveredKwh >= d.requestedKwh - toleranceKwh).length / list.length : Number.NaN;
  const select = (
    <Select
      size="xs"
      w={140}
      aria-label={t('charts.ev.month')}
      data-testid="ev-month"
      data={names.map((n, m) => ({ value: String(m), label: `${n} (${byMonth[m].length})` }))}
      value={String(month)}
      onChange={(v) => v !== null && setMonth(Number(v))}
      allowDeselect={false}
    />
  );
  return (
    <ChartFrame title={`${t('charts.ev.title')} — ${names[month]}`} subtitle={t('charts.ev.subtitle')} fileName={fileName} controls={select} testId="chart-ev">
      {data.length === 0 ? (
        <Text c="dimmed">{t('charts.noData')}</Text>
      ) : (
        <div style={{ width: '100%', height }}>
          <ResponsiveContainer>
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barGap={1}>
              <CartesianGrid stroke={GRID_STROKE} vertical={false} />
              <XAxis dataKey="label" tick={{ ...AXIS_TICK, fontSize: 10 }} interval="preserveStartEnd" minTickGap={24} />
              <YAxis tick={AXIS_TICK} width={56} tickFormatter={(v: number) => formatNumber(v, locale, 0)} label={{ value: 'kWh', angle: -90, position: 'insideLeft', fill: '#495057', fontSize: 12 }} />
              <Tooltip {...TOOLTIP_STYLE} formatter={(v, name) => [formatQuantity(Number(v), 'kWh', locale), name === 'requestedKwh' ? t('charts.ev.requested') : t('charts.ev.delivered')]} />
              <Legend itemSorter={null} formatter={(name: string) => (name === 'requestedKwh' ? t('charts.ev.requested') : t('charts.ev.delivered'))} wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="requestedKwh" fill="#adb5bd" isAnimationActive={false} />
              <Bar dataKey="deliveredKwh" fill="#ae3ec9" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <Text size="xs" c="dimmed" data-export-text data-testid="ev-on-target">
        {t('charts.ev.onTarget', { share: formatQuantity(onTarget * 100, '%', locale, 0) })}
      </Text>
    </ChartFrame>
  );
}
