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

/**
 * Schema messages are English sentences; their French text is looked up by the sentence itself, else
 * by the shape of the sentence ("<field> must be between A and B"), the field being shown by the form.
 */
export function validationText(t: TFunction, message: string, opts: { scale?: number } = {}): string {
  // The sentences contain dots ("e.g."), so they cannot be i18next keys: index the table instead.
  const table = t('validation', { returnObjects: true }) as unknown as Record<string, string>;
  const exact = typeof table === 'object' ? table[message] : undefined;
  if (exact) return exact;
  for (const [re, key] of SHAPES) {
    const m = re.exec(message);
    if (m) {
      const text = t(`validationShape.${key}`, { a: bound(t, m[2] ?? '', opts.scale), b: bound(t, m[3] ?? '', opts.scale), defaultValue: '' });
      if (text) return text;
    }
  }
  return message;
}

/** "<path> <rule>" sentences of the zod schemas (models/sim/scenarioSchema.ts and the like). */
const SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^([\w.[\]]+) must be between (\S+(?: [^\s\d]\S*)?) and (.+)$/, 'between'],
  [/^([\w.[\]]+) must be ≥ (.+)$/, 'atLeast'],
  [/^([\w.[\]]+) must be ≤ (.+)$/, 'atMost'],
  [/^([\w.[\]]+) must be > 0$/, 'positive'],
  [/^([\w.[\]]+) must be a number$/, 'number'],
  [/^([\w.[\]]+) must be (?:a whole number|an integer)$/, 'integer'],
  [/^([\w.[\]]+) is required$/, 'required'],
  [/^([\w.[\]]+) must be text$/, 'text'],
];

/** A bound as the field shows it: a fraction shown in % (scale 100) becomes "30 %". */
function bound(t: TFunction, text: string, scale?: number): string {
  if (scale && scale !== 1 && /^-?\d+(\.\d+)?$/.test(text)) {
    const v = Math.round(Number(text) * scale * 1e6) / 1e6;
    return `${localNumbers(t, String(v))}${scale === 100 ? '\u202f%' : ''}`;
  }
  return localNumbers(t, text);
}

/** Decimal points of the numbers in a bound become the user's decimal separator. */
function localNumbers(t: TFunction, text: string): string {
  const comma = t('validationShape.decimalComma', { defaultValue: '' }) === 'yes';
  return comma ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;
}

/**
 * Field path → translated message, for forms; with `raw`, the schema's sentence itself, for forms that
 * translate it with the field's own display (validationText with its scale).
 */
export function fieldErrors(t: TFunction, error: unknown, opts: { raw?: boolean } = {}): Record<string, string> {
  if (!(error instanceof IlotApiError) || error.code !== 'validation') return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.replace(/^patch\./, '')] ??= opts.raw ? issue.message : validationText(t, issue.message);
  return out;
}
