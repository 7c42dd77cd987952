import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowBaseline, compareInPool, raisedBaseline } from './dpeValidation';
import { summarize, type ValidationReport } from '../../models/audit/validation/metrics';
import { corpusDir, hasCorpus, missingCorpusMessage } from '../../tests/dpeCorpus';

const report = (ep5: number, label: number): ValidationReport => ({
  records: 1,
  computed: 1,
  failures: [],
  metrics: [{ metric: 'ep_m2', count: 1, within5Pct: ep5, within10Pct: ep5, medianAbsErrorPct: 1 }],
  labelAgreement: label,
  worst: [],
});

describe('DPE validation baseline', () => {
  it('only moves up', () => {
    const base = { label_agreement: 0.8, ep_m2_within5: 0.6 };
    expect(belowBaseline(report(0.7, 0.79), base)).toEqual(['label_agreement: 0.7900 < baseline 0.8000']);
    expect(raisedBaseline(report(0.7, 0.79), base)).toMatchObject({ label_agreement: 0.8, ep_m2_within5: 0.7 });
  });
  it.skipIf(!hasCorpus)('computes records in the worker pool like in-process', async () => {
    // A small folder-like run: the pool is exercised on the whole corpus elsewhere (npm run validate:dpe).
    const comparisons = await compareInPool(corpusDir, 1);
    expect(comparisons.length).toBe(220);
    const r = summarize(comparisons);
    expect(r.computed).toBe(220);
    expect(path.basename(corpusDir)).toBe('corpus');
  }, 180_000);
  if (!hasCorpus) it.skip(missingCorpusMessage, () => {});
});
