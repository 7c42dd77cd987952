/**
 * `npm test`: the unit tests (vitest), then the end-to-end tests in Debian Chromium through the web
 * harness, then one closing line with the totals: "Tests: N passed, N failed, N skipped".
 * `npm test -- --unit` runs the unit tests only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
}

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out', 'test-results');
mkdirSync(outDir, { recursive: true });
const unitOnly = process.argv.includes('--unit');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

function run(label: string, args: string[]): VitestJson | null {
  const report = join(outDir, `${label}.json`);
  rmSync(report, { force: true });
  process.stdout.write(`\n=== ${label} tests ===\n`);
  const result = spawnSync(process.execPath, [vitest, 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: root,
    stdio: 'inherit',
  });
  if (!existsSync(report)) {
    process.stdout.write(`${label}: the test runner produced no report (exit ${result.status})\n`);
    return null;
  }
  return JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
}

function buildWeb(): boolean {
  process.stdout.write('\n=== building the web harness ===\n');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status === 0;
}

const reports: Array<VitestJson | null> = [run('unit', [])];
if (!unitOnly) {
  const chromium = process.env.ILOT_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    process.stdout.write(`\nEnd-to-end tests need Debian Chromium at ${chromium} (apt-get install -y chromium): counted as failed.\n`);
    reports.push(null);
  } else if (!buildWeb()) {
    reports.push(null);
  } else {
    reports.push(run('e2e', ['--config', 'vitest.e2e.config.ts']));
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of reports) {
  if (!r) {
    failed++;
    continue;
  }
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
  skipped += r.numPendingTests + r.numTodoTests;
}
process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exitCode = failed > 0 ? 1 : 0;
