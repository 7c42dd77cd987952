/**
 * The time-stepping core of the micro-grid engine. Per step (dt = stepMinutes/60 h):
 *  1. storage self-discharge;
 *  2. demand = loads + EV charging decided before the loop (chargingScheduler.ts) + mandatory charging
 *     of V2G vehicles (v2gFleet.ts);
 *  3. the dispatch strategy sets the storage power, clamped to the container's headroom and so that
 *     charging never pushes imports over the cap nor discharging pushes exports over theirs;
 *  4. V2G vehicles absorb PV surplus or cover the remaining deficit (not during off-peak hours when
 *     grid-connected: grid energy is cheaper then);
 *  5. the grid connection imports/exports within limits, sheds by priority, curtails, and what is left
 *     is unserved (gridConnection.ts).
 * Site balance each step, exactly: pv − curtailed + import + storage discharge + V2G
 *   = (load − shed − unserved) + EV charging + storage charge + export.
 * Hot loop: typed arrays allocated once, one reused context object, no closures created per step.
 */
import { stepHours } from '../core/timeline';
import { scheduleCharging } from '../ev/chargingScheduler';
import { buildSessionTable } from '../ev/sessions';
import { V2gFleet } from '../ev/v2gFleet';
import { GridStep } from '../grid/gridConnection';
import { createStrategy } from '../dispatch/createStrategy';
import { newStepContext } from '../dispatch/strategy';
import { StorageContainer } from '../storage/container';
import { projectEndOfLifeYears } from '../storage/packAgeing';
import { SimulationCancelled, type SimulateOptions, type SimulationInput, type SimulationResult, type SimulationSeries } from './types';

const CHECK_EVERY_STEPS = 4096;
const DEPARTURE_TOLERANCE_KWH = 1e-6;

