/**
 * Domestic hot water consumption, annex 1 of the arrêté of 8 October 2021:
 * - §11.2 Cecs = Becs / (Rs·Rd·Rg); §11.3 solar: ×(1 − Fecs); §11.4 two systems: 0.5·Becs each;
 * - §11.5 distribution efficiency (table ecs-rd, `tv_rendement_distribution_ecs_id`);
 * - §11.6 storage losses: electric tanks Qg,w = 8592·45/24·Vs·Cr (Cr table ecs-cr), other tanks
 *   Qg,w = 67662·Vs^0.55; Rs = 1/(1 + Qg,w·Rd/Becs) (1.08/… for category C tanks);
 * - §14.1.1 instantaneous gas heaters, §14.1.2 boilers (mixed or DHW-only), §14.1.3 gas storage
 *   heaters, §14.2 thermodynamic (Iecs = 1/(Rd·COP)), §14.3 heat networks (Rs·Rg = 0.9 / 0.75);
 * - §9.1.1 / §15.2.3 losses recovered for heating: distribution in heated volume
 *   (0.5·Lvc/Sh·Becs individual, 0.112·Becs collective) and storage in heated volume.
 * Energies in kWh at the boundary; the §14 formulas are applied in Wh and W as written.
 */
import { classifyDhwGenerator, combustionFuel, energyFromId, type DhwGeneratorClass, type Energy } from './enums';
import { TABLES, byTvId, cellAccepts, inRange, numCell } from './tables';
import type { DhwGeneratorResult, DhwInstallation, SystemsInput } from './types';
import { characteristicsFromRow, consistentRowById, dhwSizingPowerKw, findCombustionRow, nominalPowerKw } from './heating/combustion';
import { dhwCop } from './heating/heatPump';
import { representativeYear } from './heating/generators';

export interface DhwGeneratorComputed extends DhwGeneratorResult {
  /** Share of the dwelling's DHW need this generator covers. */
  needKwh: number;
  /** For auxiliaries (§15.1.2): generation auxiliary power and nominal power (W). */
  pauxW: number;
  pnW: number;
  /** Storage losses recoverable for heating (in heated volume), Wh. */
  recoverableStorageWh: number;
  networkId?: string;
  energyCarrier: Energy;
}

export interface DhwComputed {
  installations: DhwGeneratorComputed[][];
  consoKwh: number;
  /** Distribution losses in heated volume (Wh/yr), of which 0.48·Nref/8760 is recovered. */
  distributionLossesHeatedWh: number;
  storageLossesHeatedWh: number;
  /** Loop circulator and trace heating (kWh electricity), §15.2.3. */
  distributionAuxKwh: number;
}

function rdOf(inst: DhwInstallation): number {
  const row = byTvId(TABLES.rdEcs, 'tv_rendement_distribution_ecs_id', inst.tvRdId);
  const v = row ? numCell(row, 'rd') : undefined;
  if (v !== undefined) return v;
  if (inst.installationTypeId === 2 || inst.installationTypeId === 3) return inst.loopId === 2 ? 0.55 : 0.28;
  return 0.93;
}

function crOf(tvId: number | undefined, position: string, label: string | null, volumeL: number): number {
  const byId = byTvId(TABLES.cr, 'tv_pertes_stockage_id', tvId);
  if (byId) return numCell(byId, 'cr') ?? 0.22;
  const row = TABLES.cr.find(
    (r) =>
      r['position_chauffe_eau'] === position &&
      (label === null ? r['label_generateur'] === null : cellAccepts(r['label_generateur'], label)) &&
      inRange(r, 'volume_stockage', volumeL),
  );
  return row ? (numCell(row, 'cr') ?? 0.22) : 0.22;
}

/** §11.6.2 electric tank losses (Wh/yr). */
export function electricTankLossesWh(volumeL: number, cr: number): number {
  return ((8592 * 45) / 24) * volumeL * cr;
}

/** §11.6.1 other storage losses (Wh/yr). */
export function storageLossesWh(volumeL: number): number {
  return volumeL > 0 ? 67662 * Math.pow(volumeL, 0.55) : 0;
}

