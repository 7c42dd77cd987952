/**
 * Charging of plugged-in vehicles, decided step by step from the site's exogenous series (PV, load,
 * off-peak flag, site import cap). Runs before the dispatch loop for every vehicle that does not take
 * part in V2G, because none of these policies depends on the stationary storage.
 *
 * Every policy first gives each session its *mandatory* power: the least power this step such that the
 * requested energy can still be reached by departure at the charger's full power afterwards,
 *   m = (R − r·(T − dt)) / (η·dt),  R remaining battery-side kWh, r = P·η battery-side max rate,
 *   T remaining plugged time. It is clipped to [0, P].
 * So a vehicle leaves with its requested energy whenever that is physically possible, whatever the
 * policy. On top of it:
 *  - uncontrolled: full power from arrival until done (the reference case of charging studies);
 *  - smart-llf: least-laxity-first (laxity = T − R/r, Dertouzos 1974 / Xu et al. 2016 for EV charging):
 *    each session is offered its flat rate R/(η·T) — spreading energy evenly over the stay minimises the
 *    peak — then any PV surplus, in increasing laxity, within the site headroom (import cap + PV − load);
 *  - solar-following: only PV surplus (PV − load), in increasing laxity;
 *  - off-peak: full power during off-peak hours within the site headroom, in increasing laxity.
 */
import { chargeEfficiency, type SessionTable, type VehicleSpec } from './sessions';

export type ChargingPolicy = 'uncontrolled' | 'smart-llf' | 'solar-following' | 'off-peak' | 'v2g';

export interface SiteSeries {
  readonly pvKw: Float64Array;
  readonly loadKw: Float64Array;
  readonly offPeak: Uint8Array;
}

export interface ScheduleResult {
  /** Grid-side charging power per session and step is not kept; per group totals are. */
  readonly chargeKwByGroup: Float64Array[];
  readonly totalChargeKw: Float64Array;
  /** Battery energy at departure per session. */
  readonly departureKwh: Float64Array;
}

const EPS_KWH = 1e-9;

/** Sorts `idx[0..n)` by `key` ascending, in place (insertion sort: active sessions are few). */
export function sortByKey(idx: Int32Array, n: number, key: Float64Array): void {
  for (let a = 1; a < n; a++) {
    const v = idx[a];
    const kv = key[v];
    let b = a - 1;
    while (b >= 0 && key[idx[b]] > kv) {
      idx[b + 1] = idx[b];
      b--;
    }
    idx[b + 1] = v;
  }
}

export interface ScheduleOptions {
  readonly dtH: number;
  readonly length: number;
  readonly policy: ChargingPolicy;
  /** Site import cap (kW); Infinity when none; 0 when islanded. */
  readonly importLimitKw: number;
  /** Sessions to skip (handled by the V2G stepper). */
  readonly skip?: Uint8Array;
  readonly groupOfVehicle: Int32Array;
  readonly groupCount: number;
}

/** Steps per call of the stepping function (see scheduleCharging). */
const CHUNK_STEPS = 4096;

export function scheduleCharging(
  vehicles: readonly VehicleSpec[],
  table: SessionTable,
  site: SiteSeries,
  opts: ScheduleOptions,
): ScheduleResult {
  const { length } = opts;
  const n = table.count;
  const st: SchedulerState = {
    table,
    site,
    dtH: opts.dtH,
    importLimitKw: opts.importLimitKw,
    policy: policyCode(opts.policy === 'v2g' ? 'smart-llf' : opts.policy),
    skip: opts.skip ?? null,
    groupOfSession: new Int32Array(Math.max(1, n)),
    energy: Float64Array.from(table.arrivalKwh),
    chargeKwByGroup: Array.from({ length: opts.groupCount }, () => new Float64Array(length)),
    totalChargeKw: new Float64Array(length),
    active: new Int32Array(Math.max(1, n)),
    laxity: new Float64Array(Math.max(1, n)),
    given: new Float64Array(Math.max(1, n)),
    etaOf: new Float64Array(Math.max(1, n)),
    powerOf: new Float64Array(Math.max(1, n)),
    nextArrival: 0,
    nActive: 0,
  };
  for (let s = 0; s < n; s++) {
    const v = vehicles[table.vehicle[s]];
    st.etaOf[s] = chargeEfficiency(v);
    st.powerOf[s] = v.acChargerKw;
    st.groupOfSession[s] = opts.groupOfVehicle[table.vehicle[s]];
  }
  // Chunks of steps: the stepping function is then an ordinary hot function, optimised once and reused.
  for (let from = 0; from < length; from += CHUNK_STEPS) scheduleSteps(st, from, Math.min(length, from + CHUNK_STEPS));
  return { chargeKwByGroup: st.chargeKwByGroup, totalChargeKw: st.totalChargeKw, departureKwh: st.energy };
}

const UNCONTROLLED = 0;
const SMART_LLF = 1;
const SOLAR_FOLLOWING = 2;
const OFF_PEAK = 3;

