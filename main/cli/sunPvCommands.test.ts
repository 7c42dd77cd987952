import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './command';
import { command as pv } from './pvCommand';
import { command as sun } from './sunCommand';

function io(cwd = process.cwd()): CliIo & { outText: string[]; errText: string[] } {
  const outText: string[] = [];
  const errText: string[] = [];
  return { outText, errText, out: (t) => outText.push(t), err: (t) => errText.push(t), cwd };
}

describe('cli sun', () => {
  it('prints the SPA report example', async () => {
    const x = io();
    const code = await sun.run(
      ['--lat', '39.742476', '--lon', '-105.1786', '--elevation', '1830.14', '--time', '2003-10-17T12:30:30-07:00', '--pressure', '820', '--temperature', '11', '--delta-t', '67', '--slope', '30', '--azimuth-rotation', '-10'],
      x,
    );
    expect(code).toBe(0);
    const text = x.outText.join('\n');
    expect(text).toMatch(/zenith \(refracted\)\s+50\.11162°/);
    expect(text).toMatch(/azimuth \(from north\) 194\.34024°/);
    expect(text).toMatch(/incidence\s+25\.18700°/);
    expect(text).toMatch(/sunrise 06:12:43\s+transit 11:46:05\s+sunset 17:20:19/);
  });
  it('returns 2 with one line for bad input', async () => {
    for (const args of [['--lat', 'x', '--lon', '1', '--time', '2025-01-01T00:00Z'], ['--lat', '1', '--lon', '1', '--time', '2025-01-01'], ['--lat', '95', '--lon', '1', '--time', '2025-01-01T00:00Z']]) {
      const x = io();
      expect(await sun.run(args, x)).toBe(2);
      expect(x.errText).toHaveLength(1);
    }
  });
});

const epw = path.resolve(__dirname, '../../..', 'shared/reference/weather/pvgis_tmy_45.000_8.000_2005_2023.epw');

describe('cli pv', () => {
  it.skipIf(!existsSync(epw))('reads a PVGIS EPW, prints monthly energy and writes the hourly CSV', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ilot-pv-'));
    const x = io(dir);
    const code = await pv.run(['--weather', epw, '--kwp', '4', '--tilt', '20', '--azimuth', '180', '--csv', 'out.csv'], x);
    expect(code).toBe(0);
    const text = x.outText.join('\n');
    expect(text).toMatch(/weather: epw file/);
    expect(text).toMatch(/Annual\s+[\d,.]+\s+[\d,]+/);
    const csv = readFileSync(path.join(dir, 'out.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(8761);
    expect(csv[0]).toBe('time_utc,ghi_w_m2,temp_c,poa_w_m2,dc_kw,ac_kw');
  });
  it('uses a synthetic year for a zone and says so', async () => {
    const x = io();
    expect(await pv.run(['--lat', '48.85', '--lon', '2.35', '--zone', 'H1a', '--kwp', '3'], x)).toBe(0);
    expect(x.outText[0]).toMatch(/synthetic year 2025 calibrated on 3CL zone H1a/);
  });
  it('returns 2 with one line for bad input', async () => {
    for (const args of [['--lat', '48'], ['--weather', 'missing.epw'], ['--lat', '48', '--lon', '2', '--zone', 'H9'], ['--lat', '48', '--lon', '2', '--kwp', '-3']]) {
      const x = io();
      expect(await pv.run(args, x)).toBe(2);
      expect(x.errText).toHaveLength(1);
    }
  });
});
