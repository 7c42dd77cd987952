import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { detectLoadFileFormat, importEnedisLoadCurve } from './importEnedisLoadCurve';
import { LoadFileError } from './loadFileError';
import { STEP_QUALITY } from './resampleMeterPoints';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const R63_HEADER =
  'Identifiant PRM;Date de début;Date de fin;Grandeur physique;Grandeur métier;Etape métier;Unité;Horodate;Valeur;Nature;Pas;Indice de vraisemblance;Etat complémentaire';
const r63Row = (stamp: string, value: string, pas = 'PT30M', prm = '09876543210123') =>
  `${prm};2025-06-01T00:00:00+02:00;2025-06-02T00:00:00+02:00;PA;CONS;BRUT;W;${stamp};${value};R;${pas};;`;

describe('decodeText', () => {
  it('recognises UTF-8 with BOM, plain UTF-8 and Windows-1252', () => {
    expect(decodeText(fixture('customer-autumn-2025-bom.csv')).encoding).toBe('utf-8-bom');
    expect(decodeText(fixture('customer-autumn-2025-bom.csv')).text.startsWith('Identifiant')).toBe(true);
    expect(decodeText(fixture('r63-spring-2025-utf8.csv')).encoding).toBe('utf-8');
    const cp = decodeText(fixture('r63-autumn-2025-cp1252.csv'));
    expect(cp.encoding).toBe('windows-1252');
    expect(cp.text).toContain('Date de début');
    expect(cp.text).toContain('Unité');
    expect(decodeText(new Uint8Array([0x80, 0x20, 0xe9])).text).toBe('€ é');
  });
});

describe('format detection', () => {
  it('tells the two Enedis formats apart and refuses others', () => {
    expect(detectLoadFileFormat(new TextDecoder().decode(fixture('customer-spring-2025.csv')))).toBe('enedis-customer-csv');
    expect(detectLoadFileFormat(new TextDecoder().decode(fixture('r63-changing-pas.csv')))).toBe('enedis-r63-csv');
    expect(() => detectLoadFileFormat('date;kW\n2025-01-01;3')).toThrow(/line 1.*not an Enedis load curve/);
  });
});

