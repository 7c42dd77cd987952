/**
 * The time-stepping core of the micro-grid engine. Per step (dt = stepMinutes/60 h):
 *  1. storage self-discharge;
 *  2. demand = loads + EV charging decided before the loop (chargingScheduler.ts) + mandatory charging
 *     of V2G vehicles (v2gFleet.ts);
 *  3. the dispatch strategy sets the storage power, clamped to the container's headroom and so that
 *     charging never pushes imports over the cap nor discharging pushes exports over theirs;
 *  4. V2G vehicles absorb PV surplus or cover the remaining deficit (not during off-peak hours when
 *     grid-connected: grid energy is cheaper then);
 *  5. the grid connection imports/exports within limits, sheds by priority (within each class's event
 *     rules, SheddableLoadState of models/loads: longest event, pause, rebound added to later demand),
 *     curtails, and what is left is unserved (gridConnection.ts).
 * A planned strategy (optimal LP) is executed as planned within the container's headroom, and the V2G
 * vehicles follow the plan; rule-based strategies are clamped so charging never pushes imports over the
 * cap and discharging never exports beyond the export limit.
 * Site balance each step, exactly: pv − curtailed + import + storage discharge + V2G
 *   = (load + rebound − shed − unserved) + EV charging + storage charge + export.
 * Hot loop: typed arrays allocated once, one reused context object, no closures created per step.
 */
import { stepHours } from '../core/timeline';
import { scheduleCharging } from '../ev/chargingScheduler';
import { buildSessionTable, type SessionTable } from '../ev/sessions';
import { V2gFleet } from '../ev/v2gFleet';
import { GridStep } from '../grid/gridConnection';
import { createStrategy } from '../dispatch/createStrategy';
import { newStepContext, type DispatchStrategy, type StepContext } from '../dispatch/strategy';
import { StorageContainer } from '../storage/container';
import { SheddableLoadState } from '../loads/flexible/sheddableLoadState';
import { projectEndOfLifeYears } from '../storage/packAgeing';
import {
  SimulationCancelled,
  type DepartureRecords,
  type SimulateOptions,
  type SimulationInput,
  type SimulationResult,
  type SimulationSeries,
} from './types';

const CHECK_EVERY_STEPS = 4096;
const DEPARTURE_TOLERANCE_KWH = 1e-6;

