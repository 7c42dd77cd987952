/**
 * A storage container of packs of different health behind one converter. Power is shared between packs
 * in proportion to each pack's headroom for the step, so every pack reaches its limit at the same time
 * and the container's limits are the sums of the packs' limits: the container behaves like one
 * aggregate battery (which is what the optimal-dispatch LP models) as long as the packs share
 * efficiency and SoC window. Pack physics: batteryPack.ts.
 *
 * Hot path: the packs' state lives in typed arrays (struct of arrays); `beginStep` applies self-discharge
 * and computes both headrooms in one pass, `charge`/`discharge` apply the power in a second pass.
 * Per-step results are left in fields (no allocation).
 *
 * Fused stepping (what simulate.ts uses): `requestCharge`/`requestDischarge` only decide the accepted
 * power (it depends on the headroom totals alone), and `finishStep` then makes ONE pass over the packs
 * that applies that power, samples the ageing stressors and starts the next step (self-discharge and
 * headrooms). Each pack goes through exactly the same operations in the same order as with
 * charge/discharge + sampleAgeing + beginStep, and the totals are summed in the same pack order, so both
 * paths give bit-identical results (container.test.ts checks it).
 */
import { BatteryPack, type BatteryPackSpec } from './batteryPack';
import type { AgeingParams } from './ageingParams';
import { MIN_COUNTED_DOD, type PackAgeing } from './packAgeing';

export class StorageContainer {
  readonly packs: BatteryPack[];
  readonly count: number;
  readonly capacityKwh: number;
  readonly minKwh: number;
  readonly maxKwh: number;
  private readonly energy: Float64Array;
  private readonly cap: Float64Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly maxCh: Float64Array;
  private readonly maxDis: Float64Array;
  private readonly etaC: Float64Array;
  private readonly etaD: Float64Array;
  private readonly sdPerHour: Float64Array;
  private readonly headCh: Float64Array;
  private readonly headDis: Float64Array;
  private readonly ageing: PackAgeing[];
  private readonly sdStep: Float64Array;
  private readonly invEtaCdt: Float64Array;
  private readonly etaDoverDt: Float64Array;
  private readonly invCap: Float64Array;
  private cachedDtH = Number.NaN;
  /** Ageing stressors accumulated since the last calendar update: SoC sums per pack, one temperature sum. */
  private readonly sumSoc: Float64Array;
  private readonly lastCountedSoc: Float64Array;
  /**
   * Lazy feeding of the rainflow counters (finishStep only): the counter's last value and direction as
   * they are once the deferred value is pushed, and whether a value is deferred. A value that continues the
   * current excursion only moves the provisional end point of the counter's stack (see rainflow.ts), so
   * only the latest of such a run matters: it is pushed when the direction changes or on flushAgeing().
   */
  private readonly rfLast: Float64Array;
  private readonly rfDir: Int8Array;
  private readonly rfDeferred: Uint8Array;
  private sumTempC = 0;
  private ageingSamples = 0;
  /** Totals of the current step, set by beginStep. */
  chargeHeadroomKw = 0;
  dischargeHeadroomKw = 0;
  energyKwh = 0;
  /** Conversion losses of the last charge/discharge call (kWh). */
  lossKwh = 0;
  /** Self-discharge of the last beginStep (kWh). */
  selfDischargeKwh = 0;
  /** Stored energy at the end of the last finished step, before the next step's self-discharge (kWh). */
  stepEndEnergyKwh = 0;
  /** Power decided by requestCharge/requestDischarge, applied by finishStep: share of each pack's headroom. */
  private pendingMode = 0;
  private pendingShare = 0;

