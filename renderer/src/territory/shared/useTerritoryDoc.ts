/** The document shown by a territory workspace: list, selection that follows the list, loading and saving. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerritoryDoc } from '../../../../models/api/territoryContract';
import { errorText } from '../../i18n/errorText';
import { useNotify } from '../../state/Notices';
import { useProject } from '../../state/ProjectContext';
import { useTerritoryList } from '../TerritoryList';
import { nextSelection } from './selection';

/**
 * One kind of territory document: how it is created, read and written, its texts and test ids
 * (a module constant, so its functions are stable).
 */
export interface TerritoryDocApi<T> {
  readonly kind: 'portfolio' | 'acc-operation';
  /** i18n namespace holding `title`, `list`, `newDoc`, `noDoc` and `templates.<value>`. */
  readonly texts: string;
  /** Template values offered on creation, the first by default. */
  readonly templates: readonly [string, ...string[]];
  /** Prefix of the test ids: `<prefix>-new`, `<prefix>-list`, `<prefix>-title`… */
  readonly testPrefix: string;
  create(name: string, template: string): Promise<TerritoryDoc<T>>;
  get(id: string): Promise<TerritoryDoc<T>>;
  update(id: string, data: T): Promise<TerritoryDoc<T>>;
}

export function useTerritoryDoc<T>(api: TerritoryDocApi<T>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { revision } = useProject();
  const { items, reload } = useTerritoryList(api.kind);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [doc, setDoc] = useState<TerritoryDoc<T> | null>(null);

  useEffect(() => {
    setSelectedId(nextSelection(items, selectedId));
  }, [items, selectedId]);

  useEffect(() => {
    if (!selectedId) return setDoc(null);
    api
      .get(selectedId)
      .then(setDoc)
      .catch(() => setDoc(null));
  }, [api, selectedId, revision]);

  const save = useCallback(
    async (data: T) => {
      if (!doc) return;
      setDoc(await api.update(doc.id, data));
    },
    [api, doc],
  );
  /** For one-click edits (a removed row, a setting): a refused save is told in a notice. */
  const saveOrNotify = (data: T) => void save(data).catch((e: unknown) => notify(errorText(t, e), 'error'));

  return { api, items, reload, selectedId, setSelectedId, doc, setDoc, save, saveOrNotify };
}

export type TerritoryDocState<T> = ReturnType<typeof useTerritoryDoc<T>>;
