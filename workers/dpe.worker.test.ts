import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../main/services/workerPool';
import { tsxWorkerFactory } from '../main/services/workerPool/tsxWorkerFactory';
import { corpusDir, hasCorpus, missingCorpusMessage } from '../tests/dpeCorpus';
import type { DpeWorkerApi } from './dpe.worker';

describe('dpe worker', () => {
  it.skipIf(!hasCorpus)('computes a record from its XML text and rejects bad text with the element', async () => {
    const pool = createWorkerPool<DpeWorkerApi>({ factory: tsxWorkerFactory(path.join(__dirname, 'dpe.worker.ts')), size: 1, name: 'dpe-test' });
    try {
      const summary = await pool.run('computeFromXml', readFileSync(path.join(corpusDir, '2287E0142690M.xml'), 'utf8'));
      expect(summary.label).toBe('G');
      expect(summary.ep_m2).toBeGreaterThan(540);
      expect(summary.ep_m2).toBeLessThan(600);
      await expect(pool.run('computeFromXml', '<dpe><administratif/></dpe>')).rejects.toThrow(/dpe\/logement/);
    } finally {
      await pool.close();
    }
  }, 120_000);
  if (!hasCorpus) it.skip(missingCorpusMessage, () => {});
});
