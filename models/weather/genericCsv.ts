/**
 * Generic weather CSV with a column mapping (measured station data, exports of other tools).
 * - separator `;`, `,` or tab, detected on the header line (`;` wins, as in French exports);
 * - decimal comma accepted when the separator is not a comma;
 * - timestamp column with a pattern of tokens YYYY MM DD HH mm ss (e.g. "DD/MM/YYYY HH:mm") or
 *   "iso" (ISO 8601, offset in the text wins), a time zone (UTC, +01:00, Europe/Paris) and what
 *   the stamp marks: start, end (Enedis-style) or middle of the interval;
 * - units: irradiance W/m², kW/m², Wh/m² or kWh/m² per step, J/cm² per step; temperature °C, K
 *   or °F; wind m/s or km/h. Everything is converted to step averages in W/m², °C, m/s.
 * Errors name the line (1-based) and the column.
 */
import { z } from 'zod';
import { wallToUtc } from './timeZone';
import { WeatherParseError, type WeatherRecords } from './weatherSeries';

const irradianceUnit = z.enum(['W/m2', 'kW/m2', 'Wh/m2', 'kWh/m2', 'J/cm2'], { error: 'unit must be W/m2, kW/m2, Wh/m2, kWh/m2 or J/cm2' });

export const csvMappingSchema = z.object({
  time: z.object({
    column: z.string().min(1, 'time.column is required'),
    format: z.string().min(1, 'time.format is required (e.g. "YYYY-MM-DD HH:mm" or "iso")'),
    timezone: z.string().default('UTC'),
    stamp: z.enum(['start', 'end', 'middle'], { error: 'time.stamp must be start, end or middle' }).default('start'),
  }),
  ghi: z.object({ column: z.string().min(1, 'ghi.column is required'), unit: irradianceUnit.default('W/m2') }),
  dni: z.object({ column: z.string().min(1), unit: irradianceUnit.default('W/m2') }).optional(),
  dhi: z.object({ column: z.string().min(1), unit: irradianceUnit.default('W/m2') }).optional(),
  temp: z.object({ column: z.string().min(1, 'temp.column is required'), unit: z.enum(['C', 'K', 'F'], { error: 'temp.unit must be C, K or F' }).default('C') }),
  wind: z.object({ column: z.string().min(1), unit: z.enum(['m/s', 'km/h']).default('m/s') }).optional(),
  /** Step of the data in minutes; inferred from the first two rows when absent. */
  stepMinutes: z.number().int().min(1).max(60).optional(),
  label: z.string().default('CSV'),
});
export type CsvMapping = z.input<typeof csvMappingSchema>;

export function detectSeparator(headerLine: string): ';' | ',' | '\t' {
  if (headerLine.includes(';')) return ';';
  if (headerLine.includes('\t')) return '\t';
  return ',';
}

function splitLine(line: string, sep: string): string[] {
  return line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

function compilePattern(format: string): (s: string) => number[] | null {
  // Tokens become capture groups; everything else must match literally.
  const tokens: string[] = [];
  const re = format.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/YYYY|MM|DD|HH|mm|ss/g, (t) => {
    tokens.push(t);
    return t === 'YYYY' ? '(\\d{4})' : '(\\d{1,2})';
  });
  const rx = new RegExp(`^${re}$`);
  return (s) => {
    const m = rx.exec(s);
    if (!m) return null;
    const v: Record<string, number> = { YYYY: 1970, MM: 1, DD: 1, HH: 0, mm: 0, ss: 0 };
    tokens.forEach((t, i) => (v[t] = Number(m[i + 1])));
    return [v.YYYY, v.MM, v.DD, v.HH, v.mm, v.ss];
  };
}

