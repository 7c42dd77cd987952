/**
 * Default energy prices: French regulated sales tariffs for electricity (TRVE, "tarif Bleu", residential),
 * kWh part only, all taxes included (TTC), in force from 1 August 2025 (CRE proposal of July 2025 after the
 * TURPE 7 network-tariff update; grid as published by EDF and reported e.g. by MoneyVox, "le prix du kWh au tarif
 * réglementé de vente depuis le 1er août 2025"). They change at each CRE movement (February and August):
 * UPDATE THEM when a new grid is published, and prefer the client's actual contract.
 * Subscriptions are not given defaults here (they depend on the kVA and the option): enter them per project.
 */
export const TRVE_2025_08 = {
  source: 'TRVE (tarif Bleu) TTC from 2025-08-01, CRE proposal of July 2025',
  baseEurPerKwh: 0.1952,
  hphc: { hpEurPerKwh: 0.2081, hcEurPerKwh: 0.1635 },
  tempo: {
    blue: { hpEurPerKwh: 0.1494, hcEurPerKwh: 0.1232 },
    white: { hpEurPerKwh: 0.173, hcEurPerKwh: 0.1391 },
    red: { hpEurPerKwh: 0.6468, hcEurPerKwh: 0.146 },
  },
} as const;
