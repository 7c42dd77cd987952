/**
 * The 3CL-DPE-2021 engine (annex 1 of the arrêté of 8 October 2021): from the inputs of a DPE
 * record (`donnee_entree` and general blocks only) to losses, needs (envelope stage), then
 * consumptions, primary energy, emissions, costs and labels (systems stage, computeSystems).
 *
 * Coupling (§9.1.1): the envelope stage gives the heating need before recovered losses and its
 * monthly split; the systems stage subtracts recovered generation and DHW losses.
 */
import { computeEnvelope } from './envelope';
import { baseTemperatureC } from './climate/climate';
import { computeSystems, mapInstallations } from './systems';
import type { SystemsInput } from './systems/types';
import type { DpeInputRaw } from './xml/parse';
import type { DpeResult, EnvelopeResult } from './types';

/** enum_classe_inertie_id of each inertia class (observatory enum). */
const INERTIA_ID: Record<EnvelopeResult['general']['inertia'], number> = { tres_lourde: 1, lourde: 2, moyenne: 3, legere: 4 };

export function systemsInputFor(input: DpeInputRaw, envelope: EnvelopeResult): SystemsInput {
  const g = envelope.general;
  const c = envelope.climate;
  const conv = envelope.conventionnel;
  const { heating, dhw, cooling, ventilation, pv } = mapInstallations(input.logement);
  return {
    // A flat rated from the building's data: rated surface is the flat's, needs are the building's.
    surfaceM2: g.flatFromBuilding ? g.dwellingSurfaceM2 : g.surfaceM2,
    buildingType: g.flatFromBuilding ? 'appartement' : g.buildingType,
    dwellingCount: g.flatFromBuilding ? 1 : g.dwellingCount,
    buildingSurfaceM2: g.buildingSurfaceM2,
    needSurfaceM2: g.flatFromBuilding ? g.surfaceM2 : undefined,
    zone: g.zone,
    altitudeClass: g.altitudeClass,
    dpeDate: g.dpeDate,
    constructionYear: g.constructionYear,
    inertiaClassId: INERTIA_ID[g.inertia],
    ceilingHeightM: g.ceilingHeightM,
    gvWK: envelope.losses.gvWK,
    climate: {
      tbaseC: baseTemperatureC(g.zone, g.altitudeClass),
      nrefMonthlyH: c.nref19.slice(),
      textMonthlyC: c.text.slice(),
      dh14MonthlyKh: c.dh14.slice(),
    },
    besoinChKwh: conv.besoinChKwh,
    besoinChMonthlyKwh: conv.besoinChMonthlyKwh.slice(),
    besoinEcsKwh: conv.besoinEcsKwh,
    besoinFrKwh: cooling.length > 0 ? conv.besoinFrKwh : 0,
    installations: { heating, dhw, cooling, ventilation, pv },
  };
}

/** Computes a DPE from its inputs. Throws an Error naming the field when an input is missing or invalid. */
export function computeDpe(input: DpeInputRaw): DpeResult {
  const envelope = computeEnvelope(input);
  const systems = computeSystems(systemsInputFor(input, envelope));
  return { numeroDpe: input.numeroDpe, envelope, systems };
}
