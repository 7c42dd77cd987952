import { describe, expect, it } from 'vitest';
import { belleIleScenario } from '../examples/belleIle';
import { runScenario } from '../sim/runScenario';
import { toStoredResult } from './storedResult';

describe('stored micro-grid result', () => {
  it('keeps every EV departure and the storage health projection beside the series', async () => {
    const run = await runScenario({ scenario: belleIleScenario(60) });
    const stored = toStoredResult(run, run.assembled, run.economics);
    const deps = stored.meta.evDepartures;
    expect(deps.length).toBe(run.kpis.departures);
    expect(deps.length).toBeGreaterThan(100);
    // The chart's "on target" share is the engine's KPI.
    const onTarget = deps.filter((d) => d.deliveredKwh >= d.requestedKwh - 1e-6).length / deps.length;
    expect(onTarget).toBeCloseTo(run.kpis.departuresAtRequestedSocShare, 12);
    const t = stored.timeline;
    for (const d of deps) {
      expect(d.departureUtcMs).toBeGreaterThan(t.startUtcMs);
      expect(d.departureUtcMs).toBeLessThan(t.startUtcMs + t.length * t.stepMinutes * 60_000);
      expect(d.requestedKwh).toBeGreaterThanOrEqual(0);
    }
    expect(new Set(deps.map((d) => d.vehicle.split('#')[0]))).toEqual(new Set(['zoe-v2g', 'visiteur']));

    const soh = stored.meta.sohProjection;
    expect(soh[0].year).toBe(2025);
    expect(soh[0].sohPct / 100).toBeCloseTo(run.kpis.storageSohStart, 9);
    expect(Math.abs(soh[1].sohPct / 100 - run.kpis.storageSohEnd)).toBeLessThan(1e-4);
    for (let k = 1; k < soh.length; k++) expect(soh[k].sohPct).toBeLessThan(soh[k - 1].sohPct);
    // Drawn two years past the projected end of life.
    expect(soh[soh.length - 1].year).toBe(Math.max(2035, Math.ceil(run.kpis.projectedEndOfLifeYear) + 2));
    // JSON-safe: what the project file stores.
    expect(JSON.parse(JSON.stringify(stored.meta)).evDepartures.length).toBe(deps.length);
  });

  it('has no departures nor projection without vehicles and storage', async () => {
    const bare = { ...belleIleScenario(60), vehicles: [], storage: { ...belleIleScenario(60).storage, containers: [] } };
    const run = await runScenario({ scenario: bare });
    const stored = toStoredResult(run, run.assembled, run.economics);
    expect(stored.meta.evDepartures).toEqual([]);
    expect(stored.meta.sohProjection).toEqual([]);
  });
});
