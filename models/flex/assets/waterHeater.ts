/**
 * Electric water heater, one-node (fully mixed) tank model:
 *   C·dT/dt = P − UA·(T − T_amb) − ṁ·c_p·(T − T_cold)
 * (Kondoh, Lu & Hammerstrom, "An evaluation of the water heater load potential for providing
 * regulation service", IEEE Trans. Power Systems 26(3), 2011, eq. 1). With P, UA and the draw
 * constant over a step the equation is linear and is integrated exactly:
 *   T(Δt) = T_eq + (T − T_eq)·e^(−Δt·(UA + ṁc_p)/C),  T_eq = (P + UA·T_amb + ṁc_p·T_cold)/(UA + ṁc_p).
 * C = V·ρ·c_p with ρ·c_p = 4.186 kJ/(L·K) = 1.163 Wh/(L·K).
 * Baseline (usual French practice, "ballon en heures creuses"): heat toward the set-point only in
 * the off-peak window; heat at any hour only as much as needed to keep T ≥ minTempC.
 * DOWN: no heating unless T would fall below minTempC. UP: heat up to maxTempC.
 * Service cost: K·h below the set-point (the water is colder than the user is used to).
 */
import { inWindow, localHourOf, type FlexContext } from '../context';
import { MODE_BASELINE, MODE_DOWN, type FlexAssetModel, type Mode } from '../engine';
import type { FlexAsset } from '../schemas';

type WaterHeater = Extract<FlexAsset, { kind: 'waterHeater' }>;

export const WATER_WH_PER_LITRE_K = 1.163;

/**
 * Share of the daily draw per local hour: the residential profile of the French RT 2012 Th-BCE
 * method (morning and evening peaks) simplified to hourly weights summing to 1.
 */
export const DEFAULT_DRAW_PROFILE: readonly number[] = [
  0.01, 0.005, 0.005, 0.005, 0.005, 0.01, 0.05, 0.1, 0.08, 0.05, 0.04, 0.04, 0.05, 0.04, 0.03, 0.03, 0.04, 0.05, 0.07, 0.09, 0.08, 0.06, 0.04, 0.025,
];

export function waterHeaterModel(id: string, a: WaterHeater, ctx: FlexContext): FlexAssetModel {
  const capacityKwhPerK = (a.tankLitres * WATER_WH_PER_LITRE_K) / 1000;
  const uaKwPerK = a.lossWPerK / 1000;
  const dt = ctx.stepH;
  // Everything that depends only on the step is computed once: the hot loop allocates nothing.
  const gKwPerK = new Float64Array(ctx.n); // UA + ṁ·c_p over each step, kW/K
  const decay = new Float64Array(ctx.n);
  const passiveEqC = new Float64Array(ctx.n);
  const offPeak = new Uint8Array(ctx.n);
  const profileSum = DEFAULT_DRAW_PROFILE.reduce((s, v) => s + v, 0);
  for (let t = 0; t < ctx.n; t++) {
    const h = localHourOf(ctx, t);
    const litresThisStep = (a.dailyDrawLitres * DEFAULT_DRAW_PROFILE[Math.floor(h)] * dt) / profileSum;
    const drawKwPerK = (litresThisStep * WATER_WH_PER_LITRE_K) / 1000 / dt;
    gKwPerK[t] = uaKwPerK + drawKwPerK;
    decay[t] = Math.exp((-dt * gKwPerK[t]) / capacityKwhPerK);
    passiveEqC[t] = (uaKwPerK * a.ambientC + drawKwPerK * a.coldWaterC) / gKwPerK[t];
    offPeak[t] = inWindow(h, a.offPeakFromH, a.offPeakToH) ? 1 : 0;
  }
  const pMax = a.powerKw;
  const model: FlexAssetModel = {
    id,
    kind: 'waterHeater',
    stateSize: 2,
    costUnit: 'K·h below set-point',
    overridden: false,
    init(s) {
      s[0] = 0;
      s[1] = a.setpointC;
    },
    step(s, t, mode: Mode) {
      const T = s[1];
      const g = gKwPerK[t];
      const d = decay[t];
      const eq = passiveEqC[t];
      // Power that brings the tank exactly to a target at the end of the step is
      // ((target − T·d)/(1 − d) − eq)·g (may be < 0).
      const pFloor = Math.min(pMax, Math.max(0, ((a.minTempC - T * d) / (1 - d) - eq) * g));
      let p: number;
      model.overridden = false;
      if (mode === MODE_BASELINE) {
        p = offPeak[t] ? Math.min(pMax, Math.max(0, ((a.setpointC - T * d) / (1 - d) - eq) * g)) : 0;
        p = Math.max(p, pFloor);
      } else if (mode === MODE_DOWN) {
        p = 0;
        if (pFloor > 1e-12) {
          p = pFloor;
          model.overridden = true;
        }
      } else {
        p = Math.min(pMax, Math.max(0, ((a.maxTempC - T * d) / (1 - d) - eq) * g));
        if (p <= 1e-12) model.overridden = true;
      }
      const tEnd = eq + p / g + (T - eq - p / g) * d;
      s[0] += Math.max(0, a.setpointC - 0.5 * (T + tEnd)) * dt * a.count;
      s[1] = tEnd;
      return p * a.count;
    },
  };
  return model;
}

