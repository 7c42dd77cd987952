/**
 * Activation of the portfolio's downward flexibility during events, simulated asset by asset from
 * the baseline state at the event's start: DOWN mode through the window (each asset's controller
 * still refuses what would break its service constraints), then BASELINE, so the rebound after the
 * event (tanks and rooms reheating, paused EVs finishing, batteries refilling) comes out of the
 * physics rather than from an assumed payback ratio.
 * Event calendars:
 * - Tempo red days: colours from models/tariffs/tempoCalendar.ts (22 coldest eligible weekdays of
 *   Nov–Mar when no published list is given), window 06:00–22:00 local (Tempo peak hours, CRE/EDF);
 * - EcoWatt-like alerts: RTE's EcoWatt red signals concentrate on the winter morning (08:00–13:00)
 *   and evening (18:00–20:00) peaks; we place both windows on the N coldest working days;
 * - custom windows.
 */
import { TEMPO_COLOR, tempoDaysFromTemperature, tempoEpochDayOfStep } from '../tariffs/tempoCalendar';
import type { FlexContext } from './context';
import { MODE_BASELINE, MODE_DOWN } from './engine';
import type { SiteFlex } from './portfolioFlex';

export interface EventWindow {
  readonly label: string;
  /** First step of the event. */
  readonly start: number;
  readonly length: number;
}

function windowsOnDays(ctx: FlexContext, isDay: (t: number) => boolean, fromH: number, toH: number, label: string): EventWindow[] {
  const out: EventWindow[] = [];
  let open = -1;
  for (let t = 0; t <= ctx.n; t++) {
    const inside = t < ctx.n && isDay(t) && ctx.calendar.localMinuteOfDay[t] >= fromH * 60 && ctx.calendar.localMinuteOfDay[t] < toH * 60;
    if (inside && open < 0) open = t;
    if (!inside && open >= 0) {
      const d = ctx.calendar;
      out.push({ label: `${label} ${d.localYear[open]}-${String(d.localMonth[open] + 1).padStart(2, '0')}-${String(d.localDayOfMonth[open]).padStart(2, '0')}`, start: open, length: t - open });
      open = -1;
    }
  }
  return out;
}

export function tempoRedDayEvents(ctx: FlexContext, maxDays = 22): EventWindow[] {
  const days = tempoDaysFromTemperature(ctx.calendar, ctx.outdoorTempC);
  const isRed = (t: number) => days.colors[tempoEpochDayOfStep(ctx.calendar, t) - days.firstEpochDay] === TEMPO_COLOR.red;
  return windowsOnDays(ctx, isRed, 6, 22, 'Tempo red').slice(0, maxDays);
}

export function ecowattEvents(ctx: FlexContext, days: number): EventWindow[] {
  if (days <= 0) return [];
  const c = ctx.calendar;
  const dayCount = c.localDayIndex[ctx.n - 1] + 1;
  const sum = new Float64Array(dayCount);
  const cnt = new Uint32Array(dayCount);
  const working = new Uint8Array(dayCount);
  for (let t = 0; t < ctx.n; t++) {
    const d = c.localDayIndex[t];
    sum[d] += ctx.outdoorTempC[t];
    cnt[d]++;
    working[d] = c.dayType[t] === 0 ? 1 : 0;
  }
  const chosen = new Uint8Array(dayCount);
  Array.from({ length: dayCount }, (_, d) => d)
    .filter((d) => working[d] && cnt[d] > 0)
    .sort((a, b) => sum[a] / cnt[a] - sum[b] / cnt[b] || a - b)
    .slice(0, days)
    .forEach((d) => (chosen[d] = 1));
  const isChosen = (t: number) => chosen[c.localDayIndex[t]] === 1;
  return [...windowsOnDays(ctx, isChosen, 8, 13, 'EcoWatt morning'), ...windowsOnDays(ctx, isChosen, 18, 20, 'EcoWatt evening')].sort((a, b) => a.start - b.start);
}

