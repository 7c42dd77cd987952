/**
 * Imported CO2 intensity of grid electricity (kg CO2e/kWh per step).
 *
 * - RTE eCO2mix exports ("Télécharger" on https://www.rte-france.com/eco2mix, national or regional, real-time or
 *   consolidated): tab- or semicolon-separated, Windows-1252, columns 'Périmètre', 'Nature', 'Date', 'Heures', …,
 *   'Taux de CO2 (g/kWh)' in French local time, rows every 15 min of which some carry no CO2 value (the intensity
 *   is published every 30 min or 60 min depending on the period; empty rows are gaps, filled by interpolation), and
 *   a closing disclaimer line. RTE's rate counts direct emissions of French generation only (no imports, no life
 *   cycle): models/tariffs/co2Intensity.ts says which convention each source follows.
 * - Any 'Horodate;gCO2/kWh' file (or 'Date;Heure;…'), g or kg per kWh as its header says (g by default, the unit
 *   every public source uses).
 * Reading, time and gap rules: timedCsv.ts.
 */
import { normalizeHeader } from '../loads/csvText';
import { parseTimedCsv, type ImportedTimeSeries } from './timedCsv';

export const CO2_UNITS = ['g/kWh', 'kg/kWh'] as const;
export type Co2Unit = (typeof CO2_UNITS)[number];

export interface ImportedCo2Series extends ImportedTimeSeries {
  readonly kind: 'co2';
  readonly format: 'rte-eco2mix' | 'csv';
  readonly sourceUnit: Co2Unit;
}

/** Highest intensity accepted, kg/kWh (lignite plants emit about 1.1; 2 leaves room for marginal factors). */
export const MAX_CO2_KG_PER_KWH = 2;

export function co2UnitOfHeader(header: string): Co2Unit | undefined {
  const h = normalizeHeader(header).replace(/\s+/g, '');
  if (/kg(co2e?|eqco2)?\/kwh|kgco2/.test(h)) return 'kg/kWh';
  if (/g(co2e?|eqco2)?\/kwh|gco2/.test(h)) return 'g/kWh';
  return undefined;
}

export function importCo2SeriesCsv(bytes: Uint8Array, options: { unit?: Co2Unit } = {}): ImportedCo2Series {
  let sourceUnit: Co2Unit = 'g/kWh';
  let eco2mix = false;
  const series = parseTimedCsv(bytes, {
    valueName: 'CO2 intensity',
    isValueHeader: (h) => {
      if (h.startsWith('taux de co2')) eco2mix = true;
      return h.includes('co2') || h.includes('carbon') || h.includes('carbone');
    },
    divisorOf: (header) => {
      sourceUnit = options.unit ?? co2UnitOfHeader(header) ?? 'g/kWh';
      return sourceUnit === 'g/kWh' ? 1000 : 1;
    },
    unknownUnitMessage: 'the CO2 unit is not given',
    check: (v) =>
      v < 0
        ? 'a CO2 intensity cannot be negative'
        : v > MAX_CO2_KG_PER_KWH
          ? `CO2 intensity ${v} kg/kWh is above ${MAX_CO2_KG_PER_KWH} kg/kWh${sourceUnit === 'kg/kWh' ? ' (is the file in g/kWh?)' : ''}`
          : undefined,
  });
  return { ...series, kind: 'co2', format: eco2mix ? 'rte-eco2mix' : 'csv', sourceUnit };
}
