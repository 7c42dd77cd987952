/**
 * Heating consumption, annex 1 of the arrêté of 8 October 2021 §9:
 * - §9.1.2 Cch = Bch·INT/(Rg·Re·Rd·Rr); §9.1.3 several emitters: prorata of heated surface;
 * - §9.10 several installations: Bch·Shi/Sh each;
 * - shares between generators of one installation by configuration (`enum_cfg_installation_ch_id`):
 *   §9.2 solar (1 − Fch), §9.3 backup stove 0.75/0.25, §9.4 stove + bathroom 0.9/0.1, §9.5
 *   0.75·0.9/0.25·0.9/0.1, §9.1.4.1 relief of a wood boiler 0.75/0.25, §9.1.4.2 boiler relieving a
 *   heat pump 0.8/0.2, §9.6, §9.7, §9.8 collective base + backup (base share from DHT/DH14 per
 *   month), §9.9 bi-junction convectors 0.6/0.4, §9.1.4.3 hybrid heat pumps 80/83/88 % by zone;
 * - §9.1.1 recovered generation losses Qgen,rec,j = 0.48·Cper·QP0·Dper,j.
 */
import type { HeatingInstallation, SystemsInput, EmitterResult, HeatingGeneratorResult } from '../types';
import { emitterEfficiencies } from './emission';
import type { CharacterisedGenerator } from './generators';
import { TABLES, cellAccepts, numCell } from '../tables';

/** Share of the installation's need carried by each generator (same order as `gens`). */
export function generatorShares(
  input: SystemsInput,
  inst: HeatingInstallation,
  gens: CharacterisedGenerator[],
  warnings: string[],
  monthlyNeedKwh?: number[],
): number[] {
  const n = gens.length;
  if (n === 0) return [];
  const byLink = (link: number) => gens.map((g) => g.gen.linkId === link);
  const split = (mask: boolean[], total: number): number[] => {
    const k = mask.filter(Boolean).length;
    return mask.map((m) => (m && k > 0 ? total / k : 0));
  };
  const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]);
  const isStove = gens.map((g) => g.cls.kind === 'stove' || g.energy.startsWith('bois'));
  const isPac = gens.map((g) => g.cls.kind === 'pac');
  const solar = inst.solarFraction ?? defaultHeatingSolarFraction(input);

  // Hybrid heat pumps (§9.1.4.3): the heat-pump part carries 80/83/88 % by zone.
  const hybrid = gens.some((g) => g.cls.kind === 'pac' && g.cls.hybrid);
  if (hybrid && n >= 2) {
    const pacShare = input.zone.startsWith('H1') ? 0.8 : input.zone.startsWith('H2') ? 0.83 : 0.88;
    return add(split(isPac, pacShare), split(isPac.map((p) => !p), 1 - pacShare));
  }
  switch (inst.configId) {
    case 2:
      return split(gens.map(() => true), 1 - solar);
    case 3: {
      // Main system 0.75, stove/insert 0.25 (§9.3); the stove is the generator linked as backup.
      const backup = byLink(2).some(Boolean) ? byLink(2) : isStove;
      return add(split(backup.map((b) => !b), 0.75), split(backup, 0.25));
    }
    case 4:
      return add(split(byLink(3).map((b) => !b), 0.9), split(byLink(3), 0.1));
    case 5: {
      const sdb = byLink(3);
      const backup = byLink(2);
      return add(add(split(gens.map((_, i) => !sdb[i] && !backup[i]), 0.75 * 0.9), split(backup, 0.25 * 0.9)), split(sdb, 0.1));
    }
    case 6: {
      const wood = gens.map((g) => g.energy.startsWith('bois'));
      return add(split(wood, 0.75), split(wood.map((w) => !w), 0.25));
    }
    case 7: {
      const backup = byLink(2).some(Boolean) ? byLink(2) : isStove;
      return add(split(backup.map((b) => !b), 0.75 * (1 - solar)), split(backup, 0.25 * (1 - solar)));
    }
    case 8:
      return add(split(isPac, 0.8), split(isPac.map((p) => !p), 0.2));
    case 9: {
      const stove = gens.map((g) => g.cls.kind === 'stove');
      return add(
        add(split(gens.map((_, i) => isPac[i] && !stove[i]), 0.8 * 0.75), split(gens.map((_, i) => !isPac[i] && !stove[i]), 0.2 * 0.75)),
        split(stove, 0.25),
      );
    }
    case 11:
      return add(split(byLink(1), 0.6), split(byLink(1).map((b) => !b), 0.4));
    case 10:
      return baseBackupShares(input, inst, gens, warnings, monthlyNeedKwh);
    default:
      return split(gens.map(() => true), 1);
  }
}

