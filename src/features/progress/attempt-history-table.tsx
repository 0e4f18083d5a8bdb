import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { HistoryRow } from '../../domain/exam/attempt-history';
import { formatDuration } from '../../domain/exam/exam-timing';

type Props = Readonly<{
  rows: readonly HistoryRow[];
  formatDate: (ms: number) => string;
  caption: string;
}>;

function describeLength(row: HistoryRow): string {
  if (row.fullLength === true) return `Full (${row.total})`;
  return `${row.total} questions`;
}

function describeResult(row: HistoryRow): string {
  if (row.passed === null) return '—';
  return row.passed ? 'Pass' : 'Not yet';
}

/** Every attempt, newest first: date, exam, length, score, time used and result. */
export function AttemptHistoryTable({ rows, formatDate, caption }: Props) {
  return (
    <table className="stack-table history-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Exam</th>
          <th scope="col">Length</th>
          <th scope="col">Score</th>
          <th scope="col">Time used</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              {row.kind === 'exam' ? (
                <Link to={paths.examResult(row.id)}>{formatDate(row.finishedAt)}</Link>
              ) : (
                formatDate(row.finishedAt)
              )}
            </th>
            <td data-label="Exam">{row.kind === 'exam' ? `${row.examCode ?? ''} exam` : 'Quiz'}</td>
            <td data-label="Length">{describeLength(row)}</td>
            <td data-label="Score">
              {Math.round(row.percent)}% ({row.correct} of {row.total})
              {row.scaledScore === null ? null : <>, estimated {row.scaledScore}</>}
            </td>
            <td data-label="Time used">{formatDuration(row.timeUsed)}</td>
            <td data-label="Result">{describeResult(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
