/** Locale and date helpers shared by the charts: French by default, Paris wall-clock time. */
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../../models/core/numberFormat';

export function useChartLocale(): UiLocale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'fr';
}

const cache = new Map<string, Intl.DateTimeFormat>();

/** Intl formatter in Europe/Paris time for the UI locale. */
export function parisFormat(locale: UiLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'Europe/Paris', ...options });
    cache.set(key, f);
  }
  return f;
}

/** Month names ("janvier" … "décembre"). */
export function monthNames(locale: UiLocale, style: 'long' | 'short' = 'long'): string[] {
  const f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { month: style, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2025, m, 15)));
}
