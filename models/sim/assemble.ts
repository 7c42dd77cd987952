/**
 * Turns a scenario document into the prepared input of simulate(): timeline, local calendar, weather,
 * PV (models/pv), loads (models/loads synthetic profiles or an imported series), shiftable and sheddable
 * loads, tariff, CO2, packs, vehicles and sessions. Imported references (weather, loads, price, CO2) are resolved
 * by the caller (project store) and passed in `resolved`, keeping this module free of I/O; each is placed on the
 * scenario's timeline by models/imports/seriesOnTimeline.ts (mean over each step, another year mapped by month, day
 * and local time), so an import survives a change of the scenario's step or year.
 */
import { indexAt, yearTimeline, type Timeline } from '../core/timeline';
import { localCalendar, type LocalCalendar } from '../calendar/localCalendar';
import { pvAcKw } from '../pv/pvSystem';
import { syntheticLoadKw } from '../loads/synthetic/syntheticLoad';
import { offPeakMinuteMask } from '../tariffs/offPeakHours';
import { importPriceSeries } from '../tariffs/priceSeries';
import { solarPositionSeries } from '../solar/solarPositionSeries';
import type { WeatherSeries } from '../weather/weatherSeries';
import { AGEING_PRESETS } from '../storage/ageingParams';
import { generateSessions } from '../ev/sessionGenerator';
import type { PlugSession, VehicleSpec } from '../ev/sessions';
import { fallbackSyntheticWeather } from './fallbackWeather';
import { syntheticWeatherYear } from '../weather/synthetic';
import { climateZoneNear } from '../weather/climateTables';
import { applyMapping, SeriesCoverageError, timelineMapping, type TimelineMapping } from '../imports/seriesOnTimeline';
import type { MicrogridScenario } from './scenarioSchema';
import type { PackInput, SimulationInput, StrategySpec } from './types';
import { addDailyShiftableBlocks } from '../loads/flexible/dailyShiftableBlocks';

export interface ResolvedReferences {
  /** Imported weather, on its own timeline. */
  readonly weather?: WeatherSeries;
  /** Site load (kW) on `loadTimeline`, or on the scenario's timeline when that is not given. */
  readonly loadKw?: Float64Array;
  readonly loadTimeline?: Timeline;
  /** Imported energy price (EUR/kWh) on its own timeline. */
  readonly price?: { readonly timeline: Timeline; readonly eurPerKwh: Float64Array };
  /** Imported CO2 intensity of grid electricity (kg CO2e/kWh) on its own timeline. */
  readonly co2?: { readonly timeline: Timeline; readonly kgPerKwh: Float64Array };
}

/** Within reach of a metropolitan préfecture: the 3CL climate tables cover metropolitan France only. */
const NEAR_FRANCE_KM = 120;

export class ScenarioAssemblyError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ScenarioAssemblyError';
    this.field = field;
  }
}

export interface AssembledScenario {
  readonly input: SimulationInput;
  readonly weather: WeatherSeries;
  readonly notes: readonly string[];
  readonly timingsMs: { readonly weather: number; readonly pv: number; readonly loads: number; readonly rest: number };
}

