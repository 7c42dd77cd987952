/**
 * Test-only script for main/services/workerPool.test.ts: runs calls on a pool (one still running, one
 * queued), then closes it. The process must then exit by itself, which proves no thread is left alive.
 * With `--no-close` it skips close(), as a control showing that live workers do keep the process up.
 */
import { fileURLToPath } from 'node:url';
import { createWorkerPool } from '../../workerPool';
import type { PoolTestApi } from '../../../../workers/testing/poolTestWorker';
import { tsxWorkerFactory } from '../tsxWorkerFactory';

const entry = fileURLToPath(new URL('../../../../workers/testing/poolTestWorker.ts', import.meta.url));
const pool = createWorkerPool<PoolTestApi>({ factory: tsxWorkerFactory(entry), size: 2, name: 'close-test' });
const answers = await Promise.all([pool.run('threadId', undefined), pool.run('threadId', undefined)]);
const running = pool.run('sleep', { ms: 60_000 }).catch((error: Error) => error.name);
const queued = pool.run('sleep', { ms: 60_000 }).catch((error: Error) => error.name);
const queued2 = pool.run('sleep', { ms: 60_000 }).catch((error: Error) => error.name);
if (process.argv.includes('--no-close')) {
  process.stdout.write(`not closing ${answers.length}\n`);
} else {
  await pool.close();
  process.stdout.write(`closed ${answers.length} ${await running} ${await queued} ${await queued2}\n`);
}
