/**
 * Cell temperature, Sandia Array Performance Model thermal model.
 * Source: D. L. King, W. E. Boyson, J. A. Kratochvil, "Photovoltaic Array Performance Model",
 * SAND2004-3535, 2004, eq. (11) module back temperature Tm = E·exp(a + b·WS) + Ta and eq. (12)
 * cell temperature Tc = Tm + (E/1000)·ΔT; parameters from Table 1 (WS = wind at 10 m, m/s):
 *   open rack, glass/polymer back:      a −3.56, b −0.075,  ΔT 3
 *   close roof mount, glass/glass:      a −2.98, b −0.0471, ΔT 1
 *   insulated back (building-integr.):  a −2.81, b −0.0455, ΔT 0
 */

export interface SapmThermalParams {
  readonly a: number;
  readonly b: number;
  readonly deltaTC: number;
}

export const SAPM_PARAMS: Readonly<Record<'open-rack' | 'roof-mounted' | 'building-integrated', SapmThermalParams>> = {
  'open-rack': { a: -3.56, b: -0.075, deltaTC: 3 },
  'roof-mounted': { a: -2.98, b: -0.0471, deltaTC: 1 },
  'building-integrated': { a: -2.81, b: -0.0455, deltaTC: 0 },
};

export function sapmCellTemperatureC(poaWm2: number, airTempC: number, windMs: number, p: SapmThermalParams): number {
  const module = poaWm2 * Math.exp(p.a + p.b * windMs) + airTempC;
  return module + (poaWm2 / 1000) * p.deltaTC;
}
