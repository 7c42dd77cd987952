/**
 * Electric space heating (resistive or air-to-water heat pump) of a building with thermal inertia,
 * one resistance and one capacity (1R1C):
 *   C·dT_i/dt = Φ_heat + Φ_int − H·(T_i − T_e)
 * It is the single-node reduction of the simple hourly method of ISO 13790:2008 (§C.2, the 5R1C
 * network with its heat capacity C_m) and the "Ti" model of Bacher & Madsen, "Identifying suitable
 * models for the heat dynamics of buildings", Energy and Buildings 43(7), 2011. With inputs constant
 * over a step it is integrated exactly: T_i(Δt) = T_eq + (T_i − T_eq)·e^(−Δt·H/C),
 * T_eq = T_e + (Φ_heat + Φ_int)/H.
 * Heat-pump COP: Staffell et al., "A review of domestic heat pumps", Energy Environ. Sci. 5 (2012),
 * ASHP regression COP = 6.81 − 0.121·ΔT + 0.000630·ΔT², ΔT = T_sink − T_outdoor (valid 15–60 K).
 * Baseline: thermostat holding the set-point when occupied and the set-back otherwise.
 * DOWN: no heat unless the indoor temperature would leave the band (occupied: bandMinC,
 * unoccupied: unoccupiedMinC). UP: heat up to bandMaxC.
 * Service cost: K·h below the set-point during occupancy.
 */
import type { FlexContext } from '../context';
import { MODE_BASELINE, MODE_DOWN, type FlexAssetModel, type Mode } from '../engine';
import type { FlexAsset } from '../schemas';

type Heating = Extract<FlexAsset, { kind: 'heating' }>;

export function heatPumpCop(sinkC: number, outdoorC: number): number {
  const dT = Math.min(60, Math.max(15, sinkC - outdoorC));
  return 6.81 - 0.121 * dT + 0.00063 * dT * dT;
}

export function heatingModel(id: string, a: Heating, ctx: FlexContext, occupied: Uint8Array): FlexAssetModel {
  const dt = ctx.stepH;
  const H = a.heatLossKwPerK;
  const decay = Math.exp((-dt * H) / a.capacityKwhPerK);
  const cop = new Float64Array(ctx.n);
  for (let t = 0; t < ctx.n; t++) cop[t] = a.system === 'heatPump' ? heatPumpCop(a.sinkTempC, ctx.outdoorTempC[t]) : 1;
  const model: FlexAssetModel = {
    id,
    kind: 'heating',
    stateSize: 2,
    costUnit: 'K·h below set-point (occupied)',
    overridden: false,
    init(s) {
      s[0] = 0;
      s[1] = occupied[0] ? a.setpointC : a.setbackC;
    },
    step(s, t, mode: Mode) {
      const Ti = s[1];
      const Te = ctx.outdoorTempC[t];
      const occ = occupied[t] === 1;
      const gains = occ ? a.internalGainsKw : 0;
      const heatMax = a.powerKw * cop[t];
      // Heat flow that brings T_i exactly to a target at the end of the step is
      // ((target − T_i·decay)/(1 − decay) − T_e)·H − gains (may be < 0).
      const floor = occ ? a.bandMinC : a.unoccupiedMinC;
      const heatFloor = Math.min(heatMax, Math.max(0, ((floor - Ti * decay) / (1 - decay) - Te) * H - gains));
      let heat: number;
      model.overridden = false;
      if (mode === MODE_BASELINE) {
        const target = occ ? a.setpointC : a.setbackC;
        heat = Math.min(heatMax, Math.max(0, ((target - Ti * decay) / (1 - decay) - Te) * H - gains, heatFloor));
      } else if (mode === MODE_DOWN) {
        heat = 0;
        if (heatFloor > 1e-12) {
          heat = heatFloor;
          model.overridden = true;
        }
      } else {
        heat = Math.min(heatMax, Math.max(0, ((a.bandMaxC - Ti * decay) / (1 - decay) - Te) * H - gains));
        if (heat <= 1e-12) model.overridden = true;
      }
      const teq = Te + (heat + gains) / H;
      const tEnd = teq + (Ti - teq) * decay;
      if (occ) s[0] += Math.max(0, a.setpointC - 0.5 * (Ti + tEnd)) * dt;
      s[1] = tEnd;
      return heat / cop[t];
    },
  };
  return model;
}
