/**
 * The prepared input of the dispatch core and its result. Everything is plain data and typed arrays so
 * it crosses a worker boundary by structured clone / transfer. Assembly from a scenario document is in
 * assemble.ts; this core does not know where the series come from.
 */
import type { Timeline } from '../core/timeline';
import type { AgeingParams } from '../storage/ageingParams';
import type { BatteryPackSpec } from '../storage/batteryPack';
import type { PlugSession, VehicleSpec } from '../ev/sessions';
import type { ChargingPolicy } from '../ev/chargingScheduler';

export interface PreparedSeries {
  readonly pvKw: Float64Array;
  /** Site loads (kW), including the sheddable classes. */
  readonly loadKw: Float64Array;
  readonly importPriceEurPerKwh: Float64Array;
  readonly exportPriceEurPerKwh: Float64Array;
  readonly co2KgPerKwh: Float64Array;
  /** 1 during off-peak (heures creuses) steps. */
  readonly offPeak: Uint8Array;
  /** Ambient temperature (°C) for battery ageing; 25 °C when absent. */
  readonly tempC?: Float64Array;
  /** Sheddable part of the load per priority class, class 0 shed first. */
  readonly sheddableKw: readonly Float64Array[];
  /**
   * Optional event rules per class (null = shed freely), applied with the loads module's
   * SheddableLoadState: longest event, pause between events, rebound of part of the shed energy.
   */
  readonly sheddableRules?: readonly (SheddableRule | null)[];
}

export interface SheddableRule {
  readonly name: string;
  readonly maxDurationMinutes: number;
  readonly minGapMinutes: number;
  readonly reboundFraction: number;
  readonly reboundDelayMinutes: number;
}

export type StrategySpec =
  | { readonly kind: 'self-consumption' }
  | { readonly kind: 'offpeak-charging'; readonly targetSoc: number }
  | { readonly kind: 'peak-shaving'; readonly capKw: number }
  | { readonly kind: 'islanded-shedding'; readonly reserveSoc: number }
  | { readonly kind: 'optimal'; readonly horizonHours: number };

export interface PackInput {
  readonly spec: BatteryPackSpec;
  readonly ageing: AgeingParams;
}

export interface SimulationInput {
  readonly timeline: Timeline;
  /** Calendar year of the first step, for the projected end-of-life year. */
  readonly startYear: number;
  readonly series: PreparedSeries;
  readonly storage: {
    readonly packs: readonly PackInput[];
    readonly endOfLifeSoh: number;
    /** Cell temperature above ambient (°C) in the container. */
    readonly tempOffsetC: number;
  };
  readonly vehicles: readonly VehicleSpec[];
  readonly sessions: readonly PlugSession[];
  readonly chargingPolicy: ChargingPolicy;
  readonly grid: {
    readonly islanded: boolean;
    /** Infinity when unlimited. */
    readonly importLimitKw: number;
    readonly exportLimitKw: number;
    readonly unservedPenaltyEurPerKwh: number;
    /** One per sheddable class, increasing with priority. */
    readonly shedPenaltyEurPerKwh: readonly number[];
  };
  readonly strategy: StrategySpec;
}

export interface SimulationSeries {
  readonly pvKw: Float64Array;
  readonly loadKw: Float64Array;
  readonly loadServedKw: Float64Array;
  readonly shedKw: Float64Array;
  /** Consumption added back by the rebound of shed loads (kW). */
  readonly reboundKw: Float64Array;
  readonly storageChargeKw: Float64Array;
  readonly storageDischargeKw: Float64Array;
  readonly storageSoc: Float64Array;
  readonly evChargeKw: Float64Array;
  readonly v2gKw: Float64Array;
  readonly gridImportKw: Float64Array;
  readonly gridExportKw: Float64Array;
  readonly curtailedKw: Float64Array;
  readonly unservedKw: Float64Array;
  /** Storage conversion losses + self-discharge (kW averaged over the step). */
  readonly storageLossKw: Float64Array;
  /** Conversion losses of the V2G-operated vehicles (charging and discharging), kW. */
  readonly evLossKw: Float64Array;
}

