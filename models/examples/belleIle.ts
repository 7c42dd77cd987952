/**
 * Demo scenario "Belle-Île — micro-réseau FlexMob'Ile" (DESIGN.md reference case): a holiday village on
 * Belle-Île-en-Mer with 76 kWp of PV, a container of 10 second-life Renault ZOE packs (20 kWh each,
 * 200 kWh nameplate, SoH 0.75–0.85), 2 bidirectional ZOE doing V2G and visitors' EVs on smart charging;
 * the container charges when PV exceeds demand or during off-peak hours.
 *
 * Facts from the project description: 76 kWp, 10 × 20 kWh second-life ZOE packs, 2 V2G ZOE, smart charging
 * of visitors' EVs, charging rule. Everything else is an ASSUMPTION of this example, stated here:
 *  - site: Le Palais, 47.35° N, 3.16° W, 20 m; Morbihan → climate zone H2a;
 *  - PV split 46 kWp on roofs (30°, south) + 30 kWp carports (10°, 200°);
 *  - loads: holiday village of ~30 cottages (≈ 4 MWh/yr each) plus reception, restaurant and laundry
 *    (≈ 30 MWh/yr): 150 MWh/yr, 20 % electric heating, with the loads module's holiday-village occupancy
 *    shape; 10 % of the load is sheddable comfort (spa/pool heating, priority 0, events ≤ 2 h, 80 %
 *    rebound) and 5 % common areas (priority 1, events ≤ 1 h); a 20 kWh/day laundry run (6 kW)
 *    shiftable between 09:00 and 18:00;
 *  - packs: 6 kW charge/discharge each (60 kW converter), 90 % round trip, SoC 10–95 %, 2 %/month
 *    self-discharge, ageing per BLAST-Lite's second-life Leaf LMO/NMC model (closest public model);
 *  - V2G ZOE: 52 kWh, 17 kWh/100 km, 7.4 kW AC charge, 7 kW V2G, 0.87 round trip; used daily by the
 *    village staff (≈ 40 km on weekdays), plugged from evening to morning;
 *  - visitors: 6 EV charge points, 50 kWh cars, arrivals in the afternoon, 60–80 km/day;
 *  - grid: 120 kVA connection, export ≤ 76 kW, peak/off-peak tariff 0.25/0.19 EUR/kWh with off-peak
 *    22:00–06:00, surplus sold 0.06 EUR/kWh, 52 g CO2e/kWh (French average mix);
 *  - economics: 1300 EUR/kWp PV, 250 EUR/kWh second-life storage, 2500 EUR per charge point, 4 % discount,
 *    20 years, no subsidy counted (unknown).
 */
import type { MicrogridScenario } from '../sim/scenarioSchema';
import { microgridScenarioSchema } from '../sim/scenarioSchema';

export const BELLE_ILE_NAME = "Belle-Île — micro-réseau FlexMob'Ile";