  constructor(packs: readonly { spec: BatteryPackSpec; ageing: AgeingParams }[]) {
    this.packs = packs.map((p) => new BatteryPack(p.spec, p.ageing));
    const n = this.packs.length;
    this.count = n;
    const f = (get: (p: BatteryPack) => number) => Float64Array.from(this.packs, get);
    this.energy = f((p) => p.energyKwh);
    this.cap = f((p) => p.capacityKwh);
    this.min = f((p) => p.minKwh);
    this.max = f((p) => p.maxKwh);
    this.maxCh = f((p) => p.maxChargeKw);
    this.maxDis = f((p) => p.maxDischargeKw);
    this.etaC = f((p) => p.etaCharge);
    this.etaD = f((p) => p.etaDischarge);
    this.sdPerHour = f((p) => p.selfDischargePerHour);
    this.headCh = new Float64Array(n);
    this.headDis = new Float64Array(n);
    this.ageing = this.packs.map((p) => p.ageing);
    this.sdStep = new Float64Array(n);
    this.invEtaCdt = new Float64Array(n);
    this.etaDoverDt = new Float64Array(n);
    this.invCap = Float64Array.from(this.cap, (c) => (c > 0 ? 1 / c : 0));
    this.sumSoc = new Float64Array(n);
    this.lastCountedSoc = new Float64Array(n).fill(Number.NaN);
    this.rfLast = new Float64Array(n).fill(Number.NaN);
    this.rfDir = new Int8Array(n);
    this.rfDeferred = new Uint8Array(n);
    this.capacityKwh = this.cap.reduce((a, b) => a + b, 0);
    this.minKwh = this.min.reduce((a, b) => a + b, 0);
    this.maxKwh = this.max.reduce((a, b) => a + b, 0);
    this.energyKwh = this.energy.reduce((a, b) => a + b, 0);
    this.stepEndEnergyKwh = this.energyKwh;
  }

  get soc(): number {
    return this.capacityKwh > 0 ? this.energyKwh / this.capacityKwh : 0;
  }

  /** Energy of pack k (kWh). */
  packEnergyKwh(k: number): number {
    return this.energy[k];
  }

  /**
   * Starts a step of dt hours: self-discharge of the energy above each pack's floor
   * (loss = (E − E_min)·σ·dt, see batteryPack.ts), then the charge and discharge headrooms.
   */
  beginStep(dtH: number): void {
    if (dtH !== this.cachedDtH) this.cacheStep(dtH);
    let sd = 0;
    let hc = 0;
    let hd = 0;
    let e = 0;
    for (let k = 0; k < this.count; k++) {
      let ek = this.energy[k];
      const mk = this.min[k];
      if (ek > mk) {
        const loss = (ek - mk) * this.sdStep[k];
        ek -= loss;
        sd += loss;
        this.energy[k] = ek;
      }
      // Headrooms: energy room over η·dt, capped by the power limits (multiplications by cached inverses).
      const room = (this.max[k] - ek) * this.invEtaCdt[k];
      const c = room <= 0 ? 0 : room < this.maxCh[k] ? room : this.maxCh[k];
      const avail = (ek - mk) * this.etaDoverDt[k];
      const d = avail <= 0 ? 0 : avail < this.maxDis[k] ? avail : this.maxDis[k];
      this.headCh[k] = c;
      this.headDis[k] = d;
      hc += c;
      hd += d;
      e += ek;
    }
    this.selfDischargeKwh = sd;
    this.chargeHeadroomKw = hc;
    this.dischargeHeadroomKw = hd;
    this.energyKwh = e;
    this.lossKwh = 0;
    this.pendingMode = 0;
  }

  private cacheStep(dtH: number): void {
    this.cachedDtH = dtH;
    for (let k = 0; k < this.count; k++) {
      const r = this.sdPerHour[k] * dtH;
      this.sdStep[k] = r < 1 ? r : 1;
      this.invEtaCdt[k] = 1 / (this.etaC[k] * dtH);
      this.etaDoverDt[k] = this.etaD[k] / dtH;
    }
  }

  /** Charges up to `kw` (bus side) for dt hours after beginStep; returns the accepted power. */
  charge(kw: number, dtH: number): number {
    this.lossKwh = 0;
    const head = this.chargeHeadroomKw;
    if (!(kw > 0) || head <= 0) return 0;
    const accepted = kw < head ? kw : head;
    const share = accepted / head;
    let loss = 0;
    let e = 0;
    for (let k = 0; k < this.count; k++) {
      const pkw = this.headCh[k] * share;
      const stored = pkw * dtH * this.etaC[k];
      const next = this.energy[k] + stored;
      this.energy[k] = next < this.max[k] ? next : this.max[k];
      loss += pkw * dtH - stored;
      e += this.energy[k];
    }
    this.lossKwh = loss;
    this.energyKwh = e;
    return accepted;
  }

