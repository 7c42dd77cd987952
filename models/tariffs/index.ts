/** Public API of models/tariffs. */
export { importPriceSeries, tariffPriceSeries, PERIOD } from './priceSeries';
export type { PriceSeries, PriceSeriesInputs } from './priceSeries';
export { tariffSpecSchema, baseTariffSchema, hpHcTariffSchema, tempoTariffSchema, seriesTariffSchema, parseTariffSpec, TariffError } from './tariffSpecs';
export type { TariffSpec, ParsedTariffSpec } from './tariffSpecs';
export { TRVE_2025_08, TRVE_2026_02, TRVE_DEFAULT } from './regulatedPrices';
export type { RegulatedGrid } from './regulatedPrices';
export { TEMPO_COLOR, TEMPO_YEAR_QUOTAS, tempoDaysFromTemperature, tempoDaysFromList, tempoEpochDayOfStep, checkTempoRules, parseTempoDaysCsv, tempoDayListSchema } from './tempoCalendar';
export type { TempoDays, TempoDayList, TempoColorName } from './tempoCalendar';
export { offPeakMinuteMask, offPeakSteps, offPeakFractionSteps, offPeakHoursPerDay, offPeakRangesSchema, offPeakRangeTextSchema, DEFAULT_OFF_PEAK_RANGES } from './offPeakHours';
export { co2KgPerKwhSeries, co2SpecSchema, CO2_DEFAULTS, DPE_3CL_ELECTRICITY_KG_PER_KWH } from './co2Intensity';
export type { Co2Spec } from './co2Intensity';