export async function simulate(
  input: SimulationInput,
  options: SimulateOptions = {},
): Promise<SimulationResult> {
  const t0 = performance.now();
  const { timeline, series: s, grid: g } = input;
  const n = timeline.length;
  const dtH = stepHours(timeline);
  checkLengths(input);

  // Vehicles and groups.
  const groups: string[] = [];
  const groupOfVehicle = new Int32Array(input.vehicles.length);
  input.vehicles.forEach((v, k) => {
    let gi = groups.indexOf(v.group);
    if (gi < 0) gi = groups.push(v.group) - 1;
    groupOfVehicle[k] = gi;
  });
  const table = buildSessionTable(input.vehicles, input.sessions);
  const isV2g = new Uint8Array(Math.max(1, table.count));
  const groupOfSession = new Int32Array(Math.max(1, table.count));
  let anyV2g = false;
  for (let k = 0; k < table.count; k++) {
    groupOfSession[k] = groupOfVehicle[table.vehicle[k]];
    if (input.chargingPolicy === 'v2g' && input.vehicles[table.vehicle[k]].v2gKw > 0) {
      isV2g[k] = 1;
      anyV2g = true;
    }
  }
  const importLimitKw = g.islanded ? 0 : g.importLimitKw;
  const exportLimitKw = g.islanded ? 0 : g.exportLimitKw;
  const pre = scheduleCharging(
    input.vehicles,
    table,
    { pvKw: s.pvKw, loadKw: s.loadKw, offPeak: s.offPeak },
    {
      dtH,
      length: n,
      policy: input.chargingPolicy,
      importLimitKw,
      skip: isV2g,
      groupOfVehicle,
      groupCount: groups.length,
    },
  );
  const fleet = new V2gFleet(input.vehicles, table, isV2g);
  const evChargeKwByGroup = pre.chargeKwByGroup;
  const v2gKwByGroup = groups.map(() => new Float64Array(n));

  const container = new StorageContainer(input.storage.packs);
  const classes = s.sheddableKw.length;

  const packs = container.packs;
  let etaC = 1;
  let etaD = 1;
  let sdPerHour = 0;
  if (packs.length > 0) {
    const cap = container.capacityKwh;
    etaC = 0;
    etaD = 0;
    for (const p of packs) {
      const w = cap > 0 ? p.capacityKwh / cap : 1 / packs.length;
      etaC += w * p.etaCharge;
      etaD += w * p.etaDischarge;
      sdPerHour += w * p.selfDischargePerHour;
    }
  }
  const strategy = await createStrategy(input.strategy, () => ({
    length: n,
    dtH,
    demandKw: sumOf(s.loadKw, pre.totalChargeKw),
    pvKw: s.pvKw,
    importPrice: s.importPriceEurPerKwh,
    exportPrice: s.exportPriceEurPerKwh,
    sheddableKw: s.sheddableKw,
    shedPenaltyEurPerKwh: g.shedPenaltyEurPerKwh,
    unservedPenaltyEurPerKwh: g.unservedPenaltyEurPerKwh,
    importLimitKw,
    exportLimitKw,
    storage: {
      minKwh: container.minKwh,
      maxKwh: container.maxKwh,
      maxChargeKw: packs.reduce((a, p) => a + p.maxChargeKw, 0),
      maxDischargeKw: packs.reduce((a, p) => a + p.maxDischargeKw, 0),
      etaCharge: etaC,
      etaDischarge: etaD,
      selfDischargePerHour: sdPerHour,
    },
    v2g: anyV2g ? { fleet, table, isV2g, vehicles: input.vehicles } : undefined,
  }));

  // Series length: n, or 0 when only KPIs are wanted (the loop then skips the writes).
  const m = options.kpisOnly ? 0 : n;
  const out: SimulationSeries = {
    pvKw: s.pvKw,
    loadKw: s.loadKw,
    loadServedKw: new Float64Array(m),
    shedKw: new Float64Array(m),
    reboundKw: new Float64Array(m),
    storageChargeKw: new Float64Array(m),
    storageDischargeKw: new Float64Array(m),
    storageSoc: new Float64Array(m),
    evChargeKw: new Float64Array(m),
    v2gKw: new Float64Array(m),
    gridImportKw: new Float64Array(m),
    gridExportKw: new Float64Array(m),
    curtailedKw: new Float64Array(m),
    unservedKw: new Float64Array(m),
    storageLossKw: new Float64Array(m),
    evLossKw: new Float64Array(m),
  };
  const gridStep = new GridStep({
    islanded: g.islanded,
    importLimitKw: g.importLimitKw,
    exportLimitKw: g.exportLimitKw,
  });
  const shedOut = new Float64Array(classes);
  const shedAvail = new Float64Array(classes);
  // Event rules (duration, pause, rebound) through the loads module's SheddableLoadState.
  const shedStates: (SheddableLoadState | null)[] = [];
  for (let c = 0; c < classes; c++) {
    const rule = s.sheddableRules?.[c] ?? null;
    const maxKw = maxOf(s.sheddableKw[c]);
    shedStates.push(
      rule && maxKw > 0
        ? new SheddableLoadState(
            {
              name: rule.name,
              powerKw: maxKw,
              maxDurationMinutes: rule.maxDurationMinutes,
              minGapMinutes: rule.minGapMinutes,
              priority: c,
              reboundFraction: rule.reboundFraction,
              reboundDelayMinutes: rule.reboundDelayMinutes,
            },
            timeline,
          )
        : null,
    );
  }
  const ctx = newStepContext();
  ctx.dtH = dtH;
  ctx.importLimitKw = importLimitKw;
  ctx.exportLimitKw = exportLimitKw;
  ctx.islanded = g.islanded;
  ctx.minKwh = container.minKwh;
  ctx.maxKwh = container.maxKwh;
  ctx.capacityKwh = container.capacityKwh;
  ctx.etaCharge = etaC;
  const tempC = s.tempC;
  const tempOffsetC = input.storage.tempOffsetC;
  const stepsPerDay = Math.max(1, Math.round(1440 / timeline.stepMinutes));
  const t1 = performance.now();

  const acc = new Float64Array(ACC_COUNT);
  const evShort = new Uint8Array(Math.max(1, table.count));
  const loopArgs: LoopArgs = {
      n,
      dtH,
      s,
      g,
      out,
      ctx,
      container,
      fleet,
      anyV2g,
      strategy,
      gridStep,
      shedOut,
      shedAvail,
      shedStates,
      table,
      evShort,
      classes,
      preChargeKw: pre.totalChargeKw,
      evChargeKwByGroup,
      v2gKwByGroup,
      groupOfSession,
      importLimitKw,
      exportLimitKw,
      tempC,
      tempOffsetC,
      stepsPerDay,
  };
  // The container's steps are fused: finishStep ends step i and begins step i + 1 in one pass over the packs.
  if (n > 0) container.beginStep(dtH);
  // Chunks of steps: stepLoop is then an ordinary hot function, optimised once and reused by later chunks
  // and runs, instead of being entered through on-stack replacement at every run.
  for (let from = 0; from < n; from += CHECK_EVERY_STEPS) {
    if (options.signal?.aborted) throw new SimulationCancelled();
    if (options.onProgress && from > 0) options.onProgress(from / n);
    stepLoop(loopArgs, acc, from, Math.min(n, from + CHECK_EVERY_STEPS));
  }
  const importKwh = acc[A_IMPORT],
    exportKwh = acc[A_EXPORT],
    curtailedKwh = acc[A_CURTAILED],
    unservedKwh = acc[A_UNSERVED];
  const shedKwh = acc[A_SHED],
    pvKwh = acc[A_PV],
    loadKwh = acc[A_LOAD],
    evKwh = acc[A_EV],
    v2gKwh = acc[A_V2G];
  const peakImport = acc[A_PEAK],
    shedEvents = acc[A_SHED_EVENTS],
    throughputDisKwh = acc[A_THROUGHPUT],
    storageLossKwh = acc[A_STORAGE_LOSS];
  const costEur = acc[A_COST],
    baselineCostEur = acc[A_BASELINE_COST],
    penaltyEur = acc[A_PENALTY],
    co2Kg = acc[A_CO2],
    baselineCo2Kg = acc[A_BASELINE_CO2];
  const t2 = performance.now();
  options.onProgress?.(1);

  // Ageing: close the partial day and open cycles, then project end of life.
  const days = (n * dtH) / 24;
  const remainingDays = days - (Math.floor(n / stepsPerDay) * (stepsPerDay * dtH)) / 24;
  let capW = 0,
    sohStart = 0,
    sohEnd = 0,
    lowest = 1,
    qCalW = 0,
    qCycW = 0,
    firstEol = Number.POSITIVE_INFINITY,
    pExp = 0.5;
  if (remainingDays > 1e-9) container.advanceAgeing(remainingDays);
  container.flushAgeing();
  const packResults = packs.map((pk) => {
    pk.ageing.finish(0);
    const a = pk.ageing;
    const years = projectEndOfLifeYears(
      {
        initialSoh: a.initialSoh,
        qLossCalendar: a.qLossCalendar,
        qLossCycle: a.qLossCycle,
        days,
        timeExponent: a.params.calendar.timeExponent,
      },
      input.storage.endOfLifeSoh,
    );
    const w = pk.capacityKwh / Math.max(1e-12, a.initialSoh);
    capW += w;
    sohStart += w * a.initialSoh;
    sohEnd += w * a.soh;
    qCalW += w * a.initialSoh * a.qLossCalendar;
    qCycW += w * a.initialSoh * a.qLossCycle;
    pExp = a.params.calendar.timeExponent;
    if (a.soh < lowest) lowest = a.soh;
    const eolYear = input.startYear + years;
    if (eolYear < firstEol) firstEol = eolYear;
    return {
      initialSoh: a.initialSoh,
      finalSoh: a.soh,
      endOfLifeYear: eolYear,
      capacityWeight: w,
      ageing: { initialSoh: a.initialSoh, qLossCalendar: a.qLossCalendar, qLossCycle: a.qLossCycle, days, timeExponent: a.params.calendar.timeExponent },
    };
  });
  const sohStartMean = capW > 0 ? sohStart / capW : 0;
  const containerYears =
    capW > 0
      ? projectEndOfLifeYears(
          {
            initialSoh: sohStartMean,
            qLossCalendar: qCalW / capW / sohStartMean,
            qLossCycle: qCycW / capW / sohStartMean,
            days,
            timeExponent: pExp,
          },
          input.storage.endOfLifeSoh,
        )
      : Number.POSITIVE_INFINITY;

  // Departures (sessions that end inside the run), each kept for the departures chart.
  let departures = 0;
  let reached = 0;
  const departed: number[] = [];
  for (let k = 0; k < table.count; k++) {
    if (table.departure[k] >= n) continue;
    departures++;
    departed.push(k);
    const e = isV2g[k] ? fleet.energyKwh[k] : pre.departureKwh[k];
    if (!evShort[k] && e >= table.targetKwh[k] - DEPARTURE_TOLERANCE_KWH) reached++;
  }
  const departureRecords: DepartureRecords = {
    vehicleId: departed.map((k) => input.vehicles[table.vehicle[k]].id),
    departureStep: Int32Array.from(departed, (k) => table.departure[k]),
    // Energy the session asked to charge, and the energy it got (battery at departure − at arrival).
    requestedKwh: Float64Array.from(departed, (k) => table.targetKwh[k] - table.arrivalKwh[k]),
    deliveredKwh: Float64Array.from(departed, (k) => (isV2g[k] ? fleet.energyKwh[k] : pre.departureKwh[k]) - table.arrivalKwh[k]),
  };
  const reboundKwh = acc[A_REBOUND];
  // Served loads + supplied EV charging (the EV part of the unserved energy is already out of evKwh).
  const consumption = loadKwh + reboundKwh - shedKwh - (unservedKwh - acc[A_EV_UNSERVED]) + evKwh;
  const capacity = container.capacityKwh;
  return {
    timeline,
    series: out,
    groups,
    evChargeKwByGroup,
    v2gKwByGroup,
    packs: packResults,
    departures: departureRecords,
    timings: { prepareMs: t1 - t0, loopMs: t2 - t1 },
    kpis: {
      pvKwh,
      loadKwh,
      evChargeKwh: evKwh,
      v2gKwh,
      importKwh,
      exportKwh,
      curtailedKwh,
      unservedKwh,
      shedKwh,
      shedEvents,
      reboundKwh,
      evUnservedKwh: acc[A_EV_UNSERVED],
      peakImportKw: peakImport,
      selfConsumptionRate: pvKwh > 0 ? (pvKwh - exportKwh - curtailedKwh) / pvKwh : 0,
      selfSufficiency: consumption > 0 ? Math.max(0, (consumption - importKwh) / consumption) : 0,
      storageThroughputKwh: throughputDisKwh,
      storageLossesKwh: storageLossKwh,
      equivalentFullCycles: capacity > 0 ? throughputDisKwh / capacity : 0,
      storageSohStart: sohStartMean,
      storageSohEnd: capW > 0 ? sohEnd / capW : 0,
      lowestPackSohEnd: packs.length > 0 ? lowest : 0,
      projectedEndOfLifeYear: input.startYear + containerYears,
      firstPackEndOfLifeYear: firstEol,
      departures,
      departuresAtRequestedSoc: reached,
      departuresAtRequestedSocShare: departures > 0 ? reached / departures : 1,
      energyCostEur: costEur,
      baselineEnergyCostEur: baselineCostEur,
      operatingCostEur: costEur + penaltyEur,
      co2Kg,
      baselineCo2Kg,
    },
  };
}