export function assembleScenario(sc: MicrogridScenario, resolved: ResolvedReferences = {}): AssembledScenario {
  const notes: string[] = [];
  const timeline = yearTimeline(sc.period.year, sc.period.stepMinutes);
  const n = timeline.length;
  const calendar = localCalendar(timeline);
  const site = { latDeg: sc.site.latDeg, lonDeg: sc.site.lonDeg, elevationM: sc.site.elevationM };
  const t0 = performance.now();

  let weather: WeatherSeries;
  const near = climateZoneNear(site.latDeg, site.lonDeg);
  if (sc.weather.source === 'imported') {
    if (!resolved.weather) throw new ScenarioAssemblyError('weather.referenceId', `imported weather "${sc.weather.referenceId}" was not provided`);
    weather = weatherOnTimeline(resolved.weather, timeline, notes);
  } else if (sc.site.climateZone) {
    // The weather module's year calibrated on the 3CL climate tables of the zone.
    weather = syntheticWeatherYear({ ...site, climateZone: sc.site.climateZone, year: sc.period.year, stepMinutes: sc.period.stepMinutes, seed: sc.weather.seed });
    notes.push(`weather: synthetic year calibrated on the 3CL tables of zone ${sc.site.climateZone}`);
  } else if (near.distanceKm < NEAR_FRANCE_KM) {
    // No zone given: that of the nearest préfecture's département (3CL zone-climatique table).
    weather = syntheticWeatherYear({ ...site, climateZone: near.zone, year: sc.period.year, stepMinutes: sc.period.stepMinutes, seed: sc.weather.seed });
    notes.push(`weather: no climate zone given; synthetic year calibrated on the 3CL tables of zone ${near.zone}, that of the nearest préfecture (département ${near.departement}, ${Math.round(near.distanceKm)} km)`);
  } else {
    weather = fallbackSyntheticWeather(site, timeline, sc.weather.seed);
    notes.push('weather: site outside metropolitan France, fallback synthetic year (clear sky × seeded clearness), approximate');
  }
  const t1 = performance.now();

  const pvKw = sc.pvArrays.length > 0 ? pvAcKw(sc.pvArrays, weather, site, sc.site.horizon ? { horizon: sc.site.horizon } : {}).acKw : new Float64Array(n);
  const t2 = performance.now();

  const baseLoadKw = buildLoad(sc, timeline, calendar, weather, resolved, site, notes);
  const loadKw = Float64Array.from(baseLoadKw);
  addDailyShiftableBlocks(sc.shiftableLoads, calendar, pvKw, loadKw);
  const t3 = performance.now();

  // Sheddable classes in priority order, as fractions of the base load.
  const classes = [...sc.sheddableLoads].sort((a, b) => a.priority - b.priority);
  const totalFraction = classes.reduce((a, c) => a + c.fractionOfLoad, 0);
  if (totalFraction > 1 + 1e-12) throw new ScenarioAssemblyError('sheddableLoads', `fractions of load add up to ${totalFraction.toFixed(2)}, more than 1`);
  const sheddableKw = classes.map((c) => {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = baseLoadKw[i] * c.fractionOfLoad;
    return a;
  });

  const { importPrice, offPeak } = tariffSeries(sc, calendar, weather.tempC, resolved, notes);
  const exportPrice = new Float64Array(n).fill(sc.grid.surplusPriceEurPerKwh);
  const co2 = co2Series(sc, calendar, resolved, notes);

  const packs: PackInput[] = [];
  for (const c of sc.storage.containers) {
    for (const p of c.packs) {
      for (let k = 0; k < p.count; k++) {
        packs.push({
          spec: {
            nominalKwh: p.nominalKwh,
            stateOfHealth: p.stateOfHealth,
            maxChargeKw: p.maxChargeKw,
            maxDischargeKw: p.maxDischargeKw,
            roundTripEfficiency: p.roundTripEfficiency,
            socMin: p.socMin,
            socMax: p.socMax,
            initialSoc: p.initialSoc,
            selfDischargePctPerMonth: p.selfDischargePctPerMonth,
          },
          ageing: AGEING_PRESETS[p.chemistry.ageingModel],
        });
      }
    }
  }

  const { vehicles, sessions } = buildFleet(sc, timeline);
  const input: SimulationInput = {
    timeline,
    startYear: sc.period.year,
    series: {
      pvKw,
      loadKw,
      importPriceEurPerKwh: importPrice,
      exportPriceEurPerKwh: exportPrice,
      co2KgPerKwh: co2,
      offPeak,
      tempC: weather.tempC,
      sheddableKw,
      sheddableRules: classes.map((c) =>
        c.maxDurationMinutes === undefined
          ? null
          : { name: c.name, maxDurationMinutes: c.maxDurationMinutes, minGapMinutes: c.minGapMinutes, reboundFraction: c.reboundFraction, reboundDelayMinutes: c.reboundDelayMinutes },
      ),
    },
    storage: { packs, endOfLifeSoh: sc.storage.endOfLifeSoh, tempOffsetC: sc.storage.tempOffsetC },
    vehicles,
    sessions,
    chargingPolicy: sc.chargingPolicy,
    grid: {
      islanded: sc.grid.mode === 'islanded',
      importLimitKw: sc.grid.importLimitKw ?? Number.POSITIVE_INFINITY,
      exportLimitKw: sc.grid.exportLimitKw ?? Number.POSITIVE_INFINITY,
      unservedPenaltyEurPerKwh: sc.grid.unservedPenaltyEurPerKwh,
      shedPenaltyEurPerKwh: classes.map((c) => c.shedPenaltyEurPerKwh),
    },
    strategy: sc.dispatch as StrategySpec,
  };
  const t4 = performance.now();
  return { input, weather, notes, timingsMs: { weather: t1 - t0, pv: t2 - t1, loads: t3 - t2, rest: t4 - t3 } };
}

