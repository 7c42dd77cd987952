import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { command } from './loadImportCommand';

const fixtures = fileURLToPath(new URL('../../models/loads/fixtures/', import.meta.url));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: fixtures } };
}

describe('load-import command', () => {
  it('prints the import report of an R63 file', async () => {
    const c = io();
    expect(await command.run(['r63-autumn-2025-cp1252.csv'], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('enedis-r63-csv (windows-1252), PRM 09876543210123');
    expect(text).toContain('50 steps of 30 min');
    expect(text).toContain('duplicates    1 (lines 23; first kept)');
  });
  it('returns 2 with a one-line reason for bad input', async () => {
    const c = io();
    expect(await command.run(['missing.csv'], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/^load-import: .*missing\.csv: no such file$/);
    expect(await command.run(['README.md'], c.io)).toBe(2);
    expect(c.err[1]).toMatch(/README\.md: line 1, column 1: not an Enedis load curve/);
    expect(await command.run(['r63-changing-pas.csv', '--step', '7'], c.io)).toBe(2);
    expect(c.err[2]).toMatch(/stepMinutes must be one of/);
    expect(await command.run(['r63-changing-pas.csv', '--long-gap', 'guess'], c.io)).toBe(2);
    expect(await command.run([], c.io)).toBe(2);
  });
});
