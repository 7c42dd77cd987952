/**
 * Cooling need (annex 1 of the arrêté of 8 October 2021, §10.1-10.2): per month,
 *   Rbth_j = (Ai_fr_j + As_fr_j) / (GV·(Tint − Text_moy_clim_j)·Nref_j),
 *   Bfr_j = 0 when Rbth_j < 1/2, else (Ai_fr_j + As_fr_j)/1000 − fut_j·GV/1000·(Tint − Text_j)·Nref_j,
 *   fut_j = (1 − Rbth^−a)/(1 − Rbth^−a−1) (a/(a+1) at Rbth = 1), a = 1 + τ/15, τ = Cin/(3600·GV),
 *   Cin = 110 000 / 165 000 / 260 000 J/K per m² for light / medium / heavy inertia;
 * Tint = 28 °C (conventional, Nref28, E_fr28, Text_moy28) or 26 °C (dépensier).
 * The ratio is written with the losses GV·(Tint − Text) so that it reads gains over losses.
 */
import type { MonthlyClimate } from './tables';
import type { InertiaClass } from '../types';

export function coolingNeedKwh(
  input: { gvWK: number; surfaceM2: number; nadeq: number; inertia: InertiaClass; sseMonthlyM2: readonly number[]; climate: MonthlyClimate },
  variant: 'conventionnel' | 'depensier',
): number {
  const conv = variant === 'conventionnel';
  const tint = conv ? 28 : 26;
  const nref = input.climate[conv ? 'nref28' : 'nref26'];
  const efr = input.climate[conv ? 'efr28' : 'efr26'];
  const text = input.climate[conv ? 'textmoy28' : 'textmoy26'];
  const cinPerM2 = input.inertia === 'legere' ? 110_000 : input.inertia === 'moyenne' ? 165_000 : 260_000;
  const tau = (cinPerM2 * input.surfaceM2) / (3600 * input.gvWK);
  const a = 1 + tau / 15;
  const internalW = (3.18 + 0.34) * input.surfaceM2 + 90 * (132 / 168) * input.nadeq;
  let total = 0;
  for (let m = 0; m < 12; m++) {
    if (!(nref[m] > 0)) continue;
    const gainsWh = internalW * nref[m] + 1000 * input.sseMonthlyM2[m] * efr[m];
    const lossesWh = input.gvWK * (tint - text[m]) * nref[m];
    if (lossesWh <= 0) {
      total += (gainsWh - lossesWh) / 1000;
      continue;
    }
    const rbth = gainsWh / lossesWh;
    if (rbth < 0.5) continue;
    const fut = Math.abs(rbth - 1) < 1e-9 ? a / (a + 1) : (1 - Math.pow(rbth, -a)) / (1 - Math.pow(rbth, -a - 1));
    total += Math.max(0, (gainsWh - fut * lossesWh) / 1000);
  }
  return total;
}
