/**
 * Envelope stage of the 3CL-DPE-2021 engine: general data, losses GV (§3-4), climate (§18),
 * heating and DHW needs (§2, §6, §11) in the conventional and "dépensier" variants.
 */
import { monthlyClimate } from '../climate/climate';
import { readGeneral } from './general';
import { computeLosses, type ElementDetail } from './losses';
import { coolingNeedKwh } from './coolingNeed';
import { equivalentAdults, needs } from './needs';
import type { DpeInputRaw } from '../xml/parse';
import type { EnvelopeResult } from '../types';

export function computeEnvelope(input: DpeInputRaw): EnvelopeResult & { details: ElementDetail[] } {
  const general = readGeneral(input);
  const { losses, details, warnings } = computeLosses(input, general);
  const climate = monthlyClimate(general.zone, general.altitudeClass, general.oldMaterials, general.inertia, general.heavyComponents);
  const nadeq = equivalentAdults(general.buildingType, general.surfaceM2, general.dwellingCount);
  const needInput = { gvWK: losses.gvWK, surfaceM2: general.surfaceM2, nadeq, inertia: general.inertia, sseMonthlyM2: losses.sseMonthlyM2, climate };
  return {
    general,
    losses,
    nadeq,
    conventionnel: { ...needs(needInput, 'conventionnel'), besoinFrKwh: coolingNeedKwh(needInput, 'conventionnel') },
    depensier: { ...needs(needInput, 'depensier'), besoinFrKwh: coolingNeedKwh(needInput, 'depensier') },
    climate,
    warnings,
    details,
  };
}

export type { ElementDetail };
