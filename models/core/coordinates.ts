/**
 * Reads a latitude/longitude pair in the formats people copy from map sites and GPS tools:
 * decimal ("47.3469, -3.1553", "47,3469 -3,1553" with French commas, "47.3469N 3.1553W") and
 * degrees-minutes-seconds ("47°20'49\"N 3°09'19\"W"). Returns null when it cannot read both.
 */
export interface LatLon {
  readonly latDeg: number;
  readonly lonDeg: number;
}

const DMS = /(\d+(?:[.,]\d+)?)\s*°\s*(?:(\d+(?:[.,]\d+)?)\s*['’′]\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:"|''|”|″)\s*)?([NSEWO])?/gi;

function toNumber(s: string | undefined): number {
  return s === undefined ? 0 : Number(s.replace(',', '.'));
}

function signed(value: number, hemisphere: string | undefined): number {
  const h = (hemisphere ?? '').toUpperCase();
  return h === 'S' || h === 'W' || h === 'O' ? -Math.abs(value) : value;
}

function valid(lat: number, lon: number): LatLon | null {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { latDeg: lat, lonDeg: lon } : null;
}

export function parseCoordinates(text: string): LatLon | null {
  const input = text.trim();
  if (input.includes('°')) {
    const parts = [...input.matchAll(DMS)].filter((m) => m[1] !== undefined);
    if (parts.length !== 2) return null;
    const [a, b] = parts.map((m) => ({
      value: signed(toNumber(m[1]) + toNumber(m[2]) / 60 + toNumber(m[3]) / 3600, m[4]),
      hemisphere: (m[4] ?? '').toUpperCase(),
    }));
    // Honour explicit hemispheres when the longitude comes first.
    if ('EWO'.includes(a.hemisphere) && a.hemisphere && 'NS'.includes(b.hemisphere) && b.hemisphere) return valid(b.value, a.value);
    return valid(a.value, b.value);
  }
  // Decimal: split on ";", on ", " or on whitespace; a lone comma between two dotted numbers also separates.
  const withHemispheres = [...input.matchAll(/([-+]?\d+(?:[.,]\d+)?)\s*([NSEWO])?/gi)];
  let tokens: Array<{ value: number; hemisphere: string }>;
  if (/;|,\s|\s/.test(input) || /^\s*[-+]?\d+\.\d+,[-+]?\d+\.\d+\s*$/.test(input)) {
    tokens = input
      .split(/\s*;\s*|,\s+|\s+|(?<=\d\.\d+),(?=[-+]?\d)/)
      .filter(Boolean)
      .map((t) => {
        const m = /^([-+]?\d+(?:[.,]\d+)?)([NSEWO])?$/i.exec(t);
        return m ? { value: signed(toNumber(m[1]), m[2]), hemisphere: (m[2] ?? '').toUpperCase() } : { value: Number.NaN, hemisphere: '' };
      });
  } else {
    tokens = withHemispheres.map((m) => ({ value: signed(toNumber(m[1]), m[2]), hemisphere: (m[2] ?? '').toUpperCase() }));
  }
  if (tokens.length !== 2) return null;
  const [a, b] = tokens;
  if (a.hemisphere && 'EWO'.includes(a.hemisphere) && b.hemisphere && 'NS'.includes(b.hemisphere)) return valid(b.value, a.value);
  return valid(a.value, b.value);
}
