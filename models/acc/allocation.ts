/**
 * Allocation of the operation's production among its consumers, step by step ("clés de
 * répartition", Code de l'énergie art. L315-2 ff. and its regulatory part D315-1 ff.: the
 * organising legal person (PMO) gives the DSO the keys; the DSO computes each consumer's allocated
 * share at each metering step (15 or 30 min) and never allocates more than a consumer withdrew).
 *
 * Keys implemented (Enedis, "Autoconsommation collective — les clés de répartition"):
 * - static: a fixed coefficient per consumer; what a consumer cannot use is NOT passed on to the
 *   others: it goes to surplus.
 * - default (dynamique par défaut): pro rata of each consumer's consumption at that step.
 * - priority: ordered groups (1 first); a group is served pro rata of consumption before the
 *   next one receives anything.
 * - ratios (dynamic with fixed ratios): production shared in proportion to fixed ratios; what a
 *   saturated consumer cannot use is shared again among the others in proportion to their
 *   ratios (water filling), so surplus appears only once every consumer is satisfied.
 * Invariants (checked by property tests): 0 ≤ a_i ≤ c_i and Σ a_i ≤ P at every step.
 */

export type AllocationKey =
  | { readonly kind: 'static'; readonly shares: ArrayLike<number> }
  | { readonly kind: 'default' }
  | { readonly kind: 'priority'; readonly priorities: ArrayLike<number> }
  | { readonly kind: 'ratios'; readonly ratios: ArrayLike<number> };

export type AllocationKeyKind = AllocationKey['kind'];

export interface AllocationResult {
  readonly length: number;
  /** Σ production of all producers at each step, kWh. */
  readonly productionKwh: Float64Array;
  /** Allocated (self-consumed) energy per consumer and step, kWh, same order as the consumers. */
  readonly allocatedKwh: Float64Array[];
  /** Σ allocated at each step, kWh. */
  readonly selfConsumedKwh: Float64Array;
  /** Production not allocated at each step, kWh. */
  readonly surplusKwh: Float64Array;
}

function checkShapes(production: readonly Float64Array[], consumption: readonly Float64Array[], key: AllocationKey): number {
  if (production.length === 0) throw new RangeError('allocation: at least one producer curve is needed');
  if (consumption.length === 0) throw new RangeError('allocation: at least one consumer curve is needed');
  const n = production[0].length;
  for (const [i, s] of production.entries()) if (s.length !== n) throw new RangeError(`allocation: producer curve ${i} has ${s.length} steps, expected ${n}`);
  for (const [i, s] of consumption.entries()) if (s.length !== n) throw new RangeError(`allocation: consumer curve ${i} has ${s.length} steps, expected ${n}`);
  const m = consumption.length;
  if (key.kind === 'static') {
    if (key.shares.length !== m) throw new RangeError(`allocation: ${key.shares.length} static shares for ${m} consumers`);
    let sum = 0;
    for (let i = 0; i < m; i++) {
      const s = key.shares[i];
      if (!(s >= 0 && s <= 1)) throw new RangeError(`allocation: static share ${i} must be within [0, 1], got ${s}`);
      sum += s;
    }
    if (sum > 1 + 1e-9) throw new RangeError(`allocation: static shares add up to ${(sum * 100).toFixed(4)} %, more than 100 %`);
  } else if (key.kind === 'priority') {
    if (key.priorities.length !== m) throw new RangeError(`allocation: ${key.priorities.length} priorities for ${m} consumers`);
    for (let i = 0; i < m; i++) if (!Number.isInteger(key.priorities[i]) || key.priorities[i] < 1) throw new RangeError(`allocation: priority ${i} must be an integer ≥ 1`);
  } else if (key.kind === 'ratios') {
    if (key.ratios.length !== m) throw new RangeError(`allocation: ${key.ratios.length} ratios for ${m} consumers`);
    for (let i = 0; i < m; i++) if (!(key.ratios[i] >= 0) || !Number.isFinite(key.ratios[i])) throw new RangeError(`allocation: ratio ${i} must be a finite number ≥ 0`);
  }
  return n;
}