describe('Enedis customer-space CSV', () => {
  it('converts end stamps with offsets across the autumn change, filling the empty value', () => {
    const r = importEnedisLoadCurve(fixture('customer-autumn-2025-bom.csv'));
    expect(r.format).toBe('enedis-customer-csv');
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.prm).toBe('12345678901234');
    // First interval ends 00:30+02:00 = 22:30 UTC on 25 Oct, so it starts 22:00 UTC.
    expect(r.timeline.startUtcMs).toBe(Date.UTC(2025, 9, 25, 22, 0));
    expect(r.timeline.stepMinutes).toBe(30);
    expect(r.timeline.length).toBe(10); // 10 half-hours: 22:00Z → 03:00Z, the repeated hour counted once each
    expect(r.energyKwh[0]).toBeCloseTo(0.25, 12);
    expect(r.energyKwh[5]).toBeCloseTo(0.215, 12); // 02:00+01:00 ends 01:00Z: step 5 = [00:30Z, 01:00Z)
    // The empty value at 02:00+02:00 (step 3) is a 30 min gap filled linearly between 460 W and 440 W.
    expect(r.missingValueCount).toBe(1);
    expect(r.quality[3]).toBe(STEP_QUALITY.interpolated);
    expect(r.energyKwh[3]).toBeCloseTo(0.225, 12);
    expect(r.gaps.count).toBe(1);
    expect(r.gaps.ranges[0]).toMatchObject({ startUtcMs: Date.UTC(2025, 9, 25, 23, 30), minutes: 30, filledBy: 'interpolation' });
  });
  it('keeps the spring change contiguous: 02:00+01:00 then 03:30+02:00 is one half-hour apart', () => {
    const r = importEnedisLoadCurve(fixture('customer-spring-2025.csv'));
    expect(r.timeline.startUtcMs).toBe(Date.UTC(2025, 2, 29, 23, 0));
    expect(r.timeline.length).toBe(6);
    expect(r.gaps.count).toBe(0);
    expect(Array.from(r.energyKwh, (v) => Math.round(v * 1000) / 1000)).toEqual([0.6, 0.55, 0.5, 0.45, 0.4, 0.35]);
  });
  it('turns energy per step (Wh) into average power', () => {
    const text = new TextDecoder().decode(fixture('customer-spring-2025.csv')).replace(';W;', ';Wh;');
    const r = importEnedisLoadCurve(enc(text));
    expect(r.energyKwh[0]).toBeCloseTo(1.2, 12); // 1 200 Wh in the half-hour
    expect(() => importEnedisLoadCurve(enc(text.replace(';Wh;', ';VA;')))).toThrow(/^line 2, column 8 \(Unite\): unit 'VA' is not supported/);
  });
  it('can read files stamped at the start of the interval', () => {
    const r = importEnedisLoadCurve(fixture('customer-spring-2025.csv'), { customerTimestampMarks: 'start' });
    expect(r.timeline.startUtcMs).toBe(Date.UTC(2025, 2, 29, 23, 30));
  });
  it('names the line and column of a bad value', () => {
    const text = 'Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes\n12345678901234;Courbe de charge;;;;;;W;30\nHorodate;Valeur\n2025-06-01T00:30:00+02:00;12\n2025-06-01T01:00:00+02:00;douze\n';
    expect(() => importEnedisLoadCurve(enc(text))).toThrow(/^line 5, column 2 \(Valeur\): 'douze' is not a number/);
    const badTime = text.replace('2025-06-01T01:00:00+02:00;douze', '2025-13-01T01:00:00+02:00;3');
    expect(() => importEnedisLoadCurve(enc(badTime))).toThrow(/^line 5, column 1 \(Horodate\)/);
    const badPrm = text.replace('12345678901234;Courbe', 'PRM-12;Courbe');
    expect(() => importEnedisLoadCurve(enc(badPrm))).toThrow(LoadFileError);
  });
});