export function belleIleScenario(stepMinutes: 1 | 5 | 10 | 15 | 30 | 60 = 15): MicrogridScenario {
  const packs = Array.from({ length: 10 }, (_, k) => ({
    name: `ZOE #${k + 1}`,
    count: 1,
    nominalKwh: 20,
    stateOfHealth: Math.round((0.75 + (0.1 * k) / 9) * 1000) / 1000,
    maxChargeKw: 6,
    maxDischargeKw: 6,
    roundTripEfficiency: 0.9,
    socMin: 0.1,
    socMax: 0.95,
    initialSoc: 0.5,
    selfDischargePctPerMonth: 2,
    chemistry: { ageingModel: 'second-life-lmo-nmc' as const },
  }));
  return microgridScenarioSchema.parse({
    name: BELLE_ILE_NAME,
    site: { name: 'Village vacances, Le Palais (Belle-Île-en-Mer)', latDeg: 47.35, lonDeg: -3.16, elevationM: 20, climateZone: 'H2a' },
    period: { year: 2025, stepMinutes },
    weather: { source: 'synthetic', seed: 56 },
    pvArrays: [
      { name: 'Toitures', kWp: 46, tiltDeg: 30, azimuthDeg: 180, mounting: 'roof-mounted' },
      { name: 'Ombrières', kWp: 30, tiltDeg: 10, azimuthDeg: 200 },
    ],
    storage: { containers: [{ name: 'Conteneur seconde vie', packs }], endOfLifeSoh: 0.6, tempOffsetC: 3 },
    vehicles: [
      {
        id: 'zoe-v2g',
        group: 'ZOE V2G',
        count: 2,
        batteryKwh: 52,
        consumptionKwhPer100km: 17,
        acChargerKw: 7.4,
        v2gKw: 7,
        v2gRoundTripEfficiency: 0.87,
        v2gMinSoc: 0.3,
        sessions: {
          kind: 'generator',
          seed: 11,
          weekday: { probability: 0.95, arrivalHourMean: 17.5, arrivalHourSd: 1, dwellHoursMean: 14.5, dwellHoursSd: 1, distanceKmMean: 40, distanceKmSd: 15, arrivalSocMean: 0.55, arrivalSocSd: 0.1 },
          weekend: { probability: 0.6, arrivalHourMean: 13, arrivalHourSd: 2, dwellHoursMean: 18, dwellHoursSd: 3, distanceKmMean: 20, distanceKmSd: 10, arrivalSocMean: 0.6, arrivalSocSd: 0.1 },
        },
      },
      {
        id: 'visiteur',
        group: 'Visiteurs',
        count: 6,
        batteryKwh: 50,
        consumptionKwhPer100km: 17,
        acChargerKw: 7.4,
        sessions: {
          kind: 'generator',
          seed: 23,
          weekday: { probability: 0.35, arrivalHourMean: 17, arrivalHourSd: 2, dwellHoursMean: 14, dwellHoursSd: 4, distanceKmMean: 60, distanceKmSd: 30, arrivalSocMean: 0.4, arrivalSocSd: 0.15 },
          weekend: { probability: 0.5, arrivalHourMean: 14, arrivalHourSd: 3, dwellHoursMean: 20, dwellHoursSd: 6, distanceKmMean: 80, distanceKmSd: 40, arrivalSocMean: 0.35, arrivalSocSd: 0.15 },
        },
      },
    ],
    chargingPolicy: 'v2g',
    loads: { source: 'synthetic', components: [{ kind: 'holidayVillage', annualKwh: 150_000, heating: { annualShare: 0.2, baseTempC: 15 } }] },
    sheddableLoads: [
      // Thermostatic: at most 2 h per event, 1 h pause, 80 % of the energy comes back 30 min after.
      { name: 'Spa et piscine (chauffage)', priority: 0, fractionOfLoad: 0.1, shedPenaltyEurPerKwh: 0.5, maxDurationMinutes: 120, minGapMinutes: 60, reboundFraction: 0.8, reboundDelayMinutes: 30 },
      { name: 'Parties communes', priority: 1, fractionOfLoad: 0.05, shedPenaltyEurPerKwh: 2, maxDurationMinutes: 60, minGapMinutes: 120 },
    ],
    shiftableLoads: [{ name: 'Blanchisserie', energyKwhPerDay: 20, powerKw: 6, earliestStartHour: 9, latestEndHour: 18 }],
    grid: {
      mode: 'connected',
      importLimitKw: 120,
      exportLimitKw: 76,
      tariff: { kind: 'peak-offpeak', peakEurPerKwh: 0.25, offPeakEurPerKwh: 0.19, offPeakRanges: ['22:00-06:00'] },
      surplusPriceEurPerKwh: 0.06,
      co2: { kind: 'constant', kgPerKwh: 0.052 },
      unservedPenaltyEurPerKwh: 10,
    },
    dispatch: { kind: 'offpeak-charging', targetSoc: 0.9 },
    economics: {
      capex: { pvEurPerKwp: 1300, storageEurPerKwh: 250, chargerEurEach: 2500, otherEur: 20_000 },
      opexEurPerYear: 2500,
      storageReplacementEurPerKwh: 150,
      subsidiesEur: 0,
      discountRate: 0.04,
      projectLifeYears: 20,
      energyPriceEscalation: 0.02,
    },
  });
}
