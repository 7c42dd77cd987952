/**
 * A storage container of packs of different health behind one converter. Power is shared between packs
 * in proportion to each pack's headroom for the step, so every pack reaches its limit at the same time
 * and the container's limits are the sums of the packs' limits: the container behaves like one
 * aggregate battery (which is what the optimal-dispatch LP models) as long as the packs share
 * efficiency and SoC window.
 * Per-step results are left in fields (no allocation): lossKwh (conversion), selfDischargeKwh.
 */
import { BatteryPack, type BatteryPackSpec } from './batteryPack';
import type { AgeingParams } from './ageingParams';

export class StorageContainer {
  readonly packs: BatteryPack[];
  /** Conversion losses of the last charge/discharge call (kWh). */
  lossKwh = 0;
  /** Self-discharge of the last selfDischarge call (kWh). */
  selfDischargeKwh = 0;

  constructor(packs: readonly { spec: BatteryPackSpec; ageing: AgeingParams }[]) {
    this.packs = packs.map((p) => new BatteryPack(p.spec, p.ageing));
  }

  get capacityKwh(): number {
    let s = 0;
    for (const p of this.packs) s += p.capacityKwh;
    return s;
  }

  get energyKwh(): number {
    let s = 0;
    for (const p of this.packs) s += p.energyKwh;
    return s;
  }

  get minKwh(): number {
    let s = 0;
    for (const p of this.packs) s += p.minKwh;
    return s;
  }

  get maxKwh(): number {
    let s = 0;
    for (const p of this.packs) s += p.maxKwh;
    return s;
  }

  get soc(): number {
    const c = this.capacityKwh;
    return c > 0 ? this.energyKwh / c : 0;
  }

  selfDischarge(dtH: number): number {
    let s = 0;
    for (const p of this.packs) s += p.selfDischarge(dtH);
    this.selfDischargeKwh = s;
    return s;
  }

  chargeHeadroomKw(dtH: number): number {
    let s = 0;
    for (const p of this.packs) s += p.chargeHeadroomKw(dtH);
    return s;
  }

  dischargeHeadroomKw(dtH: number): number {
    let s = 0;
    for (const p of this.packs) s += p.dischargeHeadroomKw(dtH);
    return s;
  }

  /** Charges up to `kw` (bus side) for dt hours; returns the accepted power. */
  charge(kw: number, dtH: number): number {
    this.lossKwh = 0;
    if (!(kw > 0)) return 0;
    const head = this.chargeHeadroomKw(dtH);
    if (head <= 0) return 0;
    const accepted = Math.min(kw, head);
    const share = accepted / head;
    let loss = 0;
    for (const p of this.packs) {
      const pkw = p.chargeHeadroomKw(dtH) * share;
      const stored = pkw * dtH * p.etaCharge;
      p.energyKwh = Math.min(p.maxKwh, p.energyKwh + stored);
      loss += pkw * dtH - stored;
    }
    this.lossKwh = loss;
    return accepted;
  }

  /** Discharges up to `kw` (bus side) for dt hours; returns the delivered power. */
  discharge(kw: number, dtH: number): number {
    this.lossKwh = 0;
    if (!(kw > 0)) return 0;
    const head = this.dischargeHeadroomKw(dtH);
    if (head <= 0) return 0;
    const delivered = Math.min(kw, head);
    const share = delivered / head;
    let loss = 0;
    for (const p of this.packs) {
      const pkw = p.dischargeHeadroomKw(dtH) * share;
      const drawn = (pkw * dtH) / p.etaDischarge;
      p.energyKwh = Math.max(p.minKwh, p.energyKwh - drawn);
      loss += drawn - pkw * dtH;
    }
    this.lossKwh = loss;
    return delivered;
  }

  /** Feeds the ageing models with this step's SoC and temperature. */
  sampleAgeing(tempC: number): void {
    for (const p of this.packs) p.ageing.sample(p.soc, tempC);
  }

  advanceAgeing(days: number): void {
    for (const p of this.packs) p.ageing.advanceCalendar(days);
  }
}
