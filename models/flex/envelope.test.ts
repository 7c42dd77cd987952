import { describe, expect, it } from 'vitest';
import { batteryModel } from './assets/battery';
import { evModel } from './assets/evCharging';
import { lightingModel } from './assets/lighting';
import { heatingModel } from './assets/thermalBuilding';
import { waterHeaterModel } from './assets/waterHeater';
import { buildFlexContext } from './context';
import { assetEnvelope, MODE_DOWN, runBaseline } from './engine';
import { assetSchema, type FlexAsset } from './schemas';

/** Monday 13 January 2025 00:00 Paris = 12 January 23:00 UTC. */
const start = Date.UTC(2025, 0, 12, 23, 0);
function ctxOf(stepMinutes: number, hours: number, tempC: number) {
  const timeline = { startUtcMs: start, stepMinutes, length: (hours * 60) / stepMinutes };
  return buildFlexContext(timeline, { latDeg: 49.53, lonDeg: 1.04 }, new Float64Array(timeline.length).fill(tempC));
}
const asset = (a: unknown) => assetSchema.parse(a) as FlexAsset;

describe('water heater (one-node tank)', () => {
  // Never allowed to heat for comfort: the baseline only holds the floor, so the tank decays to
  // exactly minTempC and then heats just enough to stay there.
  const wh = asset({ kind: 'waterHeater', tankLitres: 200, powerKw: 2.2, dailyDrawLitres: 150, offPeakFromH: 3, offPeakToH: 3 });
  const ctx = ctxOf(60, 72, 5);

  it('a tank exactly at its minimum temperature offers no downward flexibility, although it consumes', () => {
    const env = assetEnvelope(waterHeaterModel('w', wh as Extract<FlexAsset, { kind: 'waterHeater' }>, ctx), ctx.n, 1, 24);
    const size = 2;
    let atMin = 0;
    for (let t = 0; t < ctx.n; t++) {
      const T = env.states[t * size + 1];
      if (Math.abs(T - 50) < 1e-9) {
        atMin++;
        expect(env.downKw[t]).toBe(0);
        expect(env.upKw[t]).toBeGreaterThan(0);
      }
    }
    expect(atMin).toBeGreaterThan(10);
    expect(env.baselineKw.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('never lets the water fall below its minimum, in any mode', () => {
    const m = waterHeaterModel('w', wh as Extract<FlexAsset, { kind: 'waterHeater' }>, ctx);
    const s = new Float64Array(2);
    m.init(s);
    for (let t = 0; t < ctx.n; t++) {
      m.step(s, t, MODE_DOWN);
      expect(s[1]).toBeGreaterThanOrEqual(50 - 1e-9);
    }
  });

  it('integrates the tank exactly: standby cooling matches T_amb + (T0 − T_amb)·e^(−t·UA/C)', () => {
    const idle = asset({ kind: 'waterHeater', tankLitres: 200, powerKw: 2.2, dailyDrawLitres: 0, minTempC: 20, setpointC: 60, offPeakFromH: 3, offPeakToH: 3 });
    const m = waterHeaterModel('w', idle as Extract<FlexAsset, { kind: 'waterHeater' }>, ctx);
    const s = new Float64Array(2);
    m.init(s);
    for (let t = 0; t < 24; t++) m.step(s, t, MODE_DOWN);
    const C = (200 * 1.163) / 1000;
    expect(s[1]).toBeCloseTo(18 + 42 * Math.exp((-24 * 0.0015) / C), 9);
  });
});

describe('EV charging', () => {
  const ctx = ctxOf(60, 48, 5);
  it('a session that is exactly feasible cannot be delayed', () => {
    const ev = asset({ kind: 'ev', powerKw: 7.4, arrivalH: 0, departureH: 4, energyKwh: 4 * 7.4, days: [0, 1, 2, 3, 4, 5, 6] }) as Extract<FlexAsset, { kind: 'ev' }>;
    const env = assetEnvelope(evModel('e', ev, ctx), ctx.n, 1, 24);
    for (let t = 0; t < 4; t++) {
      expect(env.baselineKw[t]).toBeCloseTo(7.4, 12);
      expect(env.downKw[t]).toBe(0);
    }
  });
  it('a session with one hour of laxity can be paused exactly one hour', () => {
    const ev = asset({ kind: 'ev', powerKw: 7.4, arrivalH: 0, departureH: 4, energyKwh: 3 * 7.4, days: [0, 1, 2, 3, 4, 5, 6] }) as Extract<FlexAsset, { kind: 'ev' }>;
    const env = assetEnvelope(evModel('e', ev, ctx), ctx.n, 1, 24);
    expect(env.downKw[0]).toBeCloseTo(7.4, 12);
    expect(env.downHoldH[0]).toBeCloseTo(1, 12);
    // Pausing under activation still delivers the full energy before departure.
    const m = evModel('e', ev, ctx);
    const s = new Float64Array(2);
    m.init(s);
    let delivered = 0;
    for (let t = 0; t < 5; t++) delivered += m.step(s, t, MODE_DOWN);
    expect(delivered).toBeCloseTo(3 * 7.4, 9);
    expect(s[0]).toBe(0);
  });
});

describe('heating with thermal inertia (1R1C)', () => {
  it('holds a curtailment exactly until the indoor temperature reaches the band floor', () => {
    const ctx = ctxOf(15, 48, 5);
    const h = asset({ kind: 'heating', powerKw: 30, heatLossKwPerK: 1, capacityKwhPerK: 40 }) as Extract<FlexAsset, { kind: 'heating' }>;
    const occupied = new Uint8Array(ctx.n).fill(1);
    const env = assetEnvelope(heatingModel('h', h, ctx, occupied), ctx.n, 0.25, 96);
    // Baseline holds 19 °C against 5 °C: 14 kW. Without heat: 19 → 18 °C in τ·ln(14/13).
    expect(env.baselineKw[10]).toBeCloseTo(14, 9);
    const analyticH = 40 * Math.log(14 / 13);
    expect(env.downKw[10]).toBeCloseTo(14, 9);
    expect(env.downHoldH[10]).toBeCloseTo(Math.floor(analyticH / 0.25) * 0.25, 9);
    // Up: heat at 30 kW until 21 °C.
    expect(env.upKw[10]).toBeCloseTo(16, 9);
  });
  it('offers nothing downward at the band floor', () => {
    const ctx = ctxOf(60, 24, 5);
    const h = asset({ kind: 'heating', powerKw: 30, heatLossKwPerK: 1, capacityKwhPerK: 40, setpointC: 18, bandMinC: 18 }) as Extract<FlexAsset, { kind: 'heating' }>;
    const env = assetEnvelope(heatingModel('h', h, ctx, new Uint8Array(ctx.n).fill(1)), ctx.n, 1, 24);
    expect(env.baselineKw[5]).toBeGreaterThan(0);
    expect(env.downKw[5]).toBe(0);
  });
});

describe('battery and lighting', () => {
  it('battery: hold = usable energy above socMin through the discharge efficiency / power', () => {
    const ctx = ctxOf(60, 24, 5);
    const b = asset({ kind: 'battery', capacityKwh: 100, powerKw: 30 }) as Extract<FlexAsset, { kind: 'battery' }>;
    const env = assetEnvelope(batteryModel('b', b, ctx), ctx.n, 1, 24);
    expect(env.downKw[0]).toBeCloseTo(30, 9);
    expect(env.downHoldH[0]).toBeCloseTo((40 * Math.sqrt(0.9)) / 30, 9);
    expect(env.upHoldH[0]).toBeCloseTo(40 / Math.sqrt(0.9) / 30, 9);
  });
  it('lighting dims only at night and to its minimum level', () => {
    const ctx = ctxOf(60, 24, 5);
    const l = asset({ kind: 'lighting', powerKw: 10, minDimFraction: 0.4 }) as Extract<FlexAsset, { kind: 'lighting' }>;
    const env = assetEnvelope(lightingModel('l', l, ctx), ctx.n, 1, 24);
    const { powerKw } = runBaseline(lightingModel('l', l, ctx), ctx.n);
    // 13 January in Normandy: night at 00:00 and 20:00 local, day at 12:00.
    expect(env.downKw[0]).toBeCloseTo(6, 12);
    expect(env.downKw[20]).toBeCloseTo(6, 12);
    expect(env.downKw[12]).toBe(0);
    expect(powerKw[12]).toBe(0);
    expect(Math.max(...env.upKw)).toBe(0);
  });
});
