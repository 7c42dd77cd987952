/**
 * Guards the accuracy of the DPE 3CL engine on the reference corpus: every metric of the
 * validation (share within 5 % / 10 % of the registered values, label agreement) must stay at or
 * above tests/dpe-baseline.json. Raise the baseline with `npm run validate:dpe -- --update-baseline`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowBaseline, compareInProcess, type Baseline } from '../main/services/dpeValidation';
import { summarize } from '../models/audit/validation/metrics';
import { corpusDir, hasCorpus, missingCorpusMessage, repoRoot } from './dpeCorpus';

describe('DPE 3CL engine on the reference corpus', () => {
  it.skipIf(!hasCorpus)(
    'stays at or above the baseline',
    () => {
      const baseline = JSON.parse(readFileSync(path.join(repoRoot, 'tests/dpe-baseline.json'), 'utf8')) as Baseline;
      const report = summarize(compareInProcess(corpusDir));
      expect(report.records).toBe(220);
      expect(belowBaseline(report, baseline)).toEqual([]);
      // The floor: label within 80 %, EP per m² within 5 % for 60 % (checked by the baseline once reached).
      expect(Object.keys(baseline).length).toBeGreaterThanOrEqual(11);
    },
    180_000,
  );
  if (!hasCorpus) it.skip(missingCorpusMessage, () => {});
});
