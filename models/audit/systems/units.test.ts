/**
 * Step-by-step checks of the systems formulas against values published in annex 1 of the arrêté of
 * 8 October 2021 and against the intermediate values registered in ADEME record 2187E0982591I
 * (oil boiler "classique" before 1970, 24 kW, mixed heating + instantaneous DHW, H1c 400-800 m):
 * registered rendement_generation 0.745605578903104 (heating) and 0.389091485016625 (DHW).
 */
import { describe, expect, it } from 'vitest';
import { TABLES } from './tables';
import {
  characteristicsFromRow,
  combustionGenerationEfficiency,
  dhwSizingPowerKw,
  heatingSizingPowerKw,
  kpcsOf,
  nominalPowerKw,
  tfonc100C,
  tfonc30C,
} from './heating/combustion';
import { emitterEfficiencies } from './heating/emission';
import { evalFormula } from './formula';
import { parseSystemsInput } from './schema';
import { electricTankLossesWh, storageLossesWh } from './dhw';
import { heatingScop, dhwCop } from './heating/heatPump';

const oilRow = TABLES.combustionCh.find((r) => r['tv_generateur_combustion_id'] === 16)!;

describe('table formulas', () => {
  it('evaluates the §13.2.2 expressions, with or without explicit products', () => {
    expect(evalFormula('(84 + 2 * logPn) / 100', { Pn: 24 })).toBeCloseTo(0.8676042248342319, 12);
    expect(evalFormula('(87.5 + 1.5 logPn) / 100', { Pn: 10 })).toBeCloseTo(0.89, 12);
    expect(evalFormula('0.085 * (Pn ^ -0.4) * Pn', { Pn: 32 })).toBeCloseTo(0.085 * Math.pow(32, 0.6), 12);
    expect(evalFormula('(E + F * logPn) / 100 * Pn', { Pn: 100, E: 2.5, F: -0.8 })).toBeCloseTo(0.9, 12);
    expect(() => evalFormula('2 * X', { Pn: 1 })).toThrow(/X not bound/);
  });
});

describe('§13.2 combustion generators (record 2187E0982591I)', () => {
  it('derives Pn = 24 kW from Pdim = max(Pch, Pecs) (§13.2.2.4)', () => {
    const pch = heatingSizingPowerKw(453.04971202654303, -11.5);
    expect(pch).toBeCloseTo(17.3994, 3);
    expect(dhwSizingPowerKw(0)).toBe(21);
    expect(nominalPowerKw(Math.max(pch, 21), false)).toBe(24);
    expect(nominalPowerKw(pch, false)).toBe(18);
    expect(nominalPowerKw(4, true)).toBe(5);
    expect(nominalPowerKw(4, false)).toBe(18);
    expect(nominalPowerKw(41, true)).toBe(45);
  });

  it('reads the default Rpn, Rpint, QP0 of an oil boiler before 1970', () => {
    const ch = characteristicsFromRow(oilRow, 24, false);
    expect(ch.rpn).toBeCloseTo(0.86760422483423194, 12); // registered rpn
    expect(ch.rpint).toBeCloseTo(0.84140633725134806, 12); // registered rpint
    expect(ch.qp0Kw * 1000).toBeCloseTo(960, 9); // registered qp0 (W)
  });

  it('finds Tfonc100 = 80 °C and Tfonc30 = 59 °C for high-temperature radiators before 1981', () => {
    expect(tfonc100C(undefined, 'haute', 1947)).toBe(80);
    expect(tfonc30C(undefined, 'standard', 'haute', 1947, 1969)).toBe(59);
    expect(tfonc30C(undefined, 'condensation', 'basse', 2005, 2018)).toBe(24.5);
  });

  it('reproduces the registered generation efficiency 0.745605578903104', () => {
    const ch = characteristicsFromRow(oilRow, 24, false);
    const rg = combustionGenerationEfficiency({
      ch,
      kpcs: kpcsOf('fioul'),
      gvWK: 453.04971202654303,
      tbaseC: -11.5,
      pnTotalKw: 24,
      tfonc30C: 59,
      tfonc100C: 80,
      hasRegulation: false,
      device: 'chaudiere',
    });
    expect(rg).toBeCloseTo(0.745605578903104, 7);
  });

  it('reproduces the registered DHW efficiency of the mixed boiler (§14.1.2), 0.389091485016625', () => {
    const ch = characteristicsFromRow(oilRow, 24, false);
    const becsWh = 1212283.3601060002; // registered besoin_ecs (Wh)
    const rg = 1 / (1 / ch.rpn + (1790 * ch.qp0Kw * 1000) / becsWh);
    expect(rg).toBeCloseTo(0.389091485016625, 12);
    // Cecs = Becs/(Rd·Rg) with Rd 0.93 → registered conso_ecs 3350.19023786125 kWh.
    expect(1212.283360106 / (0.93 * rg)).toBeCloseTo(3350.19023786125, 6);
  });
});

