/**
 * Characterisation of every heating generator before the consumption split: nominal power,
 * losses at rest, generation efficiency Rg (or SCOP), by family — annex 1 of the arrêté of
 * 8 October 2021 §12.4.1 (Joule effect 1, electric boilers 0.97, heat networks 0.97), §12.4.2
 * (heat pumps), §13.1 (stoves and inserts), §13.2 (combustion, see combustion.ts).
 */
import { classifyHeatingGenerator, combustionFuel, energyFromId, type Energy, type HeatingGeneratorClass } from '../enums';
import type { HeatingGenerator, HeatingInstallation, SystemsInput } from '../types';
import { TABLES } from '../tables';
import {
  characteristicsFromRow,
  consistentRowById,
  combustionGenerationEfficiency,
  dhwSizingPowerKw,
  findCombustionRow,
  heatingSizingPowerKw,
  kpcsOf,
  nominalPowerKw,
  tfonc100C,
  tfonc30C,
  type CombustionCharacteristics,
} from './combustion';
import { heatingScop } from './heatPump';
import { classifyEmission } from '../enums';

export interface CharacterisedGenerator {
  gen: HeatingGenerator;
  cls: HeatingGeneratorClass;
  energy: Energy;
  rg: number;
  combustion?: CombustionCharacteristics;
  /** For combustion generators: fuel key of the tables (auxiliaries). */
  fuel?: string;
}

const TEMPERATURES: Record<number, string> = { 2: 'basse', 3: 'moyenne', 4: 'haute' };
const EMITTER_YEAR: Record<number, number> = { 1: 1980, 2: 1990, 3: 2005 };

/** Representative install year of an enum period (its upper bound, but not in the future). */
export function representativeYear(yearMin: number, yearMax: number, dpeYear: number): number {
  return Math.min(yearMax, Math.max(yearMin, dpeYear));
}

/** True when the installation serves the whole building rather than the rated dwelling alone. */
export function isCollective(inst: { installationTypeId: number }): boolean {
  return inst.installationTypeId === 2 || inst.installationTypeId === 3;
}

/** GV and surface that size a generator: the building's for a collective one in a dwelling DPE. */
export function sizingScale(input: SystemsInput, collective: boolean, virtualisationRatio?: number): number {
  // A virtual generator (collective generator brought back to the dwelling) is the building's
  // generator scaled by ratio_virtualisation: size the real one on GV/ratio.
  if (collective && virtualisationRatio !== undefined && virtualisationRatio > 0 && virtualisationRatio < 1) return 1 / virtualisationRatio;
  const needSurface = input.needSurfaceM2 ?? input.surfaceM2;
  if (collective && input.buildingType === 'appartement' && input.buildingSurfaceM2 && input.buildingSurfaceM2 > needSurface * 1.01) {
    return input.buildingSurfaceM2 / needSurface;
  }
  return 1;
}

