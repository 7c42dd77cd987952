import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiOutput } from '../../../../models/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { readFileAsBase64, stemOf } from './readFile';

export type ImportKind = 'load' | 'weather' | 'price' | 'co2';

const PREVIEW = { load: 'imports.loadPreview', weather: 'imports.weatherPreview', price: 'imports.pricePreview', co2: 'imports.co2Preview' } as const;
const COMMIT = { load: 'imports.loadCommit', weather: 'imports.weatherCommit', price: 'imports.priceCommit', co2: 'imports.co2Commit' } as const;
type PreviewOf<K extends ImportKind> = ApiOutput<(typeof PREVIEW)[K]>;
/** Extra inputs of a kind's calls beside the file (e.g. the unit of a price series). */
type OptionsOf<K extends ImportKind> = Omit<ApiInput<(typeof PREVIEW)[K]>, 'fileName' | 'base64' | 'scenarioId'>;

/** State shared by the import dialogs: file → preview (nothing saved) → commit; changing an option previews again. */
export function useImportDialog<K extends ImportKind>(kind: K, scenarioId: string) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<PreviewOf<K> | null>(null);
  const [options, setOptionsState] = useState<OptionsOf<K>>({} as OptionsOf<K>);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setOptionsState({} as OptionsOf<K>);
    setName('');
    setError(null);
    setBusy(null);
  };

  const runPreview = async (f: { name: string; base64: string }, opts: OptionsOf<K>) => {
    const input = { ...opts, fileName: f.name, base64: f.base64, scenarioId } as ApiInput<(typeof PREVIEW)[K]>;
    const result = await call(PREVIEW[kind], input as never);
    setPreview(result as PreviewOf<K>);
  };

  const pick = async (picked: File) => {
    setPreview(null);
    setError(null);
    setBusy(t('io.reading', { name: picked.name }));
    try {
      const base64 = await readFileAsBase64(picked);
      const f = { name: picked.name, base64 };
      setFile(f);
      setName(stemOf(picked.name));
      await runPreview(f, options);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(null);
    }
  };

  /** Changes the options (e.g. the unit) and previews the picked file again with them. */
  const setOptions = async (next: OptionsOf<K>) => {
    setOptionsState(next);
    if (!file) return;
    setPreview(null);
    setError(null);
    setBusy(t('io.reading', { name: file.name }));
    try {
      await runPreview(file, next);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(null);
    }
  };

  /** Stores the series; returns its id, or null after showing the error. */
  const commit = async (): Promise<{ id: string; name: string } | null> => {
    if (!file) return null;
    setBusy(t('io.reading', { name: file.name }));
    setError(null);
    try {
      const input = { ...options, fileName: file.name, base64: file.base64, scenarioId, name: name.trim() || stemOf(file.name) };
      return (await call(COMMIT[kind], input as never)) as { id: string; name: string };
    } catch (e) {
      setError(errorText(t, e));
      return null;
    } finally {
      setBusy(null);
    }
  };

  /** The dialog's Cancel (forget everything) and Import (store, then forget and hand the series over). */
  const actions = (onClose: () => void, onImported: (saved: { id: string; name: string }) => void) => ({
    close: () => {
      reset();
      onClose();
    },
    confirm: async () => {
      const saved = await commit();
      if (!saved) return;
      reset();
      onImported(saved);
    },
  });

  return { file, preview, options, setOptions, name, setName, error, busy, pick, commit, reset, actions };
}
