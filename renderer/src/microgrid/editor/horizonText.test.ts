import { describe, expect, it } from 'vitest';
import { horizonToText, parseHorizonText } from './horizonText';

describe('far horizon as text', () => {
  it('reads azimuth:elevation pairs in any order, with French decimals, and writes them back', () => {
    const h = parseHorizonText('180:12,5  90:4 ; 270:6 0:1');
    expect(h).toEqual({ azimuthsDeg: [0, 90, 180, 270], elevationsDeg: [1, 4, 12.5, 6] });
    expect(horizonToText(h as never, 'fr')).toBe('0:1 90:4 180:12,5 270:6');
    expect(horizonToText(h as never, 'en')).toBe('0:1 90:4 180:12.5 270:6');
  });

  it('gives null for an empty field and names the pair it cannot read', () => {
    expect(parseHorizonText('  ')).toBeNull();
    expect(parseHorizonText('0:1 sud:10')).toEqual({ error: 'sud:10' });
  });
});
