/** Public API of models/imports: price and CO2 series importers, and the placing of imported series on a scenario's timeline. */
export { importPriceSeriesCsv, priceUnitOfHeader, PRICE_UNITS, MAX_PRICE_EUR_PER_KWH } from './priceCsv';
export type { ImportedPriceSeries, PriceUnit } from './priceCsv';
export { importCo2SeriesCsv, co2UnitOfHeader, CO2_UNITS, MAX_CO2_KG_PER_KWH } from './co2Csv';
export type { ImportedCo2Series, Co2Unit } from './co2Csv';
export { parseTimedCsv, normalizeHourField } from './timedCsv';
export type { ImportedTimeSeries, SeriesGapRange, SeriesGapFilledBy } from './timedCsv';
export { seriesOnTimeline, timelineMapping, applyMapping, SeriesCoverageError } from './seriesOnTimeline';
export type { TimedSeries, TimelineMapping } from './seriesOnTimeline';
