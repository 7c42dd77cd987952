import { describe, expect, it } from 'vitest';
import { belleIleScenario } from '../examples/belleIle';
import { assembleScenario } from './assemble';
import { parseMicrogridScenario } from './scenarioSchema';

const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);

describe('far horizon of the site in a scenario', () => {
  const base = belleIleScenario(60);
  const pvWith = (horizon?: { azimuthsDeg: number[]; elevationsDeg: number[] }) => sum(assembleScenario({ ...base, site: { ...base.site, ...(horizon ? { horizon } : {}) } }).input.series.pvKw);

  it('changes nothing when flat, removes beam behind a southern ridge and more behind a higher one', () => {
    const open = pvWith();
    expect(pvWith({ azimuthsDeg: [0, 180], elevationsDeg: [0, 0] })).toBeCloseTo(open, 6);
    const ridge = pvWith({ azimuthsDeg: [0, 90, 180, 270], elevationsDeg: [0, 5, 15, 5] });
    const wall = pvWith({ azimuthsDeg: [0, 90, 180, 270], elevationsDeg: [0, 10, 30, 10] });
    // At 47° N the winter noon sun stands 19° high: a 15° ridge hides only low morning and evening sun.
    expect(ridge).toBeLessThan(open * 0.999);
    expect(wall).toBeLessThan(open * 0.95);
    expect(wall).toBeLessThan(ridge);
    // Only the beam is hidden: sky diffuse and ground-reflected light remain.
    const allHidden = pvWith({ azimuthsDeg: [0, 180], elevationsDeg: [90, 90] });
    expect(allHidden).toBeGreaterThan(open * 0.2);
    expect(allHidden).toBeLessThan(open * 0.7);
  });

  it('is validated with the schema messages', () => {
    const bad = parseMicrogridScenario({ ...base, site: { ...base.site, horizon: { azimuthsDeg: [90, 0], elevationsDeg: [5, 5] } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.message)).toContain('horizon: azimuthsDeg must be increasing');
  });
});

describe('default weather of a scenario without a climate zone', () => {
  it('uses the calibrated year of the nearest préfecture’s zone in France, the approximate fallback elsewhere', () => {
    const base = belleIleScenario(60);
    const { climateZone: _zone, ...siteWithoutZone } = base.site;
    const inFrance = assembleScenario({ ...base, site: siteWithoutZone });
    expect(inFrance.notes.join(' ')).toMatch(/zone H2a, that of the nearest préfecture \(département 56, \d+ km\)/);
    expect(sum(inFrance.input.series.pvKw)).toBeCloseTo(sum(assembleScenario(base).input.series.pvKw), 6);
    const abroad = assembleScenario({ ...base, site: { ...siteWithoutZone, latDeg: 40.4, lonDeg: -3.7 } });
    expect(abroad.notes.join(' ')).toMatch(/outside metropolitan France, fallback synthetic year/);
  });
});
