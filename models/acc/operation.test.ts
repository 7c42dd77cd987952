import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accPricesSchema, consumerBill, producerRevenueEur } from './bill';
import { runAccOperation } from './operation';
import { accOperationSchema, formatIssues, type AccOperation } from './schemas';

const f = (...v: number[]) => Float64Array.from(v);

function op(overrides: Partial<AccOperation> = {}): AccOperation {
  return {
    name: 'test',
    timeline: { startUtcMs: Date.UTC(2025, 5, 1), stepMinutes: 30, length: 2 },
    participants: [
      { prm: '30000000000001', role: 'producer', latDeg: 49.53, lonDeg: 1.04, peakKw: 36 },
      { prm: '30000000000002', role: 'producer', latDeg: 49.531, lonDeg: 1.04, peakKw: 36 },
      { prm: '30000000000011', role: 'consumer', latDeg: 49.532, lonDeg: 1.04, share: 0.5 },
      { prm: '30000000000012', role: 'consumer', latDeg: 49.533, lonDeg: 1.04, share: 0.5 },
    ],
    curvesKwh: { '30000000000001': f(6, 0), '30000000000002': f(2, 0), '30000000000011': f(5, 1), '30000000000012': f(1, 1) },
    ...overrides,
  };
}

describe('runAccOperation', () => {
  it('computes the balance per participant and splits self-consumption between producers pro rata', () => {
    const r = runAccOperation(op(), { key: 'default', dateIso: '2025-06-01' });
    expect(r.operation).toMatchObject({ producedKwh: 8, consumedKwh: 8, selfConsumedKwh: 6, surplusKwh: 2, gridKwh: 2 });
    expect(r.operation.selfConsumptionRate).toBeCloseTo(0.75, 12);
    const [p1, p2, c1, c2] = r.participants;
    expect(p1.selfConsumedKwh).toBeCloseTo(4.5, 12);
    expect(p2.selfConsumedKwh).toBeCloseTo(1.5, 12);
    expect(p1.surplusKwh).toBeCloseTo(1.5, 12);
    expect(c1.selfConsumedKwh).toBeCloseTo(5, 12);
    expect(c2.selfProductionRate).toBeCloseTo(0.5, 12);
    expect(r.perimeter.eligible).toBe(true);
  });

  it('static key: 50/50 of 8 kWh → 4 to a consumer needing 5, 1 to one needing 1, 3 kWh surplus', () => {
    const r = runAccOperation(op(), { key: 'static', dateIso: '2025-06-01' });
    expect(r.operation.selfConsumedKwh).toBeCloseTo(5, 12);
    expect(r.operation.surplusKwh).toBeCloseTo(3, 12);
  });

  it('names what is missing or wrong', () => {
    expect(() => runAccOperation(op(), { key: 'priority', dateIso: '2025-06-01' })).toThrow('priority key: consumer 30000000000011 has no priority');
    const bad = accOperationSchema.safeParse(op({ curvesKwh: { ...op().curvesKwh, '30000000000012': f(1, -1) } }));
    expect(bad.success).toBe(false);
    expect(formatIssues((bad as { error: z.ZodError }).error)).toBe('curvesKwh.30000000000012.1: curve of 30000000000012: step 1 is -1, expected a finite kWh ≥ 0');
    const short = accOperationSchema.safeParse(op({ participants: op().participants.map((p, i) => (i === 3 ? { ...p, prm: '3000000000001' } : p)) }));
    expect(formatIssues((short as { error: z.ZodError }).error)).toMatch(/^participants\.3\.prm: a PRM is exactly 14 digits/);
  });
});

describe('bill impact', () => {
  it('prices alloproduced and self-consumed energy with their own network and excise terms', () => {
    const prices = accPricesSchema.parse({ supplyEurPerKwh: 0.2, turpeAlloEurPerKwh: 0.05, turpeAutoEurPerKwh: 0.02, acciseEurPerKwh: 0.03, localPriceEurPerKwh: 0.1, surplusPriceEurPerKwh: 0.05 });
    const b = consumerBill(1000, 300, prices);
    expect(b.beforeEur).toBeCloseTo(280, 9);
    expect(b.afterEur).toBeCloseTo(700 * 0.28 + 300 * 0.15, 9);
    expect(b.savingEur).toBeCloseTo(300 * 0.13, 9);
    const exempt = consumerBill(1000, 300, { ...prices, acciseOnSelfConsumed: false });
    expect(exempt.savingEur).toBeCloseTo(300 * 0.16, 9);
    expect(producerRevenueEur(300, 100, prices)).toBeCloseTo(35, 9);
  });
});
