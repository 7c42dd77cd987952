/** Public API of the PV models (PVWatts v5-style chain). */
export { pvAcKw, pvYearly, type PvOptions, type PvResult, type PvYearly } from './pvSystem';
export { pvArraySchema, parsePvArrays, combinedLossPct, arrayLossPct, PVWATTS_DEFAULT_LOSSES_PCT, type PvArray, type PvArrayInput, type LossBreakdownPct } from './pvArray';
export { pvwattsInverterAc, pvwattsInverterUnclippedAc } from './inverter';
export { physicalIam } from './iam';
export { sapmCellTemperatureC, SAPM_PARAMS } from './cellTemperature';
