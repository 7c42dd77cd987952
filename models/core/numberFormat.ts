/**
 * Locale-aware numbers for the UI and for imports: French by default ("1 234,5"), and a parser that
 * accepts what French users type or paste (comma decimals, spaces or narrow no-break spaces as
 * thousands separators) as well as international notation.
 */
export type UiLocale = 'fr' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: UiLocale = 'fr', maximumFractionDigits = 1, minimumFractionDigits = 0): string {
  if (!Number.isFinite(value)) return '—';
  const key = `${locale}|${maximumFractionDigits}|${minimumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits, minimumFractionDigits });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** "1 234,5 kWh" in French, "1,234.5 kWh" in English. */
export function formatQuantity(value: number, unit: string, locale: UiLocale = 'fr', digits = 1): string {
  return `${formatNumber(value, locale, digits)}\u00a0${unit}`;
}

/**
 * Parses a number typed in French or international notation. Returns NaN for anything else, so
 * callers can report the field. Ambiguous "1,234" is read as a French decimal (1.234): French first.
 */
export function parseLocaleNumber(text: string): number {
  let s = text.trim().replace(/[\u00a0\u202f\s']/g, '');
  if (s === '' || !/^[-+]?[\d.,]+(e[-+]?\d+)?$/i.test(s)) return Number.NaN;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    if ((s.match(/,/g) ?? []).length > 1) return Number.NaN;
    s = s.replace(',', '.');
  } else if ((s.match(/\./g) ?? []).length > 1) {
    return Number.NaN;
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : Number.NaN;
}
