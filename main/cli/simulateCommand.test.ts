import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command } from './simulateCommand';
import type { CliIo } from './command';
import { createProject, openProject } from '../services/projectStore';
import { tempDir } from '../services/projectStore/testing/tempDir';
import { belleIleScenario } from '../../models/examples/belleIle';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd };
  return { value, out, err };
}

describe('cli simulate', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('runs a JSON scenario, prints French KPIs and writes the CSV', async () => {
    writeFileSync(tmp.path('s.json'), JSON.stringify(belleIleScenario(60)));
    const o = io(tmp.dir);
    expect(await command.run(['s.json', '--csv', 'out.csv'], o.value)).toBe(0);
    const text = o.out.join('\n');
    expect(text).toMatch(/Taux d'autoconsommation\s+\d+,\d %/);
    expect(text).toMatch(/départs sur \d+ avec l'énergie demandée \(100,0 %\)/);
    const csv = readFileSync(tmp.path('out.csv'), 'utf8').split('\n');
    expect(csv[0].split(';')).toContain('gridImportKw');
    expect(csv.length).toBe(8760 + 2);
  }, 30_000);

  it('simulates the scenario of an .ilot project and saves the result', async () => {
    const file = tmp.path('p.ilot');
    const { store } = createProject(file, { name: 'Belle-Île' }, { lock: false });
    const sc = store.createScenario({ kind: 'microgrid', name: 'FlexMobile', data: JSON.parse(JSON.stringify(belleIleScenario(60))) });
    store.close();
    const o = io(tmp.dir);
    expect(await command.run(['p.ilot', '--json'], o.value)).toBe(0);
    const json = JSON.parse(o.out.join('\n'));
    expect(json.kpis.departuresAtRequestedSocShare).toBe(1);
    const reopened = openProject(file);
    const result = reopened.getScenarioResult(sc.id, ['gridImportKw', 'storageSocPct']);
    expect(result?.kpis.importKwh).toBeCloseTo(json.kpis.importKwh, 6);
    expect(result?.series.gridImportKw.length).toBe(8760);
    reopened.close();
  }, 30_000);

  it('refuses bad input with a one-line reason and exit code 2', async () => {
    writeFileSync(tmp.path('bad.json'), JSON.stringify({ ...belleIleScenario(60), dispatch: { kind: 'optimal', horizonHours: 6 } }));
    const o = io(tmp.dir);
    expect(await command.run(['bad.json'], o.value)).toBe(2);
    expect(o.err).toHaveLength(1);
    expect(o.err[0]).toMatch(/dispatch.horizonHours: dispatch.horizonHours must be between 24 and 48/);
    expect(await command.run(['missing.json'], o.value)).toBe(2);
    expect(await command.run(['--example', 'belle-ile', '--step', '7'], o.value)).toBe(2);
  });
});
