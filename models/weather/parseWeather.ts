/**
 * Format detection for weather text handed over by main/services/weatherFiles.ts or the CLI:
 * PVGIS CSV (starts with "Latitude (decimal degrees)"), PVGIS JSON (`{` with outputs.tmy_hourly),
 * EPW (starts with LOCATION). Generic CSV needs a mapping and goes through parseGenericCsv.
 */
import { parseEpw } from './epw';
import { parsePvgisCsv, parsePvgisJson } from './pvgis';
import { isContiguous, recordsToSeries, toTypicalYear } from './typicalYear';
import { WeatherParseError, type WeatherRecords, type WeatherSeries } from './weatherSeries';

/** Year a TMY is placed on when none is given: a recent non-leap year, fixed so results are reproducible. */
export const DEFAULT_TYPICAL_YEAR = 2025;

export type DetectedFormat = 'pvgis-csv' | 'pvgis-json' | 'epw';

export function detectWeatherFormat(text: string): DetectedFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200);
  if (head.startsWith('LOCATION,')) return 'epw';
  if (head.startsWith('{') && text.includes('tmy_hourly')) return 'pvgis-json';
  if (/^Latitude \(decimal degrees\)/i.test(head) && text.includes('time(UTC)')) return 'pvgis-csv';
  return undefined;
}

export function parseWeatherRecords(text: string, label?: string): WeatherRecords {
  const format = detectWeatherFormat(text);
  switch (format) {
    case 'epw':
      return parseEpw(text, label);
    case 'pvgis-json':
      return parsePvgisJson(text, label);
    case 'pvgis-csv':
      return parsePvgisCsv(text, label);
    default:
      throw new WeatherParseError('unrecognised weather file: expected a PVGIS TMY (CSV or JSON) or an EPW file');
  }
}

/**
 * Parses and places on a timeline: a TMY (non-contiguous) is mapped onto `year`;
 * a contiguous record set is kept as is unless `year` is given.
 */
export function parseWeatherText(text: string, options: { year?: number; label?: string } = {}): WeatherSeries {
  const records = parseWeatherRecords(text, options.label);
  if (options.year !== undefined) return toTypicalYear(records, options.year);
  return isContiguous(records) ? recordsToSeries(records) : toTypicalYear(records, DEFAULT_TYPICAL_YEAR);
}
