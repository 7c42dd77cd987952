/**
 * Validation of the 3CL engine against registered DPE outputs (ADEME observatory `logement/sortie`):
 * per metric, the share of records within 5 % and 10 % of the registered value and the median
 * absolute relative error; the label agreement; and the worst records with the first stage where
 * they diverge (GV → heating need → final energy → primary energy). Pure: callers do the I/O.
 */
import { node, optNum, optStr } from '../xml/read';
import type { RawNode } from '../xml/parse';
import type { DpeResult } from '../types';

export const METRICS = ['ep_m2', 'ges_m2', 'ef_chauffage', 'ef_ecs', 'gv'] as const;
export type MetricName = (typeof METRICS)[number];

export interface Figures {
  ep_m2?: number;
  ges_m2?: number;
  ef_chauffage?: number;
  ef_ecs?: number;
  gv?: number;
  besoin_ch?: number;
  ef_total?: number;
  label?: string;
}

export interface RecordComparison {
  id: string;
  computed?: Figures;
  registered: Figures;
  /** Reason the engine could not compute the record. */
  error?: string;
}

export interface MetricSummary {
  metric: MetricName;
  count: number;
  within5Pct: number;
  within10Pct: number;
  medianAbsErrorPct: number;
}

export interface WorstRecord {
  id: string;
  epErrorPct: number;
  /** First stage whose relative error exceeds 5 %: gv, besoin_ch, ef, ep (or 'error'). */
  stage: string;
  computedEpM2?: number;
  registeredEpM2?: number;
}

export interface ValidationReport {
  records: number;
  computed: number;
  failures: { id: string; error: string }[];
  metrics: MetricSummary[];
  labelAgreement: number;
  worst: WorstRecord[];
}

export function registeredFigures(sortie: RawNode | undefined): Figures {
  const dep = node(sortie, 'deperdition');
  const ab = node(sortie, 'apport_et_besoin');
  const ef = node(sortie, 'ef_conso');
  const ep = node(sortie, 'ep_conso');
  const ges = node(sortie, 'emission_ges');
  return {
    ep_m2: optNum(ep, 'ep_conso_5_usages_m2'),
    ges_m2: optNum(ges, 'emission_ges_5_usages_m2'),
    ef_chauffage: optNum(ef, 'conso_ch'),
    ef_ecs: optNum(ef, 'conso_ecs'),
    gv: optNum(dep, 'deperdition_enveloppe'),
    besoin_ch: optNum(ab, 'besoin_ch'),
    ef_total: optNum(ef, 'conso_5_usages'),
    label: optStr(ep, 'classe_bilan_dpe'),
  };
}

export function computedFigures(r: DpeResult): Figures {
  const e = r.systems.energy;
  return {
    ep_m2: e.epM2,
    ges_m2: e.gesM2,
    ef_chauffage: e.finalKwh.chauffage,
    ef_ecs: e.finalKwh.ecs,
    gv: r.envelope.losses.gvWK,
    besoin_ch: r.systems.besoinChKwh,
    ef_total: e.finalKwh.total,
    label: e.label,
  };
}

/** Relative error |c − r| / |r|; a zero registered value counts as exact only when computed is ~0. */
export function relativeError(computed: number | undefined, registered: number | undefined): number | undefined {
  if (computed === undefined || registered === undefined || !Number.isFinite(computed)) return undefined;
  if (registered === 0) return Math.abs(computed) < 0.5 ? 0 : 1;
  return Math.abs(computed - registered) / Math.abs(registered);
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function divergenceStage(c: Figures, r: Figures): string {
  const stages: [string, number | undefined, number | undefined][] = [
    ['gv', c.gv, r.gv],
    ['besoin_ch', c.besoin_ch, r.besoin_ch],
    ['ef', c.ef_total, r.ef_total],
    ['ep', c.ep_m2, r.ep_m2],
  ];
  for (const [name, cv, rv] of stages) {
    const e = relativeError(cv, rv);
    if (e !== undefined && e > 0.05) return name;
  }
  return 'none';
}

/**
 * Shares are over all records that have the registered value (a record the engine cannot compute
 * counts as outside every tolerance), so failures cannot raise a score.
 */
export function summarize(comparisons: readonly RecordComparison[], worstCount = 10): ValidationReport {
  const metrics: MetricSummary[] = METRICS.map((metric) => {
    const errors: number[] = [];
    let count = 0;
    for (const c of comparisons) {
      if (c.registered[metric] === undefined) continue;
      count++;
      const e = c.computed ? relativeError(c.computed[metric], c.registered[metric]) : undefined;
      errors.push(e ?? Infinity);
    }
    errors.sort((a, b) => a - b);
    return {
      metric,
      count,
      within5Pct: count ? errors.filter((e) => e <= 0.05).length / count : 0,
      within10Pct: count ? errors.filter((e) => e <= 0.1).length / count : 0,
      medianAbsErrorPct: 100 * median(errors),
    };
  });
  const labelled = comparisons.filter((c) => c.registered.label !== undefined);
  const agree = labelled.filter((c) => c.computed?.label === c.registered.label).length;
  const worst: WorstRecord[] = comparisons
    .map((c) => {
      const e = c.computed ? relativeError(c.computed.ep_m2, c.registered.ep_m2) : undefined;
      return {
        id: c.id,
        epErrorPct: e === undefined ? Infinity : 100 * e,
        stage: c.computed ? divergenceStage(c.computed, c.registered) : 'error',
        computedEpM2: c.computed?.ep_m2,
        registeredEpM2: c.registered.ep_m2,
      };
    })
    .sort((a, b) => b.epErrorPct - a.epErrorPct)
    .slice(0, worstCount);
  return {
    records: comparisons.length,
    computed: comparisons.filter((c) => c.computed).length,
    failures: comparisons.filter((c) => c.error !== undefined).map((c) => ({ id: c.id, error: c.error ?? '' })),
    metrics,
    labelAgreement: labelled.length ? agree / labelled.length : 0,
    worst,
  };
}