// Whole-series helpers of the preparation, small functions so each loop is optimised on its own.
function sumOf(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < out.length; i++) out[i] = a[i] + b[i];
  return out;
}

function maxOf(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > m) m = a[i];
  return m;
}

function checkLengths(input: SimulationInput): void {
  const n = input.timeline.length;
  const s = input.series;
  const named: [string, ArrayLike<number> | undefined][] = [
    ['pvKw', s.pvKw],
    ['loadKw', s.loadKw],
    ['importPriceEurPerKwh', s.importPriceEurPerKwh],
    ['exportPriceEurPerKwh', s.exportPriceEurPerKwh],
    ['co2KgPerKwh', s.co2KgPerKwh],
    ['offPeak', s.offPeak],
    ['tempC', s.tempC],
    ...s.sheddableKw.map((a, c): [string, ArrayLike<number>] => [`sheddableKw[${c}]`, a]),
  ];
  for (const [name, arr] of named) {
    if (arr !== undefined && arr.length !== n)
      throw new RangeError(`series.${name} has ${arr.length} values, the timeline ${n}`);
  }
  if (input.grid.shedPenaltyEurPerKwh.length !== s.sheddableKw.length) {
    throw new RangeError('grid.shedPenaltyEurPerKwh needs one penalty per sheddable class');
  }
}

