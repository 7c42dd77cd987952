/** Public API of the weather models: series type, parsers, typical year, resampling, synthetic year. */
export { type WeatherSeries, type WeatherRecords, type WeatherSite, type WeatherSourceKind, WeatherParseError, weatherSiteSchema, irradiationKwhM2 } from './weatherSeries';
export { parsePvgisCsv, parsePvgisJson } from './pvgis';
export { parseEpw } from './epw';
export { parseGenericCsv, csvMappingSchema, type CsvMapping } from './genericCsv';
export { parseWeatherText, parseWeatherRecords, detectWeatherFormat, DEFAULT_TYPICAL_YEAR } from './parseWeather';
export { toTypicalYear, recordsToSeries, seriesToRecords, isContiguous } from './typicalYear';
export { resampleWeather, resampleAverage } from './resample';
export { syntheticWeatherYear, syntheticWeatherOptionsSchema, southVerticalMonthlyKwhM2, type SyntheticWeather, type SyntheticWeatherOptions } from './synthetic';
export {
  departementToClimateZone,
  prefectureOf,
  nearestDepartement,
  climateZoneNear,
  monthlyClimateTargets,
  CLIMATE_ZONES,
  type ClimateZone,
  type Prefecture,
  type MonthlyClimateTargets,
} from './climateTables';
