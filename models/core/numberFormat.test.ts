import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity, parseLocaleNumber } from './numberFormat';
import { parseCoordinates } from './coordinates';

describe('French number formats', () => {
  it('formats with a narrow no-break space and a decimal comma in French', () => {
    expect(formatNumber(1234.5, 'fr').replace(/\u202f/g, ' ')).toBe('1 234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatQuantity(290000, 'kWh', 'fr', 0).replace(/[\u202f\u00a0]/g, ' ')).toBe('290 000 kWh');
  });

  it('parses what users type', () => {
    expect(parseLocaleNumber('47,35')).toBe(47.35);
    expect(parseLocaleNumber('1 234,5')).toBe(1234.5);
    expect(parseLocaleNumber('1\u202f234,5')).toBe(1234.5);
    expect(parseLocaleNumber('1.234,5')).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5')).toBe(1234.5);
    expect(parseLocaleNumber('-3.15')).toBe(-3.15);
    expect(parseLocaleNumber('12 kWh')).toBeNaN();
    expect(parseLocaleNumber('')).toBeNaN();
    expect(parseLocaleNumber('1,2,3')).toBeNaN();
  });

  it('reads back every number it formats in French', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const rounded = Math.round(x * 10) / 10;
        expect(parseLocaleNumber(formatNumber(rounded, 'fr', 1))).toBeCloseTo(rounded, 6);
      }),
    );
  });
});

describe('coordinates pasted from map sites', () => {
  it.each([
    ['47.3469, -3.1553', 47.3469, -3.1553],
    ['47,3469 -3,1553', 47.3469, -3.1553],
    ['47.3469,-3.1553', 47.3469, -3.1553],
    ['47.3469N 3.1553W', 47.3469, -3.1553],
    ['47°20\'49"N 3°09\'19"W', 47.34694, -3.15528],
    ['47° 20′ 49″ N, 3° 9′ 19″ O', 47.34694, -3.15528],
    ['49.5267; 1.0403', 49.5267, 1.0403],
  ])('%s', (text, lat, lon) => {
    const c = parseCoordinates(text);
    expect(c?.latDeg).toBeCloseTo(lat, 4);
    expect(c?.lonDeg).toBeCloseTo(lon, 4);
  });

  it('refuses what it cannot read', () => {
    expect(parseCoordinates('Belle-Île')).toBeNull();
    expect(parseCoordinates('95, 3')).toBeNull();
    expect(parseCoordinates('47.3')).toBeNull();
  });
});
