/**
 * Great-circle distance between two points on a spherical Earth (haversine formula,
 * R. W. Sinnott, "Virtues of the Haversine", Sky & Telescope 68(2), 1984, p. 159).
 * The ACC perimeter arrêté (21 November 2019, art. 1) sets a distance between participants without
 * prescribing a geodesic model; the sphere of mean radius R1 = 6 371.0088 km (IUGG, Moritz 2000,
 * "Geodetic Reference System 1980") stays within 0.5 % of the ellipsoid, i.e. 10 m at 2 km.
 */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

const DEG_TO_RAD = Math.PI / 180;

export function haversineKm(lat1Deg: number, lon1Deg: number, lat2Deg: number, lon2Deg: number): number {
  const lat1Rad = lat1Deg * DEG_TO_RAD;
  const lat2Rad = lat2Deg * DEG_TO_RAD;
  const dLatRad = lat2Rad - lat1Rad;
  const dLonRad = (lon2Deg - lon1Deg) * DEG_TO_RAD;
  const h = Math.sin(dLatRad / 2) ** 2 + Math.cos(lat1Rad) * Math.cos(lat2Rad) * Math.sin(dLonRad / 2) ** 2;
  // min() guards asin against h drifting a hair above 1 for antipodal points.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface GeoPoint {
  readonly id: string;
  readonly latDeg: number;
  readonly lonDeg: number;
}

/** The two points farthest apart (O(n²): operations have at most a few hundred participants). */
export function farthestPair(points: readonly GeoPoint[]): { distanceKm: number; a: string; b: string } {
  let best = { distanceKm: 0, a: points[0]?.id ?? '', b: points[0]?.id ?? '' };
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const d = haversineKm(points[i].latDeg, points[i].lonDeg, points[j].latDeg, points[j].lonDeg);
      if (d > best.distanceKm) best = { distanceKm: d, a: points[i].id, b: points[j].id };
    }
  }
  return best;
}
