/**
 * The commune search behind the site form. The 1.8 MB index is loaded on the first search (its own
 * chunk in the Electron build) and kept; each search scans 35 000 names in a few milliseconds.
 */
import type { CommuneSearchHit } from '../../../models/api/contract';
import { prepareCommunes, searchCommunes, type CommuneIndex, type PreparedCommunes } from '../../../models/geo/communeSearch';
import { departementToClimateZone } from '../../../models/weather/climateTables';

let prepared: Promise<PreparedCommunes> | null = null;

function load(): Promise<PreparedCommunes> {
  prepared ??= import('../../../resources/geo/communes.json').then((m) => prepareCommunes((m.default ?? m) as unknown as CommuneIndex));
  return prepared;
}

export async function searchFrenchCommunes(query: string, limit: number): Promise<CommuneSearchHit[]> {
  const hits = searchCommunes(await load(), query, limit);
  return hits.map((h) => {
    try {
      return { ...h, climateZone: departementToClimateZone(h.departement) };
    } catch {
      return h;
    }
  });
}
