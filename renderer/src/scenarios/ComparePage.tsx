import { Alert, Card, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ResultSummary, ScenarioListItem } from '../../../models/api/contract';
import { monthlyEnergyBalance } from '../../../models/analysis/monthlyBalance';
import { formatNumber } from '../../../models/core/numberFormat';
import { call } from '../api/client';
import { KPIS, type KpiSpec } from '../microgrid/ResultsPanel';
import { useProject } from '../state/ProjectContext';

const COLOURS = ['#0ca678', '#1c7ed6', '#f08c00', '#ae3ec9'];
const MAX_COMPARED = 4;

/** Economics rows, from the `economics.*` KPIs stored with each result. */
const ECONOMICS: readonly KpiSpec[] = [
  { key: 'economics.capexEur', unit: '€', digits: 0, higherIsBetter: false },
  { key: 'economics.firstYearSavingsEur', unit: '€/an', digits: 0, higherIsBetter: true },
  { key: 'economics.npvEur', unit: '€', digits: 0, higherIsBetter: true },
  { key: 'economics.irr', unit: '%', scale: 100, digits: 1, higherIsBetter: true },
  { key: 'economics.simplePaybackYears', unit: 'ans', digits: 1, higherIsBetter: false },
  { key: 'economics.lcoeEurPerKwh', unit: '€/kWh', digits: 3, higherIsBetter: false },
];

interface Compared {
  readonly scenario: ScenarioListItem;
  readonly result: ResultSummary;
  readonly monthlyImportMwh: number[];
}

export function ComparePage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const { project, revision } = useProject();
  const [scenarios, setScenarios] = useState<ScenarioListItem[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [compared, setCompared] = useState<Compared[]>([]);

  useEffect(() => {
    if (!project) return;
    void call('scenarios.list', { kind: 'microgrid' }).then((list) => {
      setScenarios(list);
      setChosen((c) => (c.length ? c.filter((id) => list.some((s) => s.id === id)) : list.filter((s) => s.hasResult).slice(0, 2).map((s) => s.id)));
    });
  }, [project, revision]);

  useEffect(() => {
    let live = true;
    void Promise.all(
      chosen.map(async (id) => {
        const scenario = scenarios.find((s) => s.id === id);
        const result = scenario ? await call('results.get', { scenarioId: id }) : null;
        if (!scenario || !result) return null;
        const w = await call('results.series', { scenarioId: id, names: ['gridImportKw'], maxPoints: 8784 });
        const bucket = Math.max(1, Math.round(w.sourcePoints / w.timesUtcMs.length));
        const timeline = { startUtcMs: result.timeline.startUtcMs, stepMinutes: result.timeline.stepMinutes * bucket, length: w.timesUtcMs.length };
        const balance = monthlyEnergyBalance(timeline, { gridImportKw: Float64Array.from(w.series.gridImportKw) });
        return { scenario, result, monthlyImportMwh: Array.from(balance.monthlyKwh.gridImportKw ?? [], (v) => v / 1000) };
      }),
    ).then((list) => live && setCompared(list.filter((x): x is Compared => x !== null)));
    return () => {
      live = false;
    };
  }, [chosen, scenarios]);

  const monthly = useMemo(() => {
    const names = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, m, 15))));
    return names.map((month, m) => Object.fromEntries([['month', month], ...compared.map((c) => [c.scenario.name, Number(c.monthlyImportMwh[m].toFixed(2))])]));
  }, [compared, locale]);

  if (!project) return <Navigate to="/" replace />;

  const value = (c: Compared, k: KpiSpec): number | null => {
    const raw = c.result.kpis[k.key];
    return typeof raw === 'number' ? raw * (k.scale ?? 1) : null;
  };
  const cell = (c: Compared, k: KpiSpec, index: number) => {
    const v = value(c, k);
    if (v === null) return <Table.Td key={c.scenario.id}>—</Table.Td>;
    const ref = value(compared[0], k);
    const diff = index > 0 && ref !== null ? v - ref : 0;
    const significant = Math.abs(diff) > Math.max(1e-9, Math.abs(ref ?? 0) * 0.005);
    const better = k.higherIsBetter === undefined ? undefined : k.higherIsBetter ? diff > 0 : diff < 0;
    const colour = !significant || better === undefined ? undefined : better ? 'teal' : 'red';
    const shown = k.key === 'projectedEndOfLifeYear' ? String(Math.round(v)) : formatNumber(v, locale, k.digits ?? 1);
    return (
      <Table.Td key={c.scenario.id} className="ilot-mono" data-testid={`cmp-${k.key}-${index}`}>
        {shown} {k.unit}
        {index > 0 && significant && (
          <Text span size="xs" c={colour} fw={600} ml={6} data-diff={better === undefined ? 'neutral' : better ? 'better' : 'worse'}>
            ({diff > 0 ? '+' : ''}
            {k.key === 'projectedEndOfLifeYear' ? Math.round(diff) : formatNumber(diff, locale, k.digits ?? 1)})
          </Text>
        )}
      </Table.Td>
    );
  };

  return (
    <Stack gap="md" maw={1400}>
      <Title order={2}>{t('cmp.title')}</Title>
      <Card withBorder padding="md">
        <Text size="sm" mb="xs">
          {t('cmp.pick', { max: MAX_COMPARED })}
        </Text>
        <Group data-testid="compare-picker">
          {scenarios.map((s) => (
            <Checkbox
              key={s.id}
              label={`${s.name}${s.hasResult ? '' : ` (${t('mg.noResult')})`}`}
              disabled={!s.hasResult || (!chosen.includes(s.id) && chosen.length >= MAX_COMPARED)}
              checked={chosen.includes(s.id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setChosen((c) => (on ? [...c, s.id] : c.filter((id) => id !== s.id)));
              }}
            />
          ))}
        </Group>
      </Card>
      {compared.length < 2 ? (
        <Alert color="gray">{t('cmp.needTwo')}</Alert>
      ) : (
        <>
          <Card withBorder padding="md">
            <Title order={4} mb="xs">
              {t('cmp.kpis')}
            </Title>
            <Text size="xs" c="dimmed" mb="sm">
              {t('cmp.reference', { name: compared[0].scenario.name })}
            </Text>
            <Table striped verticalSpacing={6} data-testid="compare-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {compared.map((c) => (
                    <Table.Th key={c.scenario.id}>
                      {c.scenario.name}
                      {c.result.stale && (
                        <Text span size="xs" c="orange" ml={6}>
                          ({t('mg.stale')})
                        </Text>
                      )}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...KPIS, ...ECONOMICS].map((k) => (
                  <Table.Tr key={k.key}>
                    <Table.Td fw={500}>{t(k.key.startsWith('economics.') ? `cmp.eco.${k.key.slice(10)}` : `mg.kpi.${k.key}`)}</Table.Td>
                    {compared.map((c, i) => cell(c, k, i))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder padding="md">
            <Title order={4}>{t('cmp.monthlyImport')}</Title>
            <Text size="xs" c="dimmed" mb="sm">
              MWh
            </Text>
            <div style={{ height: 320 }} data-testid="compare-monthly">
              <ResponsiveContainer>
                <BarChart data={monthly}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="month" />
                  <YAxis tickFormatter={(v: number) => formatNumber(v, locale, 0)} />
                  <Tooltip formatter={(v) => `${formatNumber(Number(v), locale, 2)} MWh`} />
                  <Legend />
                  {compared.map((c, i) => (
                    <Bar key={c.scenario.id} dataKey={c.scenario.name} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
          </Card>
        </>
      )}
    </Stack>
  );
}
