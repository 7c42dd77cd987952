/**
 * Search of French communes by name, postal code or INSEE code, over the offline index of
 * resources/geo/communes.json (scripts/buildCommunes.ts: INSEE COG, GeoNames coordinates). Pure: the
 * caller loads the index once.
 */
/** How a commune's position was found (scripts/buildCommunes.ts). */
export const PLACED = { gazetteer: 0, city: 1, postalNeighbour: 2 } as const;
export type Placement = (typeof PLACED)[keyof typeof PLACED];

export type CommuneRow = [name: string, insee: string, departement: string, postalCodes: string, population: number, latDeg: number | null, lonDeg: number | null, placement: Placement | null];

export interface CommuneIndex {
  readonly source: string;
  readonly columns: readonly string[];
  readonly rows: readonly CommuneRow[];
}

export interface CommuneHit {
  readonly name: string;
  readonly insee: string;
  readonly departement: string;
  readonly postalCodes: readonly string[];
  readonly population: number;
  /** Null when the gazetteer does not place the commune (small villages): ask the user. */
  readonly latDeg: number | null;
  readonly lonDeg: number | null;
  /** 'gazetteer': the place itself; 'city': its city (municipal arrondissement); 'postal-neighbour': a nearby commune of the same postal code. */
  readonly placement: 'gazetteer' | 'city' | 'postal-neighbour' | null;
}

const PLACEMENT_NAMES = ['gazetteer', 'city', 'postal-neighbour'] as const;

/** Lower case, no accents, hyphens and apostrophes as spaces, "saint" for "st": how people type names. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’_.,()]/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PreparedCommunes {
  readonly rows: readonly CommuneRow[];
  readonly names: readonly string[];
}

export function prepareCommunes(index: CommuneIndex): PreparedCommunes {
  return { rows: index.rows, names: index.rows.map((r) => normaliseName(r[0])) };
}

/**
 * Best matches first: an exact name, then names starting with the query, then names with a word
 * starting with it, then names containing it; ties by population. Digits search postal and INSEE codes.
 */
export function searchCommunes(p: PreparedCommunes, query: string, limit = 10): CommuneHit[] {
  const q = normaliseName(query);
  if (q.length < 2) return [];
  const scored: Array<[number, number]> = [];
  if (/^\d[\dab]*$/.test(q)) {
    for (let i = 0; i < p.rows.length; i++) {
      const r = p.rows[i];
      if (r[1].toLowerCase().startsWith(q)) scored.push([0, i]);
      else if (r[3].split(' ').some((cp) => cp.startsWith(q))) scored.push([1, i]);
    }
  } else {
    for (let i = 0; i < p.names.length; i++) {
      const n = p.names[i];
      let rank = -1;
      if (n === q) rank = 0;
      else if (n.startsWith(q)) rank = 1;
      else if (n.includes(` ${q}`)) rank = 2;
      else if (n.includes(q)) rank = 3;
      if (rank >= 0) scored.push([rank, i]);
    }
  }
  scored.sort((a, b) => a[0] - b[0] || p.rows[b[1]][4] - p.rows[a[1]][4]);
  return scored.slice(0, limit).map(([, i]) => {
    const r = p.rows[i];
    return { name: r[0], insee: r[1], departement: r[2], postalCodes: r[3] ? r[3].split(' ') : [], population: r[4], latDeg: r[5], lonDeg: r[6], placement: r[7] === null ? null : PLACEMENT_NAMES[r[7]] };
  });
}
