import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../models/core/numberFormat';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { useNotify } from '../../state/Notices';

type Kind = 'csv-fr' | 'csv-intl' | 'xlsx';

/** Series as CSV (French or international) and the summary workbook, written next to the project file. */
export function ExportMenu({ scenarioId, disabled }: { scenarioId: string; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (kind: Kind) => {
    setBusy(true);
    try {
      const written = kind === 'xlsx' ? await call('results.exportXlsx', { scenarioId }) : await call('results.exportCsv', { scenarioId, separator: kind === 'csv-fr' ? 'fr' : 'intl' });
      const locale = i18n.language === 'en' ? 'en' : 'fr';
      const size = written.bytes >= 1e6 ? `${formatNumber(written.bytes / 1e6, locale, 1)} Mo` : `${formatNumber(written.bytes / 1e3, locale, 0)} ko`;
      notify(t('io.exported', { path: written.path, size: locale === 'en' ? size.replace('Mo', 'MB').replace('ko', 'kB') : size }), 'success');
    } catch (error) {
      notify(t('io.exportFailed', { message: errorText(t, error) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light" size="xs" loading={busy} disabled={disabled} data-testid="export-menu">
          {t('io.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('csv-fr')} data-testid="export-csv-fr">
          {t('io.exportCsvFr')}
        </Menu.Item>
        <Menu.Item onClick={() => void run('csv-intl')} data-testid="export-csv-intl">
          {t('io.exportCsvIntl')}
        </Menu.Item>
        <Menu.Item onClick={() => void run('xlsx')} data-testid="export-xlsx">
          {t('io.exportXlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
