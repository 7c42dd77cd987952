/**
 * Electric storage water heaters switched by the off-peak (HC) signal, the standard French set-up (contactor
 * jour/nuit driven by the meter's off-peak signal).
 * Model: hot water is drawn uniformly through the day at the month's daily need; the tank's heat deficit is
 * restored at rated power whenever the HC signal is on. The initial deficit is set to the steady-state deficit
 * (one pass to find it) so that the energy delivered over the timeline equals the need.
 * Daily need ∝ (40 °C − Tefs of the month) as in the 3CL method (arrêté du 31 mars 2021, annex 1 §11.1), with the
 * monthly cold-water temperatures of the site's climate zone (coldWaterTemperature.ts). Standing losses of the tank
 * (3CL §11.6.2) are not modelled separately: they are part of the annual energy given.
 */
import type { LocalCalendar } from '../../calendar/localCalendar';
import { offPeakFractionSteps, offPeakHoursPerDay } from '../../tariffs/offPeakHours';
import { type ClimateZone, dailyHotWaterNeedFactor } from './coldWaterTemperature';

export function waterHeaterKw(
  calendar: LocalCalendar,
  targetKwh: number,
  offPeakRanges: readonly string[],
  ratedKw: number | undefined,
  climateZone: ClimateZone,
  altitudeM: number,
): { kw: Float64Array; ratedKw: number } {
  const tl = calendar.timeline;
  const n = tl.length;
  const stepH = tl.stepMinutes / 60;
  const hc = offPeakFractionSteps(offPeakRanges, calendar); // a step half in HC allows half the energy
  const draw = new Float64Array(n); // kWh drawn per step, before scaling
  let total = 0;
  for (let i = 0; i < n; i++) {
    draw[i] = dailyHotWaterNeedFactor(climateZone, calendar.localMonth[i], altitudeM) * stepH;
    total += draw[i];
  }
  const scale = targetKwh / total;
  let peakDailyKwh = 0;
  for (let m = 0; m < 12; m++) peakDailyKwh = Math.max(peakDailyKwh, dailyHotWaterNeedFactor(climateZone, m, altitudeM) * 24 * scale);
  const hcHours = offPeakHoursPerDay(offPeakRanges);
  const power = ratedKw ?? peakDailyKwh / (0.75 * hcHours);
  if (power * hcHours < peakDailyKwh * (1 - 1e-9)) {
    throw new RangeError(`ratedKw ${power} kW cannot deliver ${peakDailyKwh.toFixed(2)} kWh a day in ${hcHours} off-peak hours`);
  }
  const kw = new Float64Array(n);
  const run = (initialDeficitKwh: number): number => {
    let deficit = initialDeficitKwh;
    for (let i = 0; i < n; i++) {
      deficit += draw[i] * scale;
      if (hc[i] > 0) {
        const e = Math.min(deficit, power * stepH * hc[i]);
        kw[i] = e / stepH;
        deficit -= e;
      } else kw[i] = 0;
    }
    return deficit;
  };
  const finalDeficit = run(0);
  run(finalDeficit);
  return { kw, ratedKw: power };
}
