/**
 * Systems stage of the 3CL-DPE-2021 engine: from the heating, DHW and cooling needs and the
 * mapped installations to final energy per use and carrier, then primary energy, GHG, costs and
 * labels (annex 1 of the arrêté of 8 October 2021 §5, §9-16; arrêté of 31 March 2021 annexes 3-7).
 *
 * Coupling with the envelope stage (§9.1.1): `besoinChKwh` is the need before recovered losses;
 * this stage subtracts, month by month, the recovered generation losses of generators in heated
 * volume and the recovered DHW distribution and storage losses, and reports the net need.
 */
import type { ConsumptionLine, SystemsInput, SystemsResult, AuxiliaryKind } from './types';
import { parseSystemsInput } from './schema';
import { characteriseHeatingGenerators, type CharacterisedGenerator } from './heating/generators';
import { installationConsumption, recoveredGenerationLossesKwh } from './heating/consumption';
import { computeDhw, mixedKey } from './dhw';
import { heatingAuxiliaryPowerW, heatingCirculatorKwh, ventilationAuxKwh } from './auxiliaries';
import { coolingKwh, lightingKwh } from './lightingCooling';
import { energyFromId } from './enums';
import { convertEnergy } from '../energy/convert';
import { deductSelfConsumption, pvProductionKwh } from './pv';

/** Shares of the rated surface heated by each installation (§9.10). */
function installationShares(input: SystemsInput): number[] {
  const surfaces = input.installations.heating.map((i) => Math.max(0, i.surfaceM2));
  const total = surfaces.reduce((s, x) => s + x, 0);
  const needSurface = input.needSurfaceM2 ?? input.surfaceM2;
  const denom = Math.max(total, needSurface);
  const buildingScope = needSurface > input.surfaceM2 * 1.01;
  // Building-scope needs: an installation with a distribution key serves the whole building (the
  // key then rates the apartment); without one, an installation described for one apartment
  // carries that apartment's share only. Otherwise a single installation heats everything.
  if (buildingScope) {
    return input.installations.heating.map((inst, i) =>
      inst.dwellingShare !== undefined ? (surfaces.length === 1 ? 1 : surfaces[i] / denom) : denom > 0 ? surfaces[i] / denom : 0,
    );
  }
  if (surfaces.length === 1) return [1];
  return surfaces.map((s) => (denom > 0 ? s / denom : 0));
}