describe('§8, §12 emitters', () => {
  it('reads Re, Rd, Rr, I0 by table id and applies INT = I0/(1 + 0.1·(G − 1))', () => {
    // Record 2187E0982591I: tv ids 7, 5, 12, 2 → registered 0.95, 0.88, 0.95, 0.84.
    const e = emitterEfficiencies(
      { surfaceM2: 71, emissionTypeId: 30, tvReId: 7, tvRdId: 5, tvRrId: 12, tvI0Id: 2, linkId: 1 },
      453.04971202654303,
      2.5,
      71,
      [],
    );
    expect([e.re, e.rd, e.rr, e.i0]).toEqual([0.95, 0.88, 0.95, 0.84]);
    const g = 453.04971202654303 / (2.5 * 71);
    expect(e.int).toBeCloseTo(0.84 / (1 + 0.1 * (g - 1)), 12);
  });
});

describe('§11.6 and §12.4.2, §14.2 tables', () => {
  it('computes storage losses', () => {
    // §11.6.2: 8592·45/24·Vs·Cr; a 200 L vertical category C tank has Cr 0.20.
    expect(electricTankLossesWh(200, 0.2)).toBeCloseTo(8592 * 1.875 * 40, 6);
    expect(storageLossesWh(100)).toBeCloseTo(67662 * Math.pow(100, 0.55), 6);
    expect(storageLossesWh(0)).toBe(0);
  });

  it('reads default SCOP and COP by zone, emitter and period', () => {
    expect(heatingScop(undefined, 'pac_air_eau', 'H1b', false, 2018)).toBe(2.8);
    expect(heatingScop(undefined, 'pac_air_eau', 'H3', true, 2018)).toBe(3.8);
    expect(heatingScop(undefined, 'pac_air_air', 'H2a', false, 2010)).toBe(2.3);
    expect(dhwCop(undefined, 'cet_air_extrait', 'H1a', 2016)).toBe(2.8);
    expect(dhwCop(undefined, 'pac_double_service', 'H3', 2005)).toBe(2.3);
  });
});

describe('input schema', () => {
  it('names the offending field', () => {
    expect(() => parseSystemsInput({ surfaceM2: -1 })).toThrow(/^surfaceM2:/);
    const ok = {
      surfaceM2: 50,
      buildingType: 'maison',
      dwellingCount: 1,
      zone: 'H1a',
      altitudeClass: 1,
      dpeDate: '2023-01-01',
      ceilingHeightM: 2.5,
      gvWK: 100,
      climate: { tbaseC: -9.5, nrefMonthlyH: new Array(12).fill(500) },
      besoinChKwh: 1000,
      besoinEcsKwh: 1000,
      besoinFrKwh: 0,
      installations: { heating: [], dhw: [], cooling: [], ventilation: [], pv: [] },
    };
    expect(() => parseSystemsInput(ok)).not.toThrow();
    expect(() => parseSystemsInput({ ...ok, dpeDate: '2023/01/01' })).toThrow(/^dpeDate:/);
    expect(() => parseSystemsInput({ ...ok, climate: { tbaseC: -9.5, nrefMonthlyH: [1, 2] } })).toThrow(/^climate\.nrefMonthlyH:/);
  });
});
