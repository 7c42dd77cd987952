/**
 * Worker entry of the DPE 3CL engine: computes records from their XML text off the main thread
 * (batch validation, imports). Methods follow workers/runtime.ts: `method(input, progressPort?)`.
 */
import type { MessagePort } from 'node:worker_threads';
import { computeDpe } from '../models/audit/compute';
import { summarizeDpe, type DpeSummary } from '../models/audit/summary';
import { compareRecord } from '../models/audit/validation/record';
import type { RecordComparison } from '../models/audit/validation/metrics';
import { parseDpeXml } from '../models/audit/xml/parse';
import { exposeWorkerApi, progressReporter } from './runtime';

export const dpeWorkerApi = {
  /** Parses one record and computes it from its inputs only. Rejects with the reason naming the element. */
  async computeFromXml(text: string): Promise<DpeSummary> {
    return summarizeDpe(computeDpe(parseDpeXml(text).input));
  },
  /** Computes a batch of records and compares each with its registered outputs. */
  async compareRecords(batch: { id: string; text: string }[], progressPort?: MessagePort): Promise<RecordComparison[]> {
    const progress = progressReporter(progressPort);
    return batch.map((r, i) => {
      progress(i / batch.length, r.id);
      return compareRecord(r.id, r.text);
    });
  },
};

export type DpeWorkerApi = typeof dpeWorkerApi;

exposeWorkerApi(dpeWorkerApi);
