/** "Importer un CSV": choose a file, see every line parsed or refused with its line number, then confirm. */
import { Alert, Badge, Button, Group, Modal, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../models/core/numberFormat';
import type { SitesImportPreview } from '../../../../models/flex/sitesCsv';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { DataTable } from '../shared/DataTable';
import { SITE_COLUMNS, siteCells, siteColumnLabels } from './siteColumns';
import { FileDrop } from '../../microgrid/imports/FileDrop';

export function CsvImportModal({ opened, onClose, onImport }: { opened: boolean; onClose(): void; onImport(text: string, mode: 'append' | 'replace'): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const fmt = (v: number, digits: number) => formatNumber(v, locale, digits);
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<SitesImportPreview | null>(null);
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Cleared when the dialog opens, not when it closes, so the closing animation keeps its content.
  useEffect(() => {
    if (!opened) return;
    setText(null);
    setPreview(null);
    setFailure(null);
  }, [opened]);
  const close = onClose;
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    try {
      const content = await file.text();
      setText(content);
      setPreview(await call('flex.previewCsv', { text: content }));
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };
  const confirm = async () => {
    if (text === null) return;
    setBusy(true);
    try {
      await onImport(text, mode);
      close();
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  const bad = preview ? preview.rows.filter((r) => r.errors.length).length : 0;

  return (
    <Modal opened={opened} onClose={close} title={t('terr.flex.csv.title')} size="90%">
      <Stack gap="sm" data-testid="csv-modal">
        <Text size="sm" c="dimmed">
          {t('terr.flex.csv.hint')}
        </Text>
        <FileDrop accept=".csv,text/csv,text/plain" onFile={(f) => void choose(f)} testId="csv-file" />
        {preview && (
          <>
            <Text fw={600} data-testid="csv-summary">
              {t('terr.flex.csv.preview', { ok: preview.sites.length, bad: bad + (preview.rows.length === 0 ? preview.errors.length : 0) })}
            </Text>
            {preview.rows.length === 0 && preview.errors.map((e) => <Alert key={e} color="red">{e}</Alert>)}
            <ScrollArea h={320}>
              <DataTable
                striped
                withTableBorder
                fz="sm"
                data-testid="csv-preview"
                columns={[t('terr.flex.csv.line'), ...siteColumnLabels(t), t('terr.flex.csv.status')]}
                rows={preview.rows}
                rowKey={(r) => r.line}
                rowTestId={(r) => `csv-line-${r.line}`}
                cells={(r) => [
                  r.line,
                  ...(r.site ? siteCells(r.site, t, fmt, 5) : SITE_COLUMNS.map(() => '')),
                  r.errors.length === 0 ? (
                    <Badge color="teal" variant="light">
                      {t('terr.flex.csv.ok')}
                    </Badge>
                  ) : (
                    <Text size="xs" c="red">
                      {r.errors.join(' · ')}
                    </Text>
                  ),
                ]}
              />
            </ScrollArea>
            <Radio.Group value={mode} onChange={(v) => setMode(v as 'append' | 'replace')}>
              <Group>
                <Radio value="append" label={t('terr.flex.csv.mode')} />
                <Radio value="replace" label={t('terr.flex.csv.replace')} />
              </Group>
            </Radio.Group>
          </>
        )}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('terr.flex.csv.nothing')}
          </Text>
          <Group>
            <Button variant="default" onClick={close}>
              {t('terr.common.cancel')}
            </Button>
            <Button disabled={!preview || preview.sites.length === 0} loading={busy} onClick={() => void confirm()} data-testid="csv-confirm">
              {t('terr.flex.csv.confirm', { n: preview?.sites.length ?? 0 })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
