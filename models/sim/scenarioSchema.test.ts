import { describe, expect, it } from 'vitest';
import { parseMicrogridScenario } from './scenarioSchema';
import { belleIleScenario } from '../examples/belleIle';

const valid = () => JSON.parse(JSON.stringify(belleIleScenario())) as Record<string, unknown> & {
  period: Record<string, unknown>;
  storage: { containers: { packs: Record<string, unknown>[] }[] };
  dispatch: Record<string, unknown>;
  grid: Record<string, unknown>;
  vehicles: Record<string, unknown>[];
};

describe('micro-grid scenario schema', () => {
  it('accepts the demo and applies defaults to a minimal document', () => {
    expect(parseMicrogridScenario(valid()).ok).toBe(true);
    const minimal = {
      name: 'Minimal',
      site: { name: 'Site', latDeg: 45, lonDeg: 2 },
      period: { year: 2025, stepMinutes: 60 },
      weather: { source: 'synthetic' },
      loads: { source: 'synthetic', components: [{ kind: 'housing', annualKwh: 5000 }] },
      grid: { mode: 'connected', tariff: { kind: 'flat', eurPerKwh: 0.2 } },
      dispatch: { kind: 'self-consumption' },
    };
    const r = parseMicrogridScenario(minimal);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.chargingPolicy).toBe('smart-llf');
      expect(r.value.grid.importLimitKw).toBeNull();
      expect(r.value.economics.discountRate).toBe(0.04);
    }
  });

  it('names the field in its messages', () => {
    const cases: [(d: ReturnType<typeof valid>) => void, string, RegExp][] = [
      [(d) => (d.period.stepMinutes = 7), 'period.stepMinutes', /one of 1, 5, 10, 15, 30, 60/],
      [(d) => (d.storage.containers[0].packs[0].stateOfHealth = 1.4), 'storage.containers.0.packs.0.stateOfHealth', /pack.stateOfHealth/],
      [(d) => (d.storage.containers[0].packs[0].socMin = 0.99), 'storage.containers.0.packs.0.socMin', /below pack.socMax/],
      [(d) => (d.dispatch = { kind: 'optimal', horizonHours: 12 }), 'dispatch.horizonHours', /between 24 and 48/],
      [(d) => (d.vehicles[0].v2gRoundTripEfficiency = 2), 'vehicles.0.v2gRoundTripEfficiency', /between 0.5 and 1/],
      [(d) => (d.dispatch = { kind: 'bogus' }), 'dispatch.kind', /dispatch.kind must be/],
    ];
    for (const [mutate, path, message] of cases) {
      const d = valid();
      mutate(d);
      const r = parseMicrogridScenario(d);
      expect(r.ok, path).toBe(false);
      if (!r.ok) {
        const issue = r.issues.find((i) => i.path === path);
        expect(issue, `${path} in ${JSON.stringify(r.issues)}`).toBeDefined();
        expect(issue!.message).toMatch(message);
      }
    }
  });

  it('accepts imported price and CO2 series and explains a missing or wrong reference', () => {
    const d = valid();
    d.grid.tariff = { kind: 'imported', referenceId: 'abc' };
    d.grid.co2 = { kind: 'imported', referenceId: 'def' };
    const ok = parseMicrogridScenario(d);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect([ok.value.grid.tariff, ok.value.grid.co2]).toEqual([{ kind: 'imported', referenceId: 'abc' }, { kind: 'imported', referenceId: 'def' }]);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ tariff: { kind: 'imported', referenceId: '' } }, 'grid.tariff.referenceId', 'grid.tariff.referenceId is required: choose an imported price series'],
      [{ tariff: { kind: 'imported' } }, 'grid.tariff.referenceId', 'grid.tariff.referenceId must be text'],
      [{ co2: { kind: 'imported', referenceId: '' } }, 'grid.co2.referenceId', 'grid.co2.referenceId is required: choose an imported CO2 series'],
      [{ tariff: { kind: 'spot' } }, 'grid.tariff.kind', 'grid.tariff.kind must be "flat", "peak-offpeak", "tempo" or "imported"'],
      [{ co2: { kind: 'hourly' } }, 'grid.co2.kind', 'grid.co2.kind must be "constant", "monthly" or "imported"'],
    ];
    for (const [patch, path, message] of cases) {
      const doc = valid();
      Object.assign(doc.grid, patch);
      const r = parseMicrogridScenario(doc);
      expect(r.ok, path).toBe(false);
      if (!r.ok) expect(r.issues).toContainEqual({ path, message });
    }
  });
});
