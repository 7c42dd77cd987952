/**
 * Optimal dispatch of the stationary storage as a linear program (perfect foresight over a window),
 * solved with HiGHS (Huangfu & Hall, "Parallelizing the dual revised simplex method", Math. Prog. Comp.
 * 10 (2018) 119–142). The formulation is the standard economic dispatch of a storage unit as in PyPSA
 * (Brown, Hörsch & Schlachtberger, "PyPSA: Python for Power System Analysis", J. Open Res. Softw. 6
 * (2018), storage-unit state-of-charge constraint with standing loss and charge/discharge efficiencies),
 * written for one site bus:
 *
 *   for every step t of the window (dt hours):
 *     balance:  imp_t − exp_t + dis_t − ch_t − curt_t + uns_t + Σ_c shed_{c,t} + Σ_v (vdis_{v,t} − vch_{v,t})
 *               = demand_t − pv_t
 *     energy:   E_t − min = (1 − σ·dt)(E_{t−1} − min) + η_c·dt·ch_t − dt/η_d·dis_t
 *     bounds:   0 ≤ imp ≤ import cap, 0 ≤ exp ≤ export cap (0 when the export price is negative),
 *               0 ≤ ch ≤ P_ch, 0 ≤ dis ≤ P_dis, min ≤ E ≤ max, 0 ≤ curt ≤ pv, 0 ≤ shed_c ≤ sheddable_c,
 *               0 ≤ uns
 *   for every plugged V2G session v (vehicle battery energy F, charger P_v, V2G power D_v, η_v = √η_rt):
 *     F_{v,t} = F_{v,t−1} + η_v·dt·vch_{v,t} − dt/η_v·vdis_{v,t},  0 ≤ vch ≤ P_v, 0 ≤ vdis ≤ D_v,
 *     min(V2G floor, arrival energy) ≤ F ≤ socMax·battery,
 *     F at departure ≥ requested target; if the departure is after the window, F at the window end
 *     ≥ target − P_v·η_v·(time left after the window) (the target stays reachable);
 *   minimise Σ_t dt·( c_imp·imp − c_exp·exp + VOLL·uns + Σ_c pen_c·shed_c + ε·(ch + dis + Σ_v (vch + vdis)) )
 *
 * ε = 1e-9 EUR/kWh breaks ties (no simultaneous charge and discharge when prices make it free) without
 * changing costs measurably. The storage model is exactly the one the simulation steps (container.ts,
 * batteryPack.ts), so the plan is executed as planned.
 */
import type { Highs } from 'highs';

export interface LpStorage {
  readonly minKwh: number;
  readonly maxKwh: number;
  readonly maxChargeKw: number;
  readonly maxDischargeKw: number;
  readonly etaCharge: number;
  readonly etaDischarge: number;
  readonly selfDischargePerHour: number;
}

/** A V2G session as the LP sees it (steps on the simulation timeline, session occupies [arrival, departure)). */
export interface LpV2gSession {
  readonly id: number;
  readonly arrival: number;
  readonly departure: number;
  /** Battery energy at the first step of the window the session is plugged in. */
  readonly initialKwh: number;
  readonly targetKwh: number;
  readonly floorKwh: number;
  readonly maxKwh: number;
  readonly chargerKw: number;
  readonly v2gKw: number;
  readonly eta: number;
}

export interface LpWindow {
  readonly from: number;
  readonly to: number;
  readonly dtH: number;
  readonly initialEnergyKwh: number;
  readonly demandKw: Float64Array;
  readonly pvKw: Float64Array;
  readonly importPrice: Float64Array;
  readonly exportPrice: Float64Array;
  readonly sheddableKw: readonly Float64Array[];
  readonly shedPenaltyEurPerKwh: readonly number[];
  readonly unservedPenaltyEurPerKwh: number;
  readonly importLimitKw: number;
  readonly exportLimitKw: number;
  readonly v2g?: readonly LpV2gSession[];
}

export const TIE_BREAK_EUR_PER_KWH = 1e-9;

export interface LpV2gPlan {
  readonly id: number;
  /** First step of the arrays below. */
  readonly from: number;
  readonly chargeKw: Float64Array;
  readonly dischargeKw: Float64Array;
}

export interface LpPlan {
  /** Storage power per step of the window, > 0 discharge. */
  readonly storageKw: Float64Array;
  readonly energyKwh: Float64Array;
  readonly v2g: readonly LpV2gPlan[];
  readonly objectiveEur: number;
}

const IMP = 0, EXP = 1, CH = 2, DIS = 3, E = 4, CURT = 5, UNS = 6;