export interface SimulationKpis {
  readonly pvKwh: number;
  readonly loadKwh: number;
  /** EV charging actually supplied (kWh). */
  readonly evChargeKwh: number;
  readonly v2gKwh: number;
  readonly importKwh: number;
  readonly exportKwh: number;
  readonly curtailedKwh: number;
  readonly unservedKwh: number;
  readonly shedKwh: number;
  readonly shedEvents: number;
  /** Energy consumed again after shedding events (rebound), included in the served load. */
  readonly reboundKwh: number;
  /** EV charging that could not be supplied (islanded or capped deficits); part of unservedKwh. */
  readonly evUnservedKwh: number;
  readonly peakImportKw: number;
  /** Share of the PV production used on site (not exported, not curtailed). */
  readonly selfConsumptionRate: number;
  /** Share of the site consumption (loads served + EV charging) not imported. */
  readonly selfSufficiency: number;
  readonly storageThroughputKwh: number;
  readonly storageLossesKwh: number;
  readonly equivalentFullCycles: number;
  readonly storageSohStart: number;
  readonly storageSohEnd: number;
  readonly lowestPackSohEnd: number;
  /** Calendar year when the capacity-weighted SoH reaches the end-of-life threshold (Infinity if never within 60 years). */
  readonly projectedEndOfLifeYear: number;
  readonly firstPackEndOfLifeYear: number;
  readonly departures: number;
  readonly departuresAtRequestedSoc: number;
  readonly departuresAtRequestedSocShare: number;
  readonly energyCostEur: number;
  /** Same loads and EV charging, all imported, no PV or storage. */
  readonly baselineEnergyCostEur: number;
  /** Energy cost + penalties of unserved and shed energy: what the optimal dispatch minimises. */
  readonly operatingCostEur: number;
  readonly co2Kg: number;
  readonly baselineCo2Kg: number;
}

export interface SimulationResult {
  readonly timeline: Timeline;
  readonly series: SimulationSeries;
  readonly groups: readonly string[];
  readonly evChargeKwByGroup: readonly Float64Array[];
  readonly v2gKwByGroup: readonly Float64Array[];
  readonly kpis: SimulationKpis;
  readonly packs: readonly PackResult[];
  readonly departures: DepartureRecords;
  readonly timings: { readonly prepareMs: number; readonly loopMs: number };
}

export interface SimulateOptions {
  readonly onProgress?: (fraction: number) => void;
  /** Checked every few thousand steps; an AbortSignal fits. */
  readonly signal?: { readonly aborted: boolean };
  /** KPIs only (sizing sweeps): the per-step series are not kept (their arrays have length 0). */
  readonly kpisOnly?: boolean;
}

export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}

/** One pack at the end of the run, with what its end-of-life projection extrapolates. */
export interface PackResult {
  readonly initialSoh: number;
  readonly finalSoh: number;
  readonly endOfLifeYear: number;
  /** Nameplate capacity (kWh) for capacity-weighted container figures. */
  readonly capacityWeight: number;
  readonly ageing: ObservedAgeing;
}

/** What the run observed of a pack's ageing (models/storage/packAgeing.ts projectedLossAt). */
export interface ObservedAgeing {
  readonly initialSoh: number;
  readonly qLossCalendar: number;
  readonly qLossCycle: number;
  readonly days: number;
  readonly timeExponent: number;
}

/** Every vehicle departure inside the run, in session order. */
export interface DepartureRecords {
  readonly vehicleId: readonly string[];
  readonly departureStep: Int32Array;
  /** Energy the session asked for (target − arrival), kWh. */
  readonly requestedKwh: Float64Array;
  /** Energy it left with above its arrival energy, kWh (V2G may have drawn and refilled in between). */
  readonly deliveredKwh: Float64Array;
}
