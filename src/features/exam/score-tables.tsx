import { formatPercent } from './exam-labels';

export type ScoreRow = Readonly<{ key: string; label: string; correct: number; total: number }>;

type Props = Readonly<{ caption: string; nameLabel: string; rows: readonly ScoreRow[] }>;

/**
 * Percent correct per group as a table (stacked into cards on phones). A bar shows the share
 * visually; the number beside it says the same in text.
 */
export function ScoreTable({ caption, nameLabel, rows }: Props) {
  return (
    <table className="stack-table score-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameLabel}</th>
          <th scope="col">Correct</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td data-label="Correct">
              {row.total === 0 ? 'no questions' : `${row.correct} of ${row.total}`}
            </td>
            <td data-label="Score">
              {row.total === 0 ? (
                '—'
              ) : (
                <span className="score-cell">
                  <span className="score-bar" aria-hidden="true">
                    {/* Set through the CSSOM by React, which a style-src policy allows. */}
                    <span style={{ width: `${(row.correct / row.total) * 100}%` }} />
                  </span>
                  {formatPercent(row.correct, row.total)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
