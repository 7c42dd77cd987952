import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { command } from '../cli/accCommand';
import { parseCurvesCsv, parseHorodate, parseRolesCsv, parseSharesCsv, readAccOperation } from './accFiles';

const examples = resolve(__dirname, '../../resources/examples/acc');

describe('Horodate reading', () => {
  it('reads ISO with offset, naive ISO and French dates as Paris time', () => {
    expect(parseHorodate('2025-01-01T00:30:00+01:00', null)).toBe(Date.UTC(2024, 11, 31, 23, 30));
    expect(parseHorodate('2025-07-01 12:00', null)).toBe(Date.UTC(2025, 6, 1, 10, 0));
    expect(parseHorodate('01/07/2025 12:00', null)).toBe(Date.UTC(2025, 6, 1, 10, 0));
    expect(parseHorodate('31/02/2025 12:00', null)).toBeNull();
    expect(parseHorodate('2025-03-30 02:30', null)).toBeNull(); // skipped by the spring DST change
    expect(parseHorodate('hier', null)).toBeNull();
  });
  it('walks through the repeated October hour in file order', () => {
    const text = ['Horodate;30000000000001;30000000000002', ...['01:30', '02:00', '02:30', '02:00', '02:30', '03:00'].map((h) => `2025-10-26 ${h};1;2`)].join('\n');
    const c = parseCurvesCsv(text, 'c.csv');
    expect(c.timeline).toEqual({ startUtcMs: Date.UTC(2025, 9, 25, 23, 30), stepMinutes: 30, length: 6 });
  });
});

describe('curves file', () => {
  it('reads the example: 96 half-hours for 6 PRMs', () => {
    const c = parseCurvesCsv(readFileSync(join(examples, 'curves.csv'), 'utf8'), 'curves.csv');
    expect(c.timeline.stepMinutes).toBe(30);
    expect(c.timeline.length).toBe(96);
    expect(c.prms).toHaveLength(6);
  });
  it('names the line of a gap, a bad value and a wrong --step', () => {
    const head = 'Horodate;30000000000001\n';
    expect(() => parseCurvesCsv(head + '2025-01-01 00:00;1\n2025-01-01 00:30;1\n2025-01-01 01:30;1\n', 'c.csv')).toThrow('c.csv:4: Horodate "2025-01-01 01:30" breaks the regular 30-min sequence');
    expect(() => parseCurvesCsv(head + '2025-01-01 00:00;1\n2025-01-01 00:30;-1\n', 'c.csv')).toThrow(/c\.csv:3: value "-1" .* not a kWh ≥ 0/);
    expect(() => parseCurvesCsv(head + '2025-01-01 00:00;1\n2025-01-01 00:30;1\n', 'c.csv', 15)).toThrow(/c\.csv:3: the step is 30 min but --step 15/);
    expect(() => parseCurvesCsv('Horodate;1234\n2025-01-01 00:00;1\n2025-01-01 00:30;1\n', 'c.csv')).toThrow(/c\.csv:1: column "1234" is not a PRM/);
    expect(() => parseCurvesCsv(head + '2025-01-01 00:00;1\n2025-01-01 01:00;1\n', 'c.csv')).toThrow(/the step is 60 min/);
  });
});

describe('roles and shares files', () => {
  it('reads French decimals and optional columns', () => {
    const r = parseRolesCsv('PRM;rôle;latitude;longitude;peak_kw;priorité\n30000000000001;producteur;49,53;1,04;36;\n30000000000002;consommateur;49,531;1,041;;2\n', 'r.csv');
    expect(r).toEqual([
      { prm: '30000000000001', role: 'producer', latDeg: 49.53, lonDeg: 1.04, peakKw: 36, priority: undefined },
      { prm: '30000000000002', role: 'consumer', latDeg: 49.531, lonDeg: 1.041, peakKw: undefined, priority: 2 },
    ]);
  });
  it('names bad lines', () => {
    expect(() => parseRolesCsv('PRM;role;lat;lon\n3000000000001;producer;49;1\n', 'r.csv')).toThrow('r.csv:2: PRM "3000000000001" must be exactly 14 digits');
    expect(() => parseRolesCsv('PRM;role;lat;lon\n30000000000001;seller;49;1\n', 'r.csv')).toThrow(/r\.csv:2: role "seller"/);
    expect(() => parseRolesCsv('PRM;role;lat\n', 'r.csv')).toThrow(/missing column "longitude"/);
    expect(() => parseSharesCsv('PRM;share\n30000000000001;60\n30000000000002;40,5\n', 's.csv')).toThrow(/s\.csv:3: shares add up to 100.5 %/);
  });
  it('joins the example files into one operation', () => {
    const op = readAccOperation({ cwd: examples, curves: 'curves.csv', roles: 'roles.csv', shares: 'shares.csv' });
    expect(op.participants.filter((p) => p.role === 'consumer').map((p) => p.share)).toEqual([0.35, 0.2, 0.1, 0.35]);
  });
});