function buildLoad(
  sc: MicrogridScenario,
  timeline: Timeline,
  calendar: LocalCalendar,
  weather: WeatherSeries,
  resolved: ResolvedReferences,
  site: { latDeg: number; lonDeg: number; elevationM: number },
  notes: string[],
): Float64Array {
  const n = timeline.length;
  if (sc.loads.source === 'imported') {
    if (!resolved.loadKw) throw new ScenarioAssemblyError('loads.referenceId', `imported load "${sc.loads.referenceId}" was not provided`);
    if (!resolved.loadTimeline) {
      if (resolved.loadKw.length !== n) throw new ScenarioAssemblyError('loads.referenceId', `imported load has ${resolved.loadKw.length} steps, the scenario ${n}`);
      return resolved.loadKw;
    }
    return onTimeline(resolved.loadTimeline, resolved.loadKw, timeline, 'loads.referenceId', notes);
  }
  const total = new Float64Array(n);
  const needsSun = sc.loads.components.some((c) => c.kind === 'publicLighting');
  const sunElevationDeg = needsSun ? solarPositionSeries(timeline, site).apparentElevationDeg : undefined;
  sc.loads.components.forEach((spec, k) => {
    let part: Float64Array;
    try {
      part = syntheticLoadKw(spec, timeline, calendar, { tempC: weather.tempC, sunElevationDeg });
    } catch (e) {
      throw new ScenarioAssemblyError(`loads.components.${k}`, e instanceof Error ? e.message : String(e));
    }
    for (let i = 0; i < n; i++) total[i] += part[i];
  });
  return total;
}

function sameTimeline(a: Timeline, b: Timeline): boolean {
  return a.startUtcMs === b.startUtcMs && a.stepMinutes === b.stepMinutes && a.length === b.length;
}

function applyOrThrow(mapping: TimelineMapping, values: Float64Array, field: string): Float64Array {
  try {
    return applyMapping(mapping, values, field);
  } catch (e) {
    if (e instanceof SeriesCoverageError) throw new ScenarioAssemblyError(e.field, e.message.slice(e.field.length + 2));
    throw e;
  }
}

/** An imported series on the scenario's timeline: itself when it already is, else resampled (notes say how). */
function onTimeline(source: Timeline, values: Float64Array, timeline: Timeline, field: string, notes: string[]): Float64Array {
  if (sameTimeline(source, timeline)) {
    if (values.length !== timeline.length) throw new ScenarioAssemblyError(field, `the imported series has ${values.length} values for ${timeline.length} steps`);
    return values;
  }
  const mapping = timelineMapping(source, timeline, field);
  const out = applyOrThrow(mapping, values, field);
  notes.push(...mapping.notes);
  return out;
}

/** Imported weather on the scenario's timeline, every channel through the same mapping (irradiance means conserve energy). */
function weatherOnTimeline(w: WeatherSeries, timeline: Timeline, notes: string[]): WeatherSeries {
  if (sameTimeline(w.timeline, timeline)) return w;
  const field = 'weather.referenceId';
  const mapping = timelineMapping(w.timeline, timeline, field);
  const ch = (a: Float64Array | undefined) => (a ? applyOrThrow(mapping, a, field) : undefined);
  const out: WeatherSeries = {
    timeline,
    ghiWm2: ch(w.ghiWm2)!,
    dniWm2: ch(w.dniWm2),
    dhiWm2: ch(w.dhiWm2),
    tempC: ch(w.tempC)!,
    windMs: ch(w.windMs),
    source: w.source,
    site: w.site,
  };
  notes.push(...mapping.notes);
  if (timeline.stepMinutes < w.timeline.stepMinutes) notes.push(`${field}: irradiance held constant within each ${w.timeline.stepMinutes}-min record (re-import the file for sun-following finer steps)`);
  return out;
}

