import { useId } from 'react';
import type { BurstResult } from '../../../domain/labs/concurrency-burst';
import { formatNumber } from '../../../domain/labs/lab-fields';

const W = 320;
const H = 200;
const M = { left: 48, right: 12, top: 26, bottom: 34 } as const;

/** The served-requests step line, extended one scaling step past the last point. */
function stepPath(burst: BurstResult, x: (t: number) => number, y: (n: number) => number): string {
  const pts = burst.points;
  const last = pts[pts.length - 1];
  if (!last) return '';
  let d = `M${x(0)},${y(0)}`;
  pts.forEach((p, i) => {
    const nextT = pts[i + 1]?.t ?? last.t + 10;
    d += ` L${x(p.t)},${y(p.available)} L${x(nextT)},${y(p.available)}`;
  });
  return d;
}

/** Served requests over time after a burst, against the burst size; table alternative below. */
export function BurstChart({ burst }: Readonly<{ burst: BurstResult }>) {
  const patternId = useId();
  const last = burst.points[burst.points.length - 1];
  const tMax = (last?.t ?? 0) + 10;
  const yMax = Math.max(burst.demand, 1);
  const x = (t: number) => M.left + (t / tMax) * (W - M.left - M.right);
  const y = (n: number) => H - M.bottom - (n / yMax) * (H - M.top - M.bottom);
  const line = stepPath(burst, x, y);
  const xTicks = burst.points.map((p) => p.t).concat(tMax);
  const yTicks = [...new Set([0, Math.round(yMax / 2), burst.demand])];
  return (
    <figure className="lab-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={burst.summary}>
        <defs>
          <pattern
            id={patternId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" className="chart-hatch" />
          </pattern>
        </defs>
        {yTicks.map((n) => (
          <g key={n}>
            <line x1={M.left} x2={W - M.right} y1={y(n)} y2={y(n)} className="chart-grid" />
            <text x={M.left - 6} y={y(n) + 4} textAnchor="end" className="chart-label">
              {formatNumber(n)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={H - M.bottom + 16} textAnchor="middle" className="chart-label">
            {t} s
          </text>
        ))}
        <path
          d={`${line} L${x(tMax)},${y(burst.demand)} L${x(0)},${y(burst.demand)} Z`}
          fill={`url(#${patternId})`}
        />
        <path d={`${line} L${x(tMax)},${y(0)} Z`} className="chart-area" />
        <path d={line} className="chart-line" />
        <line
          x1={M.left}
          x2={W - M.right}
          y1={y(burst.demand)}
          y2={y(burst.demand)}
          className="chart-demand"
        />
        <text x={4} y={12} className="chart-label">
          Concurrent requests
        </text>
        <text x={W / 2} y={H - 4} textAnchor="middle" className="chart-label">
          Seconds after the burst
        </text>
      </svg>
      <figcaption className="chart-legend">
        <span>
          <span className="legend-swatch legend-served" aria-hidden="true" /> Served (solid line)
        </span>
        <span>
          <span className="legend-swatch legend-demand" aria-hidden="true" /> Burst size (dashed
          line)
        </span>
        <span>
          <span className="legend-swatch legend-throttled" aria-hidden="true" /> Throttled, HTTP 429
          (hatched)
        </span>
      </figcaption>
      <details className="lab-table-details">
        <summary>Burst scaling as a table</summary>
        <table className="lab-table">
          <caption className="visually-hidden">
            Requests served and throttled after the burst
          </caption>
          <thead>
            <tr>
              <th scope="col">Seconds after the burst</th>
              <th scope="col">Served</th>
              <th scope="col">Throttled (HTTP 429)</th>
            </tr>
          </thead>
          <tbody>
            {burst.points.map((p) => (
              <tr key={p.t}>
                <th scope="row">{p.t} s</th>
                <td>{formatNumber(p.available)}</td>
                <td>{formatNumber(p.throttled)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
