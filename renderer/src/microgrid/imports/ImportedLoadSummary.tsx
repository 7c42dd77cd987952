import { Alert, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedLoadView } from '../../../../models/api/importExportContract';
import { formatNumber, type UiLocale } from '../../../../models/core/numberFormat';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { PreviewCurve } from './ImportLoadDialog';

/** The imported load curve a scenario uses: name, key figures and its daily energy over the year. */
export function ImportedLoadSummary({ referenceId, period, revision = 0 }: { referenceId: string; period?: { year?: unknown; stepMinutes?: unknown }; revision?: number }) {
  const { t, i18n } = useTranslation();
  const locale: UiLocale = i18n.language === 'en' ? 'en' : 'fr';
  const [view, setView] = useState<ImportedLoadView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    call('imports.loadView', { id: referenceId })
      .then((v) => live && setView(v))
      .catch((e: unknown) => live && setError(errorText(t, e)));
    return () => {
      live = false;
    };
  }, [referenceId, revision, t]);
  if (error) return <Text size="sm" c="red">{error}</Text>;
  if (!view) return null;
  return (
    <Stack gap={4} data-testid="imported-load-summary">
      <Group gap="lg">
        <Text size="sm" fw={600} data-testid="imported-load-name">
          {view.name}
        </Text>
        <Text size="sm">{t('io.summaryEnergy', { kwh: formatNumber(view.annualKwh, locale, 0), year: view.year })}</Text>
        <Text size="sm">{t('io.summaryPeak', { kw: formatNumber(view.peakKw, locale, 2) })}</Text>
        {view.prm && <Text size="sm">{t('io.prm')} {view.prm}</Text>}
        <Text size="xs" c="dimmed">
          {view.sourceFile}
        </Text>
      </Group>
      {period && (period.year !== view.year || period.stepMinutes !== view.stepMinutes) && (
        <Alert color="orange" p="xs" data-testid="imported-load-mismatch">
          {t('io.mismatch', { year: view.year, step: view.stepMinutes })}
        </Alert>
      )}
      <PreviewCurve points={view.curve} unit={view.curveUnit === 'hourKw' ? 'kW' : 'kWh'} locale={locale} testId="imported-load-curve" />
      <Text size="xs" c="dimmed" ta="center">
        {t(view.curveUnit === 'hourKw' ? 'io.curveHour' : 'io.curveDay')}
      </Text>
    </Stack>
  );
}