const A_IMPORT = 0,
  A_EXPORT = 1,
  A_CURTAILED = 2,
  A_UNSERVED = 3,
  A_SHED = 4,
  A_PV = 5,
  A_LOAD = 6,
  A_EV = 7,
  A_V2G = 8;
const A_PEAK = 9,
  A_SHED_EVENTS = 10,
  A_THROUGHPUT = 11,
  A_STORAGE_LOSS = 12,
  A_COST = 13,
  A_BASELINE_COST = 14;
const A_PENALTY = 15,
  A_CO2 = 16,
  A_BASELINE_CO2 = 17,
  A_REBOUND = 18,
  A_EV_UNSERVED = 19,
  // Loop state carried from one chunk of steps to the next (0/1).
  A_WAS_SHEDDING = 20,
  A_ANY_SHED = 21,
  ACC_COUNT = 22;

interface LoopArgs {
  readonly n: number;
  readonly dtH: number;
  readonly s: SimulationInput['series'];
  readonly g: SimulationInput['grid'];
  readonly out: SimulationSeries;
  readonly ctx: StepContext;
  readonly container: StorageContainer;
  readonly fleet: V2gFleet;
  readonly anyV2g: boolean;
  readonly strategy: DispatchStrategy;
  readonly gridStep: GridStep;
  readonly shedOut: Float64Array;
  readonly shedAvail: Float64Array;
  readonly table: SessionTable;
  readonly evShort: Uint8Array;
  readonly shedStates: readonly (SheddableLoadState | null)[];
  readonly classes: number;
  readonly preChargeKw: Float64Array;
  readonly evChargeKwByGroup: Float64Array[];
  readonly v2gKwByGroup: Float64Array[];
  readonly groupOfSession: Int32Array;
  readonly importLimitKw: number;
  readonly exportLimitKw: number;
  readonly tempC: Float64Array | undefined;
  readonly tempOffsetC: number;
  readonly stepsPerDay: number;
}

