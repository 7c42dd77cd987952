import { describe, expect, it } from 'vitest';
import { useApiSession, waitDone } from '../api/testing/apiSession';

describe('simulation through the API and the worker pool', () => {
  const api = useApiSession((call) => call('projects.openExample', { id: 'belle-ile' }));
  const { call, raw } = api;

  it('runs a scenario in a worker, reports progress, stores the result and marks it stale on edit', async () => {
    const scenario: { id: string; data: Record<string, unknown> } = await call('scenarios.create', { kind: 'microgrid', name: 'Démo horaire', template: 'belle-ile' });
    await call('scenarios.update', { id: scenario.id, data: { ...scenario.data, period: { year: 2025, stepMinutes: 60 } } });
    const { taskId }: { taskId: string } = await call('simulation.run', { scenarioId: scenario.id });
    const done = await waitDone(api.host.events, taskId);
    expect(done).toMatchObject({ status: 'done', scenarioId: scenario.id });
    const progress = api.host.events.filter(([e]) => e === 'task.progress').map(([, p]) => (p as { fraction: number }).fraction);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);

    const summary: { stale: boolean; kpis: Record<string, number>; timeline: { length: number }; seriesNames: string[] } = await call('results.get', { scenarioId: scenario.id });
    expect(summary.stale).toBe(false);
    expect(summary.timeline.length).toBe(8760);
    expect(summary.kpis.pvKwh).toBeGreaterThan(50_000);
    expect(summary.seriesNames).toEqual(expect.arrayContaining(['pvKw', 'gridImportKw', 'storageSocPct']));
    const window: { timesUtcMs: number[]; series: Record<string, number[]> } = await call('results.series', { scenarioId: scenario.id, names: ['pvKw', 'loadKw'], maxPoints: 500 });
    expect(window.timesUtcMs.length).toBeLessThanOrEqual(500);
    expect(Math.max(...window.series.pvKw)).toBeGreaterThan(10);

    await call('scenarios.update', { id: scenario.id, name: 'Démo horaire', data: { ...scenario.data, period: { year: 2025, stepMinutes: 60 }, pvArrays: [] } });
    const after: { stale: boolean } = await call('results.get', { scenarioId: scenario.id });
    expect(after.stale).toBe(true);
  });

  it('refuses an invalid scenario document with field paths and keeps the stored one', async () => {
    const scenario: { id: string; data: Record<string, unknown> } = await call('scenarios.create', { kind: 'microgrid', name: 'Test', template: 'blank' });
    const result = await raw('scenarios.update', { id: scenario.id, data: { ...scenario.data, period: { year: 2025, stepMinutes: 7 } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0].path).toBe('data.period.stepMinutes');
    const stored: { data: { period: { stepMinutes: number } } } = await call('scenarios.get', { id: scenario.id });
    expect(stored.data.period.stepMinutes).toBe(15);
  });

  it('cancels a run and keeps working', async () => {
    const scenario: { id: string; data: Record<string, unknown> } = await call('scenarios.create', { kind: 'microgrid', name: 'Minute', template: 'belle-ile' });
    await call('scenarios.update', { id: scenario.id, data: { ...scenario.data, period: { year: 2025, stepMinutes: 1 } } });
    const { taskId }: { taskId: string } = await call('simulation.run', { scenarioId: scenario.id });
    await new Promise((r) => setTimeout(r, 300));
    expect(await call('simulation.cancel', { taskId })).toBe(true);
    expect((await waitDone(api.host.events, taskId)).status).toBe('cancelled');
    expect(await call('results.get', { scenarioId: scenario.id })).toBeNull();
    expect(await call('sites.list')).toHaveLength(1);
  });
});
