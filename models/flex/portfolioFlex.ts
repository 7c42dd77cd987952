/**
 * Flexibility envelope of a territory portfolio: every asset's upward and downward power and hold
 * duration at every step (engine.ts), summed per site and for the portfolio, and their
 * distribution across the year (P50/P90 by season and local hour).
 * Convention: "P90" is the power available in at least 90 % of the steps of that season and hour
 * (the 10th percentile of the distribution), "P50" the median — the exceedance convention of
 * energy yield studies.
 * All sites share one time context (calendar, temperature, night) taken at the portfolio's
 * centroid: a territory spans a few km, over which sunrise moves by seconds.
 */
import type { Timeline } from '../core/timeline';
import { yearTimeline } from '../core/timeline';
import { occupancyMask } from './assets/occupancy';
import { batteryModel } from './assets/battery';
import { evModel } from './assets/evCharging';
import { heatingModel } from './assets/thermalBuilding';
import { lightingModel } from './assets/lighting';
import { processModel } from './assets/process';
import { pumpModel } from './assets/pump';
import { waterHeaterModel } from './assets/waterHeater';
import { syntheticWeatherYear } from '../weather/synthetic';
import { departementToClimateZone, nearestDepartement } from '../weather/climateTables';
import { buildFlexContext, type FlexContext } from './context';
import { defaultAssets, defaultHeatingKwh } from './defaults';
import { assetEnvelope, runBaseline, sustainableKw, type AssetEnvelope, type FlexAssetModel } from './engine';
import { portfolioSchema, type FlexAsset, type FlexSite, type Portfolio, type PortfolioInput } from './schemas';
import { quantile, SEASONS, seasonOfMonth } from './stats';

export interface AssetFlex {
  readonly id: string;
  readonly kind: FlexAsset['kind'];
  readonly asset: FlexAsset;
  readonly model: FlexAssetModel;
  readonly envelope: AssetEnvelope;
}

export interface SiteFlex {
  readonly site: FlexSite;
  readonly assets: readonly AssetFlex[];
  readonly defaultsUsed: boolean;
  readonly baselineKw: Float64Array;
  readonly upKw: Float64Array;
  readonly downKw: Float64Array;
  /** Power that can be held for the firm duration (settings.firmDurationH). */
  readonly firmUpKw: Float64Array;
  readonly firmDownKw: Float64Array;
}

export interface FlexDistribution {
  /** [season][localHour] → kW. Seasons in SEASONS order. */
  readonly p50Kw: number[][];
  readonly p90Kw: number[][];
}

export interface PortfolioFlex {
  readonly portfolio: Portfolio;
  readonly timeline: Timeline;
  readonly ctx: FlexContext;
  readonly sites: readonly SiteFlex[];
  readonly baselineKw: Float64Array;
  readonly upKw: Float64Array;
  readonly downKw: Float64Array;
  readonly firmUpKw: Float64Array;
  readonly firmDownKw: Float64Array;
  readonly down: FlexDistribution;
  readonly up: FlexDistribution;
}

export function assetModel(id: string, asset: FlexAsset, site: FlexSite, ctx: FlexContext): FlexAssetModel {
  switch (asset.kind) {
    case 'waterHeater':
      return waterHeaterModel(id, asset, ctx);
    case 'heating':
      return heatingModel(id, asset, ctx, occupancyMask(ctx, site.buildingType));
    case 'ev':
      return evModel(id, asset, ctx);
    case 'battery':
      return batteryModel(id, asset, ctx);
    case 'lighting':
      return lightingModel(id, asset, ctx);
    case 'pump':
      return pumpModel(id, asset, ctx);
    case 'process':
      return processModel(id, asset, ctx);
  }
}

function distribution(series: Float64Array, ctx: FlexContext): FlexDistribution {
  const buckets: number[][][] = SEASONS.map(() => Array.from({ length: 24 }, () => [] as number[]));
  for (let t = 0; t < ctx.n; t++) buckets[seasonOfMonth(ctx.calendar.localMonth[t])][ctx.calendar.localHour[t]].push(series[t]);
  return {
    p50Kw: buckets.map((hours) => hours.map((v) => (v.length ? quantile(v, 0.5) : 0))),
    p90Kw: buckets.map((hours) => hours.map((v) => (v.length ? quantile(v, 0.1) : 0))),
  };
}

export interface FlexOptions {
  /**
   * Outdoor temperature on the portfolio's timeline. Default: the synthetic weather year of
   * models/weather for the climate zone of the nearest département's prefecture (seed 1).
   */
  readonly outdoorTempC?: Float64Array;
}

/**
 * Default heating is sized from degree-days, but occupancy and set-back change what it really
 * uses: H, C and the heater power are scaled together (keeping the time constant) until the
 * simulated baseline heating energy equals the assumed share of the site's annual consumption.
 * Default lighting power is scaled so the simulated nights use the site's annual consumption.
 */
