/**
 * Line paths drawn straight from the chart's scales (recharts 3 hooks), one <path> per series. The
 * recharts <Line> builds several objects per point (labels, dots, animation state), which made a
 * 2 000-point, 10-series week cost most of a second; a path string costs a few milliseconds.
 */
import { useId } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

export interface FastLine {
  readonly key: string;
  readonly yAxisId: string;
  readonly colour: string;
  readonly dashed?: boolean;
}

export function FastLines({ rows, lines }: { rows: ReadonlyArray<Record<string, number>>; lines: readonly FastLine[] }) {
  const xScale = useXAxisScale();
  const kwScale = useYAxisScale('kw');
  const pctScale = useYAxisScale('pct');
  const area = usePlotArea();
  const clipId = useId().replace(/:/g, '');
  if (!xScale || !area) return null;
  const xs = rows.map((r) => xScale(r.t) as number);
  return (
    <g className="ilot-fast-lines">
      <defs>
        <clipPath id={`clip-${clipId}`}>
          <rect x={area.x} y={area.y} width={area.width} height={area.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#clip-${clipId})`}>
        {lines.map((line) => {
          const yScale = line.yAxisId === 'pct' ? pctScale : kwScale;
          if (!yScale) return null;
          let d = '';
          for (let k = 0; k < rows.length; k++) {
            const y = yScale(rows[k][line.key]) as number;
            if (!Number.isFinite(y) || !Number.isFinite(xs[k])) continue;
            d += `${d === '' ? 'M' : 'L'}${xs[k].toFixed(1)},${y.toFixed(1)}`;
          }
          return (
            <path
              key={line.key}
              className="recharts-line-curve"
              d={d}
              fill="none"
              stroke={line.colour}
              strokeWidth={1.5}
              strokeDasharray={line.dashed ? '5 3' : undefined}
              strokeLinejoin="round"
            />
          );
        })}
      </g>
    </g>
  );
}

/** Rounds a range outward to a "nice" step so that axis ticks fall on round numbers. */
export function niceDomain(min: number, max: number, ticks = 5): [number, number] {
  const lo = Math.min(0, min);
  const hi = Math.max(lo + 1, max);
  const raw = (hi - lo) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}
