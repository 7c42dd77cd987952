/**
 * Thermo-sensitive (electric heating) part of a load: power proportional to the heating degree-hours below a
 * base temperature, P_i = g · max(0, T_base − T_i), with the gradient g (kW/°C) set so the part's energy over the
 * timeline equals its share of the annual energy. This is the linear heating-gradient model RTE uses for French
 * demand ("gradient d'hiver", about 2 400 MW/°C at national scale, RTE Bilan électrique) and that Enedis's
 * temperature-corrected profiles apply per customer; the 15 °C default base follows the brief of this engine
 * (RTE's reference threshold for heating demand is of that order).
 */
export function heatingGradientKwPerC(tempC: Float64Array, baseTempC: number, stepHours: number, targetKwh: number): number {
  let degreeHours = 0;
  for (let i = 0; i < tempC.length; i++) {
    const t = tempC[i];
    if (Number.isNaN(t)) throw new RangeError(`tempC[${i}] is not a number`);
    if (t < baseTempC) degreeHours += (baseTempC - t) * stepHours;
  }
  if (targetKwh > 0 && degreeHours === 0) {
    throw new RangeError(`heating: the temperature series never falls below ${baseTempC} °C, so the heating share cannot be placed`);
  }
  return degreeHours > 0 ? targetKwh / degreeHours : 0;
}

/** Adds the heating power to `outKw` in place; returns the gradient used (kW/°C). */
export function addHeatingKw(outKw: Float64Array, tempC: Float64Array, baseTempC: number, stepHours: number, targetKwh: number): number {
  const g = heatingGradientKwPerC(tempC, baseTempC, stepHours, targetKwh);
  for (let i = 0; i < outKw.length; i++) {
    const t = tempC[i];
    if (t < baseTempC) outKw[i] += g * (baseTempC - t);
  }
  return g;
}
