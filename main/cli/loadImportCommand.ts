import { resolve } from 'node:path';
import { LoadFileReadError, importLoadFile } from '../services/loadFiles';
import { parseArgs, type CliCommand } from './command';

const USAGE = `Usage: npm run cli -- load-import FILE [options]

Reads an Enedis load curve (customer-space CSV or SGE R63 CSV; UTF-8, UTF-8 with BOM or Windows-1252,
detected) and prints what was imported: period, energy, peak, gaps and how they were filled, duplicates.
  --step MIN             target step in minutes (1, 5, 10, 15, 30, 60; default: the file's finest)
  --max-interp MIN       longest gap filled by linear interpolation (default 120)
  --long-gap METHOD      previousWeek (default), interpolation or none
  --timestamps end|start customer-space files: the stamp marks the end (Enedis, default) or the start`;

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export const command: CliCommand = {
  name: 'load-import',
  summary: 'Import an Enedis load curve (customer CSV or R63) and report gaps, duplicates and totals',
  usage: USAGE,
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    if (positionals.length !== 1) {
      io.err('load-import: give exactly one FILE (see --help)');
      return 2;
    }
    const numOpt = (key: string): number | undefined => {
      const v = options.get(key);
      if (v === undefined) return undefined;
      const x = typeof v === 'string' ? Number(v) : Number.NaN;
      if (!Number.isFinite(x)) throw new RangeError(`--${key} must be a number`);
      return x;
    };
    let step: number | undefined;
    let maxInterp: number | undefined;
    try {
      step = numOpt('step');
      maxInterp = numOpt('max-interp');
    } catch (e) {
      io.err(`load-import: ${(e as Error).message}`);
      return 2;
    }
    const longGap = options.get('long-gap');
    const marks = options.get('timestamps');
    if (longGap !== undefined && longGap !== 'previousWeek' && longGap !== 'interpolation' && longGap !== 'none') {
      io.err('load-import: --long-gap must be previousWeek, interpolation or none');
      return 2;
    }
    if (marks !== undefined && marks !== 'end' && marks !== 'start') {
      io.err('load-import: --timestamps must be end or start');
      return 2;
    }
    const file = resolve(io.cwd, positionals[0]);
    try {
      const r = await importLoadFile(file, {
        stepMinutes: step,
        customerTimestampMarks: marks,
        gapFill: { maxInterpolationMinutes: maxInterp ?? 120, longGapMethod: longGap ?? 'previousWeek' },
      });
      const tl = r.timeline;
      let total = 0;
      let peakKw = 0;
      for (let i = 0; i < tl.length; i++) {
        const e = r.energyKwh[i];
        if (Number.isNaN(e)) continue;
        total += e;
        peakKw = Math.max(peakKw, (e * 60) / tl.stepMinutes);
      }
      io.out(`${r.format} (${r.encoding}), PRM ${r.prm}`);
      io.out(`  period        ${iso(tl.startUtcMs)} → ${iso(tl.startUtcMs + tl.length * tl.stepMinutes * 60_000)} (UTC), ${tl.length} steps of ${tl.stepMinutes} min`);
      io.out(`  source steps  ${r.sourceStepsMinutes.join(', ')} min; ${r.pointCount} points, ${r.missingValueCount} empty, ${r.estimatedPointCount} estimated`);
      io.out(`  energy        ${total.toFixed(3)} kWh in the series (${r.measuredEnergyKwh.toFixed(3)} kWh measured); peak ${peakKw.toFixed(3)} kW`);
      io.out(`  gaps          ${r.gaps.count}, ${r.gaps.totalMinutes} min in total, longest ${r.gaps.longestMinutes} min; ${r.unfilledSteps} steps left unfilled`);
      for (const g of r.gaps.ranges.slice(0, 10)) io.out(`    ${iso(g.startUtcMs)} → ${iso(g.endUtcMs)}  ${g.minutes} min  ${g.filledBy}`);
      if (r.gaps.ranges.length > 10) io.out(`    … ${r.gaps.ranges.length - 10} more`);
      io.out(`  duplicates    ${r.duplicates.count}${r.duplicates.count ? ` (lines ${r.duplicates.lines.slice(0, 10).join(', ')}${r.duplicates.count > 10 ? ', …' : ''}; first kept)` : ''}`);
      return 0;
    } catch (e) {
      if (e instanceof LoadFileReadError) {
        io.err(`load-import: ${e.message}`);
        return 2;
      }
      throw e;
    }
  },
};
