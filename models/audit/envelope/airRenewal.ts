/**
 * Losses by air renewal (annex 1 of the arrêté of 8 October 2021, §4):
 *   Hvent = 0.34·Qvarep_conv·Sh
 *   Hperm = 0.34·Qvinf, Qvinf = Hsp·Sh·n50·e / (1 + f/e·((Qvasouf_conv − Qvarep_conv)/(Hsp·n50))²)
 *   n50 = Q4Pa / ((4/50)^(2/3)·Hsp·Sh), Q4Pa = Q4Pa_conv·Sdep + 0.45·Smea_conv·Sh
 * with e = 0.07, f = 15 when several façades are exposed, e = 0.02, f = 20 otherwise.
 */
import { byTvId, envelopeTables } from './tables';
import { flag, optNum } from '../xml/read';
import type { RawNode } from '../xml/parse';

/** [Qvarep_conv, Qvasouf_conv, Smea_conv] by enum_type_ventilation_id, in the order of the §4 table. */
const FLOWS: readonly [number, number, number][] = [
  [1.2, 1.2, 0], [2.23, 0, 4], [1.97, 0, 2], [1.65, 0, 2], [1.5, 0, 2], [1.32, 0, 2], [1.5, 0, 2], [1.44, 0, 2],
  [1.16, 0, 2], [1.59, 0, 2], [1.53, 0, 2], [1.22, 0, 2], [1.36, 0, 1.5], [1.24, 0, 1.5], [1.09, 0, 1.5],
  [1.97, 0, 2], [1.3, 0, 2], [1.24, 0, 1.5], [0.6, 0.6, 0], [0.26, 0.26, 0], [0.75, 0.75, 0], [0.46, 0.46, 0],
  [1.65, 1.65, 0], [1.32, 1.32, 0], [2.23, 0, 4], [1.52, 0, 3], [1.33, 0, 3], [1.17, 0, 3], [1.52, 0, 2],
  [1.33, 0, 2], [1.17, 0, 2], [2.24, 0, 4], [1.97, 0, 4], [2.23, 0, 3], [0.99, 0.99, 0], [0.79, 0.79, 0],
  [0.36, 0.36, 0], [0.16, 0.16, 0],
];

export function ventilationFlows(typeId: number): { qvarep: number; qvasouf: number; smea: number } {
  const row = FLOWS[typeId - 1];
  if (!row) throw new Error(`ventilation/enum_type_ventilation_id: unknown value ${typeId}`);
  return { qvarep: row[0], qvasouf: row[1], smea: row[2] };
}

export interface AirRenewal {
  hventWK: number;
  hpermWK: number;
  q4paConv: number;
}

export function airRenewal(de: RawNode, surfaceM2: number, ceilingHeightM: number, sdepM2: number): AirRenewal {
  const typeId = optNum(de, 'enum_type_ventilation_id');
  if (typeId === undefined) throw new Error('ventilation/enum_type_ventilation_id: missing');
  const { qvarep, qvasouf, smea } = ventilationFlows(typeId);
  const method = optNum(de, 'enum_methode_saisie_q4pa_conv_id') ?? 1;
  const entered = optNum(de, 'q4pa_conv_saisi');
  const q4paConv = method !== 1 && entered !== undefined ? entered : (byTvId(envelopeTables.q4paconv, optNum(de, 'tv_q4pa_conv_id')) ?? entered ?? 2);
  const severalFacades = flag(de, 'plusieurs_facade_exposee');
  const e = severalFacades ? 0.07 : 0.02;
  const f = severalFacades ? 15 : 20;
  const q4pa = q4paConv * sdepM2 + 0.45 * smea * surfaceM2;
  const n50 = q4pa / (Math.pow(4 / 50, 2 / 3) * ceilingHeightM * surfaceM2);
  const imbalance = (qvasouf - qvarep) / (ceilingHeightM * n50);
  const qvinf = (ceilingHeightM * surfaceM2 * n50 * e) / (1 + (f / e) * imbalance * imbalance);
  return { hventWK: 0.34 * qvarep * surfaceM2, hpermWK: 0.34 * qvinf, q4paConv };
}
