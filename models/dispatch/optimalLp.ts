/**
 * Optimal dispatch of the stationary storage as a linear program (perfect foresight over a window),
 * solved with HiGHS (Huangfu & Hall, "Parallelizing the dual revised simplex method", Math. Prog. Comp.
 * 10 (2018) 119–142). The formulation is the standard economic dispatch of a storage unit as in PyPSA
 * (Brown, Hörsch & Schlachtberger, "PyPSA: Python for Power System Analysis", J. Open Res. Softw. 6
 * (2018), storage-unit state-of-charge constraint with standing loss and charge/discharge efficiencies),
 * written for one site bus:
 *
 *   for every step t of the window (dt hours):
 *     balance:  imp_t − exp_t + dis_t − ch_t − curt_t + uns_t + Σ_c shed_{c,t} = demand_t − pv_t
 *     energy:   E_t − min = (1 − σ·dt)(E_{t−1} − min) + η_c·dt·ch_t − dt/η_d·dis_t
 *     bounds:   0 ≤ imp ≤ import cap, 0 ≤ exp ≤ export cap (0 when the export price is negative),
 *               0 ≤ ch ≤ min(P_ch, import cap + pv − demand), 0 ≤ dis ≤ min(P_dis, demand − pv + export cap),
 *               min ≤ E ≤ max, 0 ≤ curt ≤ pv, 0 ≤ shed_c ≤ sheddable_c,
 *               0 ≤ uns ≤ demand
 *   minimise Σ_t dt·( c_imp·imp − c_exp·exp + VOLL·uns + Σ_c pen_c·shed_c + ε·(ch + dis) )
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
}

export const TIE_BREAK_EUR_PER_KWH = 1e-9;

export interface LpPlan {
  /** Storage power per step of the window, > 0 discharge. */
  readonly storageKw: Float64Array;
  readonly energyKwh: Float64Array;
  readonly objectiveEur: number;
}

export function solveStorageLp(highs: Highs, storage: LpStorage, w: LpWindow): LpPlan {
  const T = w.to - w.from;
  const C = w.sheddableKw.length;
  const K = 7 + C;
  const IMP = 0, EXP = 1, CH = 2, DIS = 3, E = 4, CURT = 5, UNS = 6;
  const nCols = T * K;
  const inf = highs.infinity;
  const cost = new Float64Array(nCols);
  const lower = new Float64Array(nCols);
  const upper = new Float64Array(nCols);
  const rowLower = new Float64Array(2 * T);
  const rowUpper = new Float64Array(2 * T);
  const nnz = T * (7 + C) + T * 4;
  const starts = new Int32Array(2 * T + 1);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const a = 1 - Math.min(1, storage.selfDischargePerHour * w.dtH);
  const dt = w.dtH;
  let k = 0;
  for (let t = 0; t < T; t++) {
    const i = w.from + t;
    const b = t * K;
    const pv = w.pvKw[i];
    const demand = w.demandKw[i];
    cost[b + IMP] = dt * w.importPrice[i];
    upper[b + IMP] = Number.isFinite(w.importLimitKw) ? w.importLimitKw : inf;
    cost[b + EXP] = -dt * w.exportPrice[i];
    upper[b + EXP] = w.exportPrice[i] < 0 ? 0 : Number.isFinite(w.exportLimitKw) ? w.exportLimitKw : inf;
    // Same operating envelope as the simulation loop (simulate.ts): charging never needs imports above
    // the cap or shedding (the site does not drop loads to fill the battery), discharging beyond the
    // demand only goes to export.
    const expLim = w.exportPrice[i] < 0 ? 0 : w.exportLimitKw;
    const chargeRoom = w.importLimitKw + pv - demand;
    const dischargeRoom = demand - pv + expLim;
    cost[b + CH] = dt * TIE_BREAK_EUR_PER_KWH;
    upper[b + CH] = Math.max(0, Math.min(storage.maxChargeKw, chargeRoom));
    cost[b + DIS] = dt * TIE_BREAK_EUR_PER_KWH;
    upper[b + DIS] = Math.max(0, Math.min(storage.maxDischargeKw, dischargeRoom));
    lower[b + E] = storage.minKwh;
    upper[b + E] = storage.maxKwh;
    upper[b + CURT] = pv > 0 ? pv : 0;
    cost[b + UNS] = dt * w.unservedPenaltyEurPerKwh;
    upper[b + UNS] = demand > 0 ? demand : 0;
    for (let c = 0; c < C; c++) {
      cost[b + 7 + c] = dt * w.shedPenaltyEurPerKwh[c];
      const sh = w.sheddableKw[c][i];
      upper[b + 7 + c] = sh > 0 ? sh : 0;
    }
    // Balance row.
    starts[2 * t] = k;
    indices[k] = b + IMP; values[k++] = 1;
    indices[k] = b + EXP; values[k++] = -1;
    indices[k] = b + CH; values[k++] = -1;
    indices[k] = b + DIS; values[k++] = 1;
    indices[k] = b + CURT; values[k++] = -1;
    indices[k] = b + UNS; values[k++] = 1;
    for (let c = 0; c < C; c++) {
      indices[k] = b + 7 + c;
      values[k++] = 1;
    }
    rowLower[2 * t] = demand - pv;
    rowUpper[2 * t] = demand - pv;
    // Energy row: E_t − a·E_{t−1} − η_c·dt·ch + dt/η_d·dis = (1 − a)·min   (+ a·E0 at t = 0).
    starts[2 * t + 1] = k;
    if (t > 0) {
      indices[k] = b - K + E;
      values[k++] = -a;
    }
    indices[k] = b + CH; values[k++] = -storage.etaCharge * dt;
    indices[k] = b + DIS; values[k++] = dt / storage.etaDischarge;
    indices[k] = b + E; values[k++] = 1;
    const rhs = (1 - a) * storage.minKwh + (t === 0 ? a * w.initialEnergyKwh : 0);
    rowLower[2 * t + 1] = rhs;
    rowUpper[2 * t + 1] = rhs;
  }
  starts[2 * T] = k;
  const model = highs.createModel({
    numCols: nCols,
    numRows: 2 * T,
    colCost: cost,
    colLower: lower,
    colUpper: upper,
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: 2 * T, numCols: nCols, starts, indices: indices.subarray(0, k), values: values.subarray(0, k) },
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
    return { storageKw, energyKwh, objectiveEur: model.getObjectiveValue() };
  } finally {
    model.dispose();
  }
}