  /** Discharges up to `kw` (bus side) for dt hours after beginStep; returns the delivered power. */
  discharge(kw: number, dtH: number): number {
    this.lossKwh = 0;
    const head = this.dischargeHeadroomKw;
    if (!(kw > 0) || head <= 0) return 0;
    const delivered = kw < head ? kw : head;
    const share = delivered / head;
    let loss = 0;
    let e = 0;
    for (let k = 0; k < this.count; k++) {
      const pkw = this.headDis[k] * share;
      const drawn = (pkw * dtH) / this.etaD[k];
      const next = this.energy[k] - drawn;
      this.energy[k] = next > this.min[k] ? next : this.min[k];
      loss += drawn - pkw * dtH;
      e += this.energy[k];
    }
    this.lossKwh = loss;
    this.energyKwh = e;
    return delivered;
  }

  /**
   * Fused stepping, first half: the power accepted for charging (`kw` > 0, bus side) this step, the same
   * value `charge(kw, dtH)` would return; the packs are updated by finishStep.
   */
  requestCharge(kw: number): number {
    this.pendingMode = 0;
    this.lossKwh = 0;
    const head = this.chargeHeadroomKw;
    if (!(kw > 0) || head <= 0) return 0;
    const accepted = kw < head ? kw : head;
    this.pendingShare = accepted / head;
    this.pendingMode = 1;
    return accepted;
  }

  /** Fused stepping, first half: the power delivered when discharging (see requestCharge). */
  requestDischarge(kw: number): number {
    this.pendingMode = 0;
    this.lossKwh = 0;
    const head = this.dischargeHeadroomKw;
    if (!(kw > 0) || head <= 0) return 0;
    const delivered = kw < head ? kw : head;
    this.pendingShare = delivered / head;
    this.pendingMode = -1;
    return delivered;
  }

  /**
   * Fused stepping, second half, in one pass over the packs: applies the requested power (conversion
   * losses in `lossKwh`, stored energy in `stepEndEnergyKwh`), feeds the ageing stressors with `tempC`
   * when `sample`, and when `beginNext` starts the next step as beginStep does (self-discharge, headrooms,
   * `energyKwh`). Same arithmetic, same order as the separate methods.
   */
  finishStep(tempC: number, sample: boolean, beginNext: boolean): void {
    this.stepTempC = tempC;
    this.finishStepAt(sample, beginNext);
  }

  /**
   * Cell temperature of the step for finishStepAt (°C). A field rather than an argument: the hot loop
   * then boxes no number per call.
   */
  stepTempC = 25;

  /** finishStep with the temperature set beforehand in `stepTempC`. */
  finishStepAt(sample: boolean, beginNext: boolean): void {
    const tempC = this.stepTempC;
    const dtH = this.cachedDtH;
    const mode = this.pendingMode;
    const share = this.pendingShare;
    this.pendingMode = 0;
    if (sample) {
      this.sumTempC += tempC;
      this.ageingSamples++;
    }
    // Arrays in locals: the loop may call pushRainflow, after which fields would have to be reloaded.
    const energy = this.energy;
    const headCh = this.headCh;
    const headDis = this.headDis;
    const etaC = this.etaC;
    const etaD = this.etaD;
    const min = this.min;
    const max = this.max;
    const invCap = this.invCap;
    const sumSoc = this.sumSoc;
    const lastCountedSoc = this.lastCountedSoc;
    const rfDir = this.rfDir;
    const rfLast = this.rfLast;
    const rfDeferred = this.rfDeferred;
    const sdStep = this.sdStep;
    const invEtaCdt = this.invEtaCdt;
    const etaDoverDt = this.etaDoverDt;
    const maxCh = this.maxCh;
    const maxDis = this.maxDis;
    const count = this.count;
    let loss = 0;
    let eEnd = 0;
    let sd = 0;
    let hc = 0;
    let hd = 0;
    let e = 0;
    for (let k = 0; k < count; k++) {
      let ek = energy[k];
      if (mode > 0) {
        const pkw = headCh[k] * share;
        const stored = pkw * dtH * etaC[k];
        const next = ek + stored;
        ek = next < max[k] ? next : max[k];
        loss += pkw * dtH - stored;
      } else if (mode < 0) {
        const pkw = headDis[k] * share;
        const drawn = (pkw * dtH) / etaD[k];
        const next = ek - drawn;
        ek = next > min[k] ? next : min[k];
        loss += drawn - pkw * dtH;
      }
      eEnd += ek;
      if (sample) {
        const soc = ek * invCap[k];
        sumSoc[k] += soc;
        const d = soc - lastCountedSoc[k];
        if (d >= MIN_COUNTED_DOD || d <= -MIN_COUNTED_DOD || d !== d) {
          lastCountedSoc[k] = soc;
          // Same direction as the counter's excursion: defer (only the run's last value matters).
          const dir = rfDir[k];
          const delta = soc - rfLast[k];
          if (dir !== 0 && (dir > 0 ? delta > 0 : delta < 0)) {
            rfLast[k] = soc;
            rfDeferred[k] = 1;
          } else {
            this.pushRainflow(k, soc);
          }
        }
      }
      if (beginNext) {
        const mk = min[k];
        if (ek > mk) {
          const l = (ek - mk) * sdStep[k];
          ek -= l;
          sd += l;
        }
        const room = (max[k] - ek) * invEtaCdt[k];
        const c = room <= 0 ? 0 : room < maxCh[k] ? room : maxCh[k];
        const avail = (ek - mk) * etaDoverDt[k];
        const dk = avail <= 0 ? 0 : avail < maxDis[k] ? avail : maxDis[k];
        headCh[k] = c;
        headDis[k] = dk;
        hc += c;
        hd += dk;
        e += ek;
      }
      energy[k] = ek;
    }
    this.lossKwh = mode !== 0 ? loss : 0;
    this.stepEndEnergyKwh = eEnd;
    if (beginNext) {
      this.selfDischargeKwh = sd;
      this.chargeHeadroomKw = hc;
      this.dischargeHeadroomKw = hd;
      this.energyKwh = e;
    } else {
      this.energyKwh = eEnd;
    }
  }

