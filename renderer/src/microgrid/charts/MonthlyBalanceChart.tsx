/** Monthly energy balance: stacked bars, sources above zero and uses below, kWh per local month. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { monthlyEnergyBalance } from '../../../../models/analysis/monthlyBalance';
import type { MicrogridResultView, SeriesName } from '../../../../models/analysis/resultView';
import { formatNumber, formatQuantity } from '../../../../models/core/numberFormat';
import { ChartFrame } from './ChartFrame';
import { flowSign, sinkFlowsOf, sourceFlowsOf } from './flows';
import { monthNames, useChartLocale } from './format';
import { AXIS_TICK, GRID_STROKE, SERIES_COLOURS, TOOLTIP_STYLE } from './palette';

export interface MonthlyBalanceChartProps {
  readonly view: MicrogridResultView;
  readonly height?: number;
  readonly fileName?: string;
}

export function MonthlyBalanceChart({ view, height = 320, fileName = 'bilan-mensuel' }: MonthlyBalanceChartProps) {
  const { t } = useTranslation();
  const locale = useChartLocale();
  const balance = useMemo(() => monthlyEnergyBalance(view.timeline, view.series), [view]);
  const flows = useMemo(() => [...sourceFlowsOf(view.series), ...sinkFlowsOf(view.series)], [view.series]);
  const names = useMemo(() => monthNames(locale, 'short'), [locale]);
  const data = useMemo(
    () =>
      names.map((name, m) => {
        const row: Record<string, number | string> = { month: name };
        for (const s of flows) row[s] = flowSign(s) * (balance.monthlyKwh[s]?.[m] ?? 0);
        return row;
      }),
    [balance, flows, names],
  );
  const label = (s: SeriesName) => t(`charts.series.${s}`);
  return (
    <ChartFrame title={t('charts.monthly.title')} subtitle={t('charts.monthly.subtitle')} fileName={fileName} testId="chart-monthly">
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer>
          <BarChart data={data} stackOffset="sign" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid stroke={GRID_STROKE} vertical={false} />
            <XAxis dataKey="month" tick={AXIS_TICK} />
            <YAxis tick={AXIS_TICK} width={72} tickFormatter={(v: number) => formatNumber(v, locale, 0)} label={{ value: 'kWh', angle: -90, position: 'insideLeft', fill: '#495057', fontSize: 12 }} />
            <Tooltip {...TOOLTIP_STYLE} formatter={(v, name) => [formatQuantity(Math.abs(Number(v)), 'kWh', locale, 0), label(name as SeriesName)]} />
            <Legend itemSorter={null} formatter={(name: string) => label(name as SeriesName)} wrapperStyle={{ fontSize: 12 }} />
            <ReferenceLine y={0} stroke="#868e96" />
            {flows.map((s) => (
              <Bar key={s} dataKey={s} stackId="balance" fill={SERIES_COLOURS[s]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
