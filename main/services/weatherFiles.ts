/**
 * Reads a weather file from disk (PVGIS TMY CSV/JSON, EPW, or a generic CSV with a mapping) and
 * hands its text to the pure parsers of models/weather. UTF-8 is tried first, then Latin-1
 * (older EPW files carry accented city names in ISO-8859-1). File-system and parse errors become
 * one-line messages naming the file (and the line/column from the parser).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseGenericCsv, type CsvMapping } from '../../models/weather/genericCsv';
import { DEFAULT_TYPICAL_YEAR, detectWeatherFormat, parseWeatherRecords } from '../../models/weather/parseWeather';
import { isContiguous, recordsToSeries, toTypicalYear } from '../../models/weather/typicalYear';
import type { WeatherRecords, WeatherSeries } from '../../models/weather/weatherSeries';

/** An hourly EPW is ~1.8 MB, a PVGIS JSON ~1.5 MB; a year at 1 min in CSV stays under 64 MB. */
export const MAX_WEATHER_FILE_BYTES = 64 * 1024 * 1024;

export class WeatherFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WeatherFileError';
  }
}

export async function readWeatherText(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new WeatherFileError(`${file}: not a regular file`);
    size = info.size;
  } catch (e) {
    if (e instanceof WeatherFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new WeatherFileError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(e)})`);
  }
  if (size > MAX_WEATHER_FILE_BYTES) throw new WeatherFileError(`${file}: ${size} bytes is too large for a weather file (limit ${MAX_WEATHER_FILE_BYTES})`);
  const bytes = await readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

export interface LoadedWeather {
  readonly series: WeatherSeries;
  readonly records: WeatherRecords;
  /** Conversions applied (time zone, offset), to show the user. */
  readonly notes: readonly string[];
}

/**
 * Reads a PVGIS TMY (CSV or JSON) or EPW file, detected from its content. A TMY is placed on
 * `year` (default DEFAULT_TYPICAL_YEAR); a contiguous file keeps its own dates unless `year` is given.
 * A generic CSV needs `csvMapping`.
 */
export async function loadWeatherFile(file: string, options: { year?: number; csvMapping?: CsvMapping } = {}): Promise<LoadedWeather> {
  const text = await readWeatherText(file);
  try {
    const label = path.basename(file);
    let records: WeatherRecords;
    if (options.csvMapping) records = parseGenericCsv(text, { label, ...options.csvMapping });
    else if (!detectWeatherFormat(text)) throw new Error('not a PVGIS TMY (CSV or JSON) or EPW file; give a column mapping for other CSV files');
    else records = parseWeatherRecords(text, label);
    const contiguous = isContiguous(records);
    const series = options.year !== undefined || !contiguous ? toTypicalYear(records, options.year ?? DEFAULT_TYPICAL_YEAR) : recordsToSeries(records);
    const notes = [...records.notes];
    if (!contiguous) notes.push(`typical year: months from several years placed on ${new Date(series.timeline.startUtcMs).getUTCFullYear()}`);
    return { series, records, notes };
  } catch (e) {
    throw new WeatherFileError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
