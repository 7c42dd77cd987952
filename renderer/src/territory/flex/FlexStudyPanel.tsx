/** Results of the flexibility study: KPIs, stacked flexibility by asset type, activations, bid, value. */
import { Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FlexStudyView } from '../../../../models/api/territoryContract';
import { formatNumber } from '../../../../models/core/numberFormat';
import type { EventSummary } from '../../../../models/flex/summary';
import { ChartFrame } from '../../microgrid/charts/ChartFrame';
import { AXIS_TICK, GRID_STROKE } from '../../microgrid/charts/palette';
import { DataTable } from '../shared/DataTable';
import { Kpi } from '../shared/Kpi';

const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;
export const KIND_COLOURS: Record<string, string> = {
  heating: '#e8590c',
  waterHeater: '#1c7ed6',
  ev: '#ae3ec9',
  battery: '#0ca678',
  lighting: '#fab005',
  pump: '#15aabf',
  process: '#868e96',
};

function average(list: readonly EventSummary[], f: (e: EventSummary) => number): number {
  return list.length ? list.reduce((s, e) => s + f(e), 0) / list.length : 0;
}

export function FlexStudyPanel({ study }: { study: FlexStudyView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const fmt = (v: number, d = 0) => formatNumber(v, locale, d, d);
  const s = study.summary;
  const [season, setSeason] = useState<string>('winter');
  const [direction, setDirection] = useState<'down' | 'up'>('down');
  const unitNames = t('terr.flex.costUnits', { returnObjects: true }) as unknown as Record<string, string>;
  const si = SEASONS.indexOf(season as (typeof SEASONS)[number]);

  const data = useMemo(() => {
    const byKind = direction === 'down' ? study.byKind.downP50Kw : study.byKind.upP50Kw;
    const dist = direction === 'down' ? s.down : s.up;
    return Array.from({ length: 24 }, (_, h) => {
      const row: Record<string, number | string> = { hour: `${h} h` };
      study.byKind.kinds.forEach((k, ki) => (row[k] = byKind[ki][si][h]));
      row.p50 = dist.p50Kw[si][h];
      row.p90 = dist.p90Kw[si][h];
      return row;
    });
  }, [direction, s, si, study.byKind]);

  const groups = [
    { label: t('terr.flex.events.tempo'), list: s.events.filter((e) => e.label.startsWith('Tempo')) },
    { label: t('terr.flex.events.ecowatt'), list: s.events.filter((e) => e.label.startsWith('EcoWatt')) },
  ];
  const needed = [
    { label: t('terr.flex.needed.redDays'), n: s.sitesNeeded.redDays },
    { label: t('terr.flex.needed.ecowatt'), n: s.sitesNeeded.ecowatt },
  ];

  return (
    <Stack gap="md" data-testid="flex-study">
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Kpi label={t('terr.flex.kpi.baseline')} value={`${fmt(s.baselineKwh / 1000, 1)} MWh/${t('terr.flex.perYear')}`} />
        <Kpi label={t('terr.flex.kpi.down', { h: s.firmDurationH })} value={`${fmt(s.meanFirmDownKw, 1)} kW`} testId="kpi-firm-down" />
        <Kpi label={t('terr.flex.kpi.up')} value={`${fmt(s.meanUpKw, 1)} kW`} />
        <Kpi label={t('terr.flex.kpi.redDay')} value={`${fmt(s.value.firmKw, 1)} kW`} />
        <Kpi label={t('terr.flex.kpi.value')} value={`${fmt(s.value.totalEur)} EUR/${t('terr.flex.perYear')}`} testId="kpi-value" />
      </SimpleGrid>

      <ChartFrame
        title={t('terr.flex.chart.title')}
        subtitle={t('terr.flex.chart.subtitle', { h: s.firmDurationH })}
        fileName="flexibilite-par-type"
        testId="chart-flex"
      >
        <Group gap="xs" data-export-ignore>
          <SegmentedControl size="xs" value={direction} onChange={(v) => setDirection(v as 'down' | 'up')} data={[{ value: 'down', label: t('terr.flex.chart.down') }, { value: 'up', label: t('terr.flex.chart.up') }]} data-testid="flex-direction" />
          <SegmentedControl size="xs" value={season} onChange={setSeason} data={SEASONS.map((x) => ({ value: x, label: t(`terr.flex.seasons.${x}`) }))} data-testid="flex-season" />
        </Group>
        <div style={{ width: '100%', height: 320 }}>
          <ResponsiveContainer>
            <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid stroke={GRID_STROKE} vertical={false} />
              <XAxis dataKey="hour" tick={AXIS_TICK} interval={1} />
              <YAxis tick={AXIS_TICK} width={64} tickFormatter={(v: number) => formatNumber(v, locale, 0)} label={{ value: 'kW', angle: -90, position: 'insideLeft', fill: '#495057', fontSize: 12 }} />
              <Tooltip formatter={(v, name) => [`${fmt(Number(v), 1)} kW`, String(name)]} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {study.byKind.kinds.map((k) => (
                <Bar key={k} dataKey={k} name={t(`terr.flex.kinds.${k}`)} stackId="kinds" fill={KIND_COLOURS[k] ?? '#adb5bd'} isAnimationActive={false} />
              ))}
              <Line dataKey="p50" name={t('terr.flex.chart.p50')} stroke="#212529" strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line dataKey="p90" name={t('terr.flex.chart.p90')} stroke="#212529" strokeDasharray="5 4" strokeWidth={2} dot={false} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </ChartFrame>

      <Card withBorder padding="md">
        <Title order={4} mb="xs">
          {t('terr.flex.events.title')}
        </Title>
        <DataTable
          withTableBorder
          fz="sm"
          data-testid="flex-events"
          columns={[
            null,
            t('terr.flex.events.count'),
            t('terr.flex.events.meanKw'),
            t('terr.flex.events.firstKw'),
            t('terr.flex.events.ramp'),
            t('terr.flex.events.energy'),
            t('terr.flex.events.rebound'),
            t('terr.flex.events.reboundPeak'),
            t('terr.flex.events.cost'),
          ]}
          rows={groups}
          rowKey={(g) => g.label}
          cells={(g) => {
            const units = [...new Set(g.list.flatMap((e) => Object.keys(e.cost)))];
            return [
              g.label,
              g.list.length,
              `${fmt(average(g.list, (e) => e.meanKw), 1)} kW`,
              `${fmt(average(g.list, (e) => e.firstStepKw), 1)} kW`,
              `${fmt(average(g.list, (e) => e.maxRampKw), 1)} kW`,
              `${fmt(average(g.list, (e) => e.energyKwh))} kWh`,
              `${fmt(average(g.list, (e) => e.reboundKwh))} kWh`,
              `${fmt(average(g.list, (e) => e.reboundPeakKw), 1)} kW`,
              units
                .filter((u) => Math.abs(average(g.list, (e) => e.cost[u] ?? 0)) >= 0.05)
                .map((u) => `${fmt(average(g.list, (e) => e.cost[u] ?? 0), 1)} ${unitNames[u] ?? u}`)
                .join(' ; ') || '—',
            ];
          }}
        />
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="md" data-testid="flex-needed">
          <Title order={4} mb="xs">
            {t('terr.flex.needed.title')}
          </Title>
          {needed.map(({ label, n }) => (
            <Text key={label} size="sm" mb={4}>
              <b>{label} : </b>
              {n.count === null
                ? t('terr.flex.needed.notReached', { threshold: fmt(n.thresholdKw), kw: fmt(n.firmKw, 1), conf: fmt(n.confidence * 100) })
                : t('terr.flex.needed.reached', { n: n.count, threshold: fmt(n.thresholdKw), kw: fmt(n.firmKw, 1), conf: fmt(n.confidence * 100) })}
            </Text>
          ))}
        </Card>
        <Card withBorder padding="md" data-testid="flex-value">
          <Title order={4} mb="xs">
            {t('terr.flex.value.title')}
          </Title>
          <Text size="sm">
            {t('terr.flex.value.capacity')} : {fmt(s.value.capacityEur)} EUR ({t('terr.flex.value.firm')} {fmt(s.value.firmKw, 1)} kW) · {t('terr.flex.value.energy')} : {fmt(s.value.energyEur)} EUR ·{' '}
            <b>
              {t('terr.flex.value.total')} : {fmt(s.value.totalEur)} EUR/{t('terr.flex.perYear')}
            </b>
          </Text>
        </Card>
      </SimpleGrid>

      <Card withBorder padding="md">
        <Title order={4} mb="xs">
          {t('terr.flex.value.perSite')}
        </Title>
        <DataTable
          striped
          withTableBorder
          fz="sm"
          data-testid="flex-sites-value"
          columns={[
            t('terr.flex.value.site'),
            t('terr.flex.col.type'),
            t('terr.flex.col.assets'),
            t('terr.flex.value.meanDown'),
            t('terr.flex.value.red'),
            t('terr.flex.value.eur'),
          ]}
          rows={s.sites}
          rowKey={(x) => x.prm}
          cells={(x) => [
            x.name,
            t(`terr.flex.types.${x.buildingType}`),
            x.assets.map((k) => t(`terr.flex.kinds.${k}`)).join(', '),
            fmt(x.meanDownKw, 1),
            fmt(x.redDayMeanKw, 1),
            fmt(x.value.totalEur),
          ]}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t('terr.common.computedIn', { ms: fmt(study.computeMs) })}
        </Text>
      </Card>
    </Stack>
  );
}
