import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createProject } from '../services/projectStore';
import { tempDir } from '../services/projectStore/testing/tempDir';
import { command } from './flexCommand';

const tmp = tempDir('ilot-flex-');
afterAll(() => tmp.cleanup());

const site = {
  name: 'Atelier',
  buildingType: 'workshop',
  latDeg: 49.53,
  lonDeg: 1.04,
  annualKwh: 60000,
  subscribedKva: 48,
  prm: '30000000000210',
  assets: [
    { kind: 'battery', capacityKwh: 100, powerKw: 50 },
    { kind: 'process', powerKw: 40, sheddableFraction: 0.5, maxShedH: 2 },
  ],
};

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command.run(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: tmp.dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('flex CLI', () => {
  it('studies a portfolio JSON and prints JSON with events, sites needed and value', async () => {
    writeFileSync(tmp.path('p.json'), JSON.stringify({ name: 'P', sites: [site], settings: { bidThresholdKw: 30, ecowattDays: 2 } }));
    const r = await run(['p.json', '--json', '--event', '2025-01-15T17:00+01:00/3']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.sites).toHaveLength(1);
    expect(j.events.filter((e: { label: string }) => e.label.startsWith('Tempo'))).toHaveLength(22);
    const custom = j.events.find((e: { label: string }) => e.label.startsWith('Custom'));
    expect(custom.hours).toBe(3);
    // At 18:00 the process (weekdays 08–17) is stopped: only the battery delivers, and its 40 kWh above
    // socMin through η_d = √0.9 is less than one hour at 50 kW.
    expect(custom.firstStepKw).toBeCloseTo(40 * Math.sqrt(0.9), 6);
    expect(custom.energyKwh).toBeCloseTo(40 * Math.sqrt(0.9), 6);
    const n = j.sitesNeeded.ecowatt;
    expect(n.thresholdKw).toBe(30);
    expect(n.count === 1).toBe(n.firmKw >= 30);
    expect(j.value.totalEur).toBeGreaterThan(0);
  }, 60_000);

  it('reads the territory portfolio of an .ilot project, and a sites CSV', async () => {
    const { store } = createProject(tmp.path('t.ilot'), { name: 'T' });
    store.createDocument('territory', { kind: 'portfolio', name: 'Patrimoine', data: { sites: [site] } });
    store.close();
    const r = await run(['t.ilot', '--threshold', '20']);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Patrimoine — 1 sites/);
    writeFileSync(tmp.path('s.csv'), 'nom;type;lat;lon;kwh;kva;prm\nÉclairage;éclairage public;49,53;1,04;41000;36;30000000000208\n');
    const c = await run(['s.csv']);
    expect(c.err).toBe('');
    expect(c.out).toMatch(/streetLighting .* lighting \(defaults\)/);
  }, 60_000);

  it('refuses bad input with one line and exit code 2', async () => {
    writeFileSync(tmp.path('bad.json'), JSON.stringify({ name: 'P', sites: [{ ...site, prm: '123' }] }));
    writeFileSync(tmp.path('bad.csv'), 'nom;type;lat;lon;kwh;kva;prm\nX;castle;49;1;1;1;30000000000001\n');
    for (const args of [[], ['missing.json'], ['bad.json'], ['bad.csv'], ['bad.json', '--confidence', 'high'], ['bad.json', '--nope'], ['p.json', '--event', '2025-01-15T17:00/3'], ['p.json', '--event', '2027-01-15T17:00Z/3']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^flex: /);
    }
    expect((await run(['bad.json'])).err).toBe('flex: sites.0.prm: a PRM is exactly 14 digits (e.g. 30001234567890)');
    expect((await run(['bad.csv'])).err).toMatch(/bad\.csv: line 2: buildingType "castle"/);
  });
});
