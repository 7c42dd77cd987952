import { describe, expect, it } from 'vitest';
import { allocate } from './allocation';
import { allocationKeyCsv, formatPercentFr } from './keysExport';

describe('allocation-key export', () => {
  it('floors percentages and writes decimal commas', () => {
    expect(formatPercentFr(12.5, 2)).toBe('12,50');
    expect(formatPercentFr(33.33333, 2)).toBe('33,33');
    expect(formatPercentFr(66.66666, 2)).toBe('66,66');
    expect(formatPercentFr(0.1 + 0.2, 1)).toBe('0,3');
  });

  it('writes Horodate;PRM… rows in Paris time, production coefficients for dynamic keys', () => {
    const timeline = { startUtcMs: Date.UTC(2025, 5, 30, 22, 0), stepMinutes: 30, length: 2 };
    const prod = [Float64Array.from([3, 0])];
    const cons = [Float64Array.from([1, 1]), Float64Array.from([2, 1])];
    const key = { kind: 'default' } as const;
    const csv = allocationKeyCsv(timeline, ['30000000000011', '30000000000012'], key, allocate(prod, cons, key));
    expect(csv).toBe('Horodate;30000000000011;30000000000012\n2025-07-01T00:00:00+02:00;33,33;66,66\n2025-07-01T00:30:00+02:00;0,00;0,00\n');
  });

  it('sends static shares as agreed, whatever the production', () => {
    const timeline = { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 15, length: 1 };
    const key = { kind: 'static', shares: [0.6, 0.25] } as const;
    const csv = allocationKeyCsv(timeline, ['30000000000011', '30000000000012'], key, allocate([Float64Array.from([0])], [Float64Array.from([1]), Float64Array.from([1])], key));
    expect(csv.split('\n')[1]).toBe('2025-01-01T01:00:00+01:00;60,00;25,00');
  });
});
