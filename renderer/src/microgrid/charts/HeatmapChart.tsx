/**
 * Day × hour heat map ("carpet plot") of one series on a canvas: one column per local day, one row per
 * local hour (midnight at the top), viridis colours with their scale on the right. A canvas rather than
 * SVG because a year is 8 784 cells.
 */
import { Select, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayHourMatrix } from '../../../../models/analysis/heatmap';
import { SERIES, type MicrogridResultView, type SeriesName } from '../../../../models/analysis/resultView';
import { MS_PER_DAY } from '../../../../models/calendar/parisTime';
import { formatNumber, formatQuantity } from '../../../../models/core/numberFormat';
import { ChartFrame } from './ChartFrame';
import { viridis } from './colourScale';
import { monthNames, useChartLocale } from './format';

export interface HeatmapChartProps {
  readonly view: MicrogridResultView;
  readonly series?: SeriesName;
  readonly height?: number;
  readonly fileName?: string;
}

const M = { left: 44, right: 96, top: 8, bottom: 28 };

export function HeatmapChart({ view, series, height = 300, fileName = 'carte-de-chaleur' }: HeatmapChartProps) {
  const { t } = useTranslation();
  const locale = useChartLocale();
  const available = useMemo(() => SERIES.filter((s) => view.series[s] !== undefined), [view.series]);
  const [chosen, setChosen] = useState<SeriesName>(series ?? (available.includes('loadKw') ? 'loadKw' : available[0]));
  const name = available.includes(chosen) ? chosen : available[0];
  const matrix = useMemo(() => (name ? dayHourMatrix(view.timeline, view.series[name] as Float64Array) : null), [view, name]);
  const unit = name === 'storageSocPct' ? '%' : 'kW';
  const { ref: sizeRef, width } = useElementSize();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<string>('');
  const months = useMemo(() => monthNames(locale, 'short'), [locale]);
  const low = matrix ? Math.min(0, matrix.min) : 0;
  const high = matrix ? Math.max(low + 1e-9, matrix.max) : 1;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !matrix || width <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    const plotW = width - M.left - M.right;
    const plotH = height - M.top - M.bottom;
    // A UTC year ends with one local hour of the next 1 January: a row that thin is noise, not a day.
    const days = drawnDays(matrix.values, matrix.days);
    const cellW = plotW / days;
    const cellH = plotH / 24;
    // Cells on whole pixels: fractional edges anti-alias into stripes between days.
    for (let d = 0; d < days; d++) {
      const x0 = Math.round(M.left + d * cellW);
      const x1 = Math.round(M.left + (d + 1) * cellW);
      for (let h = 0; h < 24; h++) {
        const v = matrix.values[d * 24 + h];
        if (Number.isNaN(v)) ctx.fillStyle = '#ced4da';
        else {
          const [r, g, b] = viridis((v - low) / (high - low));
          ctx.fillStyle = `rgb(${r},${g},${b})`;
        }
        const y0 = Math.round(M.top + h * cellH);
        const y1 = Math.round(M.top + (h + 1) * cellH);
        ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
      }
    }
    ctx.fillStyle = '#495057';
    ctx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (let h = 0; h <= 24; h += 6) ctx.fillText(`${h} h`, M.left - 6, M.top + Math.min(h, 23.5) * cellH);
    // Month labels at the first local day of each month.
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    for (let d = 0; d < days; d++) {
      const date = new Date((matrix.firstLocalEpochDay + d) * MS_PER_DAY);
      if (date.getUTCDate() !== 1) continue;
      const x = M.left + d * cellW;
      ctx.fillRect(x, M.top + plotH, 1, 5);
      if (x + 24 < M.left + plotW) ctx.fillText(months[date.getUTCMonth()], x + 3, M.top + plotH + 7);
    }
    // Colour scale.
    const barX = width - M.right + 16;
    for (let y = 0; y < plotH; y++) {
      const [r, g, b] = viridis(1 - y / plotH);
      ctx.fillStyle = `rgb(${r},${g},${b})`;
      ctx.fillRect(barX, M.top + y, 14, 1.5);
    }
    ctx.fillStyle = '#495057';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    for (let k = 0; k <= 4; k++) {
      const v = high - (k / 4) * (high - low);
      ctx.fillText(formatNumber(v, locale, Math.abs(high - low) < 10 ? 1 : 0), barX + 20, M.top + (k / 4) * plotH);
    }
    ctx.textBaseline = 'top';
    ctx.fillText(unit, barX, M.top + plotH + 7);
  }, [matrix, width, height, low, high, months, locale, unit]);

  const onMove = (e: React.MouseEvent<HTMLCanvasElement>) => {
    if (!matrix) return;
    const r = e.currentTarget.getBoundingClientRect();
    const days = drawnDays(matrix.values, matrix.days);
    const d = Math.floor(((e.clientX - r.left - M.left) / (r.width - M.left - M.right)) * days);
    const h = Math.floor(((e.clientY - r.top - M.top) / (r.height - M.top - M.bottom)) * 24);
    if (d < 0 || d >= days || h < 0 || h > 23) return setHover('');
    const v = matrix.values[d * 24 + h];
    const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'UTC', dateStyle: 'medium' }).format((matrix.firstLocalEpochDay + d) * MS_PER_DAY);
    setHover(t('charts.heatmap.cell', { date, hour: h, value: Number.isNaN(v) ? t('charts.heatmap.missing') : formatQuantity(v, unit, locale) }));
  };

  const select = (
    <Select
      size="xs"
      w={190}
      aria-label={t('charts.heatmap.series')}
      data-testid="heatmap-series"
      data={available.map((s) => ({ value: s, label: t(`charts.series.${s}`) }))}
      value={name ?? null}
      onChange={(v) => v && setChosen(v as SeriesName)}
      allowDeselect={false}
    />
  );
  return (
    <ChartFrame
      title={`${t('charts.heatmap.title')}${name ? ` — ${t(`charts.series.${name}`)}` : ''}`}
      subtitle={`${t('charts.heatmap.subtitle')} (${unit})`}
      fileName={fileName}
      controls={select}
      testId="chart-heatmap"
    >
      <div ref={sizeRef} style={{ width: '100%', height }}>
        {matrix ? <canvas ref={canvasRef} onMouseMove={onMove} onMouseLeave={() => setHover('')} data-testid="heatmap-canvas" /> : <Text c="dimmed">{t('charts.noData')}</Text>}
      </div>
      <Text size="xs" c="dimmed" mih={18} data-testid="heatmap-hover">
        {hover}
      </Text>
    </ChartFrame>
  );
}

function drawnDays(values: Float64Array, days: number): number {
  if (days < 2) return days;
  let filled = 0;
  for (let h = 0; h < 24; h++) if (!Number.isNaN(values[(days - 1) * 24 + h])) filled++;
  return filled <= 2 ? days - 1 : days;
}
