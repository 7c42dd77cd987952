/**
 * Auxiliary electricity, annex 1 of the arrêté of 8 October 2021:
 * - §15.1 generation auxiliaries Paux = G + H·Pn (W) and Qaux = Paux·Bg/Pn (chaudières gaz/fioul
 *   G 20 W H 1.6 W/kW up to 400 kW; wood boilers with fan 73.3/10.5 up to 70 kW; hot-air
 *   generators 0/4 up to 300 kW; gas radiators 40/0); nil for heat pumps and heat networks;
 * - §15.2.1-2 heating circulators: ΔPem,nom = 0.15·Lem + ΔPem, Lem = 5·Fcot·(Niv + √(Sh/Niv)),
 *   qv = Pnc·rat/(1.163·δθ), Pnc = GV·(20 − Tbase)/1000,
 *   Pcirc = max(30 ; 6.44·(ΔP·qv/max(1;Sh/400))^0.676·max(1;Sh/400)), Caux = Pcirc·Nref;
 * - §5 ventilation fans: Caux = 8760·Pventmoy/1000 (houses: table; flats and buildings:
 *   Pvent·Qvarep·Sh).
 */
import type { CharacterisedGenerator } from './heating/generators';
import type { HeatingInstallation, SystemsInput, VentilationSystem } from './types';
import { classifyEmission } from './enums';

/** §15.1 generation auxiliary power (W) of a heating generator. */
export function heatingAuxiliaryPowerW(g: CharacterisedGenerator): number {
  if (!g.combustion || g.cls.kind !== 'combustion') return 0;
  const pn = g.combustion.pnKw;
  const fuel = g.fuel ?? '';
  if (g.cls.device === 'generateur_air_chaud') return 4 * Math.min(pn, 300);
  if (g.cls.device === 'radiateur_gaz') return 40;
  if (fuel === 'gaz_naturel' || fuel === 'gpl' || fuel === 'fioul') return 20 + 1.6 * Math.min(pn, 400);
  if (fuel.startsWith('bois') || fuel === 'charbon') return g.gen.hasFan ? 73.3 + 10.5 * Math.min(pn, 70) : 0;
  return 0;
}

/** §15.2.1-2 heating distribution circulator consumption (kWh) of one installation. */
export function heatingCirculatorKwh(
  input: SystemsInput,
  inst: HeatingInstallation,
  scale: number,
  coveredShare: number,
): number {
  const hydraulic = inst.emitters.filter((e) => classifyEmission(e.emissionTypeId).hydraulic);
  if (hydraulic.length === 0 || coveredShare <= 0) return 0;
  const kinds = hydraulic.map((e) => classifyEmission(e.emissionTypeId).emitter);
  const allFloor = kinds.every((k) => k === 'plancher' || k === 'plafond');
  const fcot = allFloor ? 0.156 : 0.802;
  const dpem = kinds.includes('radiateur_monotube') ? 30 : kinds.includes('radiateur') ? 10 : allFloor ? 15 : 35;
  const needSurface = input.needSurfaceM2 ?? input.surfaceM2;
  const sh = (inst.surfaceM2 > 0 ? inst.surfaceM2 : needSurface) * (scale > 1 && inst.surfaceM2 <= needSurface ? scale : 1);
  const niv = Math.max(1, inst.levels);
  const lem = 5 * fcot * (niv + Math.sqrt(sh / niv));
  const dpnom = 0.15 * lem + dpem;
  const high = inst.emitters.some((e) => e.tempDistributionId === 4 || e.emissionTypeId === 5);
  const dtheta = high ? 15 : 7.5;
  const pnc = (input.gvWK * scale * (20 - input.climate.tbaseC)) / 1000;
  // rat: share of the need the installation carries (its heated surface over the rated one).
  const rat = Math.min(1, sh / (needSurface * scale)) * coveredShare;
  const qv = (pnc * rat) / (1.163 * dtheta);
  const k = Math.max(1, sh / 400);
  const pcirc = Math.max(30, 6.44 * Math.pow((dpnom * qv) / k, 0.676) * k);
  const nref = input.climate.nrefMonthlyH.reduce((s, x) => s + x, 0);
  return (pcirc * nref) / 1000 / scale;
}

interface VentSpec {
  pmoyHouseW: number;
  pventWPerM3h: number;
  qvarepM3hM2: number;
  hybridRatio?: number;
}

/**
 * §5 fan powers (pvent_moy for houses, pvent for collective) and §4 conventional extract flow
 * Qvarep (table ventilation-debits) by enum_type_ventilation_id (1..38).
 */
function ventSpec(typeId: number): VentSpec {
  const none = { pmoyHouseW: 0, pventWPerM3h: 0, qvarepM3hM2: 0 };
  const sf = (recent: boolean, hygro: boolean, q: number): VentSpec => ({
    pmoyHouseW: hygro ? (recent ? 15 : 50) : recent ? 35 : 65,
    pventWPerM3h: recent ? 0.25 : 0.46,
    qvarepM3hM2: q,
  });
  const df = (recent: boolean, q: number): VentSpec => ({ pmoyHouseW: recent ? 35 : 80, pventWPerM3h: recent ? 0.6 : 1.1, qvarepM3hM2: q });
  const table: Record<number, VentSpec> = {
    3: sf(false, false, 1.97),
    4: sf(false, false, 1.65),
    5: sf(false, false, 1.5),
    6: sf(true, false, 1.32),
    7: sf(false, true, 1.5),
    8: sf(false, true, 1.44),
    9: sf(true, true, 1.16),
    10: sf(false, true, 1.59),
    11: sf(false, true, 1.53),
    12: sf(true, true, 1.22),
    13: sf(false, true, 1.36),
    14: sf(false, true, 1.24),
    15: sf(true, true, 1.09),
    16: sf(false, false, 1.97),
    17: sf(false, true, 1.3),
    18: sf(false, true, 1.24),
    19: df(false, 0.6),
    20: df(true, 0.26),
    21: df(false, 0.75),
    22: df(true, 0.46),
    23: df(false, 1.65),
    24: df(true, 1.32),
  };
  // Mechanical extraction on an existing duct (32: before 2013, 33: from 2013): single-flow fans.
  table[32] = sf(false, false, 2.24);
  table[33] = sf(true, false, 1.97);
  if (table[typeId]) return table[typeId];
  if (typeId >= 26 && typeId <= 31) {
    const q = [1.52, 1.33, 1.17][(typeId - 26) % 3];
    return { pmoyHouseW: 65, pventWPerM3h: 0.46, qvarepM3hM2: q, hybridRatio: 1 };
  }
  return none;
}

export function ventilationAuxKwh(input: SystemsInput, v: VentilationSystem): number {
  const spec = ventSpec(v.typeId);
  const house = input.buildingType === 'maison';
  const surface = Math.min(v.surfaceM2 > 0 ? v.surfaceM2 : input.surfaceM2, input.surfaceM2);
  let pmoy = house ? spec.pmoyHouseW : spec.pventWPerM3h * spec.qvarepM3hM2 * surface;
  if (spec.hybridRatio !== undefined) pmoy *= house ? 0.083 : 0.167;
  // Houses: the tabulated power is for the whole dwelling; prorate when the system serves part of it.
  if (house) pmoy *= surface / input.surfaceM2;
  return (8760 * pmoy) / 1000;
}