export function characteriseHeatingGenerators(
  input: SystemsInput,
  inst: HeatingInstallation,
  mixedStorageVolumeL: number | undefined,
  warnings: string[],
  mixedCombustionIds: ReadonlySet<number> = new Set(),
): CharacterisedGenerator[] {
  const dpeYear = Number(input.dpeDate.slice(0, 4));
  const scale = sizingScale(input, isCollective(inst), inst.virtualisationRatio);
  const gvSizing = input.gvWK * scale;
  const shareOfDwelling = Math.min(1, inst.surfaceM2 / (input.needSurfaceM2 ?? input.surfaceM2));
  const pch = heatingSizingPowerKw(gvSizing, input.climate.tbaseC) * shareOfDwelling;
  const floorEmitters = inst.emitters.some((e) => {
    const c = classifyEmission(e.emissionTypeId).emitter;
    return c === 'plancher' || c === 'plafond';
  });
  const mainEmitter = inst.emitters[0];
  const temperature = TEMPERATURES[mainEmitter?.tempDistributionId ?? 4] ?? 'haute';
  const emitterYear =
    (mainEmitter?.emitterPeriodId !== undefined ? EMITTER_YEAR[mainEmitter.emitterPeriodId] : undefined) ??
    input.constructionYear ??
    1980;

  const out: CharacterisedGenerator[] = inst.generators.map((gen) => {
    const energy = energyFromId(gen.energyId, 'generateur_chauffage.enum_type_energie_id');
    // The energy decides when it contradicts the type (e.g. the default collective generator 119
    // declared on a heat network): a network is a network (§12.4.1, Rg 0.97).
    const byType = classifyHeatingGenerator(gen.typeId);
    // Likewise a combustion type declared on electricity is a Joule-effect generator (§12.4.1).
    const cls: HeatingGeneratorClass =
      energy === 'reseau_chaleur'
        ? { kind: 'network', rg: 0.97 }
        : (energy === 'electricite' || energy === 'electricite_renouvelable') && byType.kind === 'combustion'
          ? { kind: 'joule', rg: 1, device: 'direct' }
          : byType;
    switch (cls.kind) {
      case 'pac': {
        const year = representativeYear(cls.yearMin, cls.yearMax, dpeYear);
        const scop = heatingScop(gen.tvScopId, cls.pacType, input.zone, floorEmitters, year);
        if (scop === undefined) warnings.push(`heat pump ${gen.typeId}: no SCOP found, 2.2 used`);
        return { gen, cls, energy, rg: scop ?? 2.2 };
      }
      case 'stove':
        return { gen, cls, energy, rg: cls.rg };
      case 'joule':
      case 'network':
        return { gen, cls, energy, rg: cls.rg };
      case 'combustion': {
        const year = representativeYear(cls.yearMin, cls.yearMax, dpeYear);
        // Mixed when declared so on either side (records often say "heating" on the heating side
        // and "heating + DHW" on the DHW side of the same boiler).
        const mixed = gen.usageId === 3 || (gen.tvCombustionId !== undefined && mixedCombustionIds.has(gen.tvCombustionId));
        const pecs = mixed ? dhwSizingPowerKw(mixedStorageVolumeL ?? 0) : 0;
        let pnKw: number;
        if (cls.device === 'radiateur_gaz') pnKw = pch / Math.max(1, gen.radiatorCount ?? 1);
        else pnKw = nominalPowerKw(Math.max(pch, pecs), year > 2005);
        const fuel = cls.fuel ?? combustionFuel(energy);
        const row =
          consistentRowById(TABLES.combustionCh, gen.tvCombustionId, { device: cls.device, fuel, mode: cls.mode }) ??
          findCombustionRow(TABLES.combustionCh, { device: cls.device, fuel, mode: cls.mode, year, pnKw });
        if (!row) {
          warnings.push(`combustion generator ${gen.typeId}: no characteristics row, Rg 0.75 used`);
          return { gen, cls, energy, rg: 0.75, fuel };
        }
        const ch = characteristicsFromRow(row, pnKw, gen.hasFan);
        if (ch.mode === null && cls.mode !== null) ch.mode = cls.mode;
        return { gen, cls, energy, rg: 0, combustion: ch, fuel };
      }
    }
  });

  // §13.2.1.2: Cdimref uses the sum of the nominal powers of the combustion generators of the zone.
  const pnTotal = out.reduce((s, g) => s + (g.combustion && g.cls.kind === 'combustion' && g.cls.device !== 'radiateur_gaz' ? g.combustion.pnKw : 0), 0);
  for (const g of out) {
    if (!g.combustion || g.cls.kind !== 'combustion') continue;
    if (g.cls.device === 'radiateur_gaz') {
      // Gas radiators are rated by their full-load efficiency only (§13.2.2.2).
      g.rg = g.combustion.rpn;
      continue;
    }
    const ch = g.combustion;
    const tf100 = tfonc100C(g.gen.tvTempFonc100Id, temperature, emitterYear);
    const genYear = representativeYear(g.cls.yearMin, g.cls.yearMax, dpeYear);
    const tf30 = tfonc30C(g.gen.tvTempFonc30Id, ch.mode, temperature, emitterYear, genYear);
    g.rg = combustionGenerationEfficiency({
      ch,
      kpcs: kpcsOf(g.fuel ?? 'fioul'),
      gvWK: gvSizing,
      tbaseC: input.climate.tbaseC,
      pnTotalKw: pnTotal > 0 ? pnTotal : ch.pnKw,
      tfonc30C: tf30,
      tfonc100C: tf100,
      hasRegulation: g.gen.hasCombustionRegulation,
      device: g.cls.device,
    });
  }
  return out;
}