export function customEvent(ctx: FlexContext, label: string, startUtcMs: number, hours: number): EventWindow {
  const stepMs = ctx.timeline.stepMinutes * 60_000;
  const start = Math.floor((startUtcMs - ctx.timeline.startUtcMs) / stepMs);
  const length = Math.round((hours * 60) / ctx.timeline.stepMinutes);
  if (start < 0 || start >= ctx.n) throw new RangeError(`event "${label}" starts outside the simulated year`);
  if (!(length > 0)) throw new RangeError(`event "${label}" must last at least one step`);
  return { label, start, length: Math.min(length, ctx.n - start) };
}

export interface EventResult {
  readonly label: string;
  readonly start: number;
  readonly length: number;
  /** Baseline − actual consumption over the window, kW per step. */
  readonly deliveredKw: Float64Array;
  readonly meanKw: number;
  readonly firstStepKw: number;
  readonly minKw: number;
  /** Largest change of delivered power between consecutive steps, from 0 before the event, kW. */
  readonly maxRampKw: number;
  readonly energyKwh: number;
  /** Extra consumption after the event, kWh, and its peak, kW. */
  readonly reboundKwh: number;
  readonly reboundPeakKw: number;
  /** Service cost of the activation by unit (actual − baseline). */
  readonly cost: Readonly<Record<string, number>>;
}

function summarize(label: string, w: EventWindow, deviation: Float64Array, stepH: number, cost: Record<string, number>): EventResult {
  const deliveredKw = deviation.slice(0, w.length);
  let energy = 0;
  let min = Infinity;
  let ramp = 0;
  let prev = 0;
  for (let k = 0; k < w.length; k++) {
    energy += deliveredKw[k] * stepH;
    min = Math.min(min, deliveredKw[k]);
    ramp = Math.max(ramp, Math.abs(deliveredKw[k] - prev));
    prev = deliveredKw[k];
  }
  let rebound = 0;
  let reboundPeak = 0;
  for (let k = w.length; k < deviation.length; k++) {
    const extra = -deviation[k];
    if (extra > 0) rebound += extra * stepH;
    reboundPeak = Math.max(reboundPeak, extra);
  }
  return {
    label,
    start: w.start,
    length: w.length,
    deliveredKw,
    meanKw: energy / (w.length * stepH),
    firstStepKw: deliveredKw[0] ?? 0,
    minKw: min === Infinity ? 0 : min,
    maxRampKw: ramp,
    energyKwh: energy,
    reboundKwh: rebound,
    reboundPeakKw: reboundPeak,
    cost,
  };
}

/** One event for every site: per-site results and their sum. `reboundH` is how long after the event the rebound is followed. */
export function simulateEvent(sites: readonly SiteFlex[], w: EventWindow, ctx: FlexContext, reboundH = 12): { portfolio: EventResult; sites: EventResult[] } {
  const end = Math.min(ctx.n, w.start + w.length);
  const stop = Math.min(ctx.n, end + Math.round(reboundH / ctx.stepH));
  const span = stop - w.start;
  const total = new Float64Array(span);
  const totalCost: Record<string, number> = {};
  const perSite = sites.map((site) => {
    const dev = new Float64Array(span);
    const cost: Record<string, number> = {};
    for (const a of site.assets) {
      const size = a.model.stateSize;
      const s = a.envelope.states.slice(w.start * size, (w.start + 1) * size);
      for (let t = w.start; t < stop; t++) {
        const p = a.model.step(s, t, t < end ? MODE_DOWN : MODE_BASELINE);
        dev[t - w.start] += a.envelope.baselineKw[t] - p;
      }
      const delta = s[0] - a.envelope.states[stop * size];
      if (a.model.costUnit !== '—') {
        cost[a.model.costUnit] = (cost[a.model.costUnit] ?? 0) + delta;
        totalCost[a.model.costUnit] = (totalCost[a.model.costUnit] ?? 0) + delta;
      }
    }
    for (let k = 0; k < span; k++) total[k] += dev[k];
    return summarize(w.label, { ...w, length: end - w.start }, dev, ctx.stepH, cost);
  });
  return { portfolio: summarize(w.label, { ...w, length: end - w.start }, total, ctx.stepH, totalCost), sites: perSite };
}
