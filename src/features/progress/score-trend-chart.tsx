import { examProfiles } from '../../../content/exams';
import type { ExamCode } from '../../../content/schema';
import type { HistoryRow } from '../../domain/exam/attempt-history';
import { passFraction } from '../../domain/exam/scaled-score';
import { CHART, linePath, placeExamPoints, yOf, type TrendPoint } from './trend-geometry';
import { PercentGrid } from './percent-grid';

type Props = Readonly<{ rows: readonly HistoryRow[]; formatDate: (ms: number) => string }>;

const pct = (n: number) => `${Math.round(n)}%`;

/** One sentence per exam format: attempts, first and latest score, best. */
export function summarizeTrend(points: readonly TrendPoint[]): string {
  const parts = examProfiles.flatMap((profile) => {
    const mine = points.filter((p) => p.code === profile.code);
    const first = mine[0];
    const last = mine[mine.length - 1];
    if (!first || !last) return [];
    const best = Math.max(...mine.map((p) => p.row.percent));
    return mine.length === 1
      ? [`${profile.code}: 1 exam, ${pct(first.row.percent)} correct.`]
      : [
          `${profile.code}: ${mine.length} exams, from ${pct(first.row.percent)} to ${pct(last.row.percent)} correct (best ${pct(best)}).`,
        ];
  });
  return `Practice exam scores, oldest to newest. ${parts.join(' ')}`;
}

/** Circles for DVA-C02, squares for SAP-C02: the shape, not only the colour, tells them apart. */
function Marker({ point }: Readonly<{ point: TrendPoint }>) {
  const { x, y, code } = point;
  return code === 'DVA-C02' ? (
    <circle cx={x} cy={y} r={6} className="trend-marker trend-dva" />
  ) : (
    <rect x={x - 6} y={y - 6} width={12} height={12} className="trend-marker trend-sap" />
  );
}

/** The first and last dates under the plot (one, centred, for a single exam). */
function DateLabels({
  points,
  formatDate,
}: Readonly<{ points: readonly TrendPoint[]; formatDate: (ms: number) => string }>) {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const y = CHART.height - 8;
  if (first === last) {
    return (
      <text x={first.x} y={y} textAnchor="middle" className="trend-label">
        {formatDate(first.row.finishedAt)}
      </text>
    );
  }
  return (
    <>
      <text x={CHART.left} y={y} className="trend-label">
        {formatDate(first.row.finishedAt)}
      </text>
      <text x={CHART.width - CHART.right} y={y} textAnchor="end" className="trend-label">
        {formatDate(last.row.finishedAt)}
      </text>
    </>
  );
}

const seriesClass: Record<ExamCode, string> = { 'DVA-C02': 'trend-dva', 'SAP-C02': 'trend-sap' };

/**
 * Percent correct of every practice exam over time, with each format's pass share as a
 * dashed line. An SVG image with a summary for screen readers; the table beside it holds
 * the same figures.
 */
export function ScoreTrendChart({ rows, formatDate }: Props) {
  const points = placeExamPoints(rows);
  if (points.length === 0) return null;
  const codes = examProfiles.filter((p) => points.some((pt) => pt.code === p.code));
  return (
    <figure className="trend">
      <div className="trend-box">
        <svg
          viewBox={`0 0 ${CHART.width} ${CHART.height}`}
          role="img"
          aria-label={summarizeTrend(points)}
          className="trend-svg"
        >
          <PercentGrid
            left={CHART.left}
            right={CHART.width - CHART.right}
            percents={[0, 50, 100]}
            yOfPercent={yOf}
          />
          {codes.map((profile) => (
            <line
              key={profile.code}
              x1={CHART.left}
              x2={CHART.width - CHART.right}
              y1={yOf(passFraction(profile) * 100)}
              y2={yOf(passFraction(profile) * 100)}
              className={`trend-pass ${seriesClass[profile.code]}`}
            />
          ))}
          {codes.map((profile) => (
            <path
              key={profile.code}
              d={linePath(points.filter((p) => p.code === profile.code))}
              className={`trend-line ${seriesClass[profile.code]}`}
            />
          ))}
          {points.map((point) => (
            <Marker key={point.row.id} point={point} />
          ))}
          <DateLabels points={points} formatDate={formatDate} />
        </svg>
      </div>
      <figcaption className="trend-legend">
        {codes.map((profile) => (
          <span key={profile.code}>
            <span aria-hidden="true">{profile.code === 'DVA-C02' ? '●' : '■'}</span> {profile.code}{' '}
            (dashed line: pass at about {pct(passFraction(profile) * 100)})
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
