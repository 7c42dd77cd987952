import { Button, Modal, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeatherPreview } from '../../../../models/api/importExportContract';
import { formatNumber, type UiLocale } from '../../../../models/core/numberFormat';
import { CsvMappingForm } from './CsvMappingForm';
import { FileDrop } from './FileDrop';
import { Fact, type ImportDialogProps } from './ImportLoadDialog';
import { useImportDialog } from './useImportDialog';
import { ImportActions, ImportStatus } from './ImportDialogParts';

function monthName(month: number, locale: UiLocale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, month - 1, 1));
}

function WeatherFacts({ p, locale }: { p: WeatherPreview; locale: UiLocale }) {
  const { t } = useTranslation();
  const n = (v: number, d = 0) => formatNumber(v, locale, d);
  return (
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs" data-testid="import-weather-facts">
      <Fact label={t('io.format')} value={t(`io.formats.${p.format}`)} testId="import-format" />
      <Fact label={t('io.source')} value={p.sourceLabel} />
      <Fact
        label={t('io.site')}
        value={p.site ? t('io.siteValue', { lat: n(p.site.latDeg, 3), lon: n(p.site.lonDeg, 3), elevation: n(p.site.elevationM) }) : t('io.siteUnknown')}
        testId="import-site"
      />
      <Fact label={t('io.records')} value={t('io.recordsValue', { n: n(p.recordCount), step: p.recordStepMinutes })} />
      <Fact label={t('io.typicalYear')} value={t(p.typicalYear ? 'io.typicalYes' : 'io.typicalNo', { year: p.fit.year })} />
      <Fact label={t('io.channels')} value={p.channels.map((c) => t(`io.channelNames.${c}`)).join(', ')} />
    </SimpleGrid>
  );
}

function MonthlyTable({ p, locale }: { p: WeatherPreview; locale: UiLocale }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder fz="xs" data-testid="import-weather-months">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('io.month')}</Table.Th>
          <Table.Th ta="right">{t('io.ghi')}</Table.Th>
          <Table.Th ta="right">{t('io.temp')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.months.map((m) => (
          <Table.Tr key={m.month}>
            <Table.Td>{monthName(m.month, locale)}</Table.Td>
            <Table.Td ta="right">{formatNumber(m.ghiKwhM2, locale, 1, 1)}</Table.Td>
            <Table.Td ta="right">{formatNumber(m.meanTempC, locale, 1, 1)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr fw={700}>
          <Table.Td>{t('io.year')}</Table.Td>
          <Table.Td ta="right" data-testid="import-weather-annual-ghi">
            {formatNumber(p.annualGhiKwhM2, locale, 0)}
          </Table.Td>
          <Table.Td ta="right">{formatNumber(p.meanTempC, locale, 1, 1)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function ImportWeatherDialog({ opened, scenarioId, onClose, onImported }: ImportDialogProps) {
  const { t, i18n } = useTranslation();
  const locale: UiLocale = i18n.language === 'en' ? 'en' : 'fr';
  const s = useImportDialog('weather', scenarioId);
  const p = s.preview;
  // A CSV the importer does not recognise gets the column form; the user may also open it himself.
  const [mapping, setMapping] = useState(false);
  const csvLike = s.file !== null && /\.(csv|txt|tsv)$/i.test(s.file.name);
  const showMapping = csvLike && (mapping || s.options.csvMapping !== undefined || (!p && s.error !== null));
  const { close: forget, confirm } = s.actions(onClose, onImported);
  const close = () => {
    setMapping(false);
    forget();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('io.weatherTitle')} size={showMapping ? 'xl' : 'lg'} data-testid="import-weather-dialog">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('io.weatherHint')}
        </Text>
        <FileDrop accept=".csv,.json,.epw,.txt" onFile={(f) => void s.pick(f)} testId="import-weather-file" disabled={s.busy !== null} />
        <ImportStatus busy={s.busy} error={s.error} />
        {csvLike && !showMapping && (
          <Button size="xs" variant="subtle" onClick={() => setMapping(true)} data-testid="map-open" style={{ alignSelf: 'flex-start' }}>
            {t('io.map.open')}
          </Button>
        )}
        {showMapping && s.file && <CsvMappingForm base64={s.file.base64} disabled={s.busy !== null} onApply={(csvMapping) => void s.setOptions({ csvMapping })} />}
        {p && (
          <Stack gap="sm" data-testid="import-weather-preview">
            <Text size="sm" fw={600}>
              {s.file?.name}
            </Text>
            <WeatherFacts p={p} locale={locale} />
            {p.notes.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('io.notes')} : {p.notes.join(' ; ')}
              </Text>
            )}
            <MonthlyTable p={p} locale={locale} />
            <TextInput label={t('io.name')} value={s.name} onChange={(e) => s.setName(e.currentTarget.value)} data-testid="import-name" />
          </Stack>
        )}
        <ImportActions onCancel={close} onConfirm={() => void confirm()} disabled={!p || s.busy !== null} />
      </Stack>
    </Modal>
  );
}
