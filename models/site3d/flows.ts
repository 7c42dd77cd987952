/**
 * Splits the net powers of one instant into the flows drawn between the objects of the site.
 *
 * A balance (PV + discharge + V2G + import = load + charge + EV charging + export) does not say which
 * source feeds which sink; the view uses a self-consumption merit order: local sources serve the
 * buildings first, then the cars, then the battery, and only the rest goes to the grid; the grid covers
 * what remains. Imports never feed exports.
 * This is a presentation convention (electrons are not labelled), stated in the legend.
 */
import type { FlowsAtTime } from './schema';

export type FlowEnd = 'pv' | 'load' | 'storage' | 'cars' | 'grid';

/** Edges in a fixed order; the renderer keeps one arrow per edge. */
export const FLOW_EDGES: ReadonlyArray<readonly [FlowEnd, FlowEnd]> = [
  ['pv', 'load'],
  ['pv', 'cars'],
  ['pv', 'storage'],
  ['pv', 'grid'],
  ['storage', 'load'],
  ['storage', 'cars'],
  ['storage', 'grid'],
  ['cars', 'load'],
  ['cars', 'grid'],
  ['grid', 'load'],
  ['grid', 'cars'],
  ['grid', 'storage'],
];

const SINK_ORDER: Record<'pv' | 'storage' | 'cars' | 'grid', ReadonlyArray<'load' | 'cars' | 'storage' | 'grid'>> = {
  pv: ['load', 'cars', 'storage', 'grid'],
  storage: ['load', 'cars', 'grid'],
  cars: ['load', 'grid'],
  grid: ['load', 'cars', 'storage'],
};

function edgeIndex(from: FlowEnd, to: FlowEnd): number {
  return FLOW_EDGES.findIndex(([a, b]) => a === from && b === to);
}

const INDEX: Record<string, number> = Object.fromEntries(FLOW_EDGES.map(([a, b]) => [`${a}>${b}`, edgeIndex(a, b)]));

/**
 * Fills `outKw` (length FLOW_EDGES.length) with non-negative edge powers and returns the power that
 * could not be matched (|sources − sinks|, 0 for a balanced input).
 */
export function splitFlows(f: FlowsAtTime, outKw: Float64Array): number {
  outKw.fill(0);
  const pos = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  const sinks = { load: pos(f.loadKw), cars: pos(f.evKw), storage: pos(f.storageKw), grid: pos(-f.gridKw) };
  const sources = { pv: pos(f.pvKw), storage: pos(-f.storageKw), cars: pos(-f.evKw), grid: pos(f.gridKw) };
  for (const source of ['pv', 'storage', 'cars', 'grid'] as const) {
    let left = sources[source];
    for (const sink of SINK_ORDER[source]) {
      if (left <= 0) break;
      const take = Math.min(left, sinks[sink]);
      if (take <= 0) continue;
      outKw[INDEX[`${source}>${sink}`]] += take;
      sinks[sink] -= take;
      left -= take;
    }
    sources[source] = left;
  }
  const unmatchedSources = sources.pv + sources.storage + sources.cars + sources.grid;
  const unmatchedSinks = sinks.load + sinks.cars + sinks.storage + sinks.grid;
  return Math.max(unmatchedSources, unmatchedSinks);
}
