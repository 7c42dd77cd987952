/**
 * Starting points for a new micro-grid scenario: the Belle-Île demo, or a blank scenario that keeps
 * its sensible defaults (loads, tariff, dispatch) without any equipment, placed on a project site.
 */
import { belleIleScenario } from '../examples/belleIle';
import { microgridScenarioSchema, type MicrogridScenario } from '../sim/scenarioSchema';
import { climateZoneNear, departementToClimateZone } from '../weather/climateTables';

export const SCENARIO_TEMPLATES = ['blank', 'belle-ile'] as const;
export type ScenarioTemplate = (typeof SCENARIO_TEMPLATES)[number];

export interface TemplateSite {
  readonly name: string;
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly elevationM: number;
  readonly climateZone?: MicrogridScenario['site']['climateZone'];
  readonly departement?: string;
}

type ClimateZone = NonNullable<MicrogridScenario['site']['climateZone']>;

/**
 * The 3CL climate zone a new scenario's default weather follows: the site's own, else its
 * département's (zone-climatique table of the 3CL method), else that of the nearest préfecture.
 */
export function climateZoneOfSite(site: TemplateSite): ClimateZone {
  if (site.climateZone) return site.climateZone;
  if (site.departement) {
    try {
      return departementToClimateZone(site.departement);
    } catch {
      // An overseas or unknown code: fall back on the coordinates.
    }
  }
  return climateZoneNear(site.latDeg, site.lonDeg).zone;
}

export function scenarioFromTemplate(template: ScenarioTemplate, name: string, site?: TemplateSite): MicrogridScenario {
  const base = belleIleScenario(15);
  const doc: MicrogridScenario =
    template === 'belle-ile' ? { ...base, name } : { ...base, name, pvArrays: [], storage: { ...base.storage, containers: [] }, vehicles: [], sheddableLoads: [], shiftableLoads: [] };
  const placed = site
    ? { ...doc, site: { name: site.name, latDeg: site.latDeg, lonDeg: site.lonDeg, elevationM: site.elevationM, climateZone: climateZoneOfSite(site) } }
    : doc;
  return microgridScenarioSchema.parse(placed);
}
