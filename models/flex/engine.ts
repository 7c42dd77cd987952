/**
 * Generic flexibility engine. Every asset is a small state machine with its own local controller
 * that enforces its service constraints (comfort band, water temperature, EV departure, lighting
 * need, reservoir level). The engine asks it to run in one of three modes:
 *   BASELINE — what the asset does when nobody asks anything;
 *   DOWN     — consume as little as the constraints allow;
 *   UP       — consume as much as the constraints allow.
 * When a requested mode would break a constraint the controller refuses it for that step
 * (`overridden`), which is how the envelope knows how long a deviation can be held and how an
 * activation stays within service limits.
 *
 * Envelope at step t (from the baseline state at t): offered power = |p_mode(t) − b(t)|; held
 * energy = Σ_k |p_mode(t+k) − b(t+k)| until the first override or the horizon; hold duration =
 * held energy / offered power (equivalent full-power duration, h). A deviation that cannot be
 * held for one step is not offered. The power sustainable for D hours is min(P, E/D).
 */
export const MODE_BASELINE = 0;
export const MODE_DOWN = 1;
export const MODE_UP = 2;
export type Mode = typeof MODE_BASELINE | typeof MODE_DOWN | typeof MODE_UP;

export interface FlexAssetModel {
  readonly id: string;
  readonly kind: string;
  /** state[0] accumulates the asset's service cost (unit in costUnit); the rest is asset-specific. */
  readonly stateSize: number;
  readonly costUnit: string;
  /** Fills the state at the first step. */
  init(state: Float64Array): void;
  /** Advances one step in place and returns the mean electric power over the step, kW. */
  step(state: Float64Array, t: number, mode: Mode): number;
  /** True after step() when the requested mode was refused to respect a constraint. */
  overridden: boolean;
}

export interface AssetEnvelope {
  readonly baselineKw: Float64Array;
  /** Extra consumption that can be started at each step, kW (0 when it cannot be held one step). */
  readonly upKw: Float64Array;
  /** Consumption that can be removed at each step, kW. */
  readonly downKw: Float64Array;
  readonly upHoldH: Float64Array;
  readonly downHoldH: Float64Array;
  /** Baseline states, stateSize values per step (state at the START of each step). */
  readonly states: Float64Array;
}

export function runBaseline(model: FlexAssetModel, n: number): { powerKw: Float64Array; states: Float64Array } {
  const size = model.stateSize;
  const states = new Float64Array((n + 1) * size);
  const powerKw = new Float64Array(n);
  const s = new Float64Array(size);
  model.init(s);
  for (let t = 0; t < n; t++) {
    states.set(s, t * size);
    powerKw[t] = model.step(s, t, MODE_BASELINE);
  }
  states.set(s, n * size);
  return { powerKw, states };
}

export function assetEnvelope(model: FlexAssetModel, n: number, stepHours: number, horizonSteps: number): AssetEnvelope {
  const { powerKw: baselineKw, states } = runBaseline(model, n);
  const size = model.stateSize;
  const scratch = new Float64Array(size);
  const upKw = new Float64Array(n);
  const downKw = new Float64Array(n);
  const upHoldH = new Float64Array(n);
  const downHoldH = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    for (let dir = 0; dir < 2; dir++) {
      const mode: Mode = dir === 0 ? MODE_DOWN : MODE_UP;
      scratch.set(states.subarray(t * size, (t + 1) * size));
      let first = 0;
      let energyKwh = 0;
      const end = Math.min(n, t + horizonSteps);
      for (let k = t; k < end; k++) {
        const p = model.step(scratch, k, mode);
        if (model.overridden) break;
        const dev = mode === MODE_DOWN ? baselineKw[k] - p : p - baselineKw[k];
        if (k === t) {
          first = dev;
          if (!(first > 1e-9)) break;
        }
        energyKwh += Math.max(0, dev) * stepHours;
      }
      // Offered only when held at least one full step (energy ≥ first-step power × step).
      const offered = first > 1e-9 && energyKwh >= first * stepHours * (1 - 1e-9) ? first : 0;
      if (mode === MODE_DOWN) {
        downKw[t] = offered;
        downHoldH[t] = offered > 0 ? energyKwh / offered : 0;
      } else {
        upKw[t] = offered;
        upHoldH[t] = offered > 0 ? energyKwh / offered : 0;
      }
    }
  }
  return { baselineKw, upKw, downKw, upHoldH, downHoldH, states };
}

/** Power sustainable for `durationH` hours at each step: min(P, P·hold / D). */
export function sustainableKw(powerKw: Float64Array, holdH: Float64Array, durationH: number, out: Float64Array = new Float64Array(powerKw.length)): Float64Array {
  for (let t = 0; t < powerKw.length; t++) out[t] = Math.min(powerKw[t], (powerKw[t] * holdH[t]) / durationH);
  return out;
}
