import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { command as dpe } from '../main/cli/dpeCommand';
import { command as validate } from '../main/cli/dpeValidateCommand';
import { corpusDir, hasCorpus, missingCorpusMessage } from './dpeCorpus';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: process.cwd() } };
}

describe('dpe CLI', () => {
  it('refuses a missing or malformed file with one line and exit code 2', async () => {
    const a = io();
    expect(await dpe.run(['/nonexistent.xml'], a.io)).toBe(2);
    expect(a.err).toHaveLength(1);
    const dir = mkdtempSync(path.join(tmpdir(), 'dpe-'));
    const bad = path.join(dir, 'bad.xml');
    writeFileSync(bad, '<dpe><administratif></administratif></dpe>');
    const b = io();
    expect(await dpe.run([bad], b.io)).toBe(2);
    expect(b.err.join('\n')).toMatch(/dpe\/logement/);
    expect(b.err.join('\n').split('\n')).toHaveLength(1);
    const c = io();
    expect(await validate.run(['/nonexistent-folder'], c.io)).toBe(2);
  });
  it.skipIf(!hasCorpus)('prints exactly the documented JSON keys', async () => {
    const a = io();
    expect(await dpe.run([path.join(corpusDir, '2287E0142690M.xml'), '--json'], a.io)).toBe(0);
    const json = JSON.parse(a.out.join(''));
    expect(Object.keys(json)).toEqual(['ep_m2', 'ges_m2', 'label', 'label_energy', 'label_ges', 'gv_w_k', 'ef_kwh', 'ep_kwh', 'ges_kg']);
    expect(Object.keys(json.ef_kwh)).toEqual(['chauffage', 'ecs', 'refroidissement', 'eclairage', 'auxiliaires']);
    expect(json.label).toBe('G');
  });
  if (!hasCorpus) it.skip(missingCorpusMessage, () => {});
});
