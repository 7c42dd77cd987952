import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CliCommand } from './command';
import { parseArgs } from './command';
import { belowBaseline, defaultCorpusDir, formatReport, raisedBaseline, repoRoot, runDpeValidation, type Baseline } from '../services/dpeValidation';

const BASELINE_FILE = path.join(repoRoot, 'tests/dpe-baseline.json');

export const command: CliCommand = {
  name: 'dpe-validate',
  summary: 'Run the DPE 3CL engine on a folder of ADEME XML records and compare with their registered values',
  usage: [
    'Usage: dpe-validate [DIR] [--out FILE] [--in-process] [--workers N] [--update-baseline]',
    '  DIR                folder of .xml records (default ../shared/reference/dpe/corpus)',
    '  --out FILE         JSON report (default out/dpe-validation.json)',
    '  --in-process       compute in this process instead of the worker pool',
    '  --workers N        worker threads (default 2)',
    '  --update-baseline  raise tests/dpe-baseline.json to the current figures; refuses if any figure is below it',
  ].join('\n'),
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const dir = positionals[0] ? path.resolve(io.cwd, positionals[0]) : defaultCorpusDir;
    if (!existsSync(dir)) {
      io.err(`dpe-validate: folder not found: ${dir}`);
      return 2;
    }
    const workersOpt = options.get('workers');
    const poolSize = typeof workersOpt === 'string' ? Number(workersOpt) : 2;
    if (!Number.isInteger(poolSize) || poolSize < 1) {
      io.err('dpe-validate: --workers must be a positive integer');
      return 2;
    }
    const outOpt = options.get('out');
    const out = path.resolve(io.cwd, typeof outOpt === 'string' ? outOpt : 'out/dpe-validation.json');
    let run;
    try {
      run = await runDpeValidation(dir, { inProcess: options.has('in-process'), poolSize });
    } catch (e) {
      io.err(`dpe-validate: ${(e as Error).message}`);
      return 2;
    }
    io.out(formatReport(run));
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ mode: run.mode, elapsedMs: run.elapsedMs, ...run.report }, null, 2) + '\n');
    io.out(`\nreport written to ${out}`);
    if (options.has('update-baseline')) {
      const baseline = existsSync(BASELINE_FILE) ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline) : {};
      const below = belowBaseline(run.report, baseline);
      if (below.length > 0) {
        io.err(`dpe-validate: refusing to lower the baseline:\n  ${below.join('\n  ')}`);
        return 1;
      }
      writeFileSync(BASELINE_FILE, JSON.stringify(raisedBaseline(run.report, baseline), null, 2) + '\n');
      io.out(`baseline raised: ${BASELINE_FILE}`);
    }
    return 0;
  },
};