export function solveStorageLp(highs: Highs, storage: LpStorage, w: LpWindow): LpPlan {
  const T = w.to - w.from;
  const C = w.sheddableKw.length;
  const K = 7 + C;
  const inf = highs.infinity;
  const dt = w.dtH;
  const a = 1 - Math.min(1, storage.selfDischargePerHour * dt);

  // Columns: K per step for the site, then 3 per plugged step of each V2G session (vch, vdis, F).
  const cost: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const col = (c: number, lo: number, up: number): number => {
    cost.push(c);
    lower.push(lo);
    upper.push(up);
    return cost.length - 1;
  };
  for (let t = 0; t < T; t++) {
    const i = w.from + t;
    const pv = w.pvKw[i];
    col(dt * w.importPrice[i], 0, Number.isFinite(w.importLimitKw) ? w.importLimitKw : inf);
    col(-dt * w.exportPrice[i], 0, w.exportPrice[i] < 0 ? 0 : Number.isFinite(w.exportLimitKw) ? w.exportLimitKw : inf);
    col(dt * TIE_BREAK_EUR_PER_KWH, 0, storage.maxChargeKw);
    col(dt * TIE_BREAK_EUR_PER_KWH, 0, storage.maxDischargeKw);
    col(0, storage.minKwh, storage.maxKwh);
    col(0, 0, pv > 0 ? pv : 0);
    // Unbounded: mandatory V2G charging with nothing to supply it is unserved too (as in the loop).
    col(dt * w.unservedPenaltyEurPerKwh, 0, inf);
    for (let c = 0; c < C; c++) {
      const sh = w.sheddableKw[c][i];
      col(dt * w.shedPenaltyEurPerKwh[c], 0, sh > 0 ? sh : 0);
    }
  }
  // Per step: V2G (charge col, discharge col) pairs feeding the balance row.
  const evAtStep: number[][] = Array.from({ length: T }, () => []);
  const sessions: { s: LpV2gSession; t0: number; t1: number; base: number }[] = [];
  for (const s of w.v2g ?? []) {
    const t0 = Math.max(s.arrival, w.from) - w.from;
    const t1 = Math.min(s.departure, w.to) - w.from;
    if (t1 <= t0) continue;
    const base = cost.length;
    const floor = Math.min(s.floorKwh, s.initialKwh);
    for (let t = t0; t < t1; t++) {
      const ch = col(dt * TIE_BREAK_EUR_PER_KWH, 0, s.chargerKw);
      const dis = col(dt * TIE_BREAK_EUR_PER_KWH, 0, s.v2gKw);
      let lo = floor;
      if (t === t1 - 1) {
        // Departure inside the window: the requested energy; otherwise keep it reachable.
        const need = s.departure <= w.to ? s.targetKwh : s.targetKwh - s.chargerKw * s.eta * dt * (s.departure - w.to);
        // Never more than full-power charging can give inside the window (a physically short session).
        const reachable = s.initialKwh + s.chargerKw * s.eta * dt * (t1 - t0);
        lo = Math.max(lo, Math.min(need, s.maxKwh, reachable));
      }
      col(0, lo, s.maxKwh);
      evAtStep[t].push(ch, dis);
    }
    sessions.push({ s, t0, t1, base });
  }

  // Rows (CSR).
  const starts: number[] = [];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const row = (lo: number, up: number): void => {
    starts.push(indices.length);
    rowLower.push(lo);
    rowUpper.push(up);
  };
  const nz = (c: number, v: number): void => {
    indices.push(c);
    values.push(v);
  };
  for (let t = 0; t < T; t++) {
    const i = w.from + t;
    const b = t * K;
    const rhs = w.demandKw[i] - w.pvKw[i];
    row(rhs, rhs);
    nz(b + IMP, 1);
    nz(b + EXP, -1);
    nz(b + CH, -1);
    nz(b + DIS, 1);
    nz(b + CURT, -1);
    nz(b + UNS, 1);
    for (let c = 0; c < C; c++) nz(b + 7 + c, 1);
    const ev = evAtStep[t];
    for (let q = 0; q < ev.length; q += 2) {
      nz(ev[q], -1);
      nz(ev[q + 1], 1);
    }
    // E_t − a·E_{t−1} − η_c·dt·ch + dt/η_d·dis = (1 − a)·min  (+ a·E0 at t = 0).
    const erhs = (1 - a) * storage.minKwh + (t === 0 ? a * w.initialEnergyKwh : 0);
    row(erhs, erhs);
    if (t > 0) nz(b - K + E, -a);
    nz(b + CH, -storage.etaCharge * dt);
    nz(b + DIS, dt / storage.etaDischarge);
    nz(b + E, 1);
  }
  for (const { s, t0, t1, base } of sessions) {
    for (let t = t0; t < t1; t++) {
      const c = base + 3 * (t - t0);
      // F_t − F_{t−1} − η·dt·vch + dt/η·vdis = 0   (F_{t0−1} = initial energy).
      const rhs = t === t0 ? s.initialKwh : 0;
      row(rhs, rhs);
      if (t > t0) nz(c - 1, -1);
      nz(c, -s.eta * dt);
      nz(c + 1, dt / s.eta);
      nz(c + 2, 1);
    }
  }
  const numRows = rowLower.length;
  starts.push(indices.length);
  const nCols = cost.length;
  const model = highs.createModel({
    numCols: nCols,
    numRows,
    colCost: Float64Array.from(cost),
    colLower: Float64Array.from(lower),
    colUpper: Float64Array.from(upper),
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    matrix: { format: 'csr', numRows, numCols: nCols, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
  });
  try {
    model.options.set({ output_flag: false });
    model.run();
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) {
      throw new Error(`optimal dispatch: the LP of steps ${w.from}–${w.to} ended with HiGHS status ${status}, not optimal`);
    }
    const x = model.getSolution().colValue;
    const storageKw = new Float64Array(T);
    const energyKwh = new Float64Array(T);
    for (let t = 0; t < T; t++) {
      storageKw[t] = x[t * K + DIS] - x[t * K + CH];
      energyKwh[t] = x[t * K + E];
    }
    const v2g = sessions.map(({ s, t0, t1, base }) => {
      const chargeKw = new Float64Array(t1 - t0);
      const dischargeKw = new Float64Array(t1 - t0);
      for (let t = t0; t < t1; t++) {
        const c = base + 3 * (t - t0);
        // Net of any simultaneous charge/discharge (never optimal with η < 1, but the solver may leave dust).
        const net = x[c] - x[c + 1];
        chargeKw[t - t0] = net > 0 ? net : 0;
        dischargeKw[t - t0] = net < 0 ? -net : 0;
      }
      return { id: s.id, from: w.from + t0, chargeKw, dischargeKw };
    });
    return { storageKw, energyKwh, v2g, objectiveEur: model.getObjectiveValue() };
  } finally {
    model.dispose();
  }
}
