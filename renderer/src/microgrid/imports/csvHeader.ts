/**
 * The header of a weather CSV as models/weather/genericCsv.ts reads it (first non-empty line, its
 * separator), taken from the start of the picked file, and a first guess of the mapping from the
 * column names users meet (PVGIS hourly series, Météo-France, loggers' exports).
 */
import type { CsvMapping } from '../../../../models/weather/genericCsv';
import { detectSeparator } from '../../../../models/weather/genericCsv';

export function csvHeaderOf(base64: string): string[] {
  const head = base64.slice(0, 16_384 - (16_384 % 4));
  const bytes = Uint8Array.from(atob(head), (c) => c.charCodeAt(0));
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '');
  if (!line) return [];
  return line.split(detectSeparator(line)).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

const find = (header: readonly string[], ...patterns: RegExp[]) => {
  for (const p of patterns) {
    const c = header.find((h) => p.test(h));
    if (c) return c;
  }
  return undefined;
};

/** A mapping to start from; columns left undefined must be chosen by the user. */
export function guessCsvMapping(header: readonly string[]): Partial<CsvMapping> & { time?: CsvMapping['time'] } {
  const time = find(header, /^(time|date|horodate|datetime|timestamp)/i, /date|heure|time/i);
  const ghi = find(header, /^(ghi|g\(h\)|glo)/i, /global|ghi|rayonnement|irradiance/i);
  const temp = find(header, /^(t2m|temp|t_air|tair)/i, /temp/i, /^t\b/i);
  const dni = find(header, /^(dni|gb\(n\)|bni)/i);
  const dhi = find(header, /^(dhi|gd\(h\)|dif)/i);
  const wind = find(header, /^(ws|wind|vent|ws10m)/i);
  return {
    ...(time ? { time: { column: time, format: 'iso', timezone: 'UTC', stamp: 'start' } } : {}),
    ...(ghi ? { ghi: { column: ghi, unit: 'W/m2' } } : {}),
    ...(temp ? { temp: { column: temp, unit: 'C' } } : {}),
    ...(dni ? { dni: { column: dni, unit: 'W/m2' } } : {}),
    ...(dhi ? { dhi: { column: dhi, unit: 'W/m2' } } : {}),
    ...(wind ? { wind: { column: wind, unit: 'm/s' } } : {}),
  };
}
