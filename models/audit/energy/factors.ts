/**
 * Conversion factors of final energy (kWh PCI) into primary energy and GHG emissions.
 * - Primary: arrêté of 31 March 2021 annex 3 → arrêté of 15 September 2006 annex 3.2: 1 for every
 *   energy but electricity; electricity 2.3 for DPEs issued before 1 January 2026 and 1.9 from that
 *   date (arrêté of 13 August 2025). The shipped table (resources/dpe/energy/fcep.json) holds the
 *   current 1.9.
 * - GHG: arrêté of 31 March 2021 annex 4 → arrêté of 15 September 2006 annex 4.1 (kgCO2e/kWh PCI),
 *   electricity by use; heat networks by their listed CO2 content (annex 7 of the same arrêté, table
 *   resources/dpe/energy/reseau.json), charcoal's 0.385 for unlisted networks.
 */
import fcepTable from '../../../resources/dpe/energy/fcep.json';
import fegesTable from '../../../resources/dpe/energy/feges.json';
import networkTable from '../../../resources/dpe/energy/reseau.json';
import type { Energy } from '../systems/enums';
import type { EnergyUse } from './types';

const ELECTRICITY_2026_DATE = '2026-01-01';

export function electricityPrimaryFactor(dpeDate: string): number {
  if (dpeDate >= ELECTRICITY_2026_DATE) {
    const row = (fcepTable as Array<{ energie: string; fcep: number }>).find((r) => r.energie === 'electricite');
    return row?.fcep ?? 1.9;
  }
  return 2.3;
}

export function primaryFactor(energy: Energy, dpeDate: string): number {
  return energy === 'electricite' || energy === 'electricite_renouvelable' ? electricityPrimaryFactor(dpeDate) : 1;
}

const fegesRows = fegesTable as Array<{ energie: string; usage: string | null; feges: number }>;
const networks = new Map((networkTable as Array<{ id: string; feges: number }>).map((r) => [r.id.toUpperCase(), r.feges]));

/**
 * Electricity for auxiliaries: the arrêté of 15 September 2006 annex 4.1 gives 0.064; the doctrine
 * CSV says 0.069 (the lighting value). Registered ADEME records use 0.064, as the arrêté.
 */
const ELECTRICITY_AUXILIARY_KG = 0.064;

export function gesFactor(energy: Energy, use: EnergyUse, networkId?: string): number {
  const key: string =
    energy === 'propane' || energy === 'butane'
      ? 'gpl'
      : energy === 'autre_fossile'
        ? 'fioul'
        : energy === 'electricite_renouvelable'
          ? 'electricite'
          : energy;
  if (key === 'electricite' && use === 'auxiliaire') return ELECTRICITY_AUXILIARY_KG;
  if (key === 'reseau_chaleur' && networkId) {
    const f = networks.get(networkId.toUpperCase());
    if (f !== undefined) return f;
  }
  const row = fegesRows.find((r) => r.energie === key && (r.usage === null || r.usage === use));
  if (!row) throw new Error(`no GHG factor for energy ${energy} and use ${use}`);
  return row.feges;
}
