/**
 * Economics of a simulated scenario: CAPEX from the scenario's unit costs, year-1 savings and PV energy
 * from the simulation KPIs, storage replacements at the projected end-of-life year (economics.ts).
 */
import { evaluateEconomics, replacementYears, type EconomicsResult } from './economics';
import type { MicrogridScenario } from './scenarioSchema';
import type { SimulationKpis } from './types';

export interface ScenarioEconomics extends EconomicsResult {
  readonly capexEur: number;
  readonly firstYearSavingsEur: number;
  readonly storageReplacementYears: readonly number[];
}

export function scenarioEconomics(sc: MicrogridScenario, kpis: SimulationKpis): ScenarioEconomics {
  const e = sc.economics;
  const pvKwp = sc.pvArrays.reduce((a, p) => a + p.kWp, 0);
  let storageKwh = 0;
  for (const c of sc.storage.containers) for (const p of c.packs) storageKwh += p.count * p.nominalKwh;
  const chargers = sc.vehicles.reduce((a, v) => a + v.count, 0);
  const capexEur = pvKwp * e.capex.pvEurPerKwp + storageKwh * e.capex.storageEurPerKwh + chargers * e.capex.chargerEurEach + e.capex.otherEur;
  const lifeYears = kpis.projectedEndOfLifeYear - sc.period.year;
  const years = storageKwh > 0 ? replacementYears(lifeYears, e.projectLifeYears) : [];
  const degradation = sc.pvArrays.length > 0 ? sc.pvArrays.reduce((a, p) => a + p.kWp * p.degradationPctPerYear, 0) / pvKwp / 100 : 0;
  const firstYearSavingsEur = kpis.baselineEnergyCostEur - kpis.energyCostEur;
  const result = evaluateEconomics({
    capexEur,
    subsidiesEur: e.subsidiesEur,
    opexEurPerYear: e.opexEurPerYear,
    replacements: years.map((year) => ({ year, costEur: storageKwh * e.storageReplacementEurPerKwh, label: 'storage' })),
    discountRate: e.discountRate,
    projectLifeYears: e.projectLifeYears,
    firstYearSavingsEur,
    energyPriceEscalation: e.energyPriceEscalation,
    degradationPerYear: degradation,
    firstYearEnergyKwh: kpis.pvKwh,
  });
  return { ...result, capexEur, firstYearSavingsEur, storageReplacementYears: years };
}
