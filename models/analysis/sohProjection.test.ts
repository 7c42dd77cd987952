import { describe, expect, it } from 'vitest';
import { belleIleScenario } from '../examples/belleIle';
import { assembleScenario } from '../sim/assemble';
import { simulate } from '../sim/simulate';
import { projectEndOfLifeYears } from '../storage/packAgeing';
import { containerSohProjection, projectionYears } from './sohProjection';

describe('storage state-of-health projection', () => {
  const pack = (initialSoh: number, qLossCalendar: number, qLossCycle: number, capacityWeight = 20) => ({
    capacityWeight,
    ageing: { initialSoh, qLossCalendar, qLossCycle, days: 365.25, timeExponent: 0.5 },
  });

  it('starts at the initial SoH, loses the observed year in year one, then follows sqrt-time calendar and linear cycle fade', () => {
    const p = containerSohProjection([pack(0.8, 0.02, 0.01)], 2025, 4);
    expect(p.map((x) => x.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(p[0].sohPct).toBeCloseTo(80, 12);
    expect(p[1].sohPct).toBeCloseTo(80 * (1 - 0.03), 12);
    // Year 4: calendar 0.02·√4 = 0.04, cycle 0.01·4 = 0.04.
    expect(p[4].sohPct).toBeCloseTo(80 * (1 - 0.08), 12);
  });

  it('weights packs by nameplate capacity and crosses the end-of-life threshold where the engine projects it', () => {
    const packs = [pack(0.8, 0.03, 0.015, 30), pack(0.7, 0.03, 0.015, 10)];
    const p = containerSohProjection(packs, 2025, 12);
    expect(p[0].sohPct).toBeCloseTo((100 * (30 * 0.8 + 10 * 0.7)) / 40, 12);
    const eol = projectEndOfLifeYears(packs[0].ageing, 0.6);
    const before = p[Math.floor(eol)];
    const after = p[Math.ceil(eol)];
    // The big pack alone crosses 60 % between those two years.
    const alone = containerSohProjection([packs[0]], 2025, 12);
    expect(alone[Math.floor(eol)].sohPct).toBeGreaterThan(60);
    expect(alone[Math.ceil(eol)].sohPct).toBeLessThan(60);
    expect(before.sohPct).toBeGreaterThan(after.sohPct);
    expect(projectionYears(eol)).toBe(Math.max(10, Math.ceil(eol) + 2));
    expect(projectionYears(Infinity)).toBe(30);
  });

  it('reproduces the simulated year: year one of the projection is the end-of-run SoH of the Belle-Île container', async () => {
    const r = await simulate(assembleScenario(belleIleScenario(60)).input);
    const p = containerSohProjection(r.packs, 2025, 2);
    const total = r.packs.reduce((s, x) => s + x.capacityWeight, 0);
    const endSoh = r.packs.reduce((s, x) => s + x.capacityWeight * x.finalSoh, 0) / total;
    expect(p[0].sohPct / 100).toBeCloseTo(r.kpis.storageSohStart, 9);
    // The run observed 365 days; the projection's year is 365.25 days: within 0.01 % SoH.
    expect(Math.abs(p[1].sohPct / 100 - endSoh)).toBeLessThan(1e-4);
    expect(Math.abs(endSoh - r.kpis.storageSohEnd)).toBeLessThan(1e-12);
  });
});
