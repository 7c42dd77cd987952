/**
 * Water pumping into a storage reservoir (drinking-water tower or tank): volume balance
 *   dV/dt = Q_pump·u − Q_demand(t),  0 ≤ u ≤ 1 (duty ratio over the step), P = u·P_nominal,
 * with the level kept within [minFraction, maxFraction] of the volume (the operator's service and
 * fire-reserve floor). Demand follows the same daily profile as domestic hot-water draws.
 * Baseline: fill in the off-peak window, pump at other hours only to keep the floor.
 * DOWN: stop unless the level would fall below the floor. UP: pump up to the ceiling.
 * Service cost: none while the level stays within its band (the controller guarantees it).
 */
import { inWindow, localHourOf, type FlexContext } from '../context';
import { MODE_BASELINE, MODE_DOWN, type FlexAssetModel, type Mode } from '../engine';
import type { FlexAsset } from '../schemas';
import { DEFAULT_DRAW_PROFILE } from './waterHeater';

type Pump = Extract<FlexAsset, { kind: 'pump' }>;

export function pumpModel(id: string, a: Pump, ctx: FlexContext): FlexAssetModel {
  const dt = ctx.stepH;
  const demandM3 = new Float64Array(ctx.n);
  const offPeak = new Uint8Array(ctx.n);
  const profileSum = DEFAULT_DRAW_PROFILE.reduce((s, v) => s + v, 0);
  for (let t = 0; t < ctx.n; t++) {
    const h = localHourOf(ctx, t);
    demandM3[t] = (a.demandM3PerDay * DEFAULT_DRAW_PROFILE[Math.floor(h)] * dt) / profileSum;
    offPeak[t] = inWindow(h, a.offPeakFromH, a.offPeakToH) ? 1 : 0;
  }
  const vMin = a.minFraction * a.reservoirM3;
  const vMax = a.maxFraction * a.reservoirM3;
  const maxM3 = a.flowM3PerH * dt;
  const dutyFor = (v: number, t: number, target: number) => Math.min(1, Math.max(0, (target - v + demandM3[t]) / maxM3));
  const model: FlexAssetModel = {
    id,
    kind: 'pump',
    stateSize: 2,
    costUnit: '—',
    overridden: false,
    init(s) {
      s[0] = 0;
      s[1] = 0.5 * (vMin + vMax);
    },
    step(s, t, mode: Mode) {
      const v = s[1];
      const floorDuty = dutyFor(v, t, vMin);
      let u: number;
      model.overridden = false;
      if (mode === MODE_BASELINE) u = Math.max(floorDuty, offPeak[t] ? dutyFor(v, t, vMax) : 0);
      else if (mode === MODE_DOWN) {
        u = 0;
        if (floorDuty > 1e-12) {
          u = floorDuty;
          model.overridden = true;
        }
      } else {
        u = dutyFor(v, t, vMax);
        if (u <= 1e-12) model.overridden = true;
      }
      s[1] = v + u * maxM3 - demandM3[t];
      return u * a.powerKw;
    },
  };
  return model;
}
