import { describe, expect, it } from 'vitest';
import { fieldsUnder, nextSelection } from './selection';

describe('nextSelection', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('keeps the selected document while the list still holds it', () => {
    expect(nextSelection(items, 'b')).toBe('b');
  });
  it('falls back on the first document when the selected one is gone or none is selected', () => {
    expect(nextSelection(items, 'deleted')).toBe('a');
    expect(nextSelection(items, null)).toBe('a');
    expect(nextSelection([{ id: 'z' }], 'a')).toBe('z');
  });
  it('selects nothing in an empty list', () => {
    expect(nextSelection([], 'a')).toBeNull();
    expect(nextSelection([], null)).toBeNull();
  });
});

describe('fieldsUnder', () => {
  it('names the fields of the edited item without the path of the saved document', () => {
    const errors = { 'data.sites.3.prm': 'PRM', 'data.sites.3.assets.0.powerKw': 'kW', 'data.settings.confidence': 'conf' };
    expect(fieldsUnder(errors, /^data\.sites\.\d+\./)).toEqual({ prm: 'PRM', 'assets.0.powerKw': 'kW', 'data.settings.confidence': 'conf' });
  });
  it('only strips a leading prefix', () => {
    expect(fieldsUnder({ 'curve.site.kWp': 'x', 'site.latDeg': 'y' }, /^site\./)).toEqual({ 'curve.site.kWp': 'x', latDeg: 'y' });
  });
});
