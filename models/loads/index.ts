/** Public API of models/loads (imports, synthetic profiles, flexible loads). */
export { importEnedisLoadCurve, parseEnedisLoadFile, detectLoadFileFormat, energyKwhToMeanKw, loadImportOptionsSchema } from './importEnedisLoadCurve';
export type { ImportedLoadCurve, LoadImportOptions, GapRange, GapFilledBy } from './importEnedisLoadCurve';
export { LoadFileError } from './loadFileError';
export { loadOnTimeline } from './loadOnTimeline';
export { decodeText } from './decodeText';
export type { TextEncodingName } from './decodeText';
export { resampleMeterPoints, STEP_QUALITY } from './resampleMeterPoints';
export type { StepQuality, ResampledPoints } from './resampleMeterPoints';
export { fillGaps, gapFillOptionsSchema } from './gapFill';
export type { GapFillOptions } from './gapFill';
export type { MeterPoint, LoadFileFormat, ParsedLoadFile } from './meterPoints';
export { syntheticLoadKw, parseSyntheticLoadSpec, buildingShape, timelineTargetKwh, SyntheticLoadError } from './synthetic/syntheticLoad';
export type { SyntheticLoadInputs } from './synthetic/syntheticLoad';
export {
  syntheticLoadSpecSchema,
  housingLoadSchema,
  officeLoadSchema,
  schoolLoadSchema,
  gymnasiumLoadSchema,
  holidayVillageLoadSchema,
  publicLightingLoadSchema,
  waterHeaterOffPeakLoadSchema,
  thermoSensitiveSchema,
} from './synthetic/syntheticLoadSpec';
export type { SyntheticLoadSpec } from './synthetic/syntheticLoadSpec';
export { COLD_WATER_TEMP_BELOW_400M_C, CLIMATE_ZONES, coldWaterTempC, dailyHotWaterNeedFactor } from './synthetic/coldWaterTemperature';
export type { ClimateZone } from './synthetic/coldWaterTemperature';
export * from './flexible/index';
