/**
 * A WorkerFactory that runs a TypeScript worker entry file directly, through tsx, for tests, the CLI
 * and benches. The Electron app does not use it: electron-vite bundles workers and hands the pool a
 * factory built from `import createWorker from '../workers/x?nodeWorker'`.
 *
 * Why an eval bootstrap rather than `new Worker(entry, { execArgv: ['--import', 'tsx'] })`: on Node 20
 * (20.20.2 checked here) loader hooks registered by `--import tsx` inside a worker are not applied to
 * the worker's own entry module, which fails with ERR_UNKNOWN_FILE_EXTENSION ".ts"; `--require tsx/cjs`
 * fails the same way because the package is `"type": "module"`. tsx's `tsImport()` API registers a
 * scoped loader and then imports the entry, which works on Node 20 and later.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerFactory } from './types';

/**
 * URL of tsx's ESM API, resolved from this file rather than from the worker's cwd so a process started
 * elsewhere still finds it. `require.resolve` would pick the CommonJS build (the "require" condition),
 * which cannot be imported from the ESM bootstrap, so the "import" entry is read from tsx's exports map.
 */
function resolveTsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
  const relative = manifest.exports?.['./esm/api']?.import?.default;
  if (!relative) throw new Error(`tsxWorkerFactory: ${packageJsonPath} has no "./esm/api" import export; tsx 4 is expected`);
  return pathToFileURL(resolve(dirname(packageJsonPath), relative)).href;
}

let tsxApiUrl: string | undefined;

const bootstrap = `
import { workerData } from 'node:worker_threads';
const { tsImport } = await import(workerData.tsxApiUrl);
await tsImport(workerData.entryUrl, workerData.entryUrl);
`;

/**
 * `entryFile`: an absolute path, a path relative to the current directory, or a `file:` URL string
 * (e.g. `new URL('../../workers/simulation.ts', import.meta.url).href`). Throws at once when the file
 * does not exist, so a typo surfaces here rather than as a crashed worker later.
 */
export function tsxWorkerFactory(entryFile: string): WorkerFactory {
  const entryPath = entryFile.startsWith('file:')
    ? fileURLToPath(entryFile)
    : isAbsolute(entryFile)
      ? entryFile
      : resolve(entryFile);
  if (!existsSync(entryPath)) throw new Error(`tsxWorkerFactory: worker entry file not found: ${entryPath}`);
  tsxApiUrl ??= resolveTsxApiUrl();
  const workerData = { tsxApiUrl, entryUrl: pathToFileURL(entryPath).href };
  // Inherited execArgv (vitest's, or `--import tsx` from `npm run cli`) is not needed by the bootstrap.
  return () => new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
}