export function computeDhw(input: SystemsInput, heatingPnKw: Map<string, number>, warnings: string[]): DhwComputed {
  const dpeYear = Number(input.dpeDate.slice(0, 4));
  const installs = input.installations.dhw;
  const nInst = installs.length;
  const out: DhwGeneratorComputed[][] = [];
  let consoKwh = 0;
  let distHeated = 0;
  let storageHeated = 0;
  let distAux = 0;
  const sh = input.surfaceM2;
  const needSurface = Math.max(input.needSurfaceM2 ?? sh, sh);
  const buildingScope = needSurface > sh * 1.01;
  for (const inst of installs) {
    const instShare = nInst > 1 ? 1 / nInst : 1;
    const rd = rdOf(inst);
    const collective = inst.installationTypeId === 2 || inst.installationTypeId === 3;
    const becsInst = input.besoinEcsKwh * instShare;
    // Building-scope needs: a collective installation is rated by the apartment's key or surface
    // share; an individual one described for N dwellings is computed for one average dwelling
    // (need/N) and prorated by the apartment's surface over that dwelling's.
    // With a distribution key, an individual installation serves the rated dwelling's keyed share.
    const keyed = buildingScope && !collective && inst.dwellingShare !== undefined;
    const perDwelling = buildingScope && !collective && !keyed && inst.dwellingCount > 1;
    const becsCalc = keyed ? becsInst * inst.dwellingShare! : perDwelling ? becsInst / inst.dwellingCount : becsInst;
    const avgSurface = inst.surfaceM2 > 0 && Math.abs((inst.surfaceM2 * inst.dwellingCount) / needSurface - 1) < 0.2 ? inst.surfaceM2 : needSurface / inst.dwellingCount;
    const fraction = !buildingScope
      ? 1
      : keyed
        ? 1
        : collective
          ? (inst.dwellingShare ?? sh / needSurface)
          : perDwelling
            ? sh / avgSurface
            : sh / needSurface;
    // §15.2.3: Lvc = 0.2·Sh·Rat_ecs → individual losses in heated volume = 0.1·Rat·Becs.
    distHeated += 0.1 * becsInst * 1000;
    if (collective) distHeated += 0.112 * becsInst * 1000;
    if (collective && inst.loopId === 3) distAux += 0.14 * becsInst; // trace heating, §15.2.3
    if (collective && inst.loopId === 2) distAux += loopCirculatorKwh(input, inst, becsInst);
    const nGen = Math.max(1, inst.generators.length);
    const solar = inst.configId === 2 ? (inst.solarFraction ?? defaultSolarFraction(input)) : 0;
    const results: DhwGeneratorComputed[] = [];
    for (const g of inst.generators) {
      const energy = energyFromId(g.energyId, 'generateur_ecs.enum_type_energie_id');
      // As on the heating side, a generator declared on a heat network is a network (§14.3).
      const cls: DhwGeneratorClass = energy === 'reseau_chaleur' ? { kind: 'network' } : classifyDhwGenerator(g.typeId);
      // §11.3: Cecs = Becs·(1 − Fecs)·Iecs, the efficiencies being those of the installation for
      // the whole need Becs (registered records compute Rs with Becs before the solar share).
      const needKwh = (becsCalc / nGen) * (1 - solar);
      const becsWh = (becsCalc / nGen) * 1000;
      let rg = 1;
      let rs = 1;
      let storage = 0;
      let pnW = 0;
      let pauxW = 0;
      let qp0W: number | undefined;
      switch (cls.kind) {
        case 'electric_tank': {
          const cr = crOf(g.tvStorageLossId, cls.position, cls.label, g.storageVolumeL);
          storage = electricTankLossesWh(g.storageVolumeL, cr);
          rs = (cls.label === 'ne_performance_c' ? 1.08 : 1) / (1 + (storage * rd) / Math.max(becsWh, 1));
          break;
        }
        case 'electric_instant':
          break;
        case 'electric_boiler': {
          rg = 0.97;
          storage = g.storageVolumeL > 0 ? electricTankLossesWh(g.storageVolumeL, crOf(undefined, 'chauffe_eau_vertical', null, g.storageVolumeL)) : 0;
          rs = 1 / (1 + (storage * rd) / Math.max(becsWh, 1));
          break;
        }
        case 'thermodynamic': {
          // The install period enum, when given, overrides the generator type's (ids 82-83 have none).
          const periodYear = g.thermoPeriodId === 1 ? 2009 : g.thermoPeriodId === 2 ? 2012 : g.thermoPeriodId === 3 ? 2015 : undefined;
          const cop = dhwCop(g.tvScopId, cls.device, input.zone, periodYear ?? representativeYear(cls.yearMin, cls.yearMax, dpeYear));
          if (cop === undefined) warnings.push(`DHW heat pump ${g.typeId}: no COP found, 2 used`);
          rg = cop ?? 2;
          break;
        }
        case 'network':
          rg = inst.insulatedNetwork ? 0.9 : 0.75;
          break;
        case 'gas_instant':
        case 'gas_storage':
        case 'boiler': {
          const year =
            cls.kind === 'boiler'
              ? cls.heating.kind === 'combustion'
                ? representativeYear(cls.heating.yearMin, cls.heating.yearMax, dpeYear)
                : dpeYear
              : representativeYear(cls.yearMin, cls.yearMax, dpeYear);
          const pecs = dhwSizingPowerKw(g.storageVolumeL);
          // §13.2.2.4: on the DHW side a boiler is sized by Pecs (registered records agree, also
          // for mixed boilers whose heating side uses max(Pch, Pecs)).
          // A virtual collective boiler (ratio_virtualisation r) is the building's boiler — the
          // heating side's when mixed — whose losses are scaled by r for the dwelling.
          const r = collective && inst.virtualisationRatio !== undefined ? inst.virtualisationRatio : 1;
          // A mixed boiler (usage 3) is one appliance: its DHW side has the heating side's Pn.
          const mixedPn = r < 1 || g.usageId === 3 ? (heatingPnKw.get(mixedKey(g.tvCombustionId)) ?? heatingPnKw.get('mixed')) : undefined;
          const pnKw = cls.kind === 'boiler' ? (mixedPn ?? nominalPowerKw(r < 1 ? pecs / r : pecs, year > 2005)) : pecs;
          const fuel = (cls.kind === 'boiler' && cls.heating.kind === 'combustion' ? cls.heating.fuel : undefined) ?? combustionFuel(energy);
          const device = cls.kind === 'boiler' ? (cls.heating.kind === 'combustion' ? cls.heating.device : 'chaudiere') : 'chauffe_eau';
          const mode = cls.kind === 'gas_storage' ? (cls.condensing ? 'condensation' : 'standard') : cls.kind === 'boiler' && cls.heating.kind === 'combustion' ? cls.heating.mode : null;
          // The observatory numbers boilers in one table shared by heating and DHW (the heating
          // transcription); DHW-only heaters (chauffe-eau) come from the DHW table by criteria.
          const row =
            (cls.kind === 'boiler' ? consistentRowById(TABLES.combustionCh, g.tvCombustionId, { device, fuel, mode }) : undefined) ??
            (cls.kind === 'boiler'
              ? findCombustionRow(TABLES.combustionCh, { device, fuel, mode, year, pnKw })
              : findCombustionRow(TABLES.combustionEcs, { device, fuel, mode, year, pnKw }));
          if (!row) {
            warnings.push(`DHW generator ${g.typeId}: no characteristics row, Rg·Rs 0.6 used`);
            rg = 0.6;
            break;
          }
          const ch = characteristicsFromRow(row, pnKw, g.hasFan);
          const qp0 = (cls.kind === 'gas_storage' ? (1.5 * pnKw) / 100 : ch.qp0Kw) * 1000 * r;
          const pveil = ch.pveilKw * 1000 * r;
          qp0W = qp0;
          pnW = pnKw * 1000;
          if (g.storageVolumeL > 0 && (g.storageTypeId === 2 || g.storageTypeId === 3 || cls.kind === 'gas_storage')) {
            storage = storageLossesWh(g.storageVolumeL) * r;
          }
          const b = Math.max(becsWh, 1);
          let inv: number;
          if (cls.kind === 'gas_instant') inv = 1 / ch.rpn + (1790 * qp0) / b + (6970 * pveil) / b;
          else if (cls.kind === 'gas_storage') inv = 1 / ch.rpn + (8592 * qp0 + storage) / b + (6970 * pveil) / b;
          else inv = 1 / ch.rpn + (1790 * qp0 + storage) / b + (6970 * 0.5 * pveil) / b;
          // §14.1: the formula gives Rg·Rs together; Rs is folded into rg.
          rg = 1 / inv;
          pauxW = cls.kind === 'boiler' ? dhwAuxiliaryPowerW(fuel, g.hasFan, pnKw) : 0;
          break;
        }
      }
      const conso = (fraction * needKwh) / (rd * rs * rg);
      consoKwh += conso;
      if (g.inHeatedVolume) storageHeated += storage;
      results.push({
        description: g.description,
        energy,
        energyCarrier: energy,
        rg,
        rs,
        rd,
        pnKw: pnW ? pnW / 1000 : undefined,
        qp0W,
        storageLossWh: storage,
        consoKwh: conso,
        needKwh: needKwh * fraction,
        pauxW,
        pnW,
        recoverableStorageWh: g.inHeatedVolume ? storage : 0,
        networkId: g.networkId,
      });
    }
    out.push(results);
  }
  return { installations: out, consoKwh, distributionLossesHeatedWh: distHeated, storageLossesHeatedWh: storageHeated, distributionAuxKwh: distAux };
}

