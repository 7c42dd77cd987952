/**
 * PVWatts v5 inverter: part-load efficiency curve and clipping.
 * Source: Dobos 2014, NREL/TP-6A20-62641, §4, eq. (9)–(10):
 *   Pdc0 = Pac0/ηnom, ζ = Pdc/Pdc0,
 *   η = (ηnom/ηref)·(−0.0162·ζ − 0.0059/ζ + 0.9858), ηref = 0.9637,
 *   Pac = min(η·Pdc, Pac0), 0 when Pdc ≤ 0.
 */

export const PVWATTS_ETA_REF = 0.9637;

/** η·Pdc before the AC limit (same unit as the inputs); 0 when there is no DC input. */
export function pvwattsInverterUnclippedAc(pdc: number, pac0: number, etaNominal = 0.96): number {
  if (!(pdc > 0)) return 0;
  const pdc0 = pac0 / etaNominal;
  const zeta = pdc / pdc0;
  const eta = (etaNominal / PVWATTS_ETA_REF) * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
  return Math.max(0, eta * pdc);
}

/** AC output (same unit as the inputs) for DC input `pdc` and an inverter of AC rating `pac0`. */
export function pvwattsInverterAc(pdc: number, pac0: number, etaNominal = 0.96): number {
  return Math.min(pvwattsInverterUnclippedAc(pdc, pac0, etaNominal), pac0);
}
