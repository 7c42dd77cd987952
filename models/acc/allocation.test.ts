import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationKey } from './allocation';
import { consumerFlows, operationFlows, producerFlows } from './balance';

const f = (...v: number[]) => Float64Array.from(v);

describe('allocation keys on hand-computed steps', () => {
  // One producer, two consumers, three steps: short, exact and abundant production.
  const prod = [f(3, 10, 20)];
  const cons = [f(6, 4, 4), f(2, 6, 8)];

  it('default key shares pro rata of consumption and serves everyone when production suffices', () => {
    const r = allocate(prod, cons, { kind: 'default' });
    expect(Array.from(r.allocatedKwh[0])).toEqual([2.25, 4, 4]);
    expect(Array.from(r.allocatedKwh[1])).toEqual([0.75, 6, 8]);
    expect(Array.from(r.surplusKwh)).toEqual([0, 0, 8]);
  });

  it('static key sends the share a consumer cannot use to surplus, not to the other consumer', () => {
    const r = allocate(prod, cons, { kind: 'static', shares: [0.7, 0.3] });
    // step 1: 7 offered to a consumer needing 4 → 3 to surplus although the other lacks 3.
    expect(r.allocatedKwh[0][1]).toBeCloseTo(4, 12);
    expect(r.allocatedKwh[1][1]).toBeCloseTo(3, 12);
    expect(r.surplusKwh[1]).toBeCloseTo(3, 12);
    expect(r.allocatedKwh[0][0]).toBeCloseTo(2.1, 12);
    expect(r.allocatedKwh[1][0]).toBeCloseTo(0.9, 12);
  });

  it('static shares under 100 % leave the remainder as surplus', () => {
    const r = allocate([f(10)], [f(100), f(100)], { kind: 'static', shares: [0.25, 0.25] });
    expect(r.surplusKwh[0]).toBeCloseTo(5, 12);
  });

  it('priority key serves group 1 fully before group 2', () => {
    const r = allocate(prod, cons, { kind: 'priority', priorities: [2, 1] });
    expect(Array.from(r.allocatedKwh[1])).toEqual([2, 6, 8]);
    expect(Array.from(r.allocatedKwh[0])).toEqual([1, 4, 4]);
  });

  it('ratios key re-shares what a saturated consumer cannot take', () => {
    const r = allocate(prod, cons, { kind: 'ratios', ratios: [0.7, 0.3] });
    // step 1: offers 7 / 3; consumer 0 needs 4 → the 3 left go to consumer 1 (needs 6).
    expect(r.allocatedKwh[0][1]).toBeCloseTo(4, 12);
    expect(r.allocatedKwh[1][1]).toBeCloseTo(6, 12);
    expect(r.surplusKwh[1]).toBeCloseTo(0, 12);
  });

  it('rejects static shares above 100 % and curves of different lengths', () => {
    expect(() => allocate(prod, cons, { kind: 'static', shares: [0.7, 0.31] })).toThrow(/more than 100 %/);
    expect(() => allocate(prod, [f(1, 2)], { kind: 'default' })).toThrow(/consumer curve 0 has 2 steps/);
  });
});

const energy = fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true });

const caseArb = fc
  .record({ producers: fc.integer({ min: 1, max: 3 }), consumers: fc.integer({ min: 1, max: 6 }), steps: fc.integer({ min: 1, max: 12 }) })
  .chain(({ producers, consumers, steps }) =>
    fc.record({
      prod: fc.array(fc.array(energy, { minLength: steps, maxLength: steps }), { minLength: producers, maxLength: producers }),
      cons: fc.array(fc.array(fc.oneof(energy, fc.constant(0)), { minLength: steps, maxLength: steps }), { minLength: consumers, maxLength: consumers }),
      weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: consumers, maxLength: consumers }),
      priorities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: consumers, maxLength: consumers }),
      kind: fc.constantFrom<AllocationKey['kind']>('static', 'default', 'priority', 'ratios'),
    }),
  );

function keyOf(kind: AllocationKey['kind'], weights: number[], priorities: number[]): AllocationKey {
  const total = weights.reduce((a, b) => a + b, 0);
  switch (kind) {
    case 'static':
      return { kind, shares: weights.map((w) => (total > 1 ? w / total : w) * (1 - 1e-12)) };
    case 'default':
      return { kind };
    case 'priority':
      return { kind, priorities };
    case 'ratios':
      return { kind, ratios: weights };
  }
}

