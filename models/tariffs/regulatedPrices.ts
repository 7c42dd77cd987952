/**
 * Default energy prices: French regulated sales tariffs for electricity (TRVE, EDF "tarif Bleu", residential),
 * kWh part only, all taxes included (TTC). They change at each CRE movement (1 February and 1 August): UPDATE THEM
 * when a new grid is published, and prefer the client's actual contract.
 * - From 1 February 2026 (CRE deliberation of January 2026, average −0.83 % TTC for Base and HP/HC, Tempo
 *   raised): Base 0.1940 EUR/kWh up to 6 kVA and 0.1927 from 9 to 36 kVA (the Base option is now split by
 *   power); HP 0.2065, HC 0.1579; Tempo blue 0.1612/0.1325, white 0.1871/0.1499, red 0.7060/0.1575 (HP/HC).
 *   Grid as published by EDF and reported by Révolution Énergétique, "les nouveaux prix de l'électricité au
 *   1er février 2026".
 * - From 1 August 2025 (kept for studies of 2025): Base 0.1952; HP 0.2081, HC 0.1635; Tempo blue 0.1494/0.1232,
 *   white 0.1730/0.1391, red 0.6468/0.1460 (MoneyVox, "le prix du kWh au tarif réglementé depuis le 1er août 2025").
 * Subscriptions are not given defaults here (they depend on the kVA and the option): enter them per project.
 */
export interface RegulatedGrid {
  readonly source: string;
  readonly baseEurPerKwh: number;
  /** Base price from 9 kVA when the grid distinguishes it. */
  readonly baseFrom9KvaEurPerKwh: number;
  readonly hphc: { readonly hpEurPerKwh: number; readonly hcEurPerKwh: number };
  readonly tempo: {
    readonly blue: { readonly hpEurPerKwh: number; readonly hcEurPerKwh: number };
    readonly white: { readonly hpEurPerKwh: number; readonly hcEurPerKwh: number };
    readonly red: { readonly hpEurPerKwh: number; readonly hcEurPerKwh: number };
  };
}

export const TRVE_2026_02: RegulatedGrid = {
  source: 'TRVE (tarif Bleu) TTC from 2026-02-01',
  baseEurPerKwh: 0.194,
  baseFrom9KvaEurPerKwh: 0.1927,
  hphc: { hpEurPerKwh: 0.2065, hcEurPerKwh: 0.1579 },
  tempo: {
    blue: { hpEurPerKwh: 0.1612, hcEurPerKwh: 0.1325 },
    white: { hpEurPerKwh: 0.1871, hcEurPerKwh: 0.1499 },
    red: { hpEurPerKwh: 0.706, hcEurPerKwh: 0.1575 },
  },
};

export const TRVE_2025_08: RegulatedGrid = {
  source: 'TRVE (tarif Bleu) TTC from 2025-08-01',
  baseEurPerKwh: 0.1952,
  baseFrom9KvaEurPerKwh: 0.1952,
  hphc: { hpEurPerKwh: 0.2081, hcEurPerKwh: 0.1635 },
  tempo: {
    blue: { hpEurPerKwh: 0.1494, hcEurPerKwh: 0.1232 },
    white: { hpEurPerKwh: 0.173, hcEurPerKwh: 0.1391 },
    red: { hpEurPerKwh: 0.6468, hcEurPerKwh: 0.146 },
  },
};

/** The grid used for defaults. */
export const TRVE_DEFAULT = TRVE_2026_02;
