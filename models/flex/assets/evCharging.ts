/**
 * EV charge points with known sessions (fleet or employees' cars): each session starts at
 * arrivalH on its days with energyKwh to deliver before departureH (local time; windows may wrap
 * midnight). Energy bookkeeping only (constant power per step, no taper: IEC 61851 mode 3 AC
 * charging is close to constant power below ~80 % state of charge).
 * Baseline: uncontrolled, as fast as possible. DOWN: pause as long as the remaining energy can still
 * be delivered at full power before departure (the session's laxity, as in least-laxity-first
 * scheduling: Xu, Pan & Tong, "Dynamic scheduling for charging electric vehicles: a priority
 * rule", IEEE Trans. Automatic Control 61(12), 2016). UP: charge at
 * full power while energy remains. Service cost: kWh missing at departure (0 unless forced).
 */
import { inWindow, localHourOf, type FlexContext } from '../context';
import { MODE_DOWN, MODE_UP, type FlexAssetModel, type Mode } from '../engine';
import type { FlexAsset } from '../schemas';

type Ev = Extract<FlexAsset, { kind: 'ev' }>;

export function evModel(id: string, a: Ev, ctx: FlexContext): FlexAssetModel {
  const dt = ctx.stepH;
  const n = ctx.n;
  // Steps left before departure at each step (0 when no car is plugged), and session starts.
  const stepsLeft = new Int32Array(n);
  const starts = new Uint8Array(n);
  let open = -1;
  for (let t = 0; t < n; t++) {
    const h = localHourOf(ctx, t);
    const connected = inWindow(h, a.arrivalH, a.departureH);
    const prevConnected = t > 0 && inWindow(localHourOf(ctx, t - 1), a.arrivalH, a.departureH);
    if (connected && !prevConnected) {
      const dow = ctx.calendar.localDayOfWeek[t];
      if (a.days.includes(dow)) {
        starts[t] = 1;
        open = t;
      } else open = -1;
    }
    if (!connected && open >= 0) {
      for (let k = open; k < t; k++) stepsLeft[k] = t - k;
      open = -1;
    }
  }
  if (open >= 0) for (let k = open; k < n; k++) stepsLeft[k] = n - k;

  const pMax = a.powerKw;
  const model: FlexAssetModel = {
    id,
    kind: 'ev',
    stateSize: 2,
    costUnit: 'kWh missing at departure',
    overridden: false,
    init(s) {
      s[0] = 0;
      s[1] = 0;
    },
    step(s, t, mode: Mode) {
      if (starts[t]) s[1] = a.energyKwh;
      const left = stepsLeft[t];
      model.overridden = false;
      let p = 0;
      if (left > 0 && s[1] > 1e-12) {
        const asap = Math.min(pMax, s[1] / dt);
        // Least power now that still lets full-power charging finish before departure.
        const must = Math.max(0, s[1] - pMax * dt * (left - 1)) / dt;
        if (mode === MODE_DOWN) {
          p = 0;
          if (must > 1e-12) {
            p = Math.min(pMax, must);
            model.overridden = true;
          }
        } else p = asap;
      } else if (mode !== 0) model.overridden = true;
      if (mode === MODE_UP && p <= 1e-12) model.overridden = true;
      s[1] -= p * dt;
      if (left === 1 || (left === 0 && s[1] > 1e-9)) {
        if (s[1] > 1e-9) s[0] += s[1] * a.count; // float residue of a completed session is not a shortfall
        s[1] = 0;
      }
      return p * a.count;
    },
  };
  return model;
}
