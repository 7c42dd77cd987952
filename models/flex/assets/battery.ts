/**
 * Stationary battery behind the meter, energy-reservoir model with a constant round-trip
 * efficiency split evenly between charge and discharge (η_c = η_d = √η_rt), as in the PVWatts/SAM
 * "simple" battery (NREL SAM documentation, battery performance, "capacity model").
 * Baseline: return toward the target state of charge (so an activation is followed by its rebound).
 * DOWN: discharge at full power down to socMin (site consumption falls). UP: charge up to socMax.
 * Service cost: none (equivalent cycles are reported by the storage models, not here).
 */
import type { FlexContext } from '../context';
import { MODE_BASELINE, MODE_DOWN, type FlexAssetModel, type Mode } from '../engine';
import type { FlexAsset } from '../schemas';

type Battery = Extract<FlexAsset, { kind: 'battery' }>;

export function batteryModel(id: string, a: Battery, ctx: FlexContext): FlexAssetModel {
  const dt = ctx.stepH;
  const eta = Math.sqrt(a.roundTripEfficiency);
  const eMin = a.socMin * a.capacityKwh;
  const eMax = a.socMax * a.capacityKwh;
  const eTarget = a.socTarget * a.capacityKwh;
  // Grid-side power: charging p > 0 stores p·η; discharging p < 0 removes |p|/η.
  const chargeFor = (from: number, to: number) => Math.min(a.powerKw, Math.max(0, (to - from) / (eta * dt)));
  const dischargeFor = (from: number, to: number) => Math.min(a.powerKw, Math.max(0, ((from - to) * eta) / dt));
  const model: FlexAssetModel = {
    id,
    kind: 'battery',
    stateSize: 2,
    costUnit: '—',
    overridden: false,
    init(s) {
      s[0] = 0;
      s[1] = eTarget;
    },
    step(s, _t, mode: Mode) {
      const e = s[1];
      let p: number;
      model.overridden = false;
      if (mode === MODE_BASELINE) p = e < eTarget ? chargeFor(e, eTarget) : -dischargeFor(e, eTarget);
      else if (mode === MODE_DOWN) {
        p = -dischargeFor(e, eMin);
        if (p >= -1e-12) model.overridden = true;
      } else {
        p = chargeFor(e, eMax);
        if (p <= 1e-12) model.overridden = true;
      }
      s[1] = p >= 0 ? e + p * eta * dt : e + (p / eta) * dt;
      return p;
    },
  };
  return model;
}