export function parseGenericCsv(text: string, mappingInput: CsvMapping): WeatherRecords {
  const parsed = csvMappingSchema.safeParse(mappingInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WeatherParseError(`CSV mapping: ${issue.path.join('.')}: ${issue.message}`);
  }
  const mapping = parsed.data;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) throw new WeatherParseError('CSV: the file is empty');
  const sep = detectSeparator(lines[headerIndex]);
  const commaDecimal = sep !== ',';
  const header = splitLine(lines[headerIndex], sep);
  const colIndex = (name: string, field: string): number => {
    const k = header.indexOf(name);
    if (k < 0) throw new WeatherParseError(`column "${name}" (${field}) not in the header [${header.join(', ')}]`, headerIndex + 1, name);
    return k;
  };
  const tCol = colIndex(mapping.time.column, 'time');
  const channels = (['ghi', 'dni', 'dhi', 'temp', 'wind'] as const).filter((c) => mapping[c] !== undefined);
  const cols = Object.fromEntries(channels.map((c) => [c, colIndex(mapping[c]!.column, c)])) as Record<(typeof channels)[number], number>;
  const toUtc = wallToUtc(mapping.time.timezone);
  const parseTime = mapping.time.format === 'iso' ? null : compilePattern(mapping.time.format);

  const times: number[] = [];
  const raw: Record<string, number[]> = Object.fromEntries(channels.map((c) => [c, []]));
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const cells = splitLine(lines[i], sep);
    const lineNo = i + 1;
    const stamp = cells[tCol] ?? '';
    let utc: number;
    if (parseTime) {
      const p = parseTime(stamp);
      if (!p) throw new WeatherParseError(`"${stamp}" does not match the format "${mapping.time.format}"`, lineNo, mapping.time.column);
      const [y, mo, d, h, mi, s] = p;
      if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 59) throw new WeatherParseError(`"${stamp}" is not a valid date`, lineNo, mapping.time.column);
      utc = toUtc(Date.UTC(y, mo - 1, d, h, mi, s));
    } else {
      const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(stamp);
      const ms = Date.parse(hasZone ? stamp : `${stamp.replace(' ', 'T')}Z`);
      if (!Number.isFinite(ms)) throw new WeatherParseError(`"${stamp}" is not an ISO 8601 date`, lineNo, mapping.time.column);
      utc = hasZone ? ms : toUtc(ms);
    }
    // The repeated hour when DST ends maps twice to the same instant: the second one is an hour later.
    if (times.length > 0 && utc <= times[times.length - 1] && utc + 3_600_000 > times[times.length - 1]) utc += 3_600_000;
    times.push(utc);
    for (const c of channels) {
      let cell = cells[cols[c]];
      if (cell === undefined || cell === '') throw new WeatherParseError('empty value', lineNo, mapping[c]!.column);
      if (commaDecimal) cell = cell.replace(',', '.');
      const v = Number(cell);
      if (!Number.isFinite(v)) throw new WeatherParseError(`"${cells[cols[c]]}" is not a number`, lineNo, mapping[c]!.column);
      raw[c].push(v);
    }
  }
  if (times.length < 2) throw new WeatherParseError('CSV: at least two data rows are needed');
  const stepMinutes = mapping.stepMinutes ?? Math.round((times[1] - times[0]) / 60_000);
  if (!(stepMinutes >= 1 && stepMinutes <= 60)) throw new WeatherParseError(`CSV: inferred step ${stepMinutes} min is outside 1–60 (set stepMinutes)`);
  const shiftMs = mapping.time.stamp === 'end' ? stepMinutes * 60_000 : mapping.time.stamp === 'middle' ? stepMinutes * 30_000 : 0;
  const stepH = stepMinutes / 60;
  const irr = (values: number[], unit: z.infer<typeof irradianceUnit>): Float64Array => {
    const factor = { 'W/m2': 1, 'kW/m2': 1000, 'Wh/m2': 1 / stepH, 'kWh/m2': 1000 / stepH, 'J/cm2': 10_000 / 3600 / stepH }[unit];
    return Float64Array.from(values, (v) => Math.max(0, v * factor));
  };
  const notes = [`CSV separator "${sep === '\t' ? 'tab' : sep}", time zone ${mapping.time.timezone}, stamps mark the ${mapping.time.stamp} of each ${stepMinutes}-min step`];
  return {
    startUtcMs: Float64Array.from(times, (t) => t - shiftMs),
    stepMinutes,
    ghiWm2: irr(raw.ghi, mapping.ghi.unit),
    dniWm2: mapping.dni ? irr(raw.dni, mapping.dni.unit) : undefined,
    dhiWm2: mapping.dhi ? irr(raw.dhi, mapping.dhi.unit) : undefined,
    tempC: Float64Array.from(raw.temp, (v) => (mapping.temp.unit === 'K' ? v - 273.15 : mapping.temp.unit === 'F' ? ((v - 32) * 5) / 9 : v)),
    windMs: mapping.wind ? Float64Array.from(raw.wind, (v) => (mapping.wind!.unit === 'km/h' ? v / 3.6 : v)) : undefined,
    source: { kind: 'csv', label: mapping.label },
    notes,
  };
}
