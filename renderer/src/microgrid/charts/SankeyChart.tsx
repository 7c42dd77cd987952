/**
 * Annual energy flows (recharts Sankey): sources on the left, uses on the right, link colour = source.
 * Flows are attributed by models/analysis/sankey.ts (PV first to the site's uses); the figures are MWh.
 */
import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import type { LinkProps, NodeProps } from 'recharts/types/chart/Sankey';
import type { MicrogridResultView } from '../../../../models/analysis/resultView';
import { SANKEY_SINKS, SANKEY_SOURCES, annualSankeyFlows, type SankeySink, type SankeySource } from '../../../../models/analysis/sankey';
import { formatQuantity } from '../../../../models/core/numberFormat';
import { ChartFrame } from './ChartFrame';
import { TOOLTIP_STYLE } from './palette';
import { useChartLocale } from './format';

const SOURCE_COLOURS: Record<SankeySource, string> = { pv: '#f59f00', grid: '#e03131', storage: '#1971c2', v2g: '#ae3ec9' };
const SINK_COLOURS: Record<SankeySink, string> = { load: '#495057', ev: '#ae3ec9', storage: '#74c0fc', gridExport: '#2f9e44', curtailment: '#fcc419' };

interface NodeDatum {
  readonly name: string;
  readonly colour: string;
  readonly side: 'source' | 'sink';
}

export interface SankeyChartProps {
  readonly view: MicrogridResultView;
  readonly height?: number;
  readonly fileName?: string;
}

export function SankeyChart({ view, height = 380, fileName = 'flux-energie' }: SankeyChartProps) {
  const { t } = useTranslation();
  const locale = useChartLocale();
  const flows = useMemo(() => annualSankeyFlows(view.timeline, view.series), [view]);
  const mwh = (kwh: number) => formatQuantity(kwh / 1000, 'MWh', locale, kwh < 10_000 ? 2 : 1);

  const data = useMemo(() => {
    const total = flows.flows.reduce((a, f) => a + f.kwh, 0);
    // Flows under 0.05 % of the total are invisible slivers: left out of the drawing (not of the totals).
    const kept = flows.flows.filter((f) => f.kwh > total * 5e-4);
    const sources = SANKEY_SOURCES.filter((s) => kept.some((f) => f.source === s));
    const sinks = SANKEY_SINKS.filter((k) => kept.some((f) => f.sink === k));
    const nodes: NodeDatum[] = [
      ...sources.map((s) => ({ name: t(`charts.sankey.source.${s}`), colour: SOURCE_COLOURS[s], side: 'source' as const })),
      ...sinks.map((k) => ({ name: t(`charts.sankey.sink.${k}`), colour: SINK_COLOURS[k], side: 'sink' as const })),
    ];
    const links = kept.map((f) => ({ source: sources.indexOf(f.source), target: sources.length + sinks.indexOf(f.sink), value: f.kwh }));
    return { nodes, links, sources, total };
  }, [flows, t]);

  const node = (p: NodeProps) => {
    const d = p.payload as unknown as NodeDatum & { value: number };
    const left = d.side === 'source';
    return (
      <g>
        <rect x={p.x} y={p.y} width={p.width} height={p.height} fill={d.colour} />
        <text x={left ? p.x - 8 : p.x + p.width + 8} y={p.y + p.height / 2 - 7} textAnchor={left ? 'end' : 'start'} dominantBaseline="middle" fontSize={13} fill="#212529">
          {d.name}
        </text>
        <text x={left ? p.x - 8 : p.x + p.width + 8} y={p.y + p.height / 2 + 9} textAnchor={left ? 'end' : 'start'} dominantBaseline="middle" fontSize={12} fill="#495057">
          {mwh(d.value)}
        </text>
      </g>
    );
  };
  const link = (p: LinkProps) => {
    const source = p.payload.source as unknown as NodeDatum;
    return (
      <path
        d={`M${p.sourceX},${p.sourceY}C${p.sourceControlX},${p.sourceY} ${p.targetControlX},${p.targetY} ${p.targetX},${p.targetY}`}
        fill="none"
        stroke={source.colour}
        strokeOpacity={0.35}
        strokeWidth={Math.max(1, p.linkWidth)}
      />
    );
  };

  return (
    <ChartFrame title={t('charts.sankey.title')} subtitle={t('charts.sankey.subtitle')} fileName={fileName} testId="chart-sankey">
      {data.links.length === 0 ? (
        <Text c="dimmed">{t('charts.noData')}</Text>
      ) : (
        <div style={{ width: '100%', height }}>
          <ResponsiveContainer>
            <Sankey data={{ nodes: data.nodes, links: data.links }} node={node} link={link} nodePadding={28} nodeWidth={12} margin={{ top: 12, right: 170, bottom: 12, left: 170 }} iterations={64}>
              <Tooltip {...TOOLTIP_STYLE} formatter={(v) => mwh(Number(v))} />
            </Sankey>
          </ResponsiveContainer>
        </div>
      )}
      <Group gap="md">
        {data.sources.map((s) => (
          <Group key={s} gap={6}>
            <div data-export-box style={{ width: 12, height: 12, background: SOURCE_COLOURS[s], border: `1px solid ${SOURCE_COLOURS[s]}` }} />
            <Text size="xs" data-export-text>
              {t(`charts.sankey.source.${s}`)}
            </Text>
          </Group>
        ))}
      </Group>
      {flows.unallocatedKwh > 0.005 * data.total && (
        <Text size="xs" c="orange.8" data-export-text data-testid="sankey-unallocated">
          {t('charts.sankey.unallocated', { value: mwh(flows.unallocatedKwh) })}
        </Text>
      )}
    </ChartFrame>
  );
}
