/** Projected state of health of the storage year by year, with the estimated end-of-life year. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SohPoint } from '../../../../models/analysis/resultView';
import { formatNumber, formatQuantity } from '../../../../models/core/numberFormat';
import { ChartFrame } from './ChartFrame';
import { useChartLocale } from './format';
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from './palette';

export interface SohProjectionChartProps {
  readonly projection: readonly SohPoint[];
  readonly endOfLifeYear?: number;
  readonly height?: number;
  readonly fileName?: string;
}

export function SohProjectionChart({ projection, endOfLifeYear, height = 300, fileName = 'etat-de-sante' }: SohProjectionChartProps) {
  const { t } = useTranslation();
  const locale = useChartLocale();
  const low = Math.min(50, ...projection.map((p) => Math.floor(p.sohPct / 10) * 10));
  return (
    <ChartFrame title={t('charts.soh.title')} subtitle={t('charts.soh.subtitle')} fileName={fileName} testId="chart-soh">
      {projection.length === 0 ? (
        <Text c="dimmed">{t('charts.noData')}</Text>
      ) : (
        <div style={{ width: '100%', height }}>
          <ResponsiveContainer>
            <LineChart data={projection.map((p) => ({ ...p }))} margin={{ top: 16, right: 24, bottom: 0, left: 8 }}>
              <CartesianGrid stroke={GRID_STROKE} />
              <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tick={AXIS_TICK} tickFormatter={(y: number) => String(y)} />
              <YAxis domain={[low, 100]} ticks={Array.from({ length: (100 - low) / 10 + 1 }, (_, k) => low + 10 * k)} tick={AXIS_TICK} width={56} tickFormatter={(v: number) => formatNumber(v, locale, 0)} label={{ value: '%', angle: -90, position: 'insideLeft', fill: '#495057', fontSize: 12 }} />
              <Tooltip {...TOOLTIP_STYLE} labelFormatter={(y) => `${t('charts.soh.year')} ${y}`} formatter={(v) => [formatQuantity(Number(v), '%', locale), t('charts.soh.soh')]} />
              <Legend itemSorter={null} formatter={() => t('charts.soh.soh')} wrapperStyle={{ fontSize: 12 }} />
              <Line dataKey="sohPct" stroke="#0c8599" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
              {endOfLifeYear !== undefined && Number.isFinite(endOfLifeYear) && (
                <ReferenceLine x={endOfLifeYear} stroke="#c92a2a" strokeDasharray="4 3" label={{ value: t('charts.soh.endOfLife', { year: endOfLifeYear }), position: 'insideTopRight', fill: '#c92a2a', fontSize: 12 }} />
              )}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </ChartFrame>
  );
}
