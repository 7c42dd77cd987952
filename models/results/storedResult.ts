/**
 * What a micro-grid simulation leaves in the project file: flat KPIs (JSON has no Infinity, so
 * non-finite values become null), the per-step series under the names the dashboard uses, and the
 * facts a reader needs to trust them (weather source, assembly notes, packs, economics, timings).
 */
import { containerSohProjection, projectionYears } from '../analysis/sohProjection';
import type { EvDeparture, SohPoint } from '../analysis/resultView';
import type { Timeline } from '../core/timeline';
import type { AssembledScenario } from '../sim/assemble';
import type { ScenarioEconomics } from '../sim/scenarioEconomics';
import type { SimulationResult } from '../sim/types';

export interface StoredMicrogridResult {
  readonly timeline: Timeline;
  readonly kpis: Record<string, number | null>;
  readonly series: Record<string, Float64Array>;
  readonly meta: {
    readonly weatherSource: { readonly kind: string; readonly label: string };
    readonly notes: readonly string[];
    readonly groups: readonly string[];
    readonly packs: readonly { readonly initialSoh: number; readonly finalSoh: number; readonly endOfLifeYear: number }[];
    readonly timingsMs: Record<string, number>;
    readonly economics: Record<string, unknown> | null;
    /** Container SoH year by year from the simulated year's ageing (empty without storage). */
    readonly sohProjection: readonly SohPoint[];
    /** Every vehicle departure: energy asked for and energy given. */
    readonly evDepartures: readonly EvDeparture[];
  };
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function toStoredResult(result: SimulationResult, assembled: AssembledScenario, economics: ScenarioEconomics | null): StoredMicrogridResult {
  const s = result.series;
  const socPct = new Float64Array(s.storageSoc.length);
  for (let i = 0; i < socPct.length; i++) socPct[i] = s.storageSoc[i] * 100;
  const kpis: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(result.kpis)) if (typeof value === 'number') kpis[key] = finiteOrNull(value);
  // Without storage there is no state of health to report: null reads "—", not a misleading 0 %.
  if (result.packs.length === 0) {
    for (const key of ['storageSohStart', 'storageSohEnd', 'lowestPackSohEnd', 'projectedEndOfLifeYear', 'firstPackEndOfLifeYear']) {
      if (key in kpis) kpis[key] = null;
    }
  }
  if (economics) {
    for (const [key, value] of Object.entries(economics)) {
      if (typeof value === 'number') kpis[`economics.${key}`] = finiteOrNull(value);
    }
  }
  const series: Record<string, Float64Array> = {
    pvKw: s.pvKw,
    loadKw: s.loadKw,
    servedKw: s.loadServedKw,
    shedKw: s.shedKw,
    unservedKw: s.unservedKw,
    storageChargeKw: s.storageChargeKw,
    storageDischargeKw: s.storageDischargeKw,
    storageSocPct: socPct,
    evChargeKw: s.evChargeKw,
    v2gKw: s.v2gKw,
    gridImportKw: s.gridImportKw,
    gridExportKw: s.gridExportKw,
    curtailedKw: s.curtailedKw,
  };
  result.groups.forEach((group, k) => {
    series[`evChargeKw.${group}`] = result.evChargeKwByGroup[k];
    series[`v2gKw.${group}`] = result.v2gKwByGroup[k];
  });
  const startYear = new Date(result.timeline.startUtcMs).getUTCFullYear();
  const sohProjection = containerSohProjection(result.packs, startYear, projectionYears(result.kpis.projectedEndOfLifeYear - startYear));
  const d = result.departures;
  const stepMs = result.timeline.stepMinutes * 60_000;
  const evDepartures: EvDeparture[] = d.vehicleId.map((vehicle, k) => ({
    vehicle,
    departureUtcMs: result.timeline.startUtcMs + d.departureStep[k] * stepMs,
    requestedKwh: d.requestedKwh[k],
    deliveredKwh: d.deliveredKwh[k],
  }));
  return {
    timeline: result.timeline,
    kpis,
    series,
    meta: {
      weatherSource: { kind: assembled.weather.source.kind, label: assembled.weather.source.label },
      notes: assembled.notes,
      groups: result.groups,
      packs: result.packs.map((p) => ({ initialSoh: p.initialSoh, finalSoh: p.finalSoh, endOfLifeYear: finiteOrNull(p.endOfLifeYear) ?? Number.MAX_SAFE_INTEGER })),
      timingsMs: { ...assembled.timingsMs, prepare: result.timings.prepareMs, loop: result.timings.loopMs },
      sohProjection,
      evDepartures,
      economics: economics ? JSON.parse(JSON.stringify(economics, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))) : null,
    },
  };
}
