import { Alert, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultSummary } from '../../../models/api/contract';
import { formatNumber } from '../../../models/core/numberFormat';
import { call } from '../api/client';
import { weatherSourceText } from './weatherSourceText';

export interface KpiSpec {
  readonly key: string;
  readonly unit: string;
  readonly scale?: number;
  readonly digits?: number;
  /** For comparisons: whether a larger value is better (undefined: neutral). */
  readonly higherIsBetter?: boolean;
}

/** The headline figures, in the order an engineer reads them. */
export const KPIS: readonly KpiSpec[] = [
  { key: 'pvKwh', unit: 'MWh', scale: 1e-3, digits: 1, higherIsBetter: true },
  { key: 'loadKwh', unit: 'MWh', scale: 1e-3, digits: 1 },
  { key: 'selfConsumptionRate', unit: '%', scale: 100, digits: 1, higherIsBetter: true },
  { key: 'selfSufficiency', unit: '%', scale: 100, digits: 1, higherIsBetter: true },
  { key: 'importKwh', unit: 'MWh', scale: 1e-3, digits: 1, higherIsBetter: false },
  { key: 'exportKwh', unit: 'MWh', scale: 1e-3, digits: 1 },
  { key: 'peakImportKw', unit: 'kW', digits: 1, higherIsBetter: false },
  { key: 'unservedKwh', unit: 'kWh', digits: 0, higherIsBetter: false },
  { key: 'curtailedKwh', unit: 'kWh', digits: 0, higherIsBetter: false },
  { key: 'equivalentFullCycles', unit: '', digits: 0 },
  { key: 'storageSohEnd', unit: '%', scale: 100, digits: 1, higherIsBetter: true },
  { key: 'projectedEndOfLifeYear', unit: '', digits: 0, higherIsBetter: true },
  { key: 'v2gKwh', unit: 'kWh', digits: 0 },
  { key: 'departuresAtRequestedSocShare', unit: '%', scale: 100, digits: 1, higherIsBetter: true },
  { key: 'energyCostEur', unit: '€', digits: 0, higherIsBetter: false },
  { key: 'baselineEnergyCostEur', unit: '€', digits: 0 },
  { key: 'co2Kg', unit: 't CO₂e', scale: 1e-3, digits: 1, higherIsBetter: false },
];

export function useResult(scenarioId: string | null, revision: number): ResultSummary | null {
  const [result, setResult] = useState<ResultSummary | null>(null);
  useEffect(() => {
    if (!scenarioId) return;
    let live = true;
    void call('results.get', { scenarioId }).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [scenarioId, revision]);
  return scenarioId ? result : null;
}

export function KpiGrid({ result }: { result: ResultSummary }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 4, xl: 5 }} spacing="sm" data-testid="kpi-cards">
      {KPIS.map((k) => {
        const raw = result.kpis[k.key];
        const value = typeof raw === 'number' ? formatNumber(raw * (k.scale ?? 1), locale, k.digits ?? 1, k.key === 'projectedEndOfLifeYear' ? 0 : undefined) : '—';
        const shown = k.key === 'projectedEndOfLifeYear' && typeof raw === 'number' ? String(Math.round(raw)) : value;
        return (
          <Card key={k.key} withBorder padding="sm" data-testid={`kpi-${k.key}`}>
            <Text size="xs" c="dimmed">
              {t(`mg.kpi.${k.key}`)}
            </Text>
            <Text size="xl" fw={600} className="ilot-mono">
              {shown}
              {k.unit && (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' '}
                  {k.unit}
                </Text>
              )}
            </Text>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

export function ResultsPanel({ result }: { result: ResultSummary | null }) {
  const { t, i18n } = useTranslation();
  if (!result) return <Alert color="gray">{t('mg.results.none')}</Alert>;
  const meta = (result.meta ?? {}) as { weatherSource?: { kind: string; label: string } };
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(result.computedAt));
  return (
    <Stack gap="sm">
      {result.stale && <Alert color="orange">{t('mg.results.staleHint')}</Alert>}
      <Text size="xs" c="dimmed" data-testid="result-meta">
        {t('mg.results.computedAt', { date })} · {meta.weatherSource ? t('mg.results.weatherSource', { label: weatherSourceText(t, meta.weatherSource) }) : ''}
      </Text>
      <KpiGrid result={result} />
    </Stack>
  );
}
