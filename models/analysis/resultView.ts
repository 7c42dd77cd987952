/**
 * The shape of a micro-grid simulation result as the dashboard charts read it. The simulation
 * engine's output is mapped onto it by the caller; the charts and the helpers of this folder only
 * read it. Series are mean power over each step (kW), SoC in percent, aligned on `timeline`.
 */
import type { Timeline } from '../core/timeline';

export const SERIES = [
  'pvKw',
  'loadKw',
  'servedKw',
  'shedKw',
  'unservedKw',
  'storageChargeKw',
  'storageDischargeKw',
  'storageSocPct',
  'evChargeKw',
  'v2gKw',
  'gridImportKw',
  'gridExportKw',
  'curtailedKw',
] as const;
export type SeriesName = (typeof SERIES)[number];

/** Power series (kW): everything but the state of charge. */
export const POWER_SERIES: readonly SeriesName[] = SERIES.filter((s) => s !== 'storageSocPct');

export interface SohPoint {
  readonly year: number;
  readonly sohPct: number;
}

export interface EvDeparture {
  readonly vehicle: string;
  readonly departureUtcMs: number;
  readonly requestedKwh: number;
  readonly deliveredKwh: number;
}

export interface MicrogridResultView {
  /** startUtcMs, stepMinutes, length; value i covers [t_i, t_i + step). */
  timeline: Timeline;
  /** Mean kW over each step; storageSocPct in %. */
  series: Partial<Record<SeriesName, Float64Array>>;
  /** Fractions for rates (selfConsumptionRate…), kWh, kW, EUR, kg, years: see kpiFormat.ts. */
  kpis: Record<string, number>;
  sohProjection?: Array<SohPoint>;
  evDepartures?: Array<EvDeparture>;
}
