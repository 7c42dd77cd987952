/**
 * Windows and doors (annex 1 of the arrêté of 8 October 2021, §3.3):
 * - Uw from the window table (type, frame, glazing Ug) or the entered value; a double window
 *   combines both as 1/(1/Uw1 + 1/Uw2 + 0.07) (§3.3.2);
 * - with a closure, Ujn from the table of ΔR (closure type) and Uw (§3.3.3), linear in Uw between
 *   rows; the loss uses Ujn, otherwise Uw;
 * - solar factor Sw (§6.2.1) and shading Fe = Fe1·Fe2 with Fe2 = 1 − Σ Omb/100 for non-homogeneous
 *   far masks (§6.2.2);
 * - doors: U from the door table or the entered value (§3.3.4).
 */
import { byTvId, envelopeTables } from './tables';
import { items, optNum } from '../xml/read';
import type { RawNode } from '../xml/parse';

/** enum_type_fermeture_id → ΔR (m².K/W) of the closure (§3.3.3 table). */
const DELTAR_BY_CLOSURE: Record<number, number> = { 1: 0, 2: 0.08, 3: 0.15, 4: 0.19, 5: 0.19, 6: 0.25, 7: 0.25, 8: 0.25 };

/** Ujn for a ΔR and a Uw, linear between the table's Uw rows. */
export function ujnFromGrid(deltar: number, uw: number): number {
  if (deltar <= 0) return uw;
  const line = envelopeTables.ujnGrid.filter((r) => Math.abs(r[0] - deltar) < 1e-9).sort((a, b) => a[1] - b[1]);
  if (line.length === 0) return uw;
  if (uw <= line[0][1]) return line[0][2];
  for (let i = 1; i < line.length; i++) {
    if (uw <= line[i][1]) {
      const [, u1, j1] = line[i - 1];
      const [, u2, j2] = line[i];
      return j1 + ((j2 - j1) * (uw - u1)) / (u2 - u1);
    }
  }
  return line[line.length - 1][2];
}

export interface WindowThermal {
  uw: number;
  ujn: number;
  uMenuiserie: number;
  sw: number;
  fe1: number;
  fe2: number;
}

/**
 * Uw of the window group of table row `id`, linear in Ug between the group's rows (§3.3.2): the
 * record's tv_uw_id names the row at or above its Ug, the value is interpolated at the actual Ug.
 */
export function uwFromTable(id: number | undefined, ug: number | undefined): number | undefined {
  if (id === undefined) return undefined;
  const row = envelopeTables.uwRows[String(id)];
  if (!row) return undefined;
  if (ug === undefined || row[1] === null) return row[2];
  const group = Object.values(envelopeTables.uwRows)
    .filter((r) => r[0] === row[0] && r[1] !== null)
    .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0));
  if (ug <= (group[0][1] ?? 0)) return group[0][2];
  for (let i = 1; i < group.length; i++) {
    const u2 = group[i][1] ?? 0;
    if (ug <= u2) {
      const u1 = group[i - 1][1] ?? 0;
      return group[i - 1][2] + ((group[i][2] - group[i - 1][2]) * (ug - u1)) / (u2 - u1);
    }
  }
  return group[group.length - 1][2];
}

function ugOf(de: RawNode): number | undefined {
  const method = optNum(de, 'enum_methode_saisie_perf_vitrage_id') ?? 1;
  const entered = optNum(de, 'ug_saisi');
  if (entered !== undefined && [2, 3, 4, 5, 6, 15].includes(method)) return entered;
  return byTvId(envelopeTables.ug, optNum(de, 'tv_ug_id')) ?? entered;
}

