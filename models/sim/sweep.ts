/**
 * Sizing sweep: the same prepared year simulated for several PV and storage sizes, keeping only the
 * KPIs. PV is scaled linearly (same arrays, same weather: AC output ∝ kWp up to inverter clipping, which
 * scales with the arrays' DC/AC ratio), storage by scaling every pack's energy and power.
 */
import { simulate } from './simulate';
import type { SimulationInput, SimulationKpis } from './types';

export interface SweepVariant {
  readonly pvScale: number;
  readonly storageScale: number;
}

export interface SweepResult {
  readonly variant: SweepVariant;
  readonly kpis: SimulationKpis;
}

export async function runSweep(base: SimulationInput, variants: readonly SweepVariant[], onProgress?: (fraction: number) => void): Promise<SweepResult[]> {
  const results: SweepResult[] = [];
  const pv = new Float64Array(base.series.pvKw.length);
  for (let k = 0; k < variants.length; k++) {
    const v = variants[k];
    for (let i = 0; i < pv.length; i++) pv[i] = base.series.pvKw[i] * v.pvScale;
    const input: SimulationInput = {
      ...base,
      series: { ...base.series, pvKw: pv },
      storage: {
        ...base.storage,
        packs: base.storage.packs.map((p) => ({
          ...p,
          spec: { ...p.spec, nominalKwh: p.spec.nominalKwh * v.storageScale, maxChargeKw: p.spec.maxChargeKw * v.storageScale, maxDischargeKw: p.spec.maxDischargeKw * v.storageScale },
        })),
      },
    };
    const r = await simulate(input, { kpisOnly: true });
    results.push({ variant: v, kpis: r.kpis });
    onProgress?.((k + 1) / variants.length);
  }
  return results;
}
