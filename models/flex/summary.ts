/**
 * Whole flexibility study of a portfolio, as plain numbers for the CLI, the UI and reports:
 * envelope statistics, activation on Tempo red days and EcoWatt-like alerts, sites needed for a
 * bid, yearly value per site and in total.
 */
import { ecowattEvents, simulateEvent, tempoRedDayEvents, type EventResult, type EventWindow } from './activation';
import { portfolioFlex, type FlexDistribution, type FlexOptions, type PortfolioFlex } from './portfolioFlex';
import type { PortfolioInput } from './schemas';
import { sitesNeeded, type SitesNeeded } from './sitesNeeded';
import { flexValue, type FlexValue } from './value';

export interface SiteSummary {
  readonly name: string;
  readonly prm: string;
  readonly buildingType: string;
  readonly defaultsUsed: boolean;
  readonly assets: readonly string[];
  readonly baselineKwh: number;
  /** Flexible assets' baseline energy / the site's annual consumption (above 1: assets inconsistent with annualKwh). */
  readonly flexibleShare: number;
  readonly meanDownKw: number;
  readonly maxDownKw: number;
  readonly meanFirmDownKw: number;
  readonly redDayMeanKw: number;
  readonly value: FlexValue;
}

export interface EventSummary {
  readonly label: string;
  readonly hours: number;
  readonly meanKw: number;
  readonly firstStepKw: number;
  readonly minKw: number;
  readonly maxRampKw: number;
  readonly energyKwh: number;
  readonly reboundKwh: number;
  readonly reboundPeakKw: number;
  readonly cost: Readonly<Record<string, number>>;
}

export interface FlexSummary {
  readonly name: string;
  readonly year: number;
  readonly stepMinutes: number;
  readonly firmDurationH: number;
  readonly baselineKwh: number;
  readonly meanDownKw: number;
  readonly meanUpKw: number;
  readonly meanFirmDownKw: number;
  readonly down: FlexDistribution;
  readonly up: FlexDistribution;
  readonly events: readonly EventSummary[];
  /** Sites needed to reach the bid threshold over whole red days (06:00–22:00) and over EcoWatt-like windows (2–5 h). */
  readonly sitesNeeded: { readonly redDays: SitesNeeded; readonly ecowatt: SitesNeeded };
  readonly value: FlexValue;
  readonly sites: readonly SiteSummary[];
}

const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
const toSummary = (e: EventResult, stepH: number): EventSummary => ({
  label: e.label,
  hours: e.length * stepH,
  meanKw: e.meanKw,
  firstStepKw: e.firstStepKw,
  minKw: e.minKw,
  maxRampKw: e.maxRampKw,
  energyKwh: e.energyKwh,
  reboundKwh: e.reboundKwh,
  reboundPeakKw: e.reboundPeakKw,
  cost: e.cost,
});

export function summarizeFlex(pf: PortfolioFlex, extraEvents: readonly EventWindow[] = []): FlexSummary {
  const s = pf.portfolio.settings;
  const stepH = pf.ctx.stepH;
  const red = tempoRedDayEvents(pf.ctx, s.redDays);
  const eco = ecowattEvents(pf.ctx, s.ecowattDays);
  const redRuns = red.map((w) => simulateEvent(pf.sites, w, pf.ctx));
  const ecoRuns = eco.map((w) => simulateEvent(pf.sites, w, pf.ctx));
  const extraRuns = extraEvents.map((w) => simulateEvent(pf.sites, w, pf.ctx));
  const allRuns = [...redRuns, ...ecoRuns, ...extraRuns];
  const meanKwBySite = pf.sites.map((_, i) => redRuns.map((r) => r.sites[i].meanKw));
  const sites: SiteSummary[] = pf.sites.map((site, i) => ({
    name: site.site.name,
    prm: site.site.prm,
    buildingType: site.site.buildingType,
    defaultsUsed: site.defaultsUsed,
    assets: site.assets.map((a) => a.kind),
    baselineKwh: mean(site.baselineKw) * pf.ctx.n * stepH,
    flexibleShare: (mean(site.baselineKw) * pf.ctx.n * stepH) / site.site.annualKwh,
    meanDownKw: mean(site.downKw),
    maxDownKw: Math.max(...site.downKw),
    meanFirmDownKw: mean(site.firmDownKw),
    redDayMeanKw: redRuns.length ? meanKwBySite[i].reduce((a, b) => a + b, 0) / redRuns.length : 0,
    value: flexValue(
      redRuns.map((r) => r.sites[i]),
      allRuns.map((r) => r.sites[i]),
      s,
    ),
  }));
  return {
    name: pf.portfolio.name,
    year: s.year,
    stepMinutes: s.stepMinutes,
    firmDurationH: s.firmDurationH,
    baselineKwh: mean(pf.baselineKw) * pf.ctx.n * stepH,
    meanDownKw: mean(pf.downKw),
    meanUpKw: mean(pf.upKw),
    meanFirmDownKw: mean(pf.firmDownKw),
    down: pf.down,
    up: pf.up,
    events: allRuns.map((r) => toSummary(r.portfolio, stepH)),
    sitesNeeded: {
      redDays: sitesNeeded(meanKwBySite, s.bidThresholdKw, s.confidence),
      ecowatt: sitesNeeded(
        pf.sites.map((_, i) => ecoRuns.map((r) => r.sites[i].meanKw)),
        s.bidThresholdKw,
        s.confidence,
      ),
    },
    value: flexValue(
      redRuns.map((r) => r.portfolio),
      allRuns.map((r) => r.portfolio),
      s,
    ),
    sites,
  };
}

export function flexStudy(input: PortfolioInput, options: FlexOptions = {}): FlexSummary {
  return summarizeFlex(portfolioFlex(input, options));
}