function tariffSeries(
  sc: MicrogridScenario,
  calendar: LocalCalendar,
  tempC: Float64Array,
  resolved: ResolvedReferences,
  notes: string[],
): { importPrice: Float64Array; offPeak: Uint8Array } {
  const n = calendar.timeline.length;
  const importPrice = new Float64Array(n);
  const offPeak = new Uint8Array(n);
  const t = sc.grid.tariff;
  if (t.kind === 'tempo') {
    // Colours follow the site's own weather year (coldest days red), prices the regulated grid.
    const series = importPriceSeries({ kind: 'tempo' }, calendar.timeline, calendar, { tempC });
    return { importPrice: series.eurPerKwh, offPeak: Uint8Array.from(series.period) };
  }
  if (t.kind === 'imported') {
    if (!resolved.price) throw new ScenarioAssemblyError('grid.tariff.referenceId', `imported price series "${t.referenceId}" was not provided`);
    const price = onTimeline(resolved.price.timeline, resolved.price.eurPerKwh, calendar.timeline, 'grid.tariff.referenceId', notes);
    return { importPrice: price, offPeak: cheaperThanDayMean(price, calendar) };
  }
  if (t.kind === 'flat') {
    importPrice.fill(t.eurPerKwh);
    return { importPrice, offPeak };
  }
  const mask = offPeakMinuteMask(t.offPeakRanges);
  for (let i = 0; i < n; i++) {
    const hc = mask[calendar.localMinuteOfDay[i]];
    offPeak[i] = hc;
    importPrice[i] = hc ? t.offPeakEurPerKwh : t.peakEurPerKwh;
  }
  return { importPrice, offPeak };
}

/**
 * Off-peak flags of a dynamic price, for the strategies that charge "in off-peak hours" (offpeak-charging dispatch,
 * off-peak EV policy): the steps priced below the mean of their local day. A flat day has none.
 */
export function cheaperThanDayMean(price: Float64Array, calendar: LocalCalendar): Uint8Array {
  const n = price.length;
  const out = new Uint8Array(n);
  let a = 0;
  while (a < n) {
    let b = a;
    let sum = 0;
    while (b < n && calendar.localDayIndex[b] === calendar.localDayIndex[a]) sum += price[b++];
    const mean = sum / (b - a);
    for (let i = a; i < b; i++) out[i] = price[i] < mean - 1e-12 ? 1 : 0;
    a = b;
  }
  return out;
}

function co2Series(sc: MicrogridScenario, calendar: LocalCalendar, resolved: ResolvedReferences, notes: string[]): Float64Array {
  const n = calendar.timeline.length;
  const c = sc.grid.co2;
  if (c.kind === 'imported') {
    if (!resolved.co2) throw new ScenarioAssemblyError('grid.co2.referenceId', `imported CO2 series "${c.referenceId}" was not provided`);
    return onTimeline(resolved.co2.timeline, resolved.co2.kgPerKwh, calendar.timeline, 'grid.co2.referenceId', notes);
  }
  const co2 = new Float64Array(n);
  if (c.kind === 'constant') co2.fill(c.kgPerKwh);
  else for (let i = 0; i < n; i++) co2[i] = c.kgPerKwh[calendar.localMonth[i]];
  return co2;
}

function buildFleet(sc: MicrogridScenario, timeline: Timeline): { vehicles: VehicleSpec[]; sessions: PlugSession[] } {
  const vehicles: VehicleSpec[] = [];
  const sessions: PlugSession[] = [];
  sc.vehicles.forEach((v, vi) => {
    for (let k = 0; k < v.count; k++) {
      const spec: VehicleSpec = {
        id: v.count > 1 ? `${v.id}#${k + 1}` : v.id,
        group: v.group,
        batteryKwh: v.batteryKwh,
        consumptionKwhPer100km: v.consumptionKwhPer100km,
        acChargerKw: v.acChargerKw,
        v2gKw: v.v2gKw,
        v2gRoundTripEfficiency: v.v2gRoundTripEfficiency,
        v2gMinSoc: v.v2gMinSoc,
        socMax: v.socMax,
      };
      const index = vehicles.push(spec) - 1;
      if (v.sessions.kind === 'generator') {
        sessions.push(...generateSessions(spec, index, { seed: v.sessions.seed + 7919 * k, weekday: v.sessions.weekday, weekend: v.sessions.weekend }, timeline));
      } else {
        v.sessions.items.forEach((item, si) => {
          const a = Date.parse(item.arrival);
          const d = Date.parse(item.departure);
          const arrivalStep = a < timeline.startUtcMs ? 0 : indexAt(timeline, a);
          const depIdx = indexAt(timeline, d);
          const departureStep = depIdx < 0 ? timeline.length : depIdx;
          if (arrivalStep < 0 || departureStep <= arrivalStep) {
            throw new ScenarioAssemblyError(`vehicles.${vi}.sessions.items.${si}`, 'session lies outside the simulated year');
          }
          sessions.push({
            vehicleIndex: index,
            arrivalStep,
            departureStep,
            requestedKwh: item.requestedKwh ?? ((item.distanceKm ?? 0) * v.consumptionKwhPer100km) / 100,
            arrivalSoc: item.arrivalSoc,
          });
        });
      }
    }
  });
  return { vehicles, sessions };
}
