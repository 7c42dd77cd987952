import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure, BenchRun } from './types';

/** Runs every bench/*.bench.ts (or those whose name contains the first argument) and prints each figure. */
const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

let failures = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: BenchRun };
  process.stdout.write(`\n## ${file}\n`);
  let figures: BenchFigure[];
  try {
    figures = await mod.run();
  } catch (error) {
    failures++;
    process.stdout.write(`  FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    continue;
  }
  for (const f of figures) {
    const ok = f.target === undefined || f.value <= f.target;
    if (!ok) failures++;
    const target = f.target === undefined ? '' : `  (target < ${f.target} ${f.unit}) ${ok ? 'OK' : 'OVER TARGET'}`;
    process.stdout.write(`  ${f.name.padEnd(58)} ${f.value.toFixed(f.value < 10 ? 2 : 0).padStart(10)} ${f.unit}${target}\n`);
  }
}
process.stdout.write(`\n${files.length} bench files, ${failures} over target or failed\n`);
process.exitCode = failures > 0 ? 1 : 0;