function uwOf(de: RawNode, suffix: '' | '_1' | '_2'): number | undefined {
  // Methods 3,4,5,6,8,9,10,13 (enum_methode_saisie_perf_vitrage_id) enter Uw directly.
  const method = optNum(de, 'enum_methode_saisie_perf_vitrage_id') ?? 1;
  const entered = optNum(de, `uw_saisi${suffix}`) ?? (suffix === '' ? optNum(de, 'uw_saisi') : undefined);
  if (entered !== undefined && [3, 4, 5, 6, 8, 9, 10, 13].includes(method)) return entered;
  return uwFromTable(optNum(de, `tv_uw_id${suffix}`), ugOf(de)) ?? optNum(de, `uw${suffix === '' ? '_1' : suffix}`) ?? entered;
}

/** `second` is the donnee_entree of `baie_vitree_double_fenetre` when the window is a double window. */
export function windowThermal(de: RawNode, second?: RawNode): WindowThermal {
  let uw = uwOf(de, '') ?? 5;
  if (optNum(de, 'double_fenetre') === 1 && second) {
    // §3.3.2 double windows: both windows in series with the air space between them,
    // Uw = 1 / (1/Uw1 + 1/Uw2 + 0.07).
    const uw2 = uwOf(second, '');
    if (uw2 !== undefined) uw = 1 / (1 / uw + 1 / uw2 + 0.07);
  }
  const closure = optNum(de, 'enum_type_fermeture_id') ?? 1;
  let ujn = uw;
  if (closure !== 1) {
    const method = optNum(de, 'enum_methode_saisie_perf_vitrage_id') ?? 1;
    const enteredUjn = optNum(de, 'ujn_saisi');
    if (enteredUjn !== undefined && [5, 6, 9, 10, 11, 12].includes(method)) ujn = enteredUjn;
    else {
      const deltar = byTvId(envelopeTables.deltar, optNum(de, 'tv_deltar_id')) ?? DELTAR_BY_CLOSURE[closure] ?? 0;
      // The record's tv_ujn_id names the row at or above its Uw; Ujn is interpolated at the actual Uw.
      ujn = ujnFromGrid(deltar, uw);
    }
  }
  const method = optNum(de, 'enum_methode_saisie_perf_vitrage_id') ?? 1;
  const enteredSw = optNum(de, 'sw_saisi');
  let sw =
    enteredSw !== undefined && [4, 6, 8, 10, 11, 14, 15].includes(method)
      ? enteredSw
      : (byTvId(envelopeTables.sw, optNum(de, 'tv_sw_id')) ?? optNum(de, 'sw_1') ?? enteredSw ?? 0.5);
  if (optNum(de, 'double_fenetre') === 1 && second) {
    // Sunlight crosses both windows of a double window: Sw = Sw1·Sw2 (§6.2.1).
    const sw2 = byTvId(envelopeTables.sw, optNum(second, 'tv_sw_id')) ?? optNum(second, 'sw_saisi') ?? optNum(de, 'sw_2');
    if (sw2 !== undefined) sw *= sw2;
  }
  const fe1 = byTvId(envelopeTables.fe1, optNum(de, 'tv_coef_masque_proche_id')) ?? 1;
  let fe2 = byTvId(envelopeTables.fe2, optNum(de, 'tv_coef_masque_lointain_homogene_id'));
  if (fe2 === undefined) {
    let ombPct = 0;
    for (const m of items(de, 'masque_lointain_non_homogene_collection', 'masque_lointain_non_homogene')) {
      ombPct += byTvId(envelopeTables.omb, optNum(m, 'tv_coef_masque_lointain_non_homogene_id')) ?? 0;
    }
    fe2 = Math.max(0, 1 - ombPct / 100);
  }
  return { uw, ujn, uMenuiserie: closure !== 1 ? ujn : uw, sw, fe1, fe2 };
}

export function doorU(de: RawNode): number {
  const method = optNum(de, 'enum_methode_saisie_uporte_id') ?? 1;
  const entered = optNum(de, 'uporte_saisi');
  if (method !== 1 && entered !== undefined) return entered;
  return byTvId(envelopeTables.uporte, optNum(de, 'tv_uporte_id')) ?? entered ?? 3.5;
}
