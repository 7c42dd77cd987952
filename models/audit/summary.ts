/**
 * The public summary of a computed DPE (the `dpe --json` output and the worker's answer): per-m²
 * values over the rated dwelling's living area, labels, GV, final energy per use, totals.
 */
import type { DpeResult } from './types';

export interface DpeSummary {
  ep_m2: number;
  ges_m2: number;
  label: string;
  label_energy: string;
  label_ges: string;
  gv_w_k: number;
  ef_kwh: { chauffage: number; ecs: number; refroidissement: number; eclairage: number; auxiliaires: number };
  ep_kwh: number;
  ges_kg: number;
}

export function summarizeDpe(r: DpeResult): DpeSummary {
  const e = r.systems.energy;
  return {
    ep_m2: e.epM2,
    ges_m2: e.gesM2,
    label: e.label,
    label_energy: e.labelEnergy,
    label_ges: e.labelGes,
    gv_w_k: r.envelope.losses.gvWK,
    ef_kwh: {
      chauffage: e.finalKwh.chauffage,
      ecs: e.finalKwh.ecs,
      refroidissement: e.finalKwh.refroidissement,
      eclairage: e.finalKwh.eclairage,
      auxiliaires: e.finalKwh.auxiliaire,
    },
    ep_kwh: e.primaryKwh.total,
    ges_kg: e.gesKg.total,
  };
}
