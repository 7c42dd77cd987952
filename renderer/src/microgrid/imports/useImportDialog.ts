import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../models/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { readFileAsBase64, stemOf } from './readFile';

type Kind = 'load' | 'weather';
type PreviewOf<K extends Kind> = ApiOutput<K extends 'load' ? 'imports.loadPreview' : 'imports.weatherPreview'>;

/** State shared by the two import dialogs: file → preview (nothing saved) → commit. */
export function useImportDialog<K extends Kind>(kind: K, scenarioId: string) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<PreviewOf<K> | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setName('');
    setError(null);
    setBusy(null);
  };

  const pick = async (picked: File) => {
    setPreview(null);
    setError(null);
    setBusy(t('io.reading', { name: picked.name }));
    try {
      const base64 = await readFileAsBase64(picked);
      setFile({ name: picked.name, base64 });
      setName(stemOf(picked.name));
      const input = { fileName: picked.name, base64, scenarioId };
      const result = kind === 'load' ? await call('imports.loadPreview', input) : await call('imports.weatherPreview', input);
      setPreview(result as PreviewOf<K>);
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
      const input = { fileName: file.name, base64: file.base64, scenarioId, name: name.trim() || stemOf(file.name) };
      return kind === 'load' ? await call('imports.loadCommit', input) : await call('imports.weatherCommit', input);
    } catch (e) {
      setError(errorText(t, e));
      return null;
    } finally {
      setBusy(null);
    }
  };

  return { file, preview, name, setName, error, busy, pick, commit, reset };
}