function policyCode(policy: Exclude<ChargingPolicy, 'v2g'>): number {
  switch (policy) {
    case 'uncontrolled':
      return UNCONTROLLED;
    case 'smart-llf':
      return SMART_LLF;
    case 'solar-following':
      return SOLAR_FOLLOWING;
    case 'off-peak':
      return OFF_PEAK;
  }
}

/** Everything the stepping carries from one chunk of steps to the next. */
interface SchedulerState {
  readonly table: SessionTable;
  readonly site: SiteSeries;
  readonly dtH: number;
  readonly importLimitKw: number;
  readonly policy: number;
  readonly skip: Uint8Array | null;
  readonly groupOfSession: Int32Array;
  readonly energy: Float64Array;
  readonly chargeKwByGroup: Float64Array[];
  readonly totalChargeKw: Float64Array;
  readonly active: Int32Array;
  readonly laxity: Float64Array;
  readonly given: Float64Array;
  readonly etaOf: Float64Array;
  readonly powerOf: Float64Array;
  nextArrival: number;
  nActive: number;
}

function scheduleSteps(st: SchedulerState, from: number, to: number): void {
  const { table, site, dtH, importLimitKw, policy, skip, groupOfSession, energy, chargeKwByGroup, totalChargeKw } = st;
  const { active, laxity, given, etaOf, powerOf } = st;
  const n = table.count;
  let nextArrival = st.nextArrival;
  let nActive = st.nActive;
  for (let i = from; i < to; i++) {
    // Drop departed sessions, add arrivals.
    let w = 0;
    for (let a = 0; a < nActive; a++) if (table.departure[active[a]] > i) active[w++] = active[a];
    nActive = w;
    while (nextArrival < n && table.arrival[nextArrival] <= i) {
      if (table.departure[nextArrival] > i && !(skip !== null && skip[nextArrival])) active[nActive++] = nextArrival;
      nextArrival++;
    }
    if (nActive === 0) continue;
    let used = 0;
    let anyLeft = false;
    for (let a = 0; a < nActive; a++) {
      const s = active[a];
      const eta = etaOf[s];
      const p = powerOf[s];
      const remaining = table.targetKwh[s] - energy[s];
      const tH = (table.departure[s] - i) * dtH;
      const rate = p * eta;
      laxity[s] = remaining > EPS_KWH ? tH - remaining / rate : Number.POSITIVE_INFINITY;
      const mandatory = remaining > EPS_KWH ? (remaining - rate * (tH - dtH)) / (eta * dtH) : 0;
      given[s] = mandatory > 0 ? Math.min(p, mandatory) : 0;
      used += given[s];
      if (remaining > 0) anyLeft = true;
    }
    // Every plugged vehicle already holds its target (the usual case for most of a stay): nothing below can
    // give any power (all laxities are +∞, every useful power is 0), so the step ends here.
    if (!anyLeft) continue;
    const pvSurplus = Math.max(0, site.pvKw[i] - site.loadKw[i]);
    const headroom = Math.max(0, importLimitKw + site.pvKw[i] - site.loadKw[i]);
    let budget = 0;
    if (policy === UNCONTROLLED) budget = Number.POSITIVE_INFINITY;
    else if (policy === SOLAR_FOLLOWING) budget = pvSurplus - used;
    else if (policy === OFF_PEAK) budget = site.offPeak[i] ? headroom - used : 0;
    else budget = headroom - used;
    if (budget > 0) {
      sortByKey(active, nActive, laxity);
      if (policy === SMART_LLF) {
        // Flat rate first (peak-minimising), then PV surplus on top.
        for (let a = 0; a < nActive && budget > 1e-12; a++) {
          const s = active[a];
          const remaining = table.targetKwh[s] - energy[s];
          if (remaining <= EPS_KWH) continue;
          const tH = (table.departure[s] - i) * dtH;
          const flat = Math.min(powerOf[s], remaining / (etaOf[s] * tH));
          const extra = Math.min(budget, Math.max(0, flat - given[s]));
          given[s] += extra;
          budget -= extra;
        }
        budget = Math.min(budget, Math.max(0, pvSurplus - sumGiven(active, nActive, given)));
      }
      for (let a = 0; a < nActive && budget > 1e-12; a++) {
        const s = active[a];
        const useful = Math.min(powerOf[s], Math.max(0, (table.targetKwh[s] - energy[s]) / (etaOf[s] * dtH)));
        const extra = Math.min(budget, Math.max(0, useful - given[s]));
        given[s] += extra;
        budget -= extra;
      }
    }
    let total = 0;
    for (let a = 0; a < nActive; a++) {
      const s = active[a];
      const kw = given[s];
      if (kw <= 0) continue;
      energy[s] = Math.min(table.targetKwh[s], energy[s] + kw * etaOf[s] * dtH);
      chargeKwByGroup[groupOfSession[s]][i] += kw;
      total += kw;
    }
    // The series start zeroed: zeros are not written (pages of fresh memory stay untouched).
    if (total !== 0) totalChargeKw[i] = total;
  }
  st.nextArrival = nextArrival;
  st.nActive = nActive;
}

function sumGiven(active: Int32Array, n: number, given: Float64Array): number {
  let s = 0;
  for (let a = 0; a < n; a++) s += given[active[a]];
  return s;
}
