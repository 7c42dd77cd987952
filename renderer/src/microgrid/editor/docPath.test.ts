import { describe, expect, it } from 'vitest';
import { getAt, setAt } from './docPath';

describe('document paths', () => {
  it('reads and writes nested values without touching the original', () => {
    const doc = { pvArrays: [{ kWp: 76, tiltDeg: 15 }], grid: { mode: 'connected' } };
    const next = setAt(doc, 'pvArrays.0.kWp', 80);
    expect(getAt(next, 'pvArrays.0.kWp')).toBe(80);
    expect(getAt(doc, 'pvArrays.0.kWp')).toBe(76);
    expect(next.grid).toBe(doc.grid);
    expect(getAt(setAt(doc, 'grid.importLimitKw', 36), 'grid.importLimitKw')).toBe(36);
    expect(getAt(doc, 'missing.path')).toBeUndefined();
    expect('mode' in (setAt(doc, 'grid.mode', undefined).grid as object)).toBe(false);
  });
});