describe('Enedis SGE R63 CSV', () => {
  it('maps the 46 half-hours of the spring change day onto 23 UTC hours without shifting any hour', () => {
    const r = importEnedisLoadCurve(fixture('r63-spring-2025-utf8.csv'));
    expect(r.format).toBe('enedis-r63-csv');
    expect(r.timeline.startUtcMs).toBe(Date.UTC(2025, 2, 29, 23, 0)); // local midnight (CET)
    expect(r.timeline.length).toBe(46);
    expect(r.gaps.count).toBe(0);
    for (let k = 0; k < 46; k++) expect(r.energyKwh[k]).toBeCloseTo(((1000 + 10 * k) / 1000) * 0.5, 12);
    // Local stamp 03:00 (k = 3) ends at 01:00 UTC: its interval is [00:30Z, 01:00Z) = step 3.
  });
  it('maps the 50 half-hours of the autumn change day, telling the repeated stamps apart by order (cp1252 file)', () => {
    const r = importEnedisLoadCurve(fixture('r63-autumn-2025-cp1252.csv'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.timeline.startUtcMs).toBe(Date.UTC(2025, 9, 25, 22, 0)); // local midnight (CEST)
    expect(r.timeline.length).toBe(50);
    for (let k = 0; k < 50; k++) expect(r.energyKwh[k]).toBeCloseTo(((1000 + 10 * k) / 1000) * 0.5, 12);
    expect(r.duplicates).toEqual({ count: 1, lines: [23] });
    expect(r.estimatedPointCount).toBe(1);
    expect(r.pointCount).toBe(51);
  });
  it('handles a Pas changing from row to row and resamples on request', () => {
    const fine = importEnedisLoadCurve(fixture('r63-changing-pas.csv'));
    expect(fine.sourceStepsMinutes).toEqual([10, 15, 30, 60]);
    expect(fine.timeline.stepMinutes).toBe(10);
    expect(fine.timeline.startUtcMs).toBe(Date.UTC(2025, 4, 31, 22, 0)); // 1 June 00:00 local = 31 May 22:00Z
    expect(fine.timeline.length).toBe(18);
    // The PT60M point (600 W, 0.6 kWh) spreads as 0.1 kWh over six 10-min steps.
    for (let k = 0; k < 6; k++) expect(fine.energyKwh[k]).toBeCloseTo(0.1, 12);
    const total = fine.energyKwh.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(0.6 + 0.6 + 0.9 + 0.6 + 0.6 + 1.5, 12);
    const hourly = importEnedisLoadCurve(fixture('r63-changing-pas.csv'), { stepMinutes: 60 });
    expect(Array.from(hourly.energyKwh, (v) => Math.round(v * 1e9) / 1e9)).toEqual([0.6, 1.5, 2.7]);
  });
  it('refuses a nonexistent spring local time, a bad Pas and mixed PRMs, naming line and column', () => {
    const spring = [R63_HEADER, r63Row('2025-03-30 02:00:00', '100'), r63Row('2025-03-30 02:30:00', '100')].join('\n');
    expect(() => importEnedisLoadCurve(enc(spring))).toThrow(/^line 2, column 8 \(Horodate\): local time .* does not exist/);
    const pas = [R63_HEADER, r63Row('2025-06-01 01:00:00', '100', 'PT7X')].join('\n');
    expect(() => importEnedisLoadCurve(enc(pas))).toThrow(/^line 2, column 11 \(Pas\)/);
    const prms = [R63_HEADER, r63Row('2025-06-01 01:00:00', '100'), r63Row('2025-06-01 01:30:00', '100', 'PT30M', '11111111111111')].join('\n');
    expect(() => importEnedisLoadCurve(enc(prms))).toThrow(/^line 3, column 1 \(Identifiant PRM\): the file mixes PRMs/);
    expect(() => importEnedisLoadCurve(enc(R63_HEADER.replace(';Pas;', ';Step;')))).toThrow(/Identifiant PRM|missing column 'Pas'|not an Enedis/);
    expect(() => importEnedisLoadCurve(enc(''))).toThrow(/empty/);
    expect(() => importEnedisLoadCurve(enc(R63_HEADER), { stepMinutes: 7 })).toThrow(/stepMinutes must be one of/);
  });
  it('reports and fills a long gap with the same local time one week earlier', () => {
    // Two weeks of hourly data with a 6 h hole in the second week, hand-built: value = hour of day × 100 W.
    const rows = [R63_HEADER];
    const start = Date.UTC(2025, 5, 1, 22, 0); // 2 June 2025 00:00 local
    for (let h = 0; h < 14 * 24; h++) {
      const endUtc = start + (h + 1) * 3_600_000;
      const local = new Date(endUtc + 2 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
      const value = h >= 7 * 24 + 10 && h < 7 * 24 + 16 ? '' : String(((h % 24) + 1) * 100);
      rows.push(r63Row(local, value, 'PT60M'));
    }
    const r = importEnedisLoadCurve(enc(rows.join('\n')));
    expect(r.gaps).toMatchObject({ count: 1, totalMinutes: 360, longestMinutes: 360 });
    expect(r.gaps.ranges[0].filledBy).toBe('previousWeek');
    for (let h = 7 * 24 + 10; h < 7 * 24 + 16; h++) {
      expect(r.quality[h]).toBe(STEP_QUALITY.previousWeek);
      expect(r.energyKwh[h]).toBeCloseTo(r.energyKwh[h - 168], 12);
    }
    const none = importEnedisLoadCurve(enc(rows.join('\n')), { gapFill: { longGapMethod: 'none' } });
    expect(none.unfilledSteps).toBe(6);
    expect(none.gaps.ranges[0].filledBy).toBe('unfilled');
    expect(Number.isNaN(none.energyKwh[7 * 24 + 12])).toBe(true);
  });
});