/**
 * The hot loop over steps [from, to), kept out of the async simulate() so its locals stay in registers
 * (no context allocation); accumulators and the state carried between chunks go to one Float64Array.
 */
function stepLoop(a: LoopArgs, acc: Float64Array, from: number, to: number): void {
  const {
    n,
    dtH,
    s,
    g,
    out,
    ctx,
    container,
    fleet,
    anyV2g,
    strategy,
    gridStep,
    shedOut,
    shedAvail,
    shedStates,
    classes,
    table,
    evShort,
  } = a;
  const {
    preChargeKw,
    evChargeKwByGroup,
    v2gKwByGroup,
    groupOfSession,
    importLimitKw,
    exportLimitKw,
    tempC,
    tempOffsetC,
    stepsPerDay,
  } = a;
  let wasShedding = acc[A_WAS_SHEDDING] > 0;
  let anyShed = acc[A_ANY_SHED] > 0;
  // Accumulators in locals for the chunk (same additions in the same order), written back at its end.
  let sEvUnserved = acc[A_EV_UNSERVED];
  let sImport = acc[A_IMPORT];
  let sExport = acc[A_EXPORT];
  let sCurtailed = acc[A_CURTAILED];
  let sUnserved = acc[A_UNSERVED];
  let sShed = acc[A_SHED];
  let sPv = acc[A_PV];
  let sLoad = acc[A_LOAD];
  let sRebound = acc[A_REBOUND];
  let sEv = acc[A_EV];
  let sV2g = acc[A_V2G];
  let sThroughput = acc[A_THROUGHPUT];
  let sStorageLoss = acc[A_STORAGE_LOSS];
  let sPeak = acc[A_PEAK];
  let sShedEvents = acc[A_SHED_EVENTS];
  let sCost = acc[A_COST];
  let sPenalty = acc[A_PENALTY];
  let sBaselineCost = acc[A_BASELINE_COST];
  let sCo2 = acc[A_CO2];
  let sBaselineCo2 = acc[A_BASELINE_CO2];
  // A planned strategy (optimal LP) is executed as is, within the container's headroom only.
  const planned = strategy.executesPlan && strategy.beginStep !== undefined;
  const record = out.loadServedKw.length === n;
  const ageing = container.count > 0;
  const usesCritical = strategy.usesCriticalDemand === true;
  // First step count after `from` that closes a day (a multiple of stepsPerDay).
  let nextDayEnd = (Math.floor(from / stepsPerDay) + 1) * stepsPerDay;
  // Every array in a local: the loop calls non-inlined methods, after which fields would be reloaded
  // (and the input objects come from a structured clone in the worker).
  const pvKw = s.pvKw;
  const loadKw = s.loadKw;
  const importPrice = s.importPriceEurPerKwh;
  const exportPrice = s.exportPriceEurPerKwh;
  const offPeak = s.offPeak;
  const co2Series = s.co2KgPerKwh;
  const sheddable = s.sheddableKw;
  const islanded = g.islanded;
  const unservedPenalty = g.unservedPenaltyEurPerKwh;
  const shedPenalty = g.shedPenaltyEurPerKwh;
  const oLoadServed = out.loadServedKw;
  const oShed = out.shedKw;
  const oRebound = out.reboundKw;
  const oCharge = out.storageChargeKw;
  const oDischarge = out.storageDischargeKw;
  const oSoc = out.storageSoc;
  const oEv = out.evChargeKw;
  const oV2g = out.v2gKw;
  const oImport = out.gridImportKw;
  const oExport = out.gridExportKw;
  const oCurtailed = out.curtailedKw;
  const oUnserved = out.unservedKw;
  const oStorageLoss = out.storageLossKw;
  const oEvLoss = out.evLossKw;
  const capacityKwh = ctx.capacityKwh;

  for (let i = from; i < to; i++) {
    const pv = pvKw[i];
    const load = loadKw[i];
    ctx.energyAtStepStartKwh = container.stepEndEnergyKwh;
    if (planned) strategy.beginStep!(i, ctx.energyAtStepStartKwh);
    const selfDis = container.selfDischargeKwh;
    let mandatoryV2g = 0;
    // No V2G vehicle plugged and none arriving now: the fleet's step would give and take nothing.
    const v2gActive = anyV2g && !fleet.idleAt(i);
    if (v2gActive) {
      fleet.startStep(i, dtH);
      mandatoryV2g = fleet.mandatoryKw;
    }
    let rebound = 0;
    // A class that has never been shed has no rebound to give (its state only needs visiting once it sheds).
    if (anyShed) {
      for (let c = 0; c < classes; c++) {
        const st = shedStates[c];
        if (st !== null && st.hasShed) rebound += st.reboundKw(i);
      }
    }
    // Loads + EV charging decided before the loop (the optimal strategy gets this as a series).
    const demand = load + preChargeKw[i] + mandatoryV2g + rebound;
    let criticalKw = Number.NaN;
    if (usesCritical) {
      let sheddableKw = 0;
      for (let c = 0; c < classes; c++) sheddableKw += sheddable[c][i];
      criticalKw = demand - sheddableKw;
    }

    ctx.i = i;
    ctx.pvKw = pv;
    ctx.demandKw = demand;
    ctx.criticalDemandKw = criticalKw;
    ctx.importPriceEurPerKwh = importPrice[i];
    ctx.exportPriceEurPerKwh = exportPrice[i];
    ctx.offPeak = offPeak[i] === 1;
    ctx.chargeHeadroomKw = container.chargeHeadroomKw;
    ctx.dischargeHeadroomKw = container.dischargeHeadroomKw;
    ctx.energyKwh = container.energyKwh;
    let p = strategy.decide(ctx);

    let ch = 0;
    let dis = 0;
    if (p > 0) {
      // Discharging beyond the site demand only makes sense to export, and only at a non-negative price.
      const maxUseful = demand - pv + (exportPrice[i] < 0 ? 0 : exportLimitKw);
      if (!planned && p > maxUseful) p = maxUseful > 0 ? maxUseful : 0;
      dis = container.requestDischarge(p);
    } else if (p < 0) {
      let want = -p;
      // Rule-based strategies never push imports over the cap (nor shed loads) to charge.
      const maxCharge = importLimitKw + pv - demand;
      if (!planned && want > maxCharge) want = maxCharge > 0 ? maxCharge : 0;
      ch = container.requestCharge(want);
    }
    // Applies the power, samples the ageing stressors of this step and begins the next one.
    container.stepTempC = (tempC ? tempC[i] : 25) + tempOffsetC;
    container.finishStepAt(ageing, i + 1 < n);
    const convLoss = container.lossKwh;
    const storedKwh = container.stepEndEnergyKwh;
    let residual = demand + ch - pv - dis;

    let v2gCh = mandatoryV2g;
    let v2gDis = 0;
    let evLoss = 0;
    if (v2gActive) {
      const allowDischarge = planned || islanded || !ctx.offPeak;
      fleet.surplusKw = residual < 0 ? -residual : 0;
      fleet.deficitKw = residual > 0 ? residual : 0;
      fleet.settleStep(allowDischarge, dtH, evChargeKwByGroup, v2gKwByGroup, groupOfSession);
      v2gCh = fleet.chargeKw;
      v2gDis = fleet.dischargeKw;
      evLoss = fleet.lossKwh;
      residual += v2gCh - mandatoryV2g - v2gDis;
    }
    // What each class may shed is only read when the deficit exceeds the import limit.
    if (residual > importLimitKw) {
      for (let c = 0; c < classes; c++) {
        const st = shedStates[c];
        shedAvail[c] = st === null || st.canShed(i) ? sheddable[c][i] : 0;
      }
    }
    gridStep.resolve(residual, exportPrice[i], shedAvail, shedOut);
    const imp = gridStep.importKw;
    const exp = gridStep.exportKw;
    const unserved = gridStep.unservedKw;
    const shed = gridStep.shedKw;
    if (shed > 0) {
      for (let c = 0; c < classes; c++) {
        const st = shedStates[c];
        if (st !== null && shedOut[c] > 0) {
          st.shed(i, shedOut[c]);
          anyShed = true;
        }
      }
    }
    // A deficit nothing can cover falls on the loads first, then on EV charging: the charging that was
    // not supplied is not counted as served, and the plugged sessions are marked as short of energy.
    const loadDemand = load + rebound - shed;
    const unservedLoad = unserved < loadDemand ? unserved : loadDemand > 0 ? loadDemand : 0;
    const evUnserved = unserved - unservedLoad;
    const evCharge = preChargeKw[i] + v2gCh - evUnserved;
    if (evUnserved > 1e-9) {
      // The V2G vehicles' share of the unsupplied charging is taken back from their batteries.
      if (anyV2g && v2gCh > 0) {
        fleet.revokeCharge((evUnserved * v2gCh) / (preChargeKw[i] + v2gCh), dtH, evChargeKwByGroup, groupOfSession);
        evLoss = fleet.lossKwh;
      }
      for (let k = 0; k < table.count; k++) if (table.arrival[k] <= i && table.departure[k] > i) evShort[k] = 1;
      sEvUnserved += evUnserved * dtH;
    }

    if (record) {
      // The series start zeroed; zeros are not written so the pages of mostly-zero series (shedding,
      // curtailment, exports…) are never touched: page faults of fresh memory dominate these writes.
      oLoadServed[i] = loadDemand - unservedLoad;
      if (shed !== 0) oShed[i] = shed;
      if (rebound !== 0) oRebound[i] = rebound;
      if (ch !== 0) oCharge[i] = ch;
      if (dis !== 0) oDischarge[i] = dis;
      oSoc[i] = capacityKwh > 0 ? storedKwh / capacityKwh : 0;
      if (evCharge !== 0) oEv[i] = evCharge;
      if (v2gDis !== 0) oV2g[i] = v2gDis;
      if (imp !== 0) oImport[i] = imp;
      if (exp !== 0) oExport[i] = exp;
      const curtailed = gridStep.curtailedKw;
      if (curtailed !== 0) oCurtailed[i] = curtailed;
      if (unserved !== 0) oUnserved[i] = unserved;
      oStorageLoss[i] = (convLoss + selfDis) / dtH;
      if (evLoss !== 0) oEvLoss[i] = evLoss / dtH;
    }

    const price = importPrice[i];
    const co2 = co2Series[i];
    sImport += imp * dtH;
    sExport += exp * dtH;
    sCurtailed += gridStep.curtailedKw * dtH;
    sUnserved += unserved * dtH;
    sShed += shed * dtH;
    sPv += pv * dtH;
    sLoad += load * dtH;
    sRebound += rebound * dtH;
    sEv += evCharge * dtH;
    sV2g += v2gDis * dtH;
    sThroughput += dis * dtH;
    sStorageLoss += convLoss + selfDis;
    if (imp > sPeak) sPeak = imp;
    if (shed > 0 && !wasShedding) sShedEvents++;
    wasShedding = shed > 0;
    sCost += (imp * price - exp * exportPrice[i]) * dtH;
    let pen = unserved * unservedPenalty;
    if (shed > 0) for (let c = 0; c < classes; c++) pen += shedOut[c] * shedPenalty[c];
    sPenalty += pen * dtH;
    sBaselineCost += (load + evCharge) * price * dtH;
    sCo2 += imp * co2 * dtH;
    sBaselineCo2 += (load + evCharge) * co2 * dtH;

    if (i + 1 === nextDayEnd) {
      // A whole day of ageing stressors: one calendar update (no modulo per step).
      nextDayEnd += stepsPerDay;
      if (ageing) container.advanceAgeing(1);
    }
  }
  acc[A_EV_UNSERVED] = sEvUnserved;
  acc[A_IMPORT] = sImport;
  acc[A_EXPORT] = sExport;
  acc[A_CURTAILED] = sCurtailed;
  acc[A_UNSERVED] = sUnserved;
  acc[A_SHED] = sShed;
  acc[A_PV] = sPv;
  acc[A_LOAD] = sLoad;
  acc[A_REBOUND] = sRebound;
  acc[A_EV] = sEv;
  acc[A_V2G] = sV2g;
  acc[A_THROUGHPUT] = sThroughput;
  acc[A_STORAGE_LOSS] = sStorageLoss;
  acc[A_PEAK] = sPeak;
  acc[A_SHED_EVENTS] = sShedEvents;
  acc[A_COST] = sCost;
  acc[A_PENALTY] = sPenalty;
  acc[A_BASELINE_COST] = sBaselineCost;
  acc[A_CO2] = sCo2;
  acc[A_BASELINE_CO2] = sBaselineCo2;
  acc[A_WAS_SHEDDING] = wasShedding ? 1 : 0;
  acc[A_ANY_SHED] = anyShed ? 1 : 0;
}
