import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../projectStore/testing/tempDir';
import { formatCsvNumber, parisIsoWithOffset, seriesCsvChunks, writeSeriesCsv } from './seriesCsv';

describe('series CSV writer', () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  afterEach(() => tmp?.cleanup());

  it('stamps Paris legal time with its offset across both clock changes of 2025', () => {
    // 30 March 2025: 01:00 UTC is 03:00+02:00 (02:00 local never exists).
    expect(parisIsoWithOffset(Date.UTC(2025, 2, 30, 0, 30))).toBe('2025-03-30T01:30:00+01:00');
    expect(parisIsoWithOffset(Date.UTC(2025, 2, 30, 1))).toBe('2025-03-30T03:00:00+02:00');
    // 26 October 2025: 02:00 local is read twice, first in summer time then in winter time.
    expect(parisIsoWithOffset(Date.UTC(2025, 9, 26, 0))).toBe('2025-10-26T02:00:00+02:00');
    expect(parisIsoWithOffset(Date.UTC(2025, 9, 26, 1))).toBe('2025-10-26T02:00:00+01:00');
  });

  it('writes French separators with a BOM, and international ones without', async () => {
    tmp = tempDir();
    const timeline = { startUtcMs: Date.UTC(2025, 9, 25, 23, 30), stepMinutes: 30, length: 4 };
    const table = { timeline, series: { loadKw: Float64Array.from([1.5, 1234.56789, Number.NaN, -0.00001]), pvKw: Float64Array.from([0, 0, 0.1, 2]) } };
    const fr = await writeSeriesCsv(table, path.join(tmp.dir, 'fr.csv'), { separator: 'fr' });
    const raw = readFileSync(fr.path);
    expect(raw.length).toBe(fr.bytes);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Début du pas (heure de Paris);Production PV (kW);Consommation (kW)',
      '2025-10-26T01:30:00+02:00;0;1,5',
      '2025-10-26T02:00:00+02:00;0;1234,5679',
      '2025-10-26T02:30:00+02:00;0,1;',
      '2025-10-26T02:00:00+01:00;2;0',
      '',
    ]);
    const intl = [...seriesCsvChunks(table, { separator: 'intl', names: ['loadKw'] })].join('');
    expect(intl.split('\r\n').slice(0, 3)).toEqual(['time_local,loadKw (kW)', '2025-10-26T01:30:00+02:00,1.5', '2025-10-26T02:00:00+02:00,1234.5679']);
    await expect(writeSeriesCsv(table, fr.path, { separator: 'fr' })).rejects.toThrow(/EEXIST/);
    expect(() => [...seriesCsvChunks(table, { separator: 'fr', names: ['x'] })]).toThrow(/unknown series: x/);
  });

  it('formats numbers without exponents', () => {
    expect(formatCsvNumber(1e-9, true)).toBe('0');
    expect(formatCsvNumber(12_345_678.9, true)).toBe('12345678,9');
    expect(formatCsvNumber(-2.5, false)).toBe('-2.5');
    expect(formatCsvNumber(Number.POSITIVE_INFINITY, false)).toBe('');
  });
});
