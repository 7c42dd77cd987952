/**
 * Label thresholds of the arrêté of 31 March 2021 annex 5 (as checked on the ADEME records):
 * A <70|<6, B <110|<11, C <180|<30, D <250|<50, E <330|<70, F <420|<100, else G; upper bounds
 * exclusive, per-m² values truncated first; H1b/H1c/H2d above 800 m: E <390|<80, F <500|<110.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './labels';

const base = { zone: 'H2b', altitudeClass: 1 as const, surfaceM2: 80, dpeDate: '2023-05-01' };

describe('classify', () => {
  it('puts each energy threshold in the upper class (upper bounds exclusive)', () => {
    const cases: Array<[number, string]> = [
      [69, 'A'], [70, 'B'], [109, 'B'], [110, 'C'], [179, 'C'], [180, 'D'],
      [249, 'D'], [250, 'E'], [329, 'E'], [330, 'F'], [419, 'F'], [420, 'G'],
    ];
    for (const [ep, label] of cases) expect(classify({ ...base, epM2: ep, gesM2: 0 }).labelEnergy, `ep ${ep}`).toBe(label);
  });

  it('puts each GHG threshold in the upper class', () => {
    const cases: Array<[number, string]> = [
      [5, 'A'], [6, 'B'], [10, 'B'], [11, 'C'], [29, 'C'], [30, 'D'], [49, 'D'], [50, 'E'], [69, 'E'], [70, 'F'], [99, 'F'], [100, 'G'],
    ];
    for (const [ges, label] of cases) expect(classify({ ...base, epM2: 0, gesM2: ges }).labelGes, `ges ${ges}`).toBe(label);
  });

  it('truncates per-m² values before classing', () => {
    expect(classify({ ...base, epM2: 69.99, gesM2: 5.99 }).label).toBe('A');
    expect(classify({ ...base, epM2: 70.0, gesM2: 5.99 }).label).toBe('B');
  });

  it('takes the worse of the energy and climate classes', () => {
    const r = classify({ ...base, epM2: 100, gesM2: 55 });
    expect(r.labelEnergy).toBe('B');
    expect(r.labelGes).toBe('E');
    expect(r.label).toBe('E');
  });

  it('applies the mountain thresholds in H1b, H1c, H2d above 800 m only', () => {
    const m = { ...base, zone: 'H1c', altitudeClass: 3 as const };
    expect(classify({ ...m, epM2: 389, gesM2: 0 }).labelEnergy).toBe('E');
    expect(classify({ ...m, epM2: 390, gesM2: 0 }).labelEnergy).toBe('F');
    expect(classify({ ...m, epM2: 499, gesM2: 0 }).labelEnergy).toBe('F');
    expect(classify({ ...m, epM2: 500, gesM2: 0 }).labelEnergy).toBe('G');
    expect(classify({ ...m, epM2: 0, gesM2: 79 }).labelGes).toBe('E');
    expect(classify({ ...m, epM2: 0, gesM2: 80 }).labelGes).toBe('F');
    expect(classify({ ...m, epM2: 0, gesM2: 110 }).labelGes).toBe('G');
    expect(classify({ ...m, epM2: 389, gesM2: 0 }).mountainRule).toBe(true);
    // Same altitude, zone outside the rule; and same zone below 800 m.
    expect(classify({ ...m, zone: 'H1a', epM2: 389, gesM2: 0 }).labelEnergy).toBe('F');
    expect(classify({ ...m, altitudeClass: 2, epM2: 389, gesM2: 0 }).labelEnergy).toBe('F');
    expect(classify({ ...base, zone: 'H2d', altitudeM: 801, epM2: 389, gesM2: 0 }).labelEnergy).toBe('E');
    expect(classify({ ...base, zone: 'H2d', altitudeM: 800, epM2: 389, gesM2: 0 }).labelEnergy).toBe('F');
  });

  it('flags the under-40 m² rule from 1 July 2024 only (its per-surface table is not shipped)', () => {
    const small = { ...base, surfaceM2: 30, epM2: 300, gesM2: 10 };
    expect(classify({ ...small, dpeDate: '2024-06-30' }).smallSurfaceRuleApplies).toBe(false);
    const r = classify({ ...small, dpeDate: '2024-07-01' });
    expect(r.smallSurfaceRuleApplies).toBe(true);
    expect(r.smallSurfaceRuleApplied).toBe(false);
    expect(r.note).toMatch(/25 March 2024/);
    expect(classify({ ...small, surfaceM2: 40, dpeDate: '2024-07-01' }).smallSurfaceRuleApplies).toBe(false);
  });

  it('rejects bad input naming the field', () => {
    expect(() => classify({ ...base, epM2: Number.NaN, gesM2: 1 })).toThrow(/epM2/);
    expect(() => classify({ ...base, zone: 'H4', epM2: 1, gesM2: 1 })).toThrow(/zone/);
    expect(() => classify({ ...base, dpeDate: '01/02/2024', epM2: 1, gesM2: 1 })).toThrow(/dpeDate/);
  });
});