/** Key that pairs a mixed boiler's DHW entry with its heating entry. */
export function mixedKey(tvCombustionId: number | undefined): string {
  return tvCombustionId !== undefined ? `tv${tvCombustionId}` : 'mixed';
}

/** §15.1: Paux = G + H·Pn (W) for boilers; wood boilers only with a fan. */
export function dhwAuxiliaryPowerW(fuel: string, hasFan: boolean, pnKw: number): number {
  if (fuel === 'gaz_naturel' || fuel === 'gpl' || fuel === 'fioul') return 20 + 1.6 * Math.min(pnKw, 400);
  if (fuel.startsWith('bois') || fuel === 'charbon') return hasFan ? 73.3 + 10.5 * Math.min(pnKw, 70) : 0;
  return 0;
}

/** §18.4 default solar coverage of DHW (installation older than 5 years, DHW-only use). */
function defaultSolarFraction(input: SystemsInput): number {
  const type = input.buildingType === 'maison' ? 'maison' : 'immeuble';
  const row = TABLES.fecs.find(
    (r) => r['type_batiment'] === type && cellAccepts(r['zone_climatique'], input.zone) && r['usage_solaire'] === 'ecs' && inRange(r, 'anciennete_installation', 6),
  );
  return row ? (numCell(row, 'fecs') ?? 0) : 0;
}

