/**
 * Units of load-curve values. Enedis curves give the average active power over the step (W, sometimes kW);
 * some exports give the energy of the step (Wh, kWh), turned here into the equivalent average power
 * (W = Wh · 60 / step minutes) so every importer hands the same quantity on.
 */
export interface ValueUnit {
  /** Multiplier to W (power) or Wh (energy). */
  readonly scale: number;
  readonly isEnergy: boolean;
}

export function parseValueUnit(text: string): ValueUnit | undefined {
  switch (text.trim()) {
    case '':
    case 'W':
      return { scale: 1, isEnergy: false };
    case 'kW':
      return { scale: 1000, isEnergy: false };
    case 'Wh':
      return { scale: 1, isEnergy: true };
    case 'kWh':
      return { scale: 1000, isEnergy: true };
    default:
      return undefined;
  }
}

/** Average power in W of a value in the given unit over a step. */
export function toAverageW(value: number, unit: ValueUnit, stepMinutes: number): number {
  return unit.isEnergy ? (value * unit.scale * 60) / stepMinutes : value * unit.scale;
}
