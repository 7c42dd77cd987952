/**
 * `flex`: flexibility potential of a territory portfolio (models/flex) — envelope, activation on
 * Tempo red days and EcoWatt-like alerts, sites needed for a bid, yearly value.
 * Input: a portfolio JSON file, a sites CSV (building-type defaults), or an .ilot project holding a
 * territory document of kind "portfolio".
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { z } from 'zod';
import { IlotApiError } from '../../models/api/errors';
import { formatIssues } from '../../models/acc/schemas';
import { malaunayTerritoryPortfolio } from '../../models/examples/territoryDemo';
import { portfolioSchema, type PortfolioInput } from '../../models/flex/schemas';
import { previewSitesCsv } from '../../models/flex/sitesCsv';
import { SEASONS } from '../../models/flex/stats';
import { customEvent, type EventWindow } from '../../models/flex/activation';
import { portfolioFlex } from '../../models/flex/portfolioFlex';
import { summarizeFlex, type FlexSummary } from '../../models/flex/summary';
import { openProject } from '../services/projectStore';
import { parseArgs, type CliCommand } from './command';

const usage = `Usage: npm run cli -- flex FILE|--demo [--json] [--territory NAME] [--threshold KW] [--confidence 0.9] [--step 15|30|60] [--year YYYY]
         [--event START/HOURS]

  FILE         portfolio JSON ({ name, sites: [...], settings? }), sites CSV
               (name;type;lat;lon;annual_kwh;kva;prm[;heating]) or an .ilot project
               (its territory document of kind "portfolio"; --territory picks one by name or id)
  --threshold  bid threshold in kW (default 100)
  --confidence share of events the bid must be met in (default 0.9)
  --event      also activate a custom window, e.g. 2025-01-15T17:00+01:00/3 (start with its UTC offset, hours)
  --demo       use the demo portfolio (10 municipal sites of Malaunay, models/examples/territoryDemo.ts)
  --json       print the whole study as JSON
Example: npm run cli -- flex --demo`;

class InputError extends Error {}

function loadPortfolio(file: string, territory: string | undefined): PortfolioInput {
  const ext = extname(file).toLowerCase();
  if (ext === '.ilot') {
    let store;
    try {
      store = openProject(file, { readonly: true });
    } catch (e) {
      throw new InputError(e instanceof IlotApiError ? e.message : String(e));
    }
    try {
      const docs = store.listDocuments('territory', 'portfolio');
      if (docs.length === 0) throw new InputError(`${file} holds no territory portfolio`);
      const doc = territory ? docs.find((d) => d.id === territory || d.name === territory) : docs[0];
      if (!doc) throw new InputError(`no portfolio named "${territory}" (found: ${docs.map((d) => d.name).join(', ')})`);
      const data = doc.data as Record<string, unknown>;
      return { name: doc.name, ...data } as PortfolioInput;
    } finally {
      store.close();
    }
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'file not found' : `cannot read (${code})`}`);
  }
  if (ext === '.csv') {
    const preview = previewSitesCsv(text);
    if (preview.errors.length) throw new InputError(`${file}: ${preview.errors[0]}${preview.errors.length > 1 ? ` (and ${preview.errors.length - 1} more)` : ''}`);
    return { name: file.replace(/^.*[\\/]/, '').replace(/\.csv$/i, ''), sites: [...preview.sites] };
  }
  try {
    return JSON.parse(text) as PortfolioInput;
  } catch (e) {
    throw new InputError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

const fr = (v: number, d = 0) => v.toLocaleString('fr-FR', { minimumFractionDigits: d, maximumFractionDigits: d });

function printSummary(s: FlexSummary, out: (t: string) => void): void {
  out(`${s.name} — ${s.sites.length} sites, year ${s.year}, step ${s.stepMinutes} min`);
  out(`Flexible assets' baseline consumption: ${fr(s.baselineKwh / 1000, 1)} MWh/yr`);
  out(`Mean flexibility: down ${fr(s.meanDownKw, 1)} kW, up ${fr(s.meanUpKw, 1)} kW; down held ${s.firmDurationH} h: ${fr(s.meanFirmDownKw, 1)} kW`);
  out(`Downward power held ${s.firmDurationH} h, kW, P50 / P90 (available in 90 % of steps) by local hour:`);
  out(`  ${'hour'.padEnd(8)}${[0, 3, 6, 8, 10, 12, 14, 16, 18, 20, 22].map((h) => String(h).padStart(10)).join('')}`);
  SEASONS.forEach((season, i) => {
    out(`  ${season.padEnd(8)}${[0, 3, 6, 8, 10, 12, 14, 16, 18, 20, 22].map((h) => `${fr(s.down.p50Kw[i][h])}/${fr(s.down.p90Kw[i][h])}`.padStart(10)).join('')}`);
  });
  const red = s.events.filter((e) => e.label.startsWith('Tempo'));
  const eco = s.events.filter((e) => e.label.startsWith('EcoWatt'));
  const avg = (list: typeof red, f: (e: (typeof red)[number]) => number) => (list.length ? list.reduce((a, e) => a + f(e), 0) / list.length : 0);
  const custom = s.events.filter((e) => e.label.startsWith('Custom'));
  for (const [name, list] of [
    ['Tempo red days (06–22 h)', red],
    ['EcoWatt-like windows', eco],
    ['Custom window', custom],
  ] as const) {
    if (!list.length) continue;
    out(
      `${name}: ${list.length} events; mean delivered ${fr(avg(list, (e) => e.meanKw), 1)} kW (first step ${fr(avg(list, (e) => e.firstStepKw), 1)} kW), ${fr(avg(list, (e) => e.energyKwh))} kWh per event, rebound ${fr(avg(list, (e) => e.reboundKwh))} kWh (peak ${fr(avg(list, (e) => e.reboundPeakKw), 1)} kW)`,
    );
    const units = new Set(list.flatMap((e) => Object.keys(e.cost)));
    const costs = [...units].map((u) => `${fr(avg(list, (e) => e.cost[u] ?? 0), 1)} ${u}`).join(', ');
    if (costs) out(`  service cost per event: ${costs}`);
  }
  for (const [name, n] of [
    ['red days', s.sitesNeeded.redDays],
    ['EcoWatt windows', s.sitesNeeded.ecowatt],
  ] as const) {
    out(
      n.count === null
        ? `Bid ${fr(n.thresholdKw)} kW at ${fr(n.confidence * 100)} % confidence (${name}): not reached — the whole portfolio gives ${fr(n.firmKw, 1)} kW`
        : `Bid ${fr(n.thresholdKw)} kW at ${fr(n.confidence * 100)} % confidence (${name}): ${n.count} sites (${fr(n.firmKw, 1)} kW)`,
    );
  }
  out(`Yearly value (illustrative prices): capacity ${fr(s.value.capacityEur)} EUR (firm ${fr(s.value.firmKw, 1)} kW) + energy ${fr(s.value.energyEur)} EUR = ${fr(s.value.totalEur)} EUR`);
  out(`  ${'site'.padEnd(36)}${'type'.padEnd(15)}${'MWh/yr'.padStart(9)}${'down kW'.padStart(9)}${'red kW'.padStart(9)}${'EUR/yr'.padStart(9)}  assets`);
  for (const site of s.sites) {
    out(
      `  ${site.name.slice(0, 35).padEnd(36)}${site.buildingType.padEnd(15)}${fr(site.baselineKwh / 1000, 1).padStart(9)}${fr(site.meanDownKw, 1).padStart(9)}${fr(site.redDayMeanKw, 1).padStart(9)}${fr(site.value.totalEur).padStart(9)}  ${site.assets.join(', ')}${site.defaultsUsed ? ' (defaults)' : ''}`,
    );
  }
  for (const site of s.sites) {
    if (site.flexibleShare > 1.0001) out(`Warning: the flexible assets of "${site.name}" use ${fr(site.flexibleShare * 100)} % of its annual consumption — check its assets or annual kWh.`);
  }
}

export const command: CliCommand = {
  name: 'flex',
  summary: 'Territory flexibility: envelope, Tempo/EcoWatt activations, sites needed for a bid, value',
  usage,
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const known = new Set(['event', 'json', 'demo', 'territory', 'threshold', 'confidence', 'step', 'year']);
    for (const k of options.keys()) {
      if (!known.has(k)) {
        io.err(`flex: unknown option --${k} (see npm run cli -- flex --help)`);
        return 2;
      }
    }
    const demo = options.get('demo') === true;
    if (positionals.length !== (demo ? 0 : 1)) {
      io.err('flex: give one portfolio file (JSON, sites CSV or .ilot), or --demo');
      return 2;
    }
    const str = (k: string) => (typeof options.get(k) === 'string' ? (options.get(k) as string) : undefined);
    try {
      const input = demo ? malaunayTerritoryPortfolio() : loadPortfolio(resolve(io.cwd, positionals[0]), str('territory'));
      const overrides: Record<string, number> = {};
      for (const [opt, key] of [
        ['threshold', 'bidThresholdKw'],
        ['confidence', 'confidence'],
        ['step', 'stepMinutes'],
        ['year', 'year'],
      ] as const) {
        const v = str(opt);
        if (v === undefined) continue;
        const num = Number(v.replace(',', '.'));
        if (!Number.isFinite(num)) throw new InputError(`--${opt} must be a number, not "${v}"`);
        overrides[key] = num;
      }
      const portfolio = portfolioSchema.parse({ ...input, settings: { ...(input.settings ?? {}), ...overrides } });
      const pf = portfolioFlex(portfolio);
      const extra: EventWindow[] = [];
      const eventArg = str('event');
      if (eventArg !== undefined) {
        const m = /^(.+)\/(\d+(?:[.,]\d+)?)h?$/.exec(eventArg);
        const startMs = m ? Date.parse(m[1]) : NaN;
        if (!m || Number.isNaN(startMs) || !/(Z|[+-]\d{2}:?\d{2})$/.test(m[1])) {
          throw new InputError(`--event must look like 2025-01-15T17:00+01:00/3 (start with its UTC offset, then hours), not "${eventArg}"`);
        }
        extra.push(customEvent(pf.ctx, `Custom ${m[1]}`, startMs, Number(m[2].replace(',', '.'))));
      }
      const summary = summarizeFlex(pf, extra);
      if (options.has('json')) io.out(JSON.stringify(summary));
      else printSummary(summary, (t) => io.out(t));
      return 0;
    } catch (e) {
      if (e instanceof InputError || e instanceof RangeError) {
        io.err(`flex: ${e.message}`);
        return 2;
      }
      if (e instanceof z.ZodError) {
        io.err(`flex: ${formatIssues(e)}`);
        return 2;
      }
      throw e;
    }
  },
};
