/** Public API of the sun and sky models (see each file's header for its source). */
export { spaPosition, geocentricSun, incidenceAngleDeg, julianDayFromUtcMs, DEFAULT_DELTA_T_S, type SpaSite, type SpaResult } from './spa';
export { sunRiseTransitSet, type SunRiseSet } from './sunRiseSet';
export { solarPositionSeries, type SolarPositionSeries, type SolarPositionOptions } from './solarPositionSeries';
export { extraterrestrialNormalWm2, eccentricityCorrection, dayOfYearUtc, SOLAR_CONSTANT_WM2 } from './extraterrestrial';
export { relativeAirMass, absoluteAirMass, pressureFromAltitudePa } from './airMass';
export { ineichenPerez, clearSkyAt, clearSkySeries, DEFAULT_LINKE_TURBIDITY_FRANCE, type ClearSkyIrradiance } from './clearSky';
export { erbs, erbsDiffuseFraction, disc, type Decomposition } from './decomposition';
export {
  poaIrradiance,
  cosAngleOfIncidence,
  angleOfIncidenceDeg,
  isotropicSkyDiffuse,
  hayDaviesSkyDiffuse,
  perezSkyDiffuse,
  groundReflected,
  PEREZ_1990_COEFFICIENTS,
  type PoaInput,
  type PoaComponents,
  type SkyDiffuseModel,
} from './transposition';
export { horizonElevationDeg, horizonProfileSchema, type HorizonProfile } from './horizon';
