import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject } from '../services/projectStore';
import { tempDir } from '../services/projectStore/testing/tempDir';

const cli = resolve(import.meta.dirname, '../cli.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });

describe('cli project', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('prints info and exports JSON', () => {
    const file = tmp.path('demo.ilot');
    const { store } = createProject(file, { name: 'Démo', client: 'Client' }, { lock: false });
    store.createSite({ name: 'Port', commune: 'Le Palais', latDeg: 47.35, lonDeg: -3.15, elevationM: 5 });
    store.close();
    const info = run('project', 'info', file);
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/Projet\s+Démo/);
    expect(info.stdout).toMatch(/Sites\s+1: Port/);
    const exported = run('project', 'export', file, '--json');
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ format: 'ilot-project', project: { name: 'Démo' }, sites: [{ name: 'Port' }] });
  });

  it('refuses a file that is not a project with a one-line reason', () => {
    const file = tmp.path('x.ilot');
    writeFileSync(file, 'nope');
    const result = run('project', 'info', file);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/not an Ilot project/);
  });

  it('lists commands with --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/project/);
  });
});
