/**
 * Weather series shared by the PV model and the simulation engine.
 * Values are AVERAGES over each step of the timeline (DESIGN.md: value i covers [t_i, t_i + step)).
 */
import { z } from 'zod';
import type { Timeline } from '../core/timeline';

export type WeatherSourceKind = 'pvgis-csv' | 'pvgis-json' | 'epw' | 'csv' | 'synthetic';

export interface WeatherSite {
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly elevationM: number;
}

export interface WeatherSeries {
  readonly timeline: Timeline;
  /** Global horizontal irradiance, W/m² (step average). */
  readonly ghiWm2: Float64Array;
  /** Direct normal irradiance, W/m² (absent when only GHI is known; then decomposed with Erbs). */
  readonly dniWm2?: Float64Array;
  /** Diffuse horizontal irradiance, W/m². */
  readonly dhiWm2?: Float64Array;
  /** Air temperature at 2 m, °C. */
  readonly tempC: Float64Array;
  /** Wind speed (10 m for PVGIS/EPW), m/s. */
  readonly windMs?: Float64Array;
  readonly source: { readonly kind: WeatherSourceKind; readonly label: string };
  readonly site?: WeatherSite;
}

export const weatherSiteSchema = z.object({
  latDeg: z.number({ error: 'latDeg must be a number' }).min(-90, 'latDeg must be ≥ −90').max(90, 'latDeg must be ≤ 90'),
  lonDeg: z.number({ error: 'lonDeg must be a number' }).min(-180, 'lonDeg must be ≥ −180').max(180, 'lonDeg must be ≤ 180'),
  elevationM: z.number({ error: 'elevationM must be a number' }).min(-450, 'elevationM must be ≥ −450 m').max(9000, 'elevationM must be ≤ 9000 m'),
});

/**
 * Hourly (or finer) records as read from a file, before they are placed on a timeline.
 * TMY files glue months of different years, so the records are not one contiguous period:
 * `toTypicalYear` maps them onto one year.
 */
export interface WeatherRecords {
  /** Start of each record's interval, UTC ms. */
  readonly startUtcMs: Float64Array;
  readonly stepMinutes: number;
  readonly ghiWm2: Float64Array;
  readonly dniWm2?: Float64Array;
  readonly dhiWm2?: Float64Array;
  readonly tempC: Float64Array;
  readonly windMs?: Float64Array;
  readonly source: { readonly kind: WeatherSourceKind; readonly label: string };
  readonly site?: WeatherSite;
  /** PVGIS: instant inside the hour the irradiance refers to, hours after the interval start. */
  readonly irradianceTimeOffsetH?: number;
  /** Human-readable notes on conversions applied (time zone, units). */
  readonly notes: readonly string[];
}

/** A parse error naming the line (1-based) and column of the input. */
export class WeatherParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super(line !== undefined ? `line ${line}${column ? `, column ${column}` : ''}: ${message}` : message);
    this.name = 'WeatherParseError';
  }
}

/** Total energy of a series in kWh/m² (irradiance × step hours). */
export function irradiationKwhM2(values: Float64Array, stepMinutes: number): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return (s * stepMinutes) / 60 / 1000;
}