function defaultHeatingSolarFraction(input: SystemsInput): number {
  // §18.4: Fch by zone, for houses (solar heating is only modelled in houses, §9.2).
  const row = TABLES.fch.find((r) => cellAccepts(r['zone_climatique'], input.zone));
  return row ? (numCell(row, 'fch') ?? 0) : 0;
}

/**
 * §9.8 collective base + individual backup: T = 14 − Pe·DH14/Bch with Pe = Pn·Rd·Rr·Re of the base;
 * Bch_base,j = Bch,j·(1 − DHT,j/DH14,j). Needs the monthly climate; without it, 50/50 (the backup
 * is conventionally sized for half of the need).
 */
function baseBackupShares(
  input: SystemsInput,
  inst: HeatingInstallation,
  gens: CharacterisedGenerator[],
  warnings: string[],
  monthlyNeedKwh?: number[],
): number[] {
  // Base: generators linked to the main emitters (link 1); backup: the others (link 2 or 3). When
  // all share a link, the first listed is the base.
  let base = gens.map((g) => g.gen.linkId === 1);
  if (base.every(Boolean) || !base.some(Boolean)) base = gens.map((_, i) => i === 0);
  const kBase = base.filter(Boolean).length;
  const kBackup = gens.length - kBase;
  const c = input.climate;
  const monthly = monthlyNeedKwh ?? input.besoinChMonthlyKwh;
  const baseGen = gens.find((_, i) => base[i]);
  const pn = baseGen?.combustion?.pnKw;
  if (!c.textMonthlyC || !c.dh14MonthlyKh || !monthly || pn === undefined || kBackup === 0) {
    if (kBackup > 0) warnings.push('base + backup installation: monthly climate or base power unknown, 50/50 split used');
    return gens.map((_, i) => (base[i] ? (kBackup ? 0.5 : 1) / kBase : 0.5 / Math.max(1, kBackup)));
  }
  const em = inst.emitters[0];
  const eff = em ? emitterEfficiencies(em, input.gvWK, input.ceilingHeightM, input.needSurfaceM2 ?? input.surfaceM2, []) : { re: 1, rd: 1, rr: 1 };
  const pe = pn * eff.rd * eff.rr * eff.re;
  const bch = monthly.reduce((s, x) => s + x, 0);
  const dh14 = c.dh14MonthlyKh.reduce((s, x) => s + x, 0);
  const t = 14 - (pe * dh14) / Math.max(bch, 1e-9);
  let bBase = 0;
  for (let j = 0; j < 12; j++) {
    const text = c.textMonthlyC[j];
    const x = (0.5 * (t - c.tbaseC)) / (text - c.tbaseC);
    let dht = c.nrefMonthlyH[j] * (text - c.tbaseC) * Math.pow(x, 5) * (14 - 28 * x + 20 * x * x - 5 * x * x * x);
    if (!(dht > 0)) dht = 0;
    const ratio = c.dh14MonthlyKh[j] > 0 ? 1 - dht / c.dh14MonthlyKh[j] : 0;
    bBase += monthly[j] * Math.max(0, ratio);
  }
  const shareBase = bch > 0 ? Math.min(1, bBase / bch) : 0.5;
  return gens.map((_, i) => (base[i] ? shareBase / kBase : (1 - shareBase) / kBackup));
}

