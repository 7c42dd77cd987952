/**
 * One battery pack seen from the DC bus of the container: usable energy window, power limits,
 * one-way efficiencies and self-discharge.
 *
 * Efficiency: the round-trip efficiency η_rt is split evenly, η_charge = η_discharge = √η_rt, the usual
 * convention when only the round trip is measured (e.g. NREL SAM battery model, and the LP formulations
 * of storage dispatch). Charging P kW for dt h stores P·dt·η_charge; delivering P kW draws P·dt/η_discharge.
 * Self-discharge: a monthly percentage of the stored energy, applied per hour as pct/100/730 (730 h per
 * month), i.e. the linearised exponential decay, applied to the energy above the SoC floor (the BMS
 * reserve is not counted as stored energy available to leak). Being linear in the stored energy, it is
 * exactly representable in the optimal-dispatch LP.
 * Capacity: nominal · SoH. Ageing (packAgeing.ts) is tracked alongside but does not change the capacity
 * inside one simulated year, so the optimal dispatch LP and the rule-based stepping see the same plant.
 */
import type { AgeingParams } from './ageingParams';
import { PackAgeing } from './packAgeing';

export interface BatteryPackSpec {
  readonly nominalKwh: number;
  readonly stateOfHealth: number;
  readonly maxChargeKw: number;
  readonly maxDischargeKw: number;
  readonly roundTripEfficiency: number;
  readonly socMin: number;
  readonly socMax: number;
  readonly initialSoc: number;
  readonly selfDischargePctPerMonth: number;
}

const HOURS_PER_MONTH = 730;

export class BatteryPack {
  readonly capacityKwh: number;
  readonly minKwh: number;
  readonly maxKwh: number;
  readonly maxChargeKw: number;
  readonly maxDischargeKw: number;
  readonly etaCharge: number;
  readonly etaDischarge: number;
  readonly selfDischargePerHour: number;
  readonly ageing: PackAgeing;
  /** Energy at the start of the run; the container keeps the running value in its typed arrays. */
  readonly energyKwh: number;

  constructor(spec: BatteryPackSpec, ageing: AgeingParams) {
    this.capacityKwh = spec.nominalKwh * spec.stateOfHealth;
    this.minKwh = this.capacityKwh * spec.socMin;
    this.maxKwh = this.capacityKwh * spec.socMax;
    this.maxChargeKw = spec.maxChargeKw;
    this.maxDischargeKw = spec.maxDischargeKw;
    this.etaCharge = Math.sqrt(spec.roundTripEfficiency);
    this.etaDischarge = this.etaCharge;
    this.selfDischargePerHour = spec.selfDischargePctPerMonth / 100 / HOURS_PER_MONTH;
    this.energyKwh = Math.min(this.maxKwh, Math.max(this.minKwh, this.capacityKwh * spec.initialSoc));
    this.ageing = new PackAgeing(ageing, spec.stateOfHealth);
  }

  /** Initial state of charge (the container steps the energy from here on, see container.ts). */
  get soc(): number {
    return this.capacityKwh > 0 ? this.energyKwh / this.capacityKwh : 0;
  }
}