export function computeSystems(raw: SystemsInput): SystemsResult {
  const input = parseSystemsInput(raw);
  const warnings: string[] = [];
  const lines: ConsumptionLine[] = [];
  const sh = input.surfaceM2;
  const needSurface = Math.max(input.needSurfaceM2 ?? sh, sh);
  const buildingScope = needSurface > sh * 1.01;

  // 1. Heating generators (Pn, QP0, Rg) — needed first: mixed boilers size the DHW side too.
  const mixedDhw = input.installations.dhw.flatMap((i) => i.generators).filter((g) => g.usageId === 3);
  const mixedVolume = mixedDhw[0]?.storageVolumeL;
  const mixedIds = new Set(mixedDhw.map((g) => g.tvCombustionId).filter((x): x is number => x !== undefined));
  const chars: CharacterisedGenerator[][] = input.installations.heating.map((inst) =>
    characteriseHeatingGenerators(input, inst, mixedVolume, warnings, mixedIds),
  );
  const pnByKey = new Map<string, number>();
  chars.flat().forEach((g) => {
    const mixed = g.gen.usageId === 3 || (g.gen.tvCombustionId !== undefined && mixedIds.has(g.gen.tvCombustionId));
    if (g.combustion && mixed) {
      pnByKey.set(mixedKey(g.gen.tvCombustionId), g.combustion.pnKw);
      pnByKey.set('mixed', g.combustion.pnKw);
    }
  });

  // 2. DHW.
  const dhw = computeDhw(input, pnByKey, warnings);

  // 3. Heating need net of recovered losses, month by month (§9.1.1).
  const nref = input.climate.nrefMonthlyH;
  const nrefYear = nref.reduce((s, x) => s + x, 0);
  const monthlyRaw =
    input.besoinChMonthlyKwh ?? nref.map((n) => (nrefYear > 0 ? (input.besoinChKwh * n) / nrefYear : input.besoinChKwh / 12));
  const shares = installationShares(input);
  const recGen = new Array<number>(12).fill(0);
  chars.forEach((gens, i) => {
    const r = recoveredGenerationLossesKwh(input, gens, monthlyRaw.map((x) => x * shares[i]));
    for (let j = 0; j < 12; j++) recGen[j] += r[j];
  });
  let recGenTotal = 0;
  let recDist = 0;
  let recStore = 0;
  let besoinCh = 0;
  const monthlyNet = new Array<number>(12).fill(0);
  for (let j = 0; j < 12; j++) {
    const dist = (0.48 * nref[j] * dhw.distributionLossesHeatedWh) / 8760 / 1000;
    const store = (0.48 * nref[j] * dhw.storageLossesHeatedWh) / 8760 / 1000;
    const net = Math.max(0, monthlyRaw[j] - recGen[j] - dist - store);
    besoinCh += net;
    monthlyNet[j] = net;
    recGenTotal += recGen[j];
    recDist += dist;
    recStore += store;
  }

  // 4. Heating consumption and its auxiliaries.
  const aux: Record<AuxiliaryKind, number> = {
    generation_ch: 0,
    distribution_ch: 0,
    generation_ecs: 0,
    distribution_ecs: 0,
    ventilation: 0,
    distribution_fr: 0,
  };
  const heatingEmitters = [];
  const heatingGenerators = [];
  let heatingConso = 0;
  for (let i = 0; i < input.installations.heating.length; i++) {
    const inst = input.installations.heating[i];
    const gens = chars[i];
    const bchInst = besoinCh * shares[i];
    const r = installationConsumption(input, inst, gens, bchInst, warnings, monthlyNet.map((x) => x * shares[i]));
    // Building-scope needs (apartment DPE generated from building data): the apartment's part.
    // The installation carries S_i/S_need of the need; the rated apartment's part of it is its key,
    // or its surface over the installation's (1 for an installation described for the apartment).
    const fraction = buildingScope ? (inst.dwellingShare ?? Math.min(1, sh / Math.max(inst.surfaceM2, sh))) : 1;
    for (const g of r.generators) g.consoKwh *= fraction;
    heatingEmitters.push(r.emitters);
    heatingGenerators.push(r.generators);
    heatingConso += r.consoKwh * fraction;
    gens.forEach((g, gi) => {
      lines.push({ use: 'chauffage', energy: g.energy, kwh: r.generators[gi].consoKwh, networkId: g.gen.networkId });
      const paux = heatingAuxiliaryPowerW(g);
      if (paux > 0 && g.combustion) aux.generation_ch += (fraction * paux * r.shares[gi] * bchInst) / (g.combustion.pnKw * 1000);
    });
    const covered = gens.reduce((s, g, gi) => s + (g.cls.kind === 'stove' ? 0 : r.shares[gi]), 0) * shares[i];
    // Registered virtual collective installations size the circulator on the dwelling (30 W floor).
    aux.distribution_ch += fraction * heatingCirculatorKwh(input, inst, 1, covered);
  }

  // 5. DHW lines and auxiliaries.
  for (const inst of dhw.installations) {
    for (const g of inst) {
      lines.push({ use: 'ecs', energy: g.energyCarrier, kwh: g.consoKwh, networkId: g.networkId });
      if (g.pauxW > 0 && g.pnW > 0) aux.generation_ecs += (g.pauxW * g.needKwh) / g.pnW;
    }
  }
  aux.distribution_ecs = dhw.distributionAuxKwh;

  // 6. Ventilation, lighting, cooling.
  for (const v of input.installations.ventilation) aux.ventilation += ventilationAuxKwh(input, v);
  const lighting = lightingKwh(input);
  lines.push({ use: 'eclairage', energy: 'electricite', kwh: lighting });
  let cooling = 0;
  for (const c of input.installations.cooling) {
    const kwh = coolingKwh(input, c);
    cooling += kwh;
    lines.push({ use: 'refroidissement', energy: energyFromId(c.energyId, 'climatisation.enum_type_energie_id'), kwh });
  }
  for (const k of Object.keys(aux) as AuxiliaryKind[]) {
    if (aux[k] > 0) lines.push({ use: 'auxiliaire', auxiliary: k, energy: 'electricite', kwh: aux[k] });
  }
  const auxTotal = Object.values(aux).reduce((s, x) => s + x, 0);

  // 7. PV self-consumption (§16.2), deducted from the electricity of the five uses.
  const pvProduction = pvProductionKwh(input);
  const selfConsumed = deductSelfConsumption(input, lines, pvProduction);

  const energy = convertEnergy({
    lines,
    surfaceM2: sh,
    zone: input.zone,
    altitudeClass: input.altitudeClass,
    dpeDate: input.dpeDate,
  });

  return {
    besoinChKwh: besoinCh,
    recoveredLossesKwh: { generation: recGenTotal, dhwDistribution: recDist, dhwStorage: recStore },
    heating: { consoKwh: heatingConso, emitters: heatingEmitters, generators: heatingGenerators },
    dhw: {
      consoKwh: dhw.consoKwh,
      generators: dhw.installations.map((inst) =>
        inst.map((g) => ({
          description: g.description,
          energy: g.energy,
          rg: g.rg,
          rs: g.rs,
          rd: g.rd,
          pnKw: g.pnKw,
          qp0W: g.qp0W,
          storageLossWh: g.storageLossWh,
          consoKwh: g.consoKwh,
        })),
      ),
    },
    cooling: { consoKwh: cooling },
    lighting: { consoKwh: lighting },
    auxiliaries: { ...aux, totalKwh: auxTotal },
    pv: { productionKwh: pvProduction, selfConsumedKwh: selfConsumed },
    lines,
    energy,
    warnings,
  };
}
