import { Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LoadPreview } from '../../../../models/api/importExportContract';
import { formatNumber, type UiLocale } from '../../../../models/core/numberFormat';
import { FileDrop } from './FileDrop';
import { durationText, isoDateText, parisDate } from './format';
import { useImportDialog } from './useImportDialog';
import { ImportActions, ImportFitAndName, ImportStatus } from './ImportDialogParts';

/** Gap rows shown in the dialog; the stored report keeps more. */
const MAX_GAP_ROWS = 50;

export interface ImportDialogProps {
  readonly opened: boolean;
  readonly scenarioId: string;
  onClose(): void;
  /** Called with the stored series once the user confirmed. */
  onImported(series: { id: string; name: string }): void;
}

export function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}

function LoadFacts({ p, locale }: { p: LoadPreview; locale: UiLocale }) {
  const { t } = useTranslation();
  const n = (v: number, d = 0) => formatNumber(v, locale, d);
  return (
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs" data-testid="import-load-facts">
      <Fact label={t('io.format')} value={t(`io.formats.${p.format}`)} testId="import-format" />
      <Fact label={t('io.prm')} value={p.prm} testId="import-prm" />
      <Fact label={t('io.encoding')} value={p.encoding} />
      <Fact label={t('io.period')} value={t('io.periodValue', { from: parisDate(p.startUtcMs, locale, true), to: parisDate(p.endUtcMs, locale, true) })} />
      <Fact label={t('io.step')} value={t('io.stepValue', { source: p.sourceStepsMinutes.join(', '), target: p.stepMinutes })} />
      <Fact label={t('io.points')} value={n(p.pointCount)} testId="import-points" />
      <Fact label={t('io.energy')} value={`${n(p.measuredEnergyKwh, 1)} kWh`} testId="import-energy" />
      <Fact label={t('io.peak')} value={`${n(p.peakKw, 2)} kW`} />
      {p.fit.energyKwh !== undefined && <Fact label={t('io.yearEnergy', { year: p.fit.year })} value={`${n(p.fit.energyKwh, 1)} kWh`} />}
      <Fact label={t('io.missingValues')} value={n(p.missingValueCount)} />
      <Fact label={t('io.estimated')} value={n(p.estimatedPointCount)} />
      <Fact label={t('io.duplicates')} value={n(p.duplicates.count)} />
    </SimpleGrid>
  );
}

/** Gap table of a preview (load, price or CO2 series): when, how long, how it was filled. */
export function GapReport({ p, locale }: { p: { readonly gaps: LoadPreview['gaps'] }; locale: UiLocale }) {
  const { t } = useTranslation();
  if (p.gaps.count === 0) return <Text size="sm" data-testid="import-gap-summary">{t('io.noGap')}</Text>;
  const rows = p.gaps.ranges.slice(0, MAX_GAP_ROWS);
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="import-gap-summary">
        {t('io.gapsSummary', { count: p.gaps.count, total: durationText(p.gaps.totalMinutes, locale), longest: durationText(p.gaps.longestMinutes, locale) })}
      </Text>
      <Table striped withTableBorder fz="xs" data-testid="import-gap-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('io.gapStart')}</Table.Th>
            <Table.Th>{t('io.gapEnd')}</Table.Th>
            <Table.Th>{t('io.gapDuration')}</Table.Th>
            <Table.Th>{t('io.gapFilledBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((g) => (
            <Table.Tr key={g.startUtcMs}>
              <Table.Td>{parisDate(g.startUtcMs, locale, true)}</Table.Td>
              <Table.Td>{parisDate(g.endUtcMs, locale, true)}</Table.Td>
              <Table.Td>{durationText(g.minutes, locale)}</Table.Td>
              <Table.Td>{t(`io.filledBy.${g.filledBy}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {p.gaps.ranges.length > rows.length && (
        <Text size="xs" c="dimmed">
          {t('io.moreGaps', { n: p.gaps.ranges.length - rows.length })}
        </Text>
      )}
    </Stack>
  );
}

/** The clock-change days of the file's period, and what was done with them. */
export function DstNote({ days }: { days: LoadPreview['dstDays'] }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={5}>{t('io.dst')}</Title>
      <Text size="sm" data-testid="import-dst-note">
        {days.length === 0 ? t('io.dstNone') : t('io.dstNote', { list: days.map((d) => t('io.dstDay', { date: isoDateText(d.date), hours: d.hours })).join(', ') })}
      </Text>
    </>
  );
}

export function PreviewCurve({ points, unit, locale, testId, digits = 0 }: { points: ReadonlyArray<{ tUtcMs: number; value: number | null }>; unit: string; locale: UiLocale; testId: string; digits?: number }) {
  return (
    <div style={{ width: '100%', height: 180 }} data-testid={testId}>
      <ResponsiveContainer>
        <LineChart data={points as Array<{ tUtcMs: number; value: number | null }>} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e9ecef" />
          <XAxis dataKey="tUtcMs" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(v: number) => parisDate(v, locale)} fontSize={11} minTickGap={40} />
          <YAxis fontSize={11} width={48} tickFormatter={(v: number) => formatNumber(v, locale, digits)} />
          <Tooltip labelFormatter={(v) => parisDate(Number(v), locale, true)} formatter={(v) => [`${formatNumber(Number(v), locale, Math.max(2, digits + 1))} ${unit}`, '']} />
          <Line type="linear" dataKey="value" stroke="#1c7ed6" dot={false} isAnimationActive={false} connectNulls={false} strokeWidth={1.2} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ImportLoadDialog({ opened, scenarioId, onClose, onImported }: ImportDialogProps) {
  const { t, i18n } = useTranslation();
  const locale: UiLocale = i18n.language === 'en' ? 'en' : 'fr';
  const s = useImportDialog('load', scenarioId);
  const p = s.preview;
  const { close, confirm } = s.actions(onClose, onImported);
  const fits = p !== null && p.fit.missingSteps === 0;
  return (
    <Modal opened={opened} onClose={close} title={t('io.loadTitle')} size="xl" data-testid="import-load-dialog">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('io.loadHint')}
        </Text>
        <FileDrop accept=".csv,.txt,text/csv" onFile={(f) => void s.pick(f)} testId="import-load-file" disabled={s.busy !== null} />
        <ImportStatus busy={s.busy} error={s.error} />
        {p && (
          <Stack gap="sm" data-testid="import-load-preview">
            <Text size="sm" fw={600}>
              {s.file?.name}
            </Text>
            <LoadFacts p={p} locale={locale} />
            <PreviewCurve points={p.curve} unit={p.curveUnit === 'hourKw' ? 'kW' : 'kWh'} locale={locale} testId="import-load-curve" />
            <Text size="xs" c="dimmed" ta="center">
              {t(p.curveUnit === 'hourKw' ? 'io.curveHour' : 'io.curveDay')}
            </Text>
            <Title order={5}>{t('io.gaps')}</Title>
            <GapReport p={p} locale={locale} />
            <DstNote days={p.dstDays} />
            <ImportFitAndName fit={p.fit} messageKey="io.notFit" locale={locale} name={s.name} setName={s.setName} />
          </Stack>
        )}
        <ImportActions onCancel={close} onConfirm={() => void confirm()} disabled={!fits || s.busy !== null} />
      </Stack>
    </Modal>
  );
}
