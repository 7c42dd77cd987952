/**
 * What a micro-grid simulation leaves in the project file: flat KPIs (JSON has no Infinity, so
 * non-finite values become null), the per-step series under the names the dashboard uses, and the
 * facts a reader needs to trust them (weather source, assembly notes, packs, economics, timings).
 */
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
    readonly packs: SimulationResult['packs'];
    readonly timingsMs: Record<string, number>;
    readonly economics: Record<string, unknown> | null;
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
  return {
    timeline: result.timeline,
    kpis,
    series,
    meta: {
      weatherSource: { kind: assembled.weather.source.kind, label: assembled.weather.source.label },
      notes: assembled.notes,
      groups: result.groups,
      packs: result.packs.map((p) => ({ ...p, endOfLifeYear: finiteOrNull(p.endOfLifeYear) ?? Number.MAX_SAFE_INTEGER })),
      timingsMs: { ...assembled.timingsMs, prepare: result.timings.prepareMs, loop: result.timings.loopMs },
      economics: economics ? JSON.parse(JSON.stringify(economics, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))) : null,
    },
  };
}
