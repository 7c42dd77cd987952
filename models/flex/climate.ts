/**
 * Stand-in outdoor temperature when no weather series is supplied: a deterministic annual and
 * daily sinusoid plus seeded AR(1) noise. Parameters default to Rouen-Boos normals (Météo-France
 * 1991–2020: annual mean 10.9 °C, January mean ≈ 4.6 °C, July mean ≈ 18.3 °C, so an annual
 * amplitude ≈ 6.9 K; minimum around 20 January; daily amplitude ≈ 4 K as a cosine with its minimum at
 * 05:00 solar time, so its maximum falls at 17:00, later than the real ~15:00). It reproduces seasonal heating needs, not real weather events:
 * use a weather series (models/weather) whenever one exists.
 */
import type { Timeline } from '../core/timeline';
import { stepStartUtcMs } from '../core/timeline';

export interface SyntheticClimate {
  readonly meanC: number;
  readonly annualAmplitudeK: number;
  readonly dailyAmplitudeK: number;
  /** Day of year of the coldest day. */
  readonly coldestDay: number;
  readonly noiseK: number;
  readonly seed: number;
}

export const ROUEN_CLIMATE: SyntheticClimate = { meanC: 10.9, annualAmplitudeK: 6.9, dailyAmplitudeK: 4, coldestDay: 20, noiseK: 2.5, seed: 1 };

/** Mulberry32: small seeded PRNG (models/ may not use Math.random). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticOutdoorTempC(timeline: Timeline, lonDeg: number, climate: SyntheticClimate = ROUEN_CLIMATE): Float64Array {
  const out = new Float64Array(timeline.length);
  const rand = mulberry32(climate.seed);
  // AR(1) with a 2-day correlation time, so cold spells last days as real ones do.
  const stepH = timeline.stepMinutes / 60;
  const phi = Math.exp(-stepH / 48);
  const innovation = climate.noiseK * Math.sqrt(1 - phi * phi);
  let noise = 0;
  for (let t = 0; t < timeline.length; t++) {
    const ms = stepStartUtcMs(timeline, t) + (timeline.stepMinutes * 60_000) / 2;
    const dayOfYear = (ms - Date.UTC(new Date(ms).getUTCFullYear(), 0, 1)) / 86_400_000;
    const solarHour = (((ms / 3_600_000 + lonDeg / 15) % 24) + 24) % 24;
    // Box–Muller normal deviate from two uniforms.
    const g = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    noise = phi * noise + innovation * g;
    out[t] =
      climate.meanC -
      climate.annualAmplitudeK * Math.cos((2 * Math.PI * (dayOfYear - climate.coldestDay)) / 365.25) -
      climate.dailyAmplitudeK * Math.cos((2 * Math.PI * (solarHour - 5)) / 24) +
      noise;
  }
  return out;
}
