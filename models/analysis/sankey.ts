/**
 * Annual energy flows of the micro-grid bus for a Sankey diagram.
 *
 * Electricity on a bus is fungible, so "which source fed which sink" is an attribution convention,
 * not a measurement. The one used here is the self-consumption accounting behind the
 * self-consumption and self-sufficiency rates (local PV counted first against on-site consumption,
 * storage and vehicles next, the public grid last): at every step, sources are matched to sinks
 * greedily along the edges below, in this order, each edge taking min(remaining source, remaining sink):
 *   PV → curtailment (curtailment is PV that could not be used, by definition of the engine)
 *   PV → load, V2G → load, storage → load, grid → load
 *   PV → EV, storage → EV, grid → EV
 *   PV → storage, grid → storage
 *   PV → grid export, storage → grid export, V2G → grid export
 * then four edges that are rare but physically possible, so that any input that closes is fully
 * allocated: V2G → EV (one car feeding another), V2G → storage, storage → storage (one pack charging
 * another) and grid → grid export (transit, which the engine never produces).
 * With them every source but PV reaches every sink but curtailment, and PV reaches every sink; the
 * greedy pass leaves, for each edge, its source or its sink exhausted, so a step that closes and whose
 * curtailment does not exceed its PV is allocated entirely.
 * The bus balance of the engine (models/sim/simulate.ts) is
 *   pv + import + discharge + v2g = served + charge + evCharge + export + curtailed,
 * so when the input closes at every step every source and sink is fully allocated; what cannot be
 * allocated (an input that does not close) is reported as `unallocatedKwh` rather than hidden.
 */
import { stepHours, type Timeline } from '../core/timeline';
import type { SeriesName } from './resultView';

export const SANKEY_SOURCES = ['pv', 'grid', 'storage', 'v2g'] as const;
export const SANKEY_SINKS = ['load', 'ev', 'storage', 'gridExport', 'curtailment'] as const;
export type SankeySource = (typeof SANKEY_SOURCES)[number];
export type SankeySink = (typeof SANKEY_SINKS)[number];

/** Attribution order (see header). */
export const SANKEY_EDGES: ReadonlyArray<readonly [SankeySource, SankeySink]> = [
  ['pv', 'curtailment'],
  ['pv', 'load'],
  ['v2g', 'load'],
  ['storage', 'load'],
  ['grid', 'load'],
  ['pv', 'ev'],
  ['storage', 'ev'],
  ['grid', 'ev'],
  ['pv', 'storage'],
  ['grid', 'storage'],
  ['pv', 'gridExport'],
  ['storage', 'gridExport'],
  ['v2g', 'gridExport'],
  ['v2g', 'ev'],
  ['v2g', 'storage'],
  ['storage', 'storage'],
  ['grid', 'gridExport'],
];

export const SOURCE_SERIES: Record<SankeySource, SeriesName> = {
  pv: 'pvKw',
  grid: 'gridImportKw',
  storage: 'storageDischargeKw',
  v2g: 'v2gKw',
};
export const SINK_SERIES: Record<SankeySink, SeriesName> = {
  load: 'servedKw',
  ev: 'evChargeKw',
  storage: 'storageChargeKw',
  gridExport: 'gridExportKw',
  curtailment: 'curtailedKw',
};

export interface SankeyFlow {
  readonly source: SankeySource;
  readonly sink: SankeySink;
  readonly kwh: number;
}

export interface SankeyFlows {
  /** Flows in SANKEY_EDGES order, zero flows included. */
  readonly flows: SankeyFlow[];
  readonly sourceKwh: Record<SankeySource, number>;
  readonly sinkKwh: Record<SankeySink, number>;
  /** Source energy left without a sink plus sink energy left without a source (0 when the input closes). */
  readonly unallocatedKwh: number;
}

export function annualSankeyFlows(timeline: Timeline, series: Partial<Record<SeriesName, Float64Array>>): SankeyFlows {
  const n = timeline.length;
  const dtH = stepHours(timeline);
  const zero = new Float64Array(n);
  const read = (name: SeriesName): Float64Array => {
    const v = series[name];
    if (!v) return zero;
    if (v.length !== n) throw new RangeError(`sankey: series ${name} has ${v.length} values, timeline has ${n}`);
    return v;
  };
  const srcArrays = SANKEY_SOURCES.map((s) => read(SOURCE_SERIES[s]));
  const sinkArrays = SANKEY_SINKS.map((s) => read(SINK_SERIES[s]));
  const edgeSrc = Int32Array.from(SANKEY_EDGES, ([s]) => SANKEY_SOURCES.indexOf(s));
  const edgeSink = Int32Array.from(SANKEY_EDGES, ([, k]) => SANKEY_SINKS.indexOf(k));
  const edgeKwh = new Float64Array(SANKEY_EDGES.length);
  const srcLeft = new Float64Array(SANKEY_SOURCES.length);
  const sinkLeft = new Float64Array(SANKEY_SINKS.length);
  const srcTotal = new Float64Array(SANKEY_SOURCES.length);
  const sinkTotal = new Float64Array(SANKEY_SINKS.length);
  let unallocated = 0;
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < srcLeft.length; s++) {
      // Negative values are numerical noise of the engine (−1e-12): they carry no energy.
      srcLeft[s] = Math.max(0, srcArrays[s][i]);
      srcTotal[s] += srcLeft[s] * dtH;
    }
    for (let k = 0; k < sinkLeft.length; k++) {
      sinkLeft[k] = Math.max(0, sinkArrays[k][i]);
      sinkTotal[k] += sinkLeft[k] * dtH;
    }
    for (let e = 0; e < edgeKwh.length; e++) {
      const s = edgeSrc[e];
      const k = edgeSink[e];
      const f = Math.min(srcLeft[s], sinkLeft[k]);
      if (f <= 0) continue;
      srcLeft[s] -= f;
      sinkLeft[k] -= f;
      edgeKwh[e] += f * dtH;
    }
    for (let s = 0; s < srcLeft.length; s++) unallocated += srcLeft[s] * dtH;
    for (let k = 0; k < sinkLeft.length; k++) unallocated += sinkLeft[k] * dtH;
  }
  const sourceKwh = Object.fromEntries(SANKEY_SOURCES.map((s, j) => [s, srcTotal[j]])) as Record<SankeySource, number>;
  const sinkKwh = Object.fromEntries(SANKEY_SINKS.map((k, j) => [k, sinkTotal[j]])) as Record<SankeySink, number>;
  return {
    flows: SANKEY_EDGES.map(([source, sink], e) => ({ source, sink, kwh: edgeKwh[e] })),
    sourceKwh,
    sinkKwh,
    unallocatedKwh: unallocated,
  };
}
