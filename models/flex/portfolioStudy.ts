/**
 * The flexibility study of a stored portfolio document (models/api/territoryContract.ts) as the
 * API serves it: the whole-portfolio summary (summary.ts), the stacked firm power by asset type,
 * and activation of a custom window (activation.ts). Pure: it runs in the territory worker
 * (workers/territory.worker.ts), never on the main process.
 * Sources: see portfolioFlex.ts (envelopes, firm power), activation.ts (events), stats.ts (P50).
 */
import type { z } from 'zod';
import { IlotApiError, type FieldIssue } from '../api/errors';
import { portfolioDocSchema, type ActivationView, type FlexByKind, type FlexStudyView, type PortfolioDoc } from '../api/territoryContract';
import { customEvent, simulateEvent } from './activation';
import { sustainableKw } from './engine';
import { portfolioFlex, type PortfolioFlex } from './portfolioFlex';
import { quantile, SEASONS, seasonOfMonth } from './stats';
import { summarizeFlex } from './summary';

const validation = (message: string, issues: FieldIssue[]): IlotApiError => new IlotApiError({ code: 'validation', message, issues });

export function zodToIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

/** The stored document checked against its schema, PRMs unique; a validation error names the first bad field. */
export function parsePortfolioDoc(data: unknown, prefix = 'data'): PortfolioDoc {
  const r = portfolioDocSchema.safeParse(data ?? {});
  if (!r.success) {
    const issues = zodToIssues(r.error, prefix);
    throw validation(`Invalid portfolio: ${issues[0].path}: ${issues[0].message}`, issues);
  }
  const seen = new Map<string, number>();
  r.data.sites.forEach((s, i) => {
    const j = seen.get(s.prm);
    if (j !== undefined) throw validation(`Invalid portfolio: PRM ${s.prm} is already used by site ${j + 1}`, [{ path: `${prefix}.sites.${i}.prm`, message: `PRM ${s.prm} is already used by site ${j + 1}` }]);
    seen.set(s.prm, i);
  });
  return r.data;
}

/** Stacked P50 by asset type: firm power of each kind, up capped like the site (same ratio). */
export function flexByKind(pf: PortfolioFlex): FlexByKind {
  const { ctx } = pf;
  const n = ctx.n;
  const firmH = pf.portfolio.settings.firmDurationH;
  const kinds: string[] = [];
  const down = new Map<string, Float64Array>();
  const up = new Map<string, Float64Array>();
  const scratch = new Float64Array(n);
  for (const site of pf.sites) {
    // Site-level upward power was capped at the subscribed-power headroom: spread the cap over kinds.
    const rawUp = new Float64Array(n);
    const siteUp = new Map<string, Float64Array>();
    for (const a of site.assets) {
      if (!down.has(a.kind)) {
        kinds.push(a.kind);
        down.set(a.kind, new Float64Array(n));
        up.set(a.kind, new Float64Array(n));
      }
      sustainableKw(a.envelope.downKw, a.envelope.downHoldH, firmH, scratch);
      const d = down.get(a.kind)!;
      for (let t = 0; t < n; t++) d[t] += scratch[t];
      sustainableKw(a.envelope.upKw, a.envelope.upHoldH, firmH, scratch);
      const u = siteUp.get(a.kind) ?? new Float64Array(n);
      for (let t = 0; t < n; t++) {
        u[t] += scratch[t];
        rawUp[t] += scratch[t];
      }
      siteUp.set(a.kind, u);
    }
    for (const [kind, u] of siteUp) {
      const total = up.get(kind)!;
      for (let t = 0; t < n; t++) total[t] += rawUp[t] > 0 ? (u[t] * site.firmUpKw[t]) / rawUp[t] : 0;
    }
  }
  const p50 = (series: Float64Array) => {
    const buckets: number[][][] = SEASONS.map(() => Array.from({ length: 24 }, () => [] as number[]));
    for (let t = 0; t < n; t++) buckets[seasonOfMonth(ctx.calendar.localMonth[t])][ctx.calendar.localHour[t]].push(series[t]);
    return buckets.map((hours) => hours.map((v) => (v.length ? quantile(v, 0.5) : 0)));
  };
  return { kinds, downP50Kw: kinds.map((k) => p50(down.get(k)!)), upP50Kw: kinds.map((k) => p50(up.get(k)!)) };
}

/** Envelopes of every asset of the portfolio; a model's RangeError becomes a validation error. */
export function portfolioFlexOfDoc(name: string, data: PortfolioDoc): PortfolioFlex {
  if (data.sites.length === 0) throw validation('The portfolio has no site yet: add or import sites first', [{ path: 'data.sites', message: 'sites: a portfolio needs at least one site' }]);
  try {
    return portfolioFlex({ name, sites: data.sites, settings: data.settings });
  } catch (e) {
    if (e instanceof RangeError) throw validation(e.message, [{ path: 'data', message: e.message }]);
    throw e;
  }
}

/** The study of a computed portfolio; the caller adds how long it took and when (clocks stay out of models/). */
export function flexStudyParts(pf: PortfolioFlex): Pick<FlexStudyView, 'summary' | 'byKind'> {
  return { summary: summarizeFlex(pf), byKind: flexByKind(pf) };
}

/** Downward activation of every site during a custom window, from the baseline state at its start. */
export function activationView(pf: PortfolioFlex, label: string, startUtcMs: number, hours: number): ActivationView {
  let w;
  try {
    w = customEvent(pf.ctx, label, startUtcMs, hours);
  } catch (e) {
    if (e instanceof RangeError) throw validation(e.message, [{ path: 'startUtcMs', message: e.message }]);
    throw e;
  }
  const run = simulateEvent(pf.sites, w, pf.ctx);
  const p = run.portfolio;
  return {
    portfolio: {
      label: p.label,
      hours: p.length * pf.ctx.stepH,
      meanKw: p.meanKw,
      firstStepKw: p.firstStepKw,
      minKw: p.minKw,
      maxRampKw: p.maxRampKw,
      energyKwh: p.energyKwh,
      reboundKwh: p.reboundKwh,
      reboundPeakKw: p.reboundPeakKw,
      cost: p.cost,
      deliveredKw: Array.from(p.deliveredKw),
      startUtcMs: pf.timeline.startUtcMs + w.start * pf.timeline.stepMinutes * 60_000,
      stepMinutes: pf.timeline.stepMinutes,
    },
    sites: run.sites.map((s, i) => ({ name: pf.sites[i].site.name, meanKw: s.meanKw, energyKwh: s.energyKwh, reboundKwh: s.reboundKwh })),
  };
}
