/** State of an edit dialog: a draft copy of the item, reset on every opening, and the messages of a refused save. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../i18n/errorText';
import { fieldsUnder } from './selection';

export function useDraftForm<T extends object>({
  initial,
  opened,
  onSave,
  onClose,
  fieldPrefix,
}: {
  initial: T | null;
  opened: boolean;
  onSave(item: T): Promise<void>;
  onClose(): void;
  /** Path of the item in the saved document (`^data\.sites\.\d+\.`), stripped from the field messages. */
  fieldPrefix: RegExp;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<T | null>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    setDraft(initial);
    setErrors({});
    setFailure(null);
  }, [initial, opened]);

  const set = (patch: Partial<T>) => draft && setDraft({ ...draft, ...patch });
  const err = (field: string): string | undefined => errors[field];
  /** Field messages under their fields, the whole message above the buttons. */
  const fail = (error: unknown, prefix: RegExp = fieldPrefix) => {
    setErrors(fieldsUnder(fieldErrors(t, error), prefix));
    setFailure(errorText(t, error));
  };
  const save = async () => {
    if (!draft) return;
    try {
      await onSave(draft);
      onClose();
    } catch (error) {
      fail(error);
    }
  };
  return { draft, setDraft, set, err, fail, failure, save };
}