describe('allocation invariants (fast-check)', () => {
  it('never allocates more than production in total nor more than any consumption; sums and rates agree', () => {
    fc.assert(
      fc.property(caseArb, ({ prod, cons, weights, priorities, kind }) => {
        const production = prod.map((a) => Float64Array.from(a));
        const consumption = cons.map((a) => Float64Array.from(a));
        const key = keyOf(kind, weights, priorities);
        const r = allocate(production, consumption, key);
        const tol = 1e-9;
        for (let t = 0; t < r.length; t++) {
          let sum = 0;
          for (let i = 0; i < consumption.length; i++) {
            const a = r.allocatedKwh[i][t];
            expect(a).toBeGreaterThanOrEqual(0);
            expect(a).toBeLessThanOrEqual(consumption[i][t] * (1 + tol) + tol);
            if (key.kind === 'static') expect(a).toBeLessThanOrEqual(key.shares[i] * r.productionKwh[t] * (1 + tol) + tol);
            sum += a;
          }
          expect(sum).toBeLessThanOrEqual(r.productionKwh[t] * (1 + tol) + tol);
          expect(r.selfConsumedKwh[t] + r.surplusKwh[t]).toBeCloseTo(r.productionKwh[t], 6);
          const totalNeed = consumption.reduce((s, c) => s + c[t], 0);
          // Dynamic keys waste nothing: surplus only when every eligible consumer is served
          // (a ratio of 0 excludes a consumer from the ratios key).
          if (key.kind !== 'static' && r.surplusKwh[t] > 1e-6) {
            for (let i = 0; i < consumption.length; i++) {
              if (key.kind === 'ratios' && key.ratios[i] === 0) continue;
              expect(r.allocatedKwh[i][t]).toBeCloseTo(consumption[i][t], 6);
            }
          }
          if (key.kind === 'default' || key.kind === 'priority') expect(sum).toBeCloseTo(Math.min(totalNeed, r.productionKwh[t]), 6);
        }
        const op = operationFlows(r, consumption);
        const producers = production.map((c, j) => producerFlows(String(j), c, r));
        const consumers = consumption.map((c, i) => consumerFlows(String(i), c, r.allocatedKwh[i]));
        expect(producers.reduce((s, p) => s + p.selfConsumedKwh, 0)).toBeCloseTo(op.selfConsumedKwh, 6);
        expect(consumers.reduce((s, p) => s + p.selfConsumedKwh, 0)).toBeCloseTo(op.selfConsumedKwh, 6);
        expect(producers.reduce((s, p) => s + p.surplusKwh, 0)).toBeCloseTo(op.surplusKwh, 6);
        expect(op.producedKwh - op.selfConsumedKwh).toBeCloseTo(op.surplusKwh, 6);
        if (op.selfConsumptionRate !== null) expect(op.selfConsumptionRate).toBeLessThanOrEqual(1 + 1e-12);
        if (op.selfProductionRate !== null) expect(op.selfProductionRate).toBeLessThanOrEqual(1 + 1e-12);
        if (op.selfConsumptionRate !== null && op.selfProductionRate !== null && op.selfConsumedKwh > 0) {
          expect(op.selfConsumptionRate * op.producedKwh).toBeCloseTo(op.selfProductionRate * op.consumedKwh, 6);
        }
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('static keys send every unused share to surplus', () => {
    fc.assert(
      fc.property(caseArb, ({ prod, cons, weights }) => {
        const production = prod.map((a) => Float64Array.from(a));
        const consumption = cons.map((a) => Float64Array.from(a));
        const key = keyOf('static', weights, []) as Extract<AllocationKey, { kind: 'static' }>;
        const r = allocate(production, consumption, key);
        for (let t = 0; t < r.length; t++) {
          let expected = 0;
          for (let i = 0; i < consumption.length; i++) expected += Math.min(consumption[i][t], key.shares[i] * r.productionKwh[t]);
          expect(r.surplusKwh[t]).toBeCloseTo(r.productionKwh[t] - expected, 6);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
