/**
 * How many sites a bid needs: the smallest group of sites whose summed mean delivered power
 * reaches the bid threshold in at least `confidence` of the simulated events (empirical quantile
 * of the group's sum over events, so the sites' correlation — all cold on the same days — is
 * kept, not assumed away). Sites are added in decreasing order of their mean delivered power; this
 * greedy order is not guaranteed minimal when sites are anti-correlated (it is for comonotone sites).
 * The default threshold, 100 kW, is the order of the minimum size of an aggregated demand-response
 * offer in RTE's market rules (NEBEF, balancing mechanism); it is a setting — check the current rules.
 */
import { quantile } from './stats';

export interface SitesNeeded {
  readonly thresholdKw: number;
  readonly confidence: number;
  /** null when even the whole portfolio falls short. */
  readonly count: number | null;
  /** Indices of the sites in the order they were added (all sites when count is null). */
  readonly siteIndices: readonly number[];
  /** Power reached with that confidence by those sites, kW. */
  readonly firmKw: number;
}

/** `meanKwBySite[site][event]`: mean delivered power of each site in each event. */
export function sitesNeeded(meanKwBySite: readonly (readonly number[])[], thresholdKw: number, confidence: number): SitesNeeded {
  const sites = meanKwBySite.length;
  const events = sites > 0 ? meanKwBySite[0].length : 0;
  if (events === 0) return { thresholdKw, confidence, count: null, siteIndices: [], firmKw: 0 };
  const avg = meanKwBySite.map((row) => row.reduce((a, b) => a + b, 0) / events);
  const order = avg.map((_, i) => i).sort((a, b) => avg[b] - avg[a] || a - b);
  const sum = new Float64Array(events);
  let firm = 0;
  for (let k = 0; k < order.length; k++) {
    const row = meanKwBySite[order[k]];
    for (let e = 0; e < events; e++) sum[e] += row[e];
    firm = quantile(sum, 1 - confidence);
    if (firm >= thresholdKw) return { thresholdKw, confidence, count: k + 1, siteIndices: order.slice(0, k + 1), firmKw: firm };
  }
  return { thresholdKw, confidence, count: null, siteIndices: order, firmKw: firm };
}
