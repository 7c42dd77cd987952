/**
 * Conversion factors: arrêté of 15 September 2006 annexes 3.2 and 4.1 (via the arrêté of 31 March
 * 2021 annexes 3-4), electricity primary factor 2.3 → 1.9 for DPEs issued from 1 January 2026
 * (arrêté of 13 August 2025), prices of annex 7 (1 January 2021).
 */
import { describe, expect, it } from 'vitest';
import { electricityPrimaryFactor, gesFactor, primaryFactor } from './factors';
import { annualCostEur } from './costs';
import { convertEnergy } from './convert';

describe('primary energy factors', () => {
  it('uses 2.3 for electricity before 2026 and 1.9 from 1 January 2026, 1 for other energies', () => {
    expect(electricityPrimaryFactor('2025-12-31')).toBe(2.3);
    expect(electricityPrimaryFactor('2026-01-01')).toBe(1.9);
    expect(primaryFactor('gaz_naturel', '2026-03-01')).toBe(1);
    expect(primaryFactor('bois_buche', '2022-03-01')).toBe(1);
  });

  it('changes the primary energy and the label of an all-electric dwelling with the date', () => {
    const lines = [{ use: 'chauffage' as const, energy: 'electricite' as const, kwh: 10000 }];
    const before = convertEnergy({ lines, surfaceM2: 50, zone: 'H2b', altitudeClass: 1, dpeDate: '2025-12-31' });
    const after = convertEnergy({ lines, surfaceM2: 50, zone: 'H2b', altitudeClass: 1, dpeDate: '2026-01-01' });
    expect(before.epM2).toBe(460); // 10000·2.3/50
    expect(before.label).toBe('G');
    expect(after.epM2).toBe(380); // 10000·1.9/50
    expect(after.label).toBe('F');
  });
});

describe('GHG factors (kgCO2e/kWh PCI)', () => {
  it('follows annex 4.1 by energy and, for electricity, by use', () => {
    expect(gesFactor('electricite', 'chauffage')).toBe(0.079);
    expect(gesFactor('electricite', 'ecs')).toBe(0.065);
    expect(gesFactor('electricite', 'refroidissement')).toBe(0.064);
    expect(gesFactor('electricite', 'eclairage')).toBe(0.069);
    expect(gesFactor('electricite', 'auxiliaire')).toBe(0.064);
    expect(gesFactor('gaz_naturel', 'chauffage')).toBe(0.227);
    expect(gesFactor('fioul', 'ecs')).toBe(0.324);
    expect(gesFactor('propane', 'chauffage')).toBe(0.272);
    expect(gesFactor('bois_plaquette', 'chauffage')).toBe(0.024);
  });

  it('reads listed heat networks and uses charcoal 0.385 for unlisted ones', () => {
    expect(gesFactor('reseau_chaleur', 'chauffage', '0106C')).toBe(0.037);
    expect(gesFactor('reseau_chaleur', 'chauffage', 'UNKNOWN')).toBe(0.385);
    expect(gesFactor('reseau_chaleur', 'chauffage')).toBe(0.385);
  });
});

describe('annual costs (annex 7, tariffs of 1 January 2021)', () => {
  it('prices oil flat and electricity and gas by consumption band', () => {
    // Record 2187E0982591I: 35215.148 kWh of oil → 3219.37 EUR, 592.81 kWh of electricity → 171.96 EUR.
    expect(annualCostEur('fioul', 35215.147964957934)).toBeCloseTo(3219.3688, 3);
    expect(annualCostEur('electricite', 592.8076999593856)).toBeCloseTo(171.9557, 3);
    expect(annualCostEur('electricite', 1000)).toBeCloseTo(149 + 140.66, 6);
    expect(annualCostEur('gaz_naturel', 5008)).toBeCloseTo(0.11121 * 5008, 6);
    expect(annualCostEur('gaz_naturel', 50055)).toBeCloseTo(415 + 0.06164 * 50055, 6);
  });
});
