import type { RetentionSeries } from '../../domain/srs/activity';
import { ScrollingTable } from './scrolling-table';
import { countAnswers, formatDay, formatShare, formatShortDay } from './day-format';
import { PercentGrid } from './percent-grid';

/** The SVG's own units, phone-sized like the score trend so its text stays readable. */
const BOX = { width: 400, height: 200, left: 50, right: 10, top: 12, bottom: 28 } as const;
const plotHeight = BOX.height - BOX.top - BOX.bottom;
const yOf = (share: number) => BOX.top + plotHeight * (1 - share);

/** "83 % of 120 answers over the last 30 days were not graded Again." */
export function summarizeRetention(series: RetentionSeries): string {
  const active = series.days.filter((d) => d.answers > 0);
  if (series.share === null) return `No answers in the last ${series.days.length} days.`;
  return `Share of answers not graded Again, per day, last ${series.days.length} days: ${formatShare(series.share)} of ${countAnswers(series.answers)} on ${active.length} ${active.length === 1 ? 'day' : 'days'}.`;
}

function Bars({ series }: Readonly<{ series: RetentionSeries }>) {
  const slot = (BOX.width - BOX.left - BOX.right) / series.days.length;
  const width = Math.max(2, slot * 0.7);
  return series.days.map((d, i) => {
    if (d.share === null) return null;
    const x = BOX.left + i * slot + (slot - width) / 2;
    // A day with every answer wrong still shows a sliver, unlike a day without answers.
    const y = Math.min(yOf(d.share), yOf(0) - 2);
    return (
      <rect key={d.day} x={x} y={y} width={width} height={yOf(0) - y} className="retention-bar">
        <title>{`${formatDay(d.day)}: ${formatShare(d.share)} of ${countAnswers(d.answers)}`}</title>
      </rect>
    );
  });
}

/**
 * Per day over the last 30 days, the share of answers not graded Again, as bars (no bar on a
 * day without answers), with the days that had answers as a table.
 */
export function RetentionChart({ series }: Readonly<{ series: RetentionSeries }>) {
  const first = series.days[0];
  const last = series.days.at(-1);
  return (
    <>
      <figure className="trend">
        <div className="trend-box">
          <svg
            viewBox={`0 0 ${BOX.width} ${BOX.height}`}
            role="img"
            aria-label={summarizeRetention(series)}
            className="trend-svg"
          >
            <PercentGrid
              left={BOX.left}
              right={BOX.width - BOX.right}
              percents={[0, 50, 100]}
              yOfPercent={(percent) => yOf(percent / 100)}
            />
            <Bars series={series} />
            {first && last ? (
              <>
                <text x={BOX.left} y={BOX.height - 8} className="trend-label">
                  {formatShortDay(first.day)}
                </text>
                <text
                  x={BOX.width - BOX.right}
                  y={BOX.height - 8}
                  textAnchor="end"
                  className="trend-label"
                >
                  Today
                </text>
              </>
            ) : null}
          </svg>
        </div>
        <figcaption className="trend-legend">
          Each bar: the share of that day&apos;s answers (reviews, quizzes and exams) not graded
          Again. No bar: no answers that day.
        </figcaption>
      </figure>
      <details className="trend-table">
        <summary>Retention as a table</summary>
        <ScrollingTable label="Retention table, scrolls sideways">
          <table className="count-table">
            <caption>Answers not graded Again, per day with answers, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Answers</th>
                <th scope="col">Not Again</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {series.days.map((d) =>
                d.share === null ? null : (
                  <tr key={d.day}>
                    <th scope="row">{formatDay(d.day)}</th>
                    <td>{d.answers}</td>
                    <td>{d.recalled}</td>
                    <td>{formatShare(d.share)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </ScrollingTable>
      </details>
    </>
  );
}
