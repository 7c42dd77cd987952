import { Button } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useNotify } from '../../state/Notices';
import { ImportLoadDialog } from './ImportLoadDialog';
import { ImportWeatherDialog } from './ImportWeatherDialog';

export interface ImportedItem {
  readonly id: string;
  readonly name: string;
}

/** Imported series of one kind in the open project, reloaded by `reload()` after an import. */
export function useImportedList(kind: 'weather' | 'load'): { items: ImportedItem[]; reload(): void } {
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

/** A button of the scenario editor opening the load or weather import dialog. */
export function ImportButton({ kind, scenarioId, onImported }: { kind: 'load' | 'weather'; scenarioId: string | undefined; onImported(series: ImportedItem): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  if (!scenarioId) return null;
  const done = (series: ImportedItem) => {
    setOpen(false);
    notify(t('io.imported', { name: series.name }), 'success');
    onImported(series);
  };
  const Dialog = kind === 'load' ? ImportLoadDialog : ImportWeatherDialog;
  return (
    <>
      <Button variant="light" size="xs" onClick={() => setOpen(true)} data-testid={kind === 'load' ? 'import-load' : 'import-weather'}>
        {t(kind === 'load' ? 'io.importLoad' : 'io.importWeather')}
      </Button>
      <Dialog opened={open} scenarioId={scenarioId} onClose={() => setOpen(false)} onImported={done} />
    </>
  );
}