export interface InstallationHeatingResult {
  emitters: EmitterResult[];
  generators: HeatingGeneratorResult[];
  shares: number[];
  consoKwh: number;
}

/** Consumption of one installation for its need `bchKwh` (already net of recovered losses). */
export function installationConsumption(
  input: SystemsInput,
  inst: HeatingInstallation,
  gens: CharacterisedGenerator[],
  bchKwh: number,
  warnings: string[],
  monthlyNeedKwh?: number[],
): InstallationHeatingResult {
  const ctx = {
    house: input.buildingType === 'maison',
    collective: inst.installationTypeId === 2 || inst.installationTypeId === 3,
    inertiaClassId: input.inertiaClassId ?? inst.inertiaClassId,
  };
  const emitters = inst.emitters.map((e) =>
    emitterEfficiencies(e, input.gvWK, input.ceilingHeightM, input.needSurfaceM2 ?? input.surfaceM2, warnings, ctx),
  );
  const shares = generatorShares(input, inst, gens, warnings, monthlyNeedKwh);
  const results: HeatingGeneratorResult[] = [];
  let total = 0;
  gens.forEach((g, gi) => {
    // Emitters served by this generator: all when there is one, else those with the same link.
    let idx = inst.emitters.map((_, i) => i);
    if (inst.emitters.length > 1) {
      const linked = idx.filter((i) => inst.emitters[i].linkId === g.gen.linkId);
      if (linked.length > 0) idx = linked;
    }
    const sTot = idx.reduce((s, i) => s + inst.emitters[i].surfaceM2, 0);
    let factor = 0;
    for (const i of idx) {
      const w = idx.length > 1 && sTot > 0 ? inst.emitters[i].surfaceM2 / sTot : 1;
      const e = emitters[i];
      factor += (w * e.int) / (e.re * e.rd * e.rr);
    }
    if (idx.length === 0) factor = 1;
    const conso = (shares[gi] * bchKwh * factor) / g.rg;
    total += conso;
    results.push({
      description: g.gen.description,
      energy: g.energy,
      rg: g.rg,
      pnKw: g.combustion?.pnKw,
      qp0W: g.combustion ? g.combustion.qp0Kw * 1000 : undefined,
      rpn: g.combustion?.rpn,
      rpint: g.combustion?.rpint,
      shareOfNeed: shares[gi],
      consoKwh: conso,
    });
  });
  return { emitters, generators: results, shares, consoKwh: total };
}

/**
 * Recovered generation losses per month (kWh) of the generators in heated volume (§9.1.1):
 * Dper,j = min(Nref,j ; 1.3·Bchhp,j/(0.3·Pn) [+ Nref,j·1790/8760 for mixed generators]).
 */
export function recoveredGenerationLossesKwh(
  input: SystemsInput,
  gens: CharacterisedGenerator[],
  needMonthlyKwh: number[],
): number[] {
  const out = new Array<number>(12).fill(0);
  for (const g of gens) {
    if (!g.gen.inHeatedVolume || !g.combustion || g.cls.kind !== 'combustion') continue;
    if (g.cls.device === 'generateur_air_chaud') continue; // recovered losses of hot-air generators are nil
    const qp0W = g.combustion.qp0Kw * 1000;
    if (qp0W <= 0) continue;
    const cper = g.gen.hasFan ? 0.75 : 0.5;
    for (let j = 0; j < 12; j++) {
      const nref = input.climate.nrefMonthlyH[j] ?? 0;
      const extra = g.gen.usageId === 3 ? (nref * 1790) / 8760 : 0;
      const dper = Math.min(nref, (1.3 * needMonthlyKwh[j]) / (0.3 * g.combustion.pnKw) + extra);
      out[j] += (0.48 * cper * qp0W * dper) / 1000;
    }
  }
  return out;
}