export async function simulate(input: SimulationInput, options: SimulateOptions = {}): Promise<SimulationResult> {
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
  const pre = scheduleCharging(input.vehicles, table, { pvKw: s.pvKw, loadKw: s.loadKw, offPeak: s.offPeak }, {
    dtH,
    length: n,
    policy: input.chargingPolicy,
    importLimitKw,
    skip: isV2g,
    groupOfVehicle,
    groupCount: groups.length,
  });
  const fleet = new V2gFleet(input.vehicles, table, isV2g);
  const evChargeKwByGroup = pre.chargeKwByGroup;
  const v2gKwByGroup = groups.map(() => new Float64Array(n));

  const container = new StorageContainer(input.storage.packs);
  const classes = s.sheddableKw.length;
  const sheddableTotal = new Float64Array(n);
  for (let c = 0; c < classes; c++) for (let i = 0; i < n; i++) sheddableTotal[i] += s.sheddableKw[c][i];
  const demandPre = new Float64Array(n);
  for (let i = 0; i < n; i++) demandPre[i] = s.loadKw[i] + pre.totalChargeKw[i];

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
    demandKw: demandPre,
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
  }));

  const out: SimulationSeries = {
    pvKw: s.pvKw,
    loadKw: s.loadKw,
    loadServedKw: new Float64Array(n),
    shedKw: new Float64Array(n),
    storageChargeKw: new Float64Array(n),
    storageDischargeKw: new Float64Array(n),
    storageSoc: new Float64Array(n),
    evChargeKw: new Float64Array(n),
    v2gKw: new Float64Array(n),
    gridImportKw: new Float64Array(n),
    gridExportKw: new Float64Array(n),
    curtailedKw: new Float64Array(n),
    unservedKw: new Float64Array(n),
    storageLossKw: new Float64Array(n),
    evLossKw: new Float64Array(n),
  };
  const gridStep = new GridStep({ islanded: g.islanded, importLimitKw: g.importLimitKw, exportLimitKw: g.exportLimitKw });
  const shedOut = new Float64Array(classes);
  const ctx = newStepContext();
  ctx.dtH = dtH;
  ctx.importLimitKw = importLimitKw;
  ctx.exportLimitKw = exportLimitKw;
  ctx.islanded = g.islanded;
  ctx.minKwh = container.minKwh;
  ctx.maxKwh = container.maxKwh;
  ctx.capacityKwh = container.capacityKwh;
  const tempC = s.tempC;
  const tempOffsetC = input.storage.tempOffsetC;
  const stepsPerDay = Math.max(1, Math.round(1440 / timeline.stepMinutes));
  const t1 = performance.now();

  let importKwh = 0, exportKwh = 0, curtailedKwh = 0, unservedKwh = 0, shedKwh = 0, pvKwh = 0, loadKwh = 0;
  let evKwh = 0, v2gKwh = 0, peakImport = 0, shedEvents = 0, throughputDisKwh = 0, storageLossKwh = 0;
  let costEur = 0, baselineCostEur = 0, penaltyEur = 0, co2Kg = 0, baselineCo2Kg = 0;
  let wasShedding = false;

  for (let i = 0; i < n; i++) {
    if (i % CHECK_EVERY_STEPS === 0) {
      if (options.signal?.aborted) throw new SimulationCancelled();
      if (options.onProgress && i > 0) options.onProgress(i / n);
    }
    const pv = s.pvKw[i];
    const load = s.loadKw[i];
    ctx.energyAtStepStartKwh = container.energyKwh;
    const selfDis = container.selfDischarge(dtH);
    const mandatoryV2g = anyV2g ? fleet.beginStep(i, dtH) : 0;
    const demand = demandPre[i] + mandatoryV2g;

    ctx.i = i;
    ctx.pvKw = pv;
    ctx.demandKw = demand;
    ctx.criticalDemandKw = demand - sheddableTotal[i];
    ctx.importPriceEurPerKwh = s.importPriceEurPerKwh[i];
    ctx.exportPriceEurPerKwh = s.exportPriceEurPerKwh[i];
    ctx.offPeak = s.offPeak[i] === 1;
    ctx.chargeHeadroomKw = container.chargeHeadroomKw(dtH);
    ctx.dischargeHeadroomKw = container.dischargeHeadroomKw(dtH);
    ctx.energyKwh = container.energyKwh;
    let p = strategy.decide(ctx);

    let ch = 0;
    let dis = 0;
    container.lossKwh = 0;
    if (p > 0) {
      // Discharging beyond the site demand only makes sense to export, and only at a non-negative price.
      const maxUseful = demand - pv + (s.exportPriceEurPerKwh[i] < 0 ? 0 : exportLimitKw);
      if (p > maxUseful) p = maxUseful > 0 ? maxUseful : 0;
      dis = container.discharge(p, dtH);
    } else if (p < 0) {
      let want = -p;
      const maxCharge = importLimitKw + pv - demand;
      if (want > maxCharge) want = maxCharge > 0 ? maxCharge : 0;
      ch = container.charge(want, dtH);
    }
    const convLoss = container.lossKwh;
    let residual = demand + ch - pv - dis;

    let v2gCh = mandatoryV2g;
    let v2gDis = 0;
    let evLoss = 0;
    if (anyV2g) {
      const allowDischarge = g.islanded || !ctx.offPeak;
      fleet.settle(residual < 0 ? -residual : 0, residual > 0 ? residual : 0, allowDischarge, dtH, evChargeKwByGroup, v2gKwByGroup, groupOfSession);
      v2gCh = fleet.chargeKw;
      v2gDis = fleet.dischargeKw;
      evLoss = fleet.lossKwh;
      residual += v2gCh - mandatoryV2g - v2gDis;
    }
    gridStep.resolve(residual, s.exportPriceEurPerKwh[i], s.sheddableKw, i, shedOut);
    const imp = gridStep.importKw;
    const exp = gridStep.exportKw;
    const unserved = gridStep.unservedKw;
    const shed = gridStep.shedKw;
    const evCharge = pre.totalChargeKw[i] + v2gCh;

    out.loadServedKw[i] = load - shed - unserved;
    out.shedKw[i] = shed;
    out.storageChargeKw[i] = ch;
    out.storageDischargeKw[i] = dis;
    out.storageSoc[i] = ctx.capacityKwh > 0 ? container.energyKwh / ctx.capacityKwh : 0;
    out.evChargeKw[i] = evCharge;
    out.v2gKw[i] = v2gDis;
    out.gridImportKw[i] = imp;
    out.gridExportKw[i] = exp;
    out.curtailedKw[i] = gridStep.curtailedKw;
    out.unservedKw[i] = unserved;
    out.storageLossKw[i] = (convLoss + selfDis) / dtH;
    out.evLossKw[i] = evLoss / dtH;

    const price = s.importPriceEurPerKwh[i];
    const co2 = s.co2KgPerKwh[i];
    importKwh += imp * dtH;
    exportKwh += exp * dtH;
    curtailedKwh += gridStep.curtailedKw * dtH;
    unservedKwh += unserved * dtH;
    shedKwh += shed * dtH;
    pvKwh += pv * dtH;
    loadKwh += load * dtH;
    evKwh += evCharge * dtH;
    v2gKwh += v2gDis * dtH;
    throughputDisKwh += dis * dtH;
    storageLossKwh += convLoss + selfDis;
    if (imp > peakImport) peakImport = imp;
    if (shed > 0 && !wasShedding) shedEvents++;
    wasShedding = shed > 0;
    costEur += (imp * price - exp * s.exportPriceEurPerKwh[i]) * dtH;
    let pen = unserved * g.unservedPenaltyEurPerKwh;
    for (let c = 0; c < classes; c++) pen += shedOut[c] * g.shedPenaltyEurPerKwh[c];
    penaltyEur += pen * dtH;
    baselineCostEur += (load + evCharge) * price * dtH;
    co2Kg += imp * co2 * dtH;
    baselineCo2Kg += (load + evCharge) * co2 * dtH;

    if (packs.length > 0) {
      container.sampleAgeing((tempC ? tempC[i] : 25) + tempOffsetC);
      if ((i + 1) % stepsPerDay === 0) container.advanceAgeing(1);
    }
  }
  const t2 = performance.now();
  options.onProgress?.(1);

  // Ageing: close the partial day and open cycles, then project end of life.
  const days = (n * dtH) / 24;
  const remainingDays = days - Math.floor(n / stepsPerDay) * (stepsPerDay * dtH) / 24;
  let capW = 0, sohStart = 0, sohEnd = 0, lowest = 1, qCalW = 0, qCycW = 0, firstEol = Number.POSITIVE_INFINITY, pExp = 0.5;
  const packResults = packs.map((pk) => {
    pk.ageing.finish(remainingDays);
    const a = pk.ageing;
    const years = projectEndOfLifeYears(
      { initialSoh: a.initialSoh, qLossCalendar: a.qLossCalendar, qLossCycle: a.qLossCycle, days, timeExponent: a.params.calendar.timeExponent },
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
    return { initialSoh: a.initialSoh, finalSoh: a.soh, endOfLifeYear: eolYear };
  });
  const sohStartMean = capW > 0 ? sohStart / capW : 0;
  const containerYears =
    capW > 0
      ? projectEndOfLifeYears(
          { initialSoh: sohStartMean, qLossCalendar: qCalW / capW / sohStartMean, qLossCycle: qCycW / capW / sohStartMean, days, timeExponent: pExp },
          input.storage.endOfLifeSoh,
        )
      : Number.POSITIVE_INFINITY;

  // Departures (sessions that end inside the run).
  let departures = 0;
  let reached = 0;
  for (let k = 0; k < table.count; k++) {
    if (table.departure[k] >= n) continue;
    departures++;
    const e = isV2g[k] ? fleet.energyKwh[k] : pre.departureKwh[k];
    if (e >= table.targetKwh[k] - DEPARTURE_TOLERANCE_KWH) reached++;
  }
  const consumption = loadKwh - shedKwh - unservedKwh + evKwh;
  const capacity = container.capacityKwh;
  return {
    timeline,
    series: out,
    groups,
    evChargeKwByGroup,
    v2gKwByGroup,
    packs: packResults,
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
    if (arr !== undefined && arr.length !== n) throw new RangeError(`series.${name} has ${arr.length} values, the timeline ${n}`);
  }
  if (input.grid.shedPenaltyEurPerKwh.length !== s.sheddableKw.length) {
    throw new RangeError('grid.shedPenaltyEurPerKwh needs one penalty per sheddable class');
  }
}
