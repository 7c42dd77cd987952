/**
 * Annual energy costs, arrêté of 31 March 2021 annex 7 as modified by the arrêté of 8 October 2021
 * (tariffs of 1 January 2021): a flat price per kWh PCI for most energies, and for natural gas and
 * electricity a smoothed price by consumption band applied to the dwelling's whole consumption of
 * that energy (no cumulative bands). Later tariff updates (2022-2024 arrêtés) are not included.
 */
import type { Energy } from '../systems/enums';

const FLAT_EUR_PER_KWH: Partial<Record<Energy, number>> = {
  fioul: 0.09142,
  autre_fossile: 0.09142,
  reseau_chaleur: 0.0787,
  reseau_froid: 0.0787,
  propane: 0.14305,
  gpl: 0.14305,
  butane: 0.20027,
  charbon: 0.02372,
  bois_granule: 0.05991,
  bois_buche: 0.03201,
  bois_plaquette: 0.03201,
};

/** Total annual cost (EUR) of `kwh` of final energy of one carrier. */
export function annualCostEur(energy: Energy, kwh: number): number {
  if (kwh <= 0) return 0;
  if (energy === 'gaz_naturel') {
    if (kwh < 5009) return 0.11121 * kwh;
    if (kwh < 50055) return 230 + 0.06533 * kwh;
    return 415 + 0.06164 * kwh;
  }
  if (energy === 'electricite' || energy === 'electricite_renouvelable') {
    if (kwh < 1000) return 0.29007 * kwh;
    if (kwh < 2500) return 149 + 0.14066 * kwh;
    if (kwh < 5000) return 122 + 0.15176 * kwh;
    if (kwh < 15000) return 94 + 0.15735 * kwh;
    return 56 + 0.15989 * kwh;
  }
  const p = FLAT_EUR_PER_KWH[energy];
  if (p === undefined) throw new Error(`no price for energy ${energy}`);
  return p * kwh;
}
