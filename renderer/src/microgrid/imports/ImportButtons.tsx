import { Button } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useNotify } from '../../state/Notices';
import { ImportLoadDialog } from './ImportLoadDialog';
import { ImportSeriesDialog } from './ImportSeriesDialog';
import { ImportWeatherDialog } from './ImportWeatherDialog';
import type { ImportKind } from './useImportDialog';

export interface ImportedItem {
  readonly id: string;
  readonly name: string;
}

/** Imported series of one kind in the open project, reloaded by `reload()` after an import. */
export function useImportedList(kind: ImportKind): { items: ImportedItem[]; reload(): void } {
  const [items, setItems] = useState<ImportedItem[]>([]);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let live = true;
    call('imports.list', { kind })
      .then((list) => live && setItems(list.map(({ id, name }) => ({ id, name }))))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [kind, revision]);
  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { items, reload };
}

const LABELS: Record<ImportKind, string> = { load: 'io.importLoad', weather: 'io.importWeather', price: 'io.importSeries', co2: 'io.importSeries' };

/** A button of the scenario editor opening the load, weather, price or CO2 import dialog. */
export function ImportButton({ kind, scenarioId, onImported }: { kind: ImportKind; scenarioId: string | undefined; onImported(series: ImportedItem): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  if (!scenarioId) return null;
  const done = (series: ImportedItem) => {
    setOpen(false);
    notify(t('io.imported', { name: series.name }), 'success');
    onImported(series);
  };
  const dialogProps = { opened: open, scenarioId, onClose: () => setOpen(false), onImported: done };
  return (
    <>
      <Button variant="light" size="xs" onClick={() => setOpen(true)} data-testid={`import-${kind}`}>
        {t(LABELS[kind])}
      </Button>
      {kind === 'load' ? (
        <ImportLoadDialog {...dialogProps} />
      ) : kind === 'weather' ? (
        <ImportWeatherDialog {...dialogProps} />
      ) : (
        <ImportSeriesDialog kind={kind} {...dialogProps} />
      )}
    </>
  );
}
