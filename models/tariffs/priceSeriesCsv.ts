/**
 * Imported price series: 'timestamp;price' rows (ISO timestamps with offset, or naive Europe/Paris local time
 * marking the START of each interval; French or English decimals; optional header). Prices in EUR/kWh, or EUR/MWh
 * for spot exports (EPEX/ENTSO-E), converted. The rows must be evenly spaced; the result feeds a 'series' tariff.
 */
import { parisNaiveToUtcMs } from '../calendar/parisTime';
import { parseDecimal, parseTimestamp, splitFields, splitLines } from '../loads/csvText';
import { decodeText } from '../loads/decodeText';
import { LoadFileError } from '../loads/loadFileError';

export function parsePriceSeriesCsv(bytes: Uint8Array, options: { unit?: 'EUR/kWh' | 'EUR/MWh' } = {}): { startUtcMs: number; stepMinutes: number; eurPerKwh: number[] } {
  const scale = options.unit === 'EUR/MWh' ? 1 / 1000 : 1;
  const lines = splitLines(decodeText(bytes).text);
  const times: number[] = [];
  const prices: number[] = [];
  let previous: number | undefined;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].trim() === '') continue;
    const f = splitFields(lines[k]);
    const line = k + 1;
    if (times.length === 0 && !/^\d/.test(f[0] ?? '')) continue; // header
    const ts = parseTimestamp(f[0] ?? '', line, 1, 'timestamp');
    const utc = ts.offsetMinutes !== null ? ts.naiveMs - ts.offsetMinutes * 60_000 : parisNaiveToUtcMs(ts.naiveMs, previous);
    if (Number.isNaN(utc)) throw new LoadFileError(`local time '${f[0]}' does not exist (spring clock change)`, line, 1, 'timestamp');
    const p = parseDecimal(f[1] ?? '', line, 2, 'price');
    if (Number.isNaN(p)) throw new LoadFileError('price is empty', line, 2, 'price');
    if (previous !== undefined && times.length >= 2) {
      const step = times[1] - times[0];
      if (utc - previous !== step) throw new LoadFileError(`rows must be evenly spaced (${step / 60_000} min); this one is ${(utc - previous) / 60_000} min after the previous`, line, 1, 'timestamp');
    } else if (previous !== undefined && !(utc > previous)) {
      throw new LoadFileError('timestamps must increase', line, 1, 'timestamp');
    }
    times.push(utc);
    prices.push(p * scale);
    previous = utc;
  }
  if (times.length < 2) throw new LoadFileError('a price series needs at least two rows');
  return { startUtcMs: times[0], stepMinutes: (times[1] - times[0]) / 60_000, eurPerKwh: prices };
}
