/**
 * Worker pool overheads (main/services/workerPool.ts) with the test worker entry run through tsx:
 * thread start-up, round trip of a trivial call, and a year of 1-minute steps (525 600 Float64 values,
 * 4.2 MB) sent to a worker and back, transferred versus copied. Median of repeated sequential calls.
 */
import { fileURLToPath } from 'node:url';
import { createWorkerPool } from '../main/services/workerPool';
import { tsxWorkerFactory } from '../main/services/workerPool/tsxWorkerFactory';
import type { PoolTestApi } from '../workers/testing/poolTestWorker';
import type { BenchFigure } from './types';

const entry = fileURLToPath(new URL('../workers/testing/poolTestWorker.ts', import.meta.url));
const YEAR_OF_MINUTES = 525_600;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timeEach(count: number, call: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < count; k++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  return times;
}

export async function run(): Promise<BenchFigure[]> {
  const pool = createWorkerPool<PoolTestApi>({ factory: tsxWorkerFactory(entry), size: 1, name: 'bench' });
  try {
    const t0 = performance.now();
    await pool.run('echo', 0);
    const startupMs = performance.now() - t0;

    await timeEach(200, () => pool.run('echo', 1));
    const trivialMs = median(await timeEach(2000, () => pool.run('echo', 1)));

    let series: Float64Array = new Float64Array(YEAR_OF_MINUTES).fill(1.5);
    const transferredMs = median(
      await timeEach(50, async () => {
        series = await pool.run('bounce', { values: series }, { transfer: [series.buffer] });
      }),
    );
    if (series.length !== YEAR_OF_MINUTES || series[YEAR_OF_MINUTES - 1] !== 1.5) throw new Error('transferred series came back altered');
    const copiedMs = median(await timeEach(50, () => pool.run('echo', { values: series })));

    return [
      { name: 'worker start-up under tsx, first call included', value: startupMs, unit: 'ms' },
      { name: 'round trip of a trivial call (median of 2000)', value: trivialMs * 1000, unit: 'µs' },
      { name: '525 600 Float64 to the worker and back, transferred (median)', value: transferredMs, unit: 'ms' },
      { name: '525 600 Float64 to the worker and back, copied (median)', value: copiedMs, unit: 'ms' },
    ];
  } finally {
    await pool.close();
  }
}
