/**
 * Plan of sites by their coordinates, drawn in SVG without map tiles (the app is offline): local
 * equirectangular projection around the centroid (exact enough over a few km), points, names, the
 * farthest pair joined by a dashed line with its great-circle distance, a scale bar, and an
 * optional circle (the ACC perimeter).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { farthestPair, haversineKm } from '../../../models/acc/geo';
import { formatNumber } from '../../../models/core/numberFormat';

export interface MapPoint {
  readonly id: string;
  readonly name: string;
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly color?: string;
  /** Drawn as a ring around the place (a producer on a consumer's roof stays visible). */
  readonly ring?: boolean;
}

/** Beyond this many places, points carry numbers and the names go to a legend below the plan. */
const MAX_NAMED = 12;

const KM_PER_DEG_LAT = 110.574;

export function SitesMap({ points, circleKm, height = 360, testId }: { points: readonly MapPoint[]; circleKm?: number | null; height?: number; testId?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const width = 640;
  const pad = 56;
  const geometry = useMemo(() => {
    if (points.length === 0) return null;
    const lat0 = points.reduce((s, p) => s + p.latDeg, 0) / points.length;
    const lon0 = points.reduce((s, p) => s + p.lonDeg, 0) / points.length;
    const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
    const xy = points.map((p) => ({ ...p, x: (p.lonDeg - lon0) * kx, y: (p.latDeg - lat0) * KM_PER_DEG_LAT }));
    let halfSpan = Math.max(0.2, ...xy.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))));
    if (circleKm) halfSpan = Math.max(halfSpan, circleKm);
    const scale = Math.min((width - 2 * pad) / (2 * halfSpan), (height - 2 * pad) / (2 * halfSpan));
    const far = points.length > 1 ? farthestPair(points.map((p) => ({ id: p.id, latDeg: p.latDeg, lonDeg: p.lonDeg }))) : null;
    // Participants at the same place (a roof producing for its own building) get one label.
    const labels = new Map<string, { x: number; y: number; names: string[] }>();
    for (const p of xy) {
      const key = `${p.latDeg.toFixed(5)},${p.lonDeg.toFixed(5)}`;
      const entry = labels.get(key) ?? { x: p.x, y: p.y, names: [] };
      if (!entry.names.includes(p.name)) entry.names.push(p.name);
      labels.set(key, entry);
    }
    const barKm = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20].find((k) => k * scale > 60) ?? 50;
    return { xy, scale, far, labels: [...labels.values()], barKm };
  }, [points, circleKm, height]);

  if (!geometry) return <div data-testid={testId}>{t('terr.common.noCoordinates')}</div>;
  const cx = width / 2;
  const cy = height / 2;
  const X = (x: number) => cx + x * geometry.scale;
  const Y = (y: number) => cy - y * geometry.scale;
  const numbered = geometry.labels.length > MAX_NAMED;
  const farA = geometry.far ? geometry.xy.find((p) => p.id === geometry.far!.a) : undefined;
  const farB = geometry.far ? geometry.xy.find((p) => p.id === geometry.far!.b) : undefined;
  return (
    <div data-testid={testId}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxHeight: height, background: '#f8f9fa', border: '1px solid #dee2e6', borderRadius: 4 }} role="img">
        {circleKm ? <circle cx={cx} cy={cy} r={circleKm * geometry.scale} fill="rgba(34,139,230,0.06)" stroke="#228be6" strokeDasharray="6 4" /> : null}
        {farA && farB && (
          <g>
            <line x1={X(farA.x)} y1={Y(farA.y)} x2={X(farB.x)} y2={Y(farB.y)} stroke="#e8590c" strokeWidth={1.5} strokeDasharray="5 4" />
            <line x1={16} y1={22} x2={46} y2={22} stroke="#e8590c" strokeWidth={1.5} strokeDasharray="5 4" />
            <text x={52} y={26} fontSize={12} fill="#d9480f" fontWeight={700}>
              {formatNumber(haversineKm(farA.latDeg, farA.lonDeg, farB.latDeg, farB.lonDeg), locale, 2)} km
            </text>
          </g>
        )}
        {geometry.xy.map((p) =>
          p.ring ? (
            <circle key={p.id} cx={X(p.x)} cy={Y(p.y)} r={8} fill="none" stroke={p.color ?? '#f59f00'} strokeWidth={3} />
          ) : (
            <circle key={p.id} cx={X(p.x)} cy={Y(p.y)} r={5} fill={p.color ?? '#1971c2'} stroke="#fff" strokeWidth={1.5} />
          ),
        )}
        {geometry.labels.map((l, i) => (
          <text key={i} x={X(l.x) + 9} y={Y(l.y) + 4} fontSize={numbered ? 11 : 10} fontWeight={numbered ? 700 : 400} fill="#343a40" stroke="#f8f9fa" strokeWidth={3} paintOrder="stroke">
            {numbered ? i + 1 : l.names.join(' / ').slice(0, 42)}
          </text>
        ))}
        <g transform={`translate(${16}, ${height - 18})`}>
          <line x1={0} y1={0} x2={geometry.barKm * geometry.scale} y2={0} stroke="#343a40" strokeWidth={2} />
          <text x={0} y={-5} fontSize={11} fill="#343a40">
            {geometry.barKm < 1 ? `${geometry.barKm * 1000} m` : `${geometry.barKm} km`}
          </text>
        </g>
        <text x={width - 16} y={22} fontSize={13} textAnchor="end" fill="#343a40">
          N ↑
        </text>
      </svg>
      {numbered && (
        <ol style={{ columns: 3, fontSize: 12, color: '#343a40', margin: '6px 0 0', paddingLeft: 24 }} data-testid={testId ? `${testId}-legend` : undefined}>
          {geometry.labels.map((l, i) => (
            <li key={i}>{l.names.join(' / ')}</li>
          ))}
        </ol>
      )}
      {geometry.far && (
        <div style={{ fontSize: 13, color: '#495057', marginTop: 4 }} data-testid={testId ? `${testId}-farthest` : undefined}>
          {t('terr.common.farthest', {
            a: points.find((p) => p.id === geometry.far!.a)?.name ?? geometry.far.a,
            b: points.find((p) => p.id === geometry.far!.b)?.name ?? geometry.far.b,
            km: formatNumber(geometry.far.distanceKm, locale, 2),
          })}
        </div>
      )}
    </div>
  );
}
