/**
 * Public lighting: on from sunset to sunrise (sun below the horizon at mid-step, NREL SPA), full
 * power in the baseline. DOWN: dim to minDimFraction, the lowest level that still meets the
 * lighting class of the road (EN 13201-2 lets the class be lowered when traffic falls; a 50 %
 * level is the usual dimming step of LED luminaires). No UP flexibility: light beyond the need
 * is waste. Service cost: hours of dimming.
 */
import type { FlexContext } from '../context';
import { MODE_BASELINE, MODE_DOWN, type FlexAssetModel, type Mode } from '../engine';
import type { FlexAsset } from '../schemas';

type Lighting = Extract<FlexAsset, { kind: 'lighting' }>;

export function lightingModel(id: string, a: Lighting, ctx: FlexContext): FlexAssetModel {
  const model: FlexAssetModel = {
    id,
    kind: 'lighting',
    stateSize: 1,
    costUnit: 'h dimmed',
    overridden: false,
    init(s) {
      s[0] = 0;
    },
    step(s, t, mode: Mode) {
      model.overridden = false;
      const night = ctx.isNight[t] === 1;
      if (mode === MODE_BASELINE) return night ? a.powerKw : 0;
      if (mode === MODE_DOWN) {
        if (!night) return 0;
        s[0] += ctx.stepH;
        return a.powerKw * a.minDimFraction;
      }
      model.overridden = true;
      return night ? a.powerKw : 0;
    },
  };
  return model;
}