export function allocate(production: readonly Float64Array[], consumption: readonly Float64Array[], key: AllocationKey): AllocationResult {
  const n = checkShapes(production, consumption, key);
  const m = consumption.length;
  const productionKwh = new Float64Array(n);
  for (const s of production) for (let t = 0; t < n; t++) productionKwh[t] += Math.max(0, s[t]);
  const allocatedKwh = consumption.map(() => new Float64Array(n));
  const selfConsumedKwh = new Float64Array(n);
  const surplusKwh = new Float64Array(n);

  // Scratch buffers reused at every step (no allocation in the loop).
  const need = new Float64Array(m);
  const got = new Float64Array(m);
  const active = new Uint8Array(m);
  const groups = key.kind === 'priority' ? [...new Set(Array.from(key.priorities))].sort((a, b) => a - b) : [];

  for (let t = 0; t < n; t++) {
    const p = productionKwh[t];
    for (let i = 0; i < m; i++) {
      need[i] = Math.max(0, consumption[i][t]);
      got[i] = 0;
    }
    switch (key.kind) {
      case 'static':
        for (let i = 0; i < m; i++) got[i] = Math.min(need[i], key.shares[i] * p);
        break;
      case 'default':
        proRata(p, need, got, null, 0);
        break;
      case 'priority': {
        let remaining = p;
        for (const g of groups) {
          if (remaining <= 0) break;
          remaining -= proRata(remaining, need, got, key.priorities, g);
        }
        break;
      }
      case 'ratios':
        waterFill(p, need, got, active, key.ratios);
        break;
    }
    let sum = 0;
    for (let i = 0; i < m; i++) {
      allocatedKwh[i][t] = got[i];
      sum += got[i];
    }
    selfConsumedKwh[t] = sum;
    surplusKwh[t] = Math.max(0, p - sum);
  }
  return { length: n, productionKwh, allocatedKwh, selfConsumedKwh, surplusKwh };
}

/**
 * Gives `available` to the consumers of one group (all when groupOf is null) pro rata of their
 * need, capped at the need. Returns the energy handed out.
 */
function proRata(available: number, need: Float64Array, got: Float64Array, groupOf: ArrayLike<number> | null, group: number): number {
  let total = 0;
  for (let i = 0; i < need.length; i++) if (groupOf === null || groupOf[i] === group) total += need[i];
  if (total <= 0 || available <= 0) return 0;
  if (total <= available) {
    for (let i = 0; i < need.length; i++) if (groupOf === null || groupOf[i] === group) got[i] = need[i];
    return total;
  }
  const f = available / total;
  let given = 0;
  for (let i = 0; i < need.length; i++) {
    if (groupOf === null || groupOf[i] === group) {
      got[i] = Math.min(need[i], need[i] * f);
      given += got[i];
    }
  }
  return Math.min(given, available);
}

/** Shares `available` by ratios, re-sharing what saturated consumers cannot take. */
function waterFill(available: number, need: Float64Array, got: Float64Array, active: Uint8Array, ratios: ArrayLike<number>): void {
  const m = need.length;
  let remaining = available;
  let ratioSum = 0;
  for (let i = 0; i < m; i++) {
    active[i] = ratios[i] > 0 && need[i] > 0 ? 1 : 0;
    if (active[i]) ratioSum += ratios[i];
  }
  // Each pass saturates at least one consumer or ends, so at most m passes.
  while (remaining > 1e-15 && ratioSum > 0) {
    let saturated = false;
    for (let i = 0; i < m; i++) {
      if (!active[i]) continue;
      const offer = remaining * (ratios[i] / ratioSum);
      if (need[i] - got[i] <= offer) {
        saturated = true;
        break;
      }
    }
    if (!saturated) {
      for (let i = 0; i < m; i++) if (active[i]) got[i] += remaining * (ratios[i] / ratioSum);
      return;
    }
    // Serve fully every consumer whose remaining need fits in its offer at this pass's ratio sum.
    const passRemaining = remaining;
    const passSum = ratioSum;
    for (let i = 0; i < m; i++) {
      if (!active[i]) continue;
      const rest = need[i] - got[i];
      if (rest <= passRemaining * (ratios[i] / passSum)) {
        got[i] = need[i];
        remaining -= rest;
        active[i] = 0;
      }
    }
    // Re-summed rather than decremented: subtraction cancels to 0 when ratios differ by 1e200.
    ratioSum = 0;
    for (let i = 0; i < m; i++) if (active[i]) ratioSum += ratios[i];
  }
}
