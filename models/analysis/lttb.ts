/**
 * Largest-Triangle-Three-Buckets downsampling.
 * Source: S. Steinarsson, "Downsampling Time Series for Visual Representation", MSc thesis,
 * University of Iceland, 2013, §4.2 "Largest-Triangle-Three-Buckets" (Algorithm 4.1).
 *
 * The first and last points are always kept; the n − 2 points between them are split into
 * threshold − 2 buckets of (nearly) equal size and one point is kept per bucket: the one forming the
 * largest triangle with the point kept in the previous bucket and the mean point of the next bucket.
 * Because the base of that triangle is fixed within a bucket, this is the point farthest (vertically)
 * from the line joining those two anchors, which is why peaks survive the thinning.
 */

export interface XY {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** Indices kept by LTTB, increasing. Returns every index when the data has ≤ threshold points. */
export function lttbIndices(x: Float64Array, y: Float64Array, threshold: number): Uint32Array {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`lttb: x has ${n} values but y has ${y.length}`);
  if (!Number.isInteger(threshold) || threshold < 3) throw new RangeError(`lttb: threshold must be an integer ≥ 3, got ${threshold}`);
  if (n <= threshold) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  const kept = new Uint32Array(threshold);
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  kept[0] = 0;
  for (let b = 0; b < threshold - 2; b++) {
    // Mean of the next bucket (the last point itself for the last bucket).
    let avgX = 0;
    let avgY = 0;
    const nextStart = Math.floor((b + 1) * every) + 1;
    const nextEnd = Math.min(n, Math.floor((b + 2) * every) + 1);
    if (b === threshold - 3) {
      avgX = x[n - 1];
      avgY = y[n - 1];
    } else {
      for (let j = nextStart; j < nextEnd; j++) {
        avgX += x[j];
        avgY += y[j];
      }
      const count = nextEnd - nextStart;
      avgX /= count;
      avgY /= count;
    }
    const start = Math.floor(b * every) + 1;
    const end = Math.floor((b + 1) * every) + 1;
    const ax = x[a];
    const ay = y[a];
    let maxArea = -1;
    let chosen = start;
    for (let j = start; j < end; j++) {
      // Twice the triangle area; the factor does not change the argmax.
      const area = Math.abs((ax - avgX) * (y[j] - ay) - (ax - x[j]) * (avgY - ay));
      if (area > maxArea) {
        maxArea = area;
        chosen = j;
      }
    }
    kept[b + 1] = chosen;
    a = chosen;
  }
  kept[threshold - 1] = n - 1;
  return kept;
}

function pick(values: Float64Array, indices: Uint32Array): Float64Array {
  const out = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) out[k] = values[indices[k]];
  return out;
}

/** LTTB of one series: at most `threshold` points, first and last kept. */
export function lttb(x: Float64Array, y: Float64Array, threshold: number): XY {
  const idx = lttbIndices(x, y, threshold);
  return { x: pick(x, idx), y: pick(y, idx) };
}

export interface MultiXY {
  readonly x: Float64Array;
  readonly ys: Float64Array[];
  readonly indices: Uint32Array;
}

/**
 * Several series sharing one x axis (one chart, one tooltip): each series is thinned with LTTB on
 * its share of the budget and the union of the kept indices is used for all, so every series keeps
 * its own peaks. The result never exceeds `threshold` points while ys.length ≤ threshold − 2.
 */
export function lttbMulti(x: Float64Array, ys: readonly Float64Array[], threshold: number): MultiXY {
  const n = x.length;
  if (!Number.isInteger(threshold) || threshold < 3) throw new RangeError(`lttb: threshold must be an integer ≥ 3, got ${threshold}`);
  let indices: Uint32Array;
  if (n <= threshold || ys.length === 0) {
    indices = new Uint32Array(n);
    for (let i = 0; i < n; i++) indices[i] = i;
  } else {
    // Series often pick the same indices (they peak together), so the union of equal shares can fall
    // far below the budget: grow the share until the union fills it, keeping the last one that fits.
    // The first share is safe: the union has at most 2 + k·(share − 2) ≤ threshold points.
    let fits = Math.max(3, Math.floor((threshold - 2) / ys.length) + 2);
    indices = unionOfLttb(x, ys, fits);
    let overshoots = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 8 && indices.length < 0.95 * threshold; attempt++) {
      const next = Number.isFinite(overshoots)
        ? Math.floor((fits + overshoots) / 2)
        : Math.min(n, Math.floor((fits - 2) * ((threshold - 2) / Math.max(1, indices.length - 2))) + 2);
      if (next <= fits) break;
      const candidate = unionOfLttb(x, ys, next);
      if (candidate.length <= threshold) {
        fits = next;
        indices = candidate;
      } else overshoots = next;
    }
  }
  return { x: pick(x, indices), ys: ys.map((y) => pick(y, indices)), indices };
}

function unionOfLttb(x: Float64Array, ys: readonly Float64Array[], perSeries: number): Uint32Array {
  const n = x.length;
  const mark = new Uint8Array(n);
  for (const y of ys) {
    const idx = lttbIndices(x, y, perSeries);
    for (let k = 0; k < idx.length; k++) mark[idx[k]] = 1;
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += mark[i];
  const out = new Uint32Array(count);
  let k = 0;
  for (let i = 0; i < n; i++) if (mark[i]) out[k++] = i;
  return out;
}