  /** Pushes a value to pack k's rainflow counter after any deferred one, keeping the mirror state. */
  private pushRainflow(k: number, soc: number): void {
    const counter = this.ageing[k];
    if (this.rfDeferred[k] === 1) {
      counter.pushSoc(this.rfLast[k]);
      this.rfDeferred[k] = 0;
    }
    const last = this.rfLast[k];
    if (last !== last) {
      this.rfLast[k] = soc;
    } else {
      const delta = soc - last;
      if (delta !== 0) {
        this.rfDir[k] = delta > 0 ? 1 : -1;
        this.rfLast[k] = soc;
      }
    }
    counter.pushSoc(soc);
  }

  /** Pushes the deferred rainflow values (finishStep path); call before reading or finishing the packs' ageing. */
  flushAgeing(): void {
    for (let k = 0; k < this.count; k++) {
      if (this.rfDeferred[k] === 1) {
        this.ageing[k].pushSoc(this.rfLast[k]);
        this.rfDeferred[k] = 0;
      }
    }
  }

  /**
   * Feeds the ageing models with this step's SoC and temperature. Same stressors as PackAgeing.sample
   * (per-pack SoC sums, rainflow through the MIN_COUNTED_DOD deadband), kept here in typed arrays so
   * the per-step cost is a few operations per pack.
   */
  sampleAgeing(tempC: number): void {
    this.sumTempC += tempC;
    this.ageingSamples++;
    for (let k = 0; k < this.count; k++) {
      const soc = this.energy[k] * this.invCap[k];
      this.sumSoc[k] += soc;
      const d = soc - this.lastCountedSoc[k];
      if (d >= MIN_COUNTED_DOD || d <= -MIN_COUNTED_DOD || d !== d) {
        this.lastCountedSoc[k] = soc;
        this.ageing[k].pushSoc(soc);
      }
    }
  }

  advanceAgeing(days: number): void {
    const samples = this.ageingSamples;
    if (samples === 0) return;
    const meanTemp = this.sumTempC / samples;
    for (let k = 0; k < this.count; k++) {
      this.ageing[k].advanceCalendarWith(this.sumSoc[k] / samples, meanTemp, days);
      this.sumSoc[k] = 0;
    }
    this.sumTempC = 0;
    this.ageingSamples = 0;
  }

  /** Final ageing state; the BatteryPack objects' own energy is not kept in sync during a run. */
  packAgeing(k: number): PackAgeing {
    return this.ageing[k];
  }
}
