import type { UiLocale } from '../../../../models/core/numberFormat';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Date (and time) in Paris legal time for the UI locale. */
export function parisDate(utcMs: number, locale: UiLocale, withTime = false): string {
  const key = `${locale}|${withTime}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
      timeZone: 'Europe/Paris',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    dateFormats.set(key, f);
  }
  return f.format(utcMs);
}

/** "3 h 30", "2 j 4 h", "45 min". */
export function durationText(minutes: number, locale: UiLocale): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = Math.round(minutes % 60);
  const day = locale === 'en' ? 'd' : 'j';
  if (d > 0) return `${d} ${day}${h ? ` ${h} h` : ''}`;
  if (h > 0) return `${h} h${m ? ` ${String(m).padStart(2, '0')}` : ''}`;
  return `${m} min`;
}

/** "2025-03-30" → "30/03/2025" (French and British order alike). */
export function isoDateText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
