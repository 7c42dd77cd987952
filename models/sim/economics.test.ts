import { describe, expect, it } from 'vitest';
import { evaluateEconomics, replacementYears } from './economics';

const base = {
  capexEur: 1000,
  subsidiesEur: 0,
  opexEurPerYear: 50,
  replacements: [],
  discountRate: 0.05,
  projectLifeYears: 5,
  firstYearSavingsEur: 300,
  energyPriceEscalation: 0,
  degradationPerYear: 0,
  firstYearEnergyKwh: 1000,
};

describe('economics (Short, Packey & Holt 1995)', () => {
  it('matches a hand-computed 5-year case', () => {
    const r = evaluateEconomics(base);
    // Annuity factor (1 − 1.05^−5)/0.05 = 4.329477; NPV = −1000 + 250·4.329477 = 82.369.
    expect(r.npvEur).toBeCloseTo(-1000 + 250 * 4.329476671, 5);
    // IRR: 250·a(r,5) = 1000 → r = 7.9308 %.
    expect(r.irr).toBeCloseTo(0.079308, 5);
    expect(r.simplePaybackYears).toBeCloseTo(4, 12);
    // LCOE = (1000 + 50·4.329477) / (1000·4.329477) = 0.280971 EUR/kWh.
    expect(r.lcoeEurPerKwh).toBeCloseTo((1000 + 50 * 4.329476671) / (1000 * 4.329476671), 8);
    // Discounted payback: cumulative discounted 250s reach 1000 beyond year 4 (a(5%,4) = 3.546).
    expect(r.discountedPaybackYears).toBeGreaterThan(4);
    expect(r.discountedPaybackYears).toBeLessThan(5);
  });

  it('counts subsidies and replacements', () => {
    const r = evaluateEconomics({ ...base, subsidiesEur: 400, replacements: [{ year: 3, costEur: 250, label: 'storage' }] });
    const expected = -600 + 250 / 1.05 + 250 / 1.05 ** 2 + 0 / 1.05 ** 3 + 250 / 1.05 ** 4 + 250 / 1.05 ** 5;
    expect(r.npvEur).toBeCloseTo(expected, 9);
  });

  it('has no IRR when the project never pays back', () => {
    expect(evaluateEconomics({ ...base, firstYearSavingsEur: 40 }).irr).toBeNull();
    expect(evaluateEconomics({ ...base, firstYearSavingsEur: 40 }).simplePaybackYears).toBe(Infinity);
  });

  it('schedules replacements inside the project life', () => {
    expect(replacementYears(7.3, 20)).toEqual([8, 15]);
    expect(replacementYears(Infinity, 20)).toEqual([]);
  });
});
