/**
 * Public lighting: lamps on while the sun is below a switching elevation (twilight switch or astronomical clock;
 * apparent sunset/sunrise is −0.833°, Meeus ch. 15), with optional night dimming or switch-off between two local
 * times, a common practice of French communes (extinction en cœur de nuit, encouraged by the arrêté of
 * 27 December 2018 on light nuisance). French public lighting is usually quoted at about 4 100 h a year
 * (AFE/ADEME order of magnitude); the default −0.833° on the NREL SPA apparent elevation gives 4 271 h in Paris
 * in 2026 (measured with models/solar), a −1.5° to −2° switch point brings it down towards 4 100 h.
 * Elevation samples are taken at the start of each step; the lit fraction of a step is found by linear
 * interpolation to the next sample, so an hourly timeline still switches at the right minute.
 */
import type { LocalCalendar } from '../../calendar/localCalendar';
import { offPeakMinuteMask } from '../../tariffs/offPeakHours';

export function publicLightingFractionOn(sunElevationDeg: Float64Array, switchElevationDeg: number): Float64Array {
  const n = sunElevationDeg.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = sunElevationDeg[i] - switchElevationDeg;
    if (Number.isNaN(a)) throw new RangeError(`sunElevationDeg[${i}] is not a number`);
    const b = i + 1 < n ? sunElevationDeg[i + 1] - switchElevationDeg : a;
    if (a < 0 && b < 0) out[i] = 1;
    else if (a >= 0 && b >= 0) out[i] = 0;
    else {
      const cross = a / (a - b); // fraction of the step before the elevation crosses the threshold
      out[i] = a < 0 ? cross : 1 - cross;
    }
  }
  return out;
}

/** Relative lamp power per step (0–1): lit fraction × dimming factor during the night cut. */
export function publicLightingShape(
  sunElevationDeg: Float64Array,
  calendar: LocalCalendar,
  switchElevationDeg: number,
  nightCut?: { range: string; remainingFraction: number },
): Float64Array {
  const shape = publicLightingFractionOn(sunElevationDeg, switchElevationDeg);
  if (nightCut) {
    const mask = offPeakMinuteMask([nightCut.range]);
    for (let i = 0; i < shape.length; i++) if (mask[calendar.localMinuteOfDay[i]]) shape[i] *= nightCut.remainingFraction;
  }
  return shape;
}
