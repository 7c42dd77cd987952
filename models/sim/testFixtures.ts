/** Small hand-made inputs shared by the simulation tests (not used by the app). */
import type { Timeline } from '../core/timeline';
import { SAM_NMC_AGEING } from '../storage/ageingParams';
import type { BatteryPackSpec } from '../storage/batteryPack';
import type { PlugSession, VehicleSpec } from '../ev/sessions';
import type { ChargingPolicy } from '../ev/chargingScheduler';
import type { SimulationInput, StrategySpec } from './types';

export interface FixtureOptions {
  readonly stepMinutes?: number;
  readonly pvKw: number[];
  readonly loadKw: number[];
  readonly importPrice?: number[];
  readonly exportPrice?: number[];
  readonly offPeak?: number[];
  readonly sheddableKw?: number[][];
  readonly packs?: Partial<BatteryPackSpec>[];
  readonly vehicles?: VehicleSpec[];
  readonly sessions?: PlugSession[];
  readonly chargingPolicy?: ChargingPolicy;
  readonly islanded?: boolean;
  readonly importLimitKw?: number;
  readonly exportLimitKw?: number;
  readonly strategy: StrategySpec;
}

export const defaultPack: BatteryPackSpec = {
  nominalKwh: 20,
  stateOfHealth: 0.8,
  maxChargeKw: 10,
  maxDischargeKw: 10,
  roundTripEfficiency: 0.9,
  socMin: 0.1,
  socMax: 0.95,
  initialSoc: 0.5,
  selfDischargePctPerMonth: 2,
};

export function fixture(o: FixtureOptions): SimulationInput {
  const n = o.pvKw.length;
  const timeline: Timeline = { startUtcMs: Date.UTC(2025, 5, 2), stepMinutes: o.stepMinutes ?? 60, length: n };
  const arr = (a: number[] | undefined, v: number) => Float64Array.from({ length: n }, (_, i) => a?.[i] ?? v);
  return {
    timeline,
    startYear: 2025,
    series: {
      pvKw: arr(o.pvKw, 0),
      loadKw: arr(o.loadKw, 0),
      importPriceEurPerKwh: arr(o.importPrice, 0.2),
      exportPriceEurPerKwh: arr(o.exportPrice, 0.05),
      co2KgPerKwh: arr(undefined, 0.05),
      offPeak: Uint8Array.from(arr(o.offPeak, 0)),
      sheddableKw: (o.sheddableKw ?? []).map((c) => arr(c, 0)),
    },
    storage: {
      packs: (o.packs ?? [{}]).map((p) => ({ spec: { ...defaultPack, ...p }, ageing: SAM_NMC_AGEING })),
      endOfLifeSoh: 0.6,
      tempOffsetC: 0,
    },
    vehicles: o.vehicles ?? [],
    sessions: o.sessions ?? [],
    chargingPolicy: o.chargingPolicy ?? 'smart-llf',
    grid: {
      islanded: o.islanded ?? false,
      importLimitKw: o.importLimitKw ?? Number.POSITIVE_INFINITY,
      exportLimitKw: o.exportLimitKw ?? Number.POSITIVE_INFINITY,
      unservedPenaltyEurPerKwh: 10,
      shedPenaltyEurPerKwh: (o.sheddableKw ?? []).map((_, c) => 1 + c),
    },
    strategy: o.strategy,
  };
}
