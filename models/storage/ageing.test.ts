import { describe, expect, it } from 'vitest';
import {
  BLAST_LEAF_SECOND_LIFE_AGEING,
  SAM_NMC_AGEING,
  calendarLossIncrement,
  calendarRate,
  cyclesToFailure,
} from './ageingParams';
import { PackAgeing, projectEndOfLifeYears } from './packAgeing';

describe('calendar ageing', () => {
  it('SAM default: k = a at Tref = 296 K and SoC = 100 %', () => {
    expect(calendarRate(SAM_NMC_AGEING.calendar, 296 - 273.15, 1)).toBeCloseTo(2.66e-3, 12);
  });

  it('BLAST-Lite Leaf second life: k = A·exp(B/T)·exp(C·SoC/T)', () => {
    for (const [tempC, soc] of [
      [25, 0.5],
      [35, 0.9],
      [10, 0.2],
    ]) {
      const tK = tempC + 273.15;
      const expected = 3.25e8 * Math.exp(-7.58e3 / tK) * Math.exp((162 * soc) / tK);
      expect(calendarRate(BLAST_LEAF_SECOND_LIFE_AGEING.calendar, tempC, soc)).toBeCloseTo(expected, 12);
    }
    // Hand value: 25 °C, 50 % SoC → 3.25e8·e^(−25.4235)·e^(0.27168) ≈ 3.88e-3 per day^0.464.
    expect(calendarRate(BLAST_LEAF_SECOND_LIFE_AGEING.calendar, 25, 0.5)).toBeCloseTo(3.88e-3, 4);
  });

  it('is Arrhenius: hotter ages faster, and follows t^p at constant stress', () => {
    const c = SAM_NMC_AGEING.calendar;
    expect(calendarRate(c, 35, 0.5)).toBeGreaterThan(calendarRate(c, 25, 0.5));
    const k = calendarRate(c, 25, 0.5);
    let q = 0;
    for (let d = 0; d < 365; d++) q += calendarLossIncrement(q, k, 0.5, 1);
    expect(q).toBeCloseTo(k * Math.sqrt(365), 12);
  });
});

describe('cycle ageing', () => {
  it('Wöhler law reproduces SAM default cycle-life matrix at 20 % and 80 % DoD', () => {
    expect(cyclesToFailure(SAM_NMC_AGEING.cycle, 0.2)).toBeCloseTo(5000, 6);
    expect(cyclesToFailure(SAM_NMC_AGEING.cycle, 0.8)).toBeCloseTo(1000, 6);
  });

  it('BLAST Leaf second-life: 20 % loss after ≈1472 full cycles at 100 % DoD', () => {
    expect(cyclesToFailure(BLAST_LEAF_SECOND_LIFE_AGEING.cycle, 1)).toBeCloseTo(1472, -1);
  });

  it('Miner sum over rainflow cycles: 500 cycles at 80 % DoD lose 10 %', () => {
    const a = new PackAgeing(SAM_NMC_AGEING, 1);
    for (let k = 0; k < 500; k++) {
      a.sample(0.1, 25);
      a.sample(0.9, 25);
    }
    a.sample(0.1, 25);
    a.finish(0);
    expect(a.qLossCycle).toBeCloseTo((500 / 1000) * 0.2, 9);
    expect(a.fullCycleEquivalent).toBeCloseTo(500 * 0.8, 9);
  });
});

describe('end-of-life projection', () => {
  it('solves for the year where SoH crosses the threshold', () => {
    // 0.8 SoH, 2 % calendar (sqrt) + 1 % cycle loss per year; EOL 0.6 → allowed loss 0.25.
    const years = projectEndOfLifeYears(
      { initialSoh: 0.8, qLossCalendar: 0.02, qLossCycle: 0.01, days: 365.25, timeExponent: 0.5 },
      0.6,
    );
    expect(0.02 * Math.sqrt(years) + 0.01 * years).toBeCloseTo(0.25, 9);
  });
});
