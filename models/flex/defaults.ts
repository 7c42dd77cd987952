/**
 * Default flexible assets of a site by building type, sized from its annual consumption, for
 * territories where only a list of meters is known. Every figure below is an ASSUMPTION of
 * order of magnitude, shown to the user and meant to be replaced by surveyed assets:
 * - space heating share of annual electricity: housing 50 %, schools and nurseries 45 %, town
 *   halls and libraries 40 %, offices and gyms 35 %, workshops 20 %;
 * - heat-loss coefficient H = heating heat / degree-hours, 2 700 K·day base 18 °C (Rouen order of
 *   magnitude), heat = electricity × 3 for heat pumps (seasonal COP); time constant C/H = 40 h
 *   (medium inertia); heater sized at 1.3 × H × (19 − (−7 °C design outdoor temperature)); then
 *   H, C and power are scaled so the simulated heating uses exactly that share (portfolioFlex.ts);
 * - hot water, litres drawn at tank temperature (60 °C): 100 L/day in schools, 40 L/day in offices
 *   and town halls, 600 L/day in gyms (showers), 250 L/day in nurseries, 65 L/day per dwelling
 *   (≈ 110 L at 40 °C; one 200 L tank per 6 000 kWh/yr of an all-electric dwelling);
 * - town halls: 2 fleet EVs, 7.4 kW points, 15 kWh per night (17:00→08:00, weekdays); offices 1;
 * - public lighting: power = annual energy / 4 100 h, then rescaled to the simulated night hours
 *   (portfolioFlex.ts); LED dimmable to 50 %;
 * - water works: 0.4 kWh/m³ pumped, one day of demand in storage, pump able to fill it in 10 h;
 * - workshops: 60 % of the energy in a process load over 2 340 h/yr, 30 % sheddable for 2 h.
 */
import type { FlexAsset, FlexSite } from './schemas';

const HEATING_SHARE: Readonly<Record<FlexSite['buildingType'], number>> = {
  school: 0.45,
  office: 0.35,
  townHall: 0.4,
  library: 0.4,
  gym: 0.35,
  nursery: 0.45,
  housing: 0.5,
  waterworks: 0,
  streetLighting: 0,
  workshop: 0.2,
};

const DEGREE_HOURS_K_H = 2700 * 24;
const TIME_CONSTANT_H = 40;
const DESIGN_OUTDOOR_C = -7;

function waterHeater(count: number, tankLitres: number, powerKw: number, dailyDrawLitres: number): FlexAsset {
  return {
    kind: 'waterHeater',
    count,
    tankLitres,
    powerKw,
    dailyDrawLitres,
    minTempC: 50,
    setpointC: 60,
    maxTempC: 70,
    coldWaterC: 12,
    ambientC: 18,
    lossWPerK: 1.5 * Math.sqrt(tankLitres / 200),
    offPeakFromH: 22,
    offPeakToH: 6,
  };
}

/** Electricity the default heating should use in a year, kWh (share × annual consumption). */
export function defaultHeatingKwh(site: FlexSite): number {
  return site.electricHeating === 'none' ? 0 : HEATING_SHARE[site.buildingType] * site.annualKwh;
}

export function defaultAssets(site: FlexSite): FlexAsset[] {
  const a = site.annualKwh;
  const out: FlexAsset[] = [];
  const share = HEATING_SHARE[site.buildingType];
  if (share > 0 && site.electricHeating !== 'none') {
    const heatKwh = share * a * (site.electricHeating === 'heatPump' ? 3 : 1);
    const H = heatKwh / DEGREE_HOURS_K_H;
    const designHeatKw = 1.3 * H * (19 - DESIGN_OUTDOOR_C);
    out.push({
      kind: 'heating',
      system: site.electricHeating,
      powerKw: site.electricHeating === 'heatPump' ? designHeatKw / 2.2 : designHeatKw,
      heatLossKwPerK: H,
      capacityKwhPerK: H * TIME_CONSTANT_H,
      setpointC: 19,
      setbackC: 16,
      bandMinC: 18,
      bandMaxC: 21,
      unoccupiedMinC: 14,
      internalGainsKw: 0,
      sinkTempC: 40,
    });
  }
  switch (site.buildingType) {
    case 'school':
      out.push(waterHeater(1, 200, 2.2, 100));
      break;
    case 'office':
      out.push(waterHeater(1, 100, 1.2, 40));
      out.push({ kind: 'ev', count: 1, powerKw: 7.4, arrivalH: 17, departureH: 8, energyKwh: 15, days: [0, 1, 2, 3, 4] });
      break;
    case 'townHall':
      out.push(waterHeater(1, 100, 1.2, 40));
      out.push({ kind: 'ev', count: 2, powerKw: 7.4, arrivalH: 17, departureH: 8, energyKwh: 15, days: [0, 1, 2, 3, 4] });
      break;
    case 'library':
      out.push(waterHeater(1, 100, 1.2, 40));
      break;
    case 'gym':
      out.push(waterHeater(2, 300, 3, 300));
      break;
    case 'nursery':
      out.push(waterHeater(1, 300, 3, 250));
      break;
    case 'housing': {
      const n = Math.max(1, Math.round(a / 6000));
      out.push(waterHeater(n, 200, 2.2, 65));
      break;
    }
    case 'streetLighting':
      out.push({ kind: 'lighting', powerKw: a / 4100, minDimFraction: 0.5 });
      break;
    case 'waterworks': {
      const powerKw = a / 3650;
      const demand = a / 365 / 0.4;
      out.push({ kind: 'pump', powerKw, flowM3PerH: powerKw / 0.4, reservoirM3: demand, demandM3PerDay: demand, minFraction: 0.3, maxFraction: 0.95, offPeakFromH: 22, offPeakToH: 6 });
      break;
    }
    case 'workshop':
      out.push({ kind: 'process', powerKw: (0.6 * a) / 2340, sheddableFraction: 0.3, maxShedH: 2, fromH: 8, toH: 17, days: [0, 1, 2, 3, 4] });
      break;
  }
  return out;
}