function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return command.run(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: examples }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describe('acc CLI', () => {
  it('prints the bill impact with the prices given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilot-acc-'));
    writeFileSync(join(dir, 'p.json'), '{"supplyEurPerKwh": 0.2, "turpeAlloEurPerKwh": 0.05, "turpeAutoEurPerKwh": 0.02, "acciseEurPerKwh": 0.03, "localPriceEurPerKwh": 0.1}');
    const r = await runCli(['--curves', 'curves.csv', '--roles', 'roles.csv', '--prices', join(dir, 'p.json')]);
    expect(r.code).toBe(0);
    // Saving = self-consumed × (0.28 − 0.15) = 544.6 kWh × 0.13 EUR/kWh with the default key.
    const saving = Number(/consumers save ([\d\s\u202f,]+) EUR/.exec(r.out)![1].replace(/[\s\u202f]/g, '').replace(',', '.'));
    expect(saving).toBeCloseTo(544.56 * 0.13, 0);
  });

  it('prints the JSON balance whose sums agree, and writes the keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilot-acc-'));
    const keys = join(dir, 'keys.csv');
    const r = await runCli(['--curves', 'curves.csv', '--roles', 'roles.csv', '--key', 'default', '--json', '--keys-out', keys, '--date', '2025-06-16']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const o = j.operation;
    expect(o.produced_kwh).toBeCloseTo(1205.02, 6);
    expect(o.produced_kwh - o.selfconsumed_kwh).toBeCloseTo(o.surplus_kwh, 5);
    expect(o.selfconsumption_rate).toBeCloseTo(o.selfconsumed_kwh / o.produced_kwh, 6);
    expect(o.selfproduction_rate).toBeCloseTo(o.selfconsumed_kwh / o.consumed_kwh, 6);
    const parts = Object.values(j.participants) as Array<Record<string, number>>;
    expect(parts.reduce((s, p) => s + (p.consumed_kwh ?? 0), 0)).toBeCloseTo(o.consumed_kwh, 4);
    expect(parts.reduce((s, p) => s + (p.produced_kwh ?? 0), 0)).toBeCloseTo(o.produced_kwh, 4);
    expect(j.perimeter.eligible).toBe(true);
    const lines = readFileSync(keys, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('Horodate;30000000000201;30000000000202;30000000000203;30000000000204');
    expect(lines).toHaveLength(97);
    for (const l of lines.slice(1)) {
      const total = l.split(';').slice(1).reduce((s, v) => s + Number(v.replace(',', '.')), 0);
      expect(total).toBeLessThanOrEqual(100);
    }
  });

  it('refuses bad input with one line and exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilot-acc-'));
    writeFileSync(join(dir, 'bad.csv'), 'Horodate;30000000000101\n2025-01-01 00:00;1\n2025-01-01 00:30;abc\n');
    writeFileSync(join(dir, 'prices.json'), '{"supplyEurPerKwh": -1}');
    writeFileSync(join(dir, 'broken.json'), '{"supply');
    for (const args of [
      ['--curves', 'curves.csv'],
      ['--curves', 'curves.csv', '--roles', 'roles.csv', '--key', 'random'],
      ['--curves', 'curves.csv', '--roles', 'roles.csv', '--key', 'static'],
      ['--curves', join(dir, 'bad.csv'), '--roles', 'roles.csv'],
      ['--curves', 'missing.csv', '--roles', 'roles.csv'],
      ['--curves', 'curves.csv', '--roles', 'roles.csv', '--step', '10'],
      ['--curves', 'curves.csv', '--roles', 'roles.csv', '--prices', join(dir, 'prices.json')],
      ['--curves', 'curves.csv', '--roles', 'roles.csv', '--prices', join(dir, 'broken.json')],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^acc: /);
    }
  });
});
