/** Small helpers for the semicolon-separated, French-formatted CSV files of Enedis. */
import { LoadFileError } from './loadFileError';

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Splits one line on semicolons and removes surrounding quotes and blanks (Enedis never quotes separators). */
export function splitFields(line: string): string[] {
  const fields = line.split(';');
  for (let k = 0; k < fields.length; k++) {
    let f = fields[k].trim();
    // Checked by hand rather than by regex: this runs for every field of every row (50 000+ rows a year).
    if (f.length >= 2 && f.charCodeAt(0) === 34 && f.charCodeAt(f.length - 1) === 34) f = f.slice(1, -1).trim();
    fields[k] = f;
  }
  return fields;
}

/** Lower-case, accent-free, single-spaced header text, so 'Unité', 'Unite' and 'UNITÉ' compare equal. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses a French or English decimal number ('1234', '1234,5', '1 234.5'); NaN for an empty field. */
export function parseDecimal(text: string, line: number, column: number, field: string): number {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return Number.NaN;
  const normalized = t.includes(',') && !t.includes('.') ? t.replace(',', '.') : t;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalized)) {
    throw new LoadFileError(`'${text}' is not a number`, line, column, field);
  }
  return Number(normalized);
}

export interface ParsedTimestamp {
  /** Wall-clock time read as if it were UTC. */
  readonly naiveMs: number;
  /** UTC offset written in the text, in minutes, or null when the timestamp is naive. */
  readonly offsetMinutes: number | null;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const FRENCH_TIMESTAMP = /^(\d{2})\/(\d{2})\/(\d{4})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** ISO 8601 ('2026-03-29T03:00:00+02:00', '2026-03-29 03:00:00') or French ('29/03/2026 03:00:00') timestamp. */
export function parseTimestamp(text: string, line: number, column: number, field: string): ParsedTimestamp {
  const t = text.trim();
  let y: number, mo: number, d: number, h: number, mi: number, s: number;
  let offsetMinutes: number | null = null;
  const iso = TIMESTAMP.exec(t);
  const fr = iso ? null : FRENCH_TIMESTAMP.exec(t);
  if (iso) {
    [y, mo, d, h, mi, s] = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6] ?? '0'].map(Number);
    const off = iso[7];
    if (off) offsetMinutes = off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(-2)));
  } else if (fr) {
    [d, mo, y, h, mi, s] = [fr[1], fr[2], fr[3], fr[4], fr[5], fr[6] ?? '0'].map(Number);
  } else {
    throw new LoadFileError(`'${text}' is not a timestamp (expected e.g. 2026-03-29T03:00:00+02:00)`, line, column, field);
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 59) {
    throw new LoadFileError(`'${text}' is not a valid date and time`, line, column, field);
  }
  const naiveMs = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(naiveMs - (h === 24 ? 86_400_000 : 0)).getUTCDate() !== d) {
    throw new LoadFileError(`'${text}' is not a valid date`, line, column, field);
  }
  return { naiveMs, offsetMinutes };
}
