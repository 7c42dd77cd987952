/**
 * Photovoltaic production and conventional self-consumption, annex 1 of the arrêté of 8 October
 * 2021 §16.2: Ppv = Σi ki·Si·r·Σj Epv,j·C with r = 0.17, C = 0.86, ki by orientation and tilt
 * (table production-kpv), Epv by zone and month (production-epv); Celec_ac = Celec_tot·Tap with
 * Tap = 1/(1/Tcv + 1/Tapl), Tcv = Ppv/Celec_tot, Tapl = Σ Taplp,i·Celec_tot,i/Celec_tot, where
 * Celec_tot includes the "other uses" (furniture 29 kWh/m² in houses, 27 in buildings, plus
 * 1.1 kWh/m² of common-area lighting in buildings). The self-consumed electricity of each of the
 * five uses, Celec_ac,i = Celec_ac·Taplp,i·Celec_tot,i/(Tapl·Celec_tot), is deducted from its
 * final electricity before conversion and labels.
 */
import { TABLES, cellAccepts, inRange, numCell } from './tables';
import type { ConsumptionLine, PvPanel, SystemsInput } from './types';

const ORIENTATIONS: Record<number, string> = { 1: 'est', 2: 'sud_est', 3: 'sud', 4: 'sud_ouest', 5: 'ouest' };
const TILT_DEG: Record<number, number> = { 1: 10, 2: 30, 3: 60, 4: 80 };

function kpvOf(p: PvPanel): number {
  const orientation = ORIENTATIONS[p.orientationId ?? 3] ?? 'sud';
  const tilt = TILT_DEG[p.tiltId ?? 2] ?? 30;
  // The doctrine sheet spells south-west "sur_ouest" in its first row.
  const row = TABLES.kpv.find(
    (r) => (cellAccepts(r['orientation_pv'], orientation) || (orientation === 'sud_ouest' && cellAccepts(r['orientation_pv'], 'sur_ouest'))) && inRange(r, 'inclinaison_pv', tilt),
  );
  return row ? (numCell(row, 'kpv') ?? 1) : 1;
}

export function pvProductionKwh(input: SystemsInput): number {
  if (input.installations.pv.length === 0) return 0;
  const epvYear = TABLES.epv.filter((r) => r['zone_climatique'] === input.zone).reduce((s, r) => s + (numCell(r, 'epv') ?? 0), 0);
  const total = input.installations.pv.reduce((s, p) => s + kpvOf(p) * p.areaM2 * 0.17 * epvYear * 0.86, 0);
  // §16.2: a flat served by the building's collective PV gets the share of its surface.
  const building = input.buildingSurfaceM2 ?? 0;
  return input.buildingType === 'appartement' && building > input.surfaceM2 ? (total * input.surfaceM2) / building : total;
}

type Group = 'chauffage' | 'ecs' | 'refroidissement' | 'eclairage' | 'aux_vent' | 'aux_dist';
const TAPLP: Record<Group | 'autres', number> = {
  chauffage: 0.02,
  refroidissement: 0.25,
  ecs: 0.05,
  eclairage: 0.05,
  aux_vent: 0.5,
  aux_dist: 0.1,
  autres: 0.45,
};

function groupOf(l: ConsumptionLine): Group | undefined {
  if (l.energy !== 'electricite' && l.energy !== 'electricite_renouvelable') return undefined;
  if (l.use !== 'auxiliaire') return l.use;
  if (l.auxiliary === 'generation_ch') return 'chauffage';
  if (l.auxiliary === 'generation_ecs') return 'ecs';
  if (l.auxiliary === 'ventilation') return 'aux_vent';
  return 'aux_dist';
}

/** Deducts the self-consumed PV electricity from the lines (in place); returns it (kWh). */
export function deductSelfConsumption(input: SystemsInput, lines: ConsumptionLine[], productionKwh: number): number {
  if (productionKwh <= 0) return 0;
  const byGroup = new Map<Group, number>();
  for (const l of lines) {
    const g = groupOf(l);
    if (g) byGroup.set(g, (byGroup.get(g) ?? 0) + l.kwh);
  }
  const house = input.buildingType === 'maison';
  const others = (house ? 29 : 27 + 1.1) * input.surfaceM2;
  let total = others;
  let weighted = TAPLP.autres * others;
  for (const [g, kwh] of byGroup) {
    total += kwh;
    weighted += TAPLP[g] * kwh;
  }
  if (total <= 0 || weighted <= 0) return 0;
  const tapl = weighted / total;
  const tcv = productionKwh / total;
  const tap = 1 / (1 / tcv + 1 / tapl);
  const selfConsumed = total * tap;
  let deducted = 0;
  for (const [g, kwh] of byGroup) {
    if (kwh <= 0) continue;
    const ac = (selfConsumed * TAPLP[g] * kwh) / (tapl * total);
    for (const l of lines) {
      if (groupOf(l) === g) {
        const part = (ac * l.kwh) / kwh;
        l.kwh -= part;
        deducted += part;
      }
    }
  }
  return deducted;
}
