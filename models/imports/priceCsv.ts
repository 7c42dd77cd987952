/**
 * Imported electricity price series (EUR/kWh per step): a day-ahead spot export (EPEX SPOT / ENTSO-E transparency
 * platform, in EUR/MWh) or a supplier's dynamic tariff (often EUR/kWh), as 'Horodate;Prix' or 'Date;Heure;Prix
 * (€/MWh)' rows, or headerless 'timestamp;price' rows. The unit comes from the value column's header ('€/MWh',
 * 'EUR/kWh', 'c€/kWh') or from the caller's `unit` option, which wins; without either the file is refused rather
 * than guessed, since a factor of 1000 on energy costs is the one mistake nobody notices on a chart.
 * Reading, time and gap rules: timedCsv.ts.
 */
import { normalizeHeader } from '../loads/csvText';
import { LoadFileError } from '../loads/loadFileError';
import { parseTimedCsv, type ImportedTimeSeries } from './timedCsv';

export const PRICE_UNITS = ['EUR/MWh', 'EUR/kWh'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export interface ImportedPriceSeries extends ImportedTimeSeries {
  readonly kind: 'price';
  /** Unit the file's values were read in. */
  readonly sourceUnit: PriceUnit | 'cEUR/kWh';
}

/** Largest price accepted, EUR/kWh (the 2022 spot peaks stayed below 3 EUR/kWh; the EPEX harmonised cap is 4). */
export const MAX_PRICE_EUR_PER_KWH = 10;

const PRICE_WORDS = ['prix', 'price', 'tarif', 'cout', 'cost', '€', 'eur/', 'valeur', 'value'];

/** Unit written in a price header, or undefined. */
export function priceUnitOfHeader(header: string): ImportedPriceSeries['sourceUnit'] | undefined {
  const h = normalizeHeader(header).replace(/\s*\/\s*/g, '/').replace(/euros?/g, 'eur').replace(/€/g, 'eur');
  if (/(^|[\s(])(c|cts|centimes?)\s?eur\/kwh/.test(h)) return 'cEUR/kWh';
  if (/eur\/mwh/.test(h)) return 'EUR/MWh';
  if (/eur\/kwh/.test(h)) return 'EUR/kWh';
  return undefined;
}

const DIVISOR: Record<ImportedPriceSeries['sourceUnit'], number> = { 'EUR/MWh': 1000, 'EUR/kWh': 1, 'cEUR/kWh': 100 };

export function importPriceSeriesCsv(bytes: Uint8Array, options: { unit?: PriceUnit } = {}): ImportedPriceSeries {
  let sourceUnit: ImportedPriceSeries['sourceUnit'] | undefined;
  const series = parseTimedCsv(bytes, {
    valueName: 'price',
    isValueHeader: (h) => PRICE_WORDS.some((w) => h.includes(w)) && !/^(date|heure|horodate)/.test(h),
    divisorOf: (header) => {
      sourceUnit = options.unit ?? priceUnitOfHeader(header);
      return sourceUnit === undefined ? undefined : DIVISOR[sourceUnit];
    },
    unknownUnitMessage: "the price unit is not given: name it in the header (e.g. 'Prix (€/MWh)') or choose €/MWh or €/kWh",
    check: (v) =>
      Math.abs(v) > MAX_PRICE_EUR_PER_KWH
        ? `price ${v.toFixed(3)} EUR/kWh is beyond ±${MAX_PRICE_EUR_PER_KWH} EUR/kWh${sourceUnit === 'EUR/kWh' ? ' (is the file in €/MWh?)' : ''}`
        : undefined,
  });
  if (sourceUnit === undefined) throw new LoadFileError('the price unit is not given');
  return { ...series, kind: 'price', sourceUnit };
}
