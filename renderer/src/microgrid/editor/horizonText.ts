/**
 * The far horizon as users note it from a survey or a PVGIS horizon file: "azimuth:elevation" pairs
 * in degrees (azimuth from north, clockwise), French or English decimals, any order.
 */
export interface HorizonProfileText {
  readonly azimuthsDeg: number[];
  readonly elevationsDeg: number[];
}

export function parseHorizonText(text: string): HorizonProfileText | null | { error: string } {
  const parts = text.trim().split(/[\s;]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const points: Array<[number, number]> = [];
  for (const p of parts) {
    const m = /^(-?\d+(?:[.,]\d+)?)[:/](-?\d+(?:[.,]\d+)?)$/.exec(p);
    if (!m) return { error: p };
    points.push([Number(m[1].replace(',', '.')), Number(m[2].replace(',', '.'))]);
  }
  points.sort((a, b) => a[0] - b[0]);
  return { azimuthsDeg: points.map((x) => x[0]), elevationsDeg: points.map((x) => x[1]) };
}

export function horizonToText(h: HorizonProfileText | undefined, locale: 'fr' | 'en'): string {
  if (!h) return '';
  const n = (v: number) => (locale === 'fr' ? String(v).replace('.', ',') : String(v));
  return h.azimuthsDeg.map((a, i) => `${n(a)}:${n(h.elevationsDeg[i])}`).join(' ');
}
