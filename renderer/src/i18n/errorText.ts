import type { TFunction } from 'i18next';
import { IlotApiError } from '../../../models/api/errors';

/** One sentence for the user from any error, translated when the error carries a known reason. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof IlotApiError) {
    if (error.code === 'project-file' && error.reason) return t(`errors.projectFile.${error.reason}`, { defaultValue: error.message });
    if (error.code === 'conflict' && error.reason) return t(`errors.conflict.${error.reason}`, { defaultValue: error.message });
    if (error.code === 'validation' && error.issues.length > 0) return error.issues.map((i) => validationText(t, i.message)).join(' · ');
    if (error.code === 'internal' && error.reason) return t(`errors.internalReason.${error.reason}`, { defaultValue: t('errors.internal', { message: error.message }) });
    if (error.code === 'internal') return t('errors.internal', { message: error.message });
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Schema messages are English sentences; their French text is looked up by the sentence itself. */
export function validationText(t: TFunction, message: string): string {
  // The sentences contain dots ("e.g."), so they cannot be i18next keys: index the table instead.
  const table = t('validation', { returnObjects: true }) as unknown as Record<string, string>;
  return (typeof table === 'object' && table[message]) || message;
}

/** Field path → translated message, for forms. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof IlotApiError) || error.code !== 'validation') return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.replace(/^patch\./, '')] ??= validationText(t, issue.message);
  return out;
}
