import { Group, Modal, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeriesPreview } from '../../../../models/api/importExportContract';
import { formatNumber, type UiLocale } from '../../../../models/core/numberFormat';
import { FileDrop } from './FileDrop';
import { durationText, parisDate } from './format';
import { DstNote, Fact, GapReport, PreviewCurve, type ImportDialogProps } from './ImportLoadDialog';
import { useImportDialog } from './useImportDialog';
import { ImportActions, ImportFitAndName, ImportStatus } from './ImportDialogParts';

/** Prices are shown in c€/kWh and CO2 in g/kWh: the figures people quote. */
const DISPLAY = {
  price: { scale: 100, unit: 'c€/kWh', digits: 2 },
  co2: { scale: 1000, unit: 'gCO₂e/kWh', digits: 0 },
} as const;

const UNITS = { price: ['EUR/MWh', 'EUR/kWh'], co2: ['g/kWh', 'kg/kWh'] } as const;

function SeriesFacts({ p, locale }: { p: SeriesPreview; locale: UiLocale }) {
  const { t } = useTranslation();
  const d = DISPLAY[p.kind];
  const v = (x: number) => `${formatNumber(x * d.scale, locale, d.digits)} ${d.unit}`;
  return (
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs" data-testid="import-series-facts">
      <Fact label={t('io.format')} value={t(`io.seriesFormats.${p.format}`)} testId="import-format" />
      <Fact label={t('io.encoding')} value={p.encoding} />
      <Fact label={t('io.sourceUnit')} value={`${p.valueHeader || '—'} (${p.sourceUnit})`} testId="import-source-unit" />
      <Fact label={t('io.period')} value={t('io.periodValue', { from: parisDate(p.startUtcMs, locale, true), to: parisDate(p.endUtcMs, locale, true) })} />
      <Fact label={t('io.step')} value={t('io.seriesStep', { step: p.stepMinutes, target: p.fit.stepMinutes })} />
      <Fact label={t('io.rows')} value={formatNumber(p.rowCount, locale, 0)} testId="import-points" />
      <Fact label={t('io.min')} value={v(p.stats.min)} testId="import-min" />
      <Fact label={t('io.mean')} value={v(p.stats.mean)} testId="import-mean" />
      <Fact label={t('io.max')} value={v(p.stats.max)} testId="import-max" />
      <Fact label={t('io.missingValues')} value={formatNumber(p.emptyValueCount, locale, 0)} />
      <Fact label={t('io.duplicates')} value={formatNumber(p.duplicates.count, locale, 0)} />
      <Fact label={t('io.gaps')} value={p.gaps.count ? durationText(p.gaps.totalMinutes, locale) : '0'} />
    </SimpleGrid>
  );
}

function FirstRows({ p, locale }: { p: SeriesPreview; locale: UiLocale }) {
  const { t } = useTranslation();
  const d = DISPLAY[p.kind];
  return (
    <Table striped withTableBorder fz="xs" data-testid="import-first-rows">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('io.stepStart')}</Table.Th>
          <Table.Th>{d.unit}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.firstRows.map((r) => (
          <Table.Tr key={r.tUtcMs}>
            <Table.Td>{parisDate(r.tUtcMs, locale, true)}</Table.Td>
            <Table.Td>{formatNumber(r.value * d.scale, locale, d.digits + 1)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Import dialog of a price or CO2 intensity series: file, unit, preview (nothing saved), name, import. */
export function ImportSeriesDialog({ kind, opened, scenarioId, onClose, onImported }: ImportDialogProps & { kind: 'price' | 'co2' }) {
  const { t, i18n } = useTranslation();
  const locale: UiLocale = i18n.language === 'en' ? 'en' : 'fr';
  const s = useImportDialog(kind, scenarioId);
  const p = s.preview;
  const { close, confirm } = s.actions(onClose, onImported);
  const fits = p !== null && p.fit.missingSteps === 0;
  const d = DISPLAY[kind];
  const unit = (s.options as { unit?: string }).unit ?? '';
  return (
    <Modal opened={opened} onClose={close} title={t(`io.${kind}Title`)} size="xl" data-testid={`import-${kind}-dialog`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`io.${kind}Hint`)}
        </Text>
        <Group align="flex-end" gap="sm">
          <div style={{ flex: 1 }}>
            <FileDrop accept=".csv,.txt,.tsv,.xls,text/csv" onFile={(f) => void s.pick(f)} testId={`import-${kind}-file`} disabled={s.busy !== null} />
          </div>
          <Select
            label={t('io.unit')}
            w={200}
            value={unit}
            data={[{ value: '', label: t('io.unitAuto') }, ...UNITS[kind].map((u) => ({ value: u, label: t(`io.units.${u.replace('/', '_')}`) }))]}
            onChange={(v) => void s.setOptions((v ? { unit: v } : {}) as never)}
            allowDeselect={false}
            data-testid={`import-${kind}-unit`}
          />
        </Group>
        <ImportStatus busy={s.busy} error={s.error} />
        {p && (
          <Stack gap="sm" data-testid={`import-${kind}-preview`}>
            <Text size="sm" fw={600}>
              {s.file?.name}
            </Text>
            <SeriesFacts p={p} locale={locale} />
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
              <FirstRows p={p} locale={locale} />
              <div style={{ gridColumn: 'span 2' }}>
                <PreviewCurve
                  points={p.curve.map((c) => ({ tUtcMs: c.tUtcMs, value: c.value === null ? null : c.value * d.scale }))}
                  unit={d.unit}
                  digits={kind === 'price' ? 1 : 0}
                  locale={locale}
                  testId={`import-${kind}-curve`}
                />
                <Text size="xs" c="dimmed" ta="center">
                  {t(p.curveUnit === 'hour' ? 'io.curveMeanHour' : 'io.curveMeanDay', { unit: d.unit })}
                </Text>
              </div>
            </SimpleGrid>
            <Title order={5}>{t('io.gaps')}</Title>
            <GapReport p={p} locale={locale} />
            <DstNote days={p.dstDays} />
            <Stack gap={2} data-testid="import-fit-notes">
              <Title order={5}>{t('io.placement', { year: p.fit.year, step: p.fit.stepMinutes })}</Title>
              <Text size="sm">
                {p.fit.mappedSteps === 0
                  ? t('io.placementDirect')
                  : t('io.placementMapped', { steps: formatNumber(p.fit.mappedSteps, locale, 0), total: formatNumber(p.fit.steps, locale, 0), year: p.fit.year, years: p.fit.sourceYears.join(', ') })}
              </Text>
              {p.fit.feb29FromFeb28 && <Text size="sm">{t('io.placementFeb29')}</Text>}
              {p.stepMinutes !== p.fit.stepMinutes && (
                <Text size="sm">{t(p.fit.stepMinutes > p.stepMinutes ? 'io.placementAveraged' : 'io.placementRepeated', { source: p.stepMinutes, target: p.fit.stepMinutes })}</Text>
              )}
            </Stack>
            <ImportFitAndName fit={p.fit} messageKey="io.seriesNotFit" locale={locale} name={s.name} setName={s.setName} />
          </Stack>
        )}
        <ImportActions onCancel={close} onConfirm={() => void confirm()} disabled={!fits || s.busy !== null} />
      </Stack>
    </Modal>
  );
}
