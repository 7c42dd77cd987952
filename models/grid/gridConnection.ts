/**
 * The point of connection: closes the site balance of one step once PV, loads, EVs and storage are set.
 *
 * A positive residual (demand left after local sources) is imported up to the import limit; what is
 * left is shed from the sheddable loads by priority (class 0 first, see shedding.ts), and what still
 * remains is unserved energy. A negative residual (surplus) is exported up to the export limit, the rest
 * curtailed; when the export price is negative the surplus is curtailed instead of paying to export.
 * Islanded operation is the same with both limits at zero.
 * Results go to the fields of a reused object (no allocation per step).
 */
import { shedByPriority } from './shedding';

export interface GridLimits {
  readonly islanded: boolean;
  readonly importLimitKw: number;
  readonly exportLimitKw: number;
}

export class GridStep {
  importKw = 0;
  exportKw = 0;
  curtailedKw = 0;
  shedKw = 0;
  unservedKw = 0;
  private readonly importLimitKw: number;
  private readonly exportLimitKw: number;

  constructor(limits: GridLimits) {
    this.importLimitKw = limits.islanded ? 0 : limits.importLimitKw;
    this.exportLimitKw = limits.islanded ? 0 : limits.exportLimitKw;
  }

  /**
   * `residualKw` = demand − local supply; `availableShedKw` is what each sheddable class (part of the
   * demand) may shed at this step; `shedOut` receives the shed power per class.
   */
  resolve(residualKw: number, exportPriceEurPerKwh: number, availableShedKw: Float64Array, shedOut: Float64Array): void {
    this.importKw = 0;
    this.exportKw = 0;
    this.curtailedKw = 0;
    this.shedKw = 0;
    this.unservedKw = 0;
    for (let c = 0; c < shedOut.length; c++) shedOut[c] = 0;
    if (residualKw > 0) {
      this.importKw = Math.min(residualKw, this.importLimitKw);
      let rest = residualKw - this.importKw;
      if (rest > 0) {
        this.shedKw = shedByPriority(rest, availableShedKw, shedOut);
        rest -= this.shedKw;
        this.unservedKw = rest > 0 ? rest : 0;
      }
    } else if (residualKw < 0) {
      const surplus = -residualKw;
      this.exportKw = exportPriceEurPerKwh < 0 ? 0 : Math.min(surplus, this.exportLimitKw);
      this.curtailedKw = surplus - this.exportKw;
    }
  }

  get importLimit(): number {
    return this.importLimitKw;
  }

  get exportLimit(): number {
    return this.exportLimitKw;
  }
}