/** §15.2.3 loop circulator of a collective DHW installation, prorated to the rated surface. */
function loopCirculatorKwh(input: SystemsInput, inst: DhwInstallation, becsKwh: number): number {
  // Building surface: given, or implied by the virtualisation ratio of the collective installation.
  const implied = inst.virtualisationRatio ? input.surfaceM2 / inst.virtualisationRatio : undefined;
  const shBuilding = Math.max(input.buildingSurfaceM2 ?? 0, implied ?? 0, input.surfaceM2);
  const ratio = shBuilding / input.surfaceM2;
  const levels = Math.max(1, inst.levels);
  const lb = 4 * Math.sqrt(shBuilding / levels) + 6 * (levels - 0.5);
  const dpb = 0.2 * lb + 10;
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const totalDays = 365;
  let qWh = 0;
  for (const nj of days) {
    // Distribution losses of the building for the month (Wh): individual + collective in heated volume.
    // kWh: 5.815 kWh heat 1 m³ of water by 5 K (1.163 kWh/(m³·K)).
    const qdw = (0.1 + 0.112) * becsKwh * ratio * (nj / totalDays);
    const hPuisage = nj * 5;
    const qd = qdw / (5.815 * hPuisage);
    const phyd = (qd * dpb) / 3.6;
    const eff = phyd > 0 ? Math.pow(phyd, 0.324) / 15.3 : 1;
    const pcirb = Math.max(20, phyd / eff);
    qWh += hPuisage * pcirb + (nj * 24 - hPuisage) * 20;
  }
  return qWh / 1000 / ratio;
}