export function calibrateDefaults(assets: FlexAsset[], site: FlexSite, ctx: FlexContext): FlexAsset[] {
  return assets.map((a) => {
    if (a.kind === 'lighting') {
      // A lighting network's meter feeds its lamps only: its power follows from the night hours.
      const e = runBaseline(assetModel('calibration', a, site, ctx), ctx.n).powerKw.reduce((s, v) => s + v, 0) * ctx.stepH;
      return e > 0 ? { ...a, powerKw: (a.powerKw * site.annualKwh) / e } : a;
    }
    if (a.kind !== 'heating') return a;
    const target = defaultHeatingKwh(site);
    let cur = a;
    for (let iter = 0; iter < 3; iter++) {
      const e = runBaseline(assetModel('calibration', cur, site, ctx), ctx.n).powerKw.reduce((s, v) => s + v, 0) * ctx.stepH;
      if (!(e > 0) || Math.abs(e / target - 1) < 0.01) break;
      const k = target / e;
      cur = { ...cur, heatLossKwPerK: cur.heatLossKwPerK * k, capacityKwhPerK: cur.capacityKwhPerK * k, powerKw: cur.powerKw * k };
    }
    return cur;
  });
}

/**
 * Upward flexibility cannot push the site above its subscribed power (the meter's breaker trips or
 * the overrun is billed). Headroom = subscribed kVA (cos φ = 1) − flexible baseline − the rest of
 * the site's consumption, taken flat at its annual average (annualKwh − flexible energy, spread
 * over the year): an approximation where no load curve of the rest is known.
 */
export function limitToSubscribedPower(site: FlexSite, sf: { baselineKw: Float64Array; upKw: Float64Array; firmUpKw: Float64Array }, stepH: number): void {
  const n = sf.baselineKw.length;
  let flexibleKwh = 0;
  for (let t = 0; t < n; t++) flexibleKwh += sf.baselineKw[t] * stepH;
  const otherKw = Math.max(0, site.annualKwh - flexibleKwh) / (n * stepH);
  for (let t = 0; t < n; t++) {
    const headroom = Math.max(0, site.subscribedKva - otherKw - sf.baselineKw[t]);
    if (sf.upKw[t] > headroom) sf.upKw[t] = headroom;
    if (sf.firmUpKw[t] > headroom) sf.firmUpKw[t] = headroom;
  }
}

export function defaultOutdoorTempC(latDeg: number, lonDeg: number, year: number, stepMinutes: 15 | 30 | 60): Float64Array {
  const climateZone = departementToClimateZone(nearestDepartement(latDeg, lonDeg).departement);
  return syntheticWeatherYear({ latDeg, lonDeg, elevationM: 0, climateZone, year, stepMinutes, seed: 1 }).tempC;
}

export function portfolioFlex(input: PortfolioInput, options: FlexOptions = {}): PortfolioFlex {
  const portfolio = portfolioSchema.parse(input);
  const s = portfolio.settings;
  const timeline = yearTimeline(s.year, s.stepMinutes);
  const latDeg = portfolio.sites.reduce((a, x) => a + x.latDeg, 0) / portfolio.sites.length;
  const lonDeg = portfolio.sites.reduce((a, x) => a + x.lonDeg, 0) / portfolio.sites.length;
  const temp = options.outdoorTempC ?? defaultOutdoorTempC(latDeg, lonDeg, s.year, s.stepMinutes);
  const ctx = buildFlexContext(timeline, { latDeg, lonDeg }, temp);
  const n = timeline.length;
  const horizonSteps = Math.round(s.horizonH / ctx.stepH);
  const total = () => new Float64Array(n);
  const pf = { baselineKw: total(), upKw: total(), downKw: total(), firmUpKw: total(), firmDownKw: total() };
  const scratch = new Float64Array(n);
  const sites: SiteFlex[] = portfolio.sites.map((site, si) => {
    const assetsIn = site.assets ?? calibrateDefaults(defaultAssets(site), site, ctx);
    const sf = { baselineKw: total(), upKw: total(), downKw: total(), firmUpKw: total(), firmDownKw: total() };
    const assets = assetsIn.map((asset, ai) => {
      const id = `${si + 1}.${ai + 1}-${asset.kind}`;
      const model = assetModel(id, asset, site, ctx);
      const envelope = assetEnvelope(model, n, ctx.stepH, horizonSteps);
      for (let t = 0; t < n; t++) {
        sf.baselineKw[t] += envelope.baselineKw[t];
        sf.upKw[t] += envelope.upKw[t];
        sf.downKw[t] += envelope.downKw[t];
      }
      sustainableKw(envelope.upKw, envelope.upHoldH, s.firmDurationH, scratch);
      for (let t = 0; t < n; t++) sf.firmUpKw[t] += scratch[t];
      sustainableKw(envelope.downKw, envelope.downHoldH, s.firmDurationH, scratch);
      for (let t = 0; t < n; t++) sf.firmDownKw[t] += scratch[t];
      return { id, kind: asset.kind, asset, model, envelope };
    });
    limitToSubscribedPower(site, sf, ctx.stepH);
    for (const k of ['baselineKw', 'upKw', 'downKw', 'firmUpKw', 'firmDownKw'] as const) for (let t = 0; t < n; t++) pf[k][t] += sf[k][t];
    return { site, assets, defaultsUsed: site.assets === undefined, ...sf };
  });
  return { portfolio, timeline, ctx, sites, ...pf, down: distribution(pf.firmDownKw, ctx), up: distribution(pf.firmUpKw, ctx) };
}
