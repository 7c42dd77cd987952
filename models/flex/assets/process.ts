/**
 * Sheddable process load (workshop machines, ventilation of non-critical areas, ice rink
 * compressors...): runs at powerKw during its operating hours; a fraction can be shed for at most
 * maxShedH consecutive hours, after which the process must run again (the operator's declared
 * limit, as in the "effacement" declarations of RTE's NEBEF rules: the site states what it can
 * shed and for how long). No UP flexibility. Service cost: kWh of process deferred.
 */
import { inWindow, localHourOf, type FlexContext } from '../context';
import { MODE_BASELINE, MODE_DOWN, type FlexAssetModel, type Mode } from '../engine';
import type { FlexAsset } from '../schemas';

type Process = Extract<FlexAsset, { kind: 'process' }>;

export function processModel(id: string, a: Process, ctx: FlexContext): FlexAssetModel {
  const running = new Uint8Array(ctx.n);
  for (let t = 0; t < ctx.n; t++) {
    running[t] = a.days.includes(ctx.calendar.localDayOfWeek[t]) && inWindow(localHourOf(ctx, t), a.fromH, a.toH) ? 1 : 0;
  }
  const maxShedSteps = Math.floor(a.maxShedH / ctx.stepH + 1e-9);
  const model: FlexAssetModel = {
    id,
    kind: 'process',
    stateSize: 2,
    costUnit: 'kWh deferred',
    overridden: false,
    init(s) {
      s[0] = 0;
      s[1] = 0; // consecutive shed steps
    },
    step(s, t, mode: Mode) {
      model.overridden = false;
      const p = running[t] ? a.powerKw : 0;
      if (mode === MODE_BASELINE) {
        s[1] = 0;
        return p;
      }
      if (!running[t]) {
        // The shed counter is kept while stopped: a shed cannot restart the next morning within
        // the same request.
        model.overridden = mode !== MODE_DOWN;
        return 0;
      }
      if (mode === MODE_DOWN && s[1] < maxShedSteps) {
        s[1] += 1;
        const shed = p * a.sheddableFraction;
        s[0] += shed * ctx.stepH;
        return p - shed;
      }
      model.overridden = true;
      s[1] = 0;
      return p;
    },
  };
  return model;
}
