import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/ui/page-heading';
import { describeAttempts } from '../../domain/exam/attempt-history';
import { useAppStore } from '../../store/use-app-store';
import { AttemptHistoryTable } from './attempt-history-table';
import { ScoreTrendChart } from './score-trend-chart';
import './progress.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatDate = (ms: number) => dateFormat.format(ms);

/** `/progress`: the history of every quiz and practice exam, and the score trend. */
export function ProgressPage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const attempts = useAppStore((s) => s.attempts);
  const rows = describeAttempts(attempts);
  const exams = rows.filter((r) => r.kind === 'exam');
  return (
    <section className="page progress">
      <PageHeading title="Progress">Progress</PageHeading>
      <p className="lead">How your practice exams and quizzes went, newest first.</p>
      <h2>Score trend</h2>
      {!hydrated ? <p className="loading">Loading…</p> : null}
      {hydrated && exams.length === 0 ? (
        <p>
          No practice exam yet. <Link to={paths.exam}>Take one</Link> to see your scores here.
        </p>
      ) : null}
      {exams.length > 0 ? (
        <>
          <ScoreTrendChart rows={rows} formatDate={formatDate} />
          <details className="trend-table">
            <summary>The chart as a table</summary>
            <AttemptHistoryTable
              rows={[...exams].reverse()}
              formatDate={formatDate}
              caption="Practice exam scores, oldest first"
            />
          </details>
        </>
      ) : null}
      <h2>History</h2>
      {hydrated && rows.length === 0 ? <p>Nothing here yet.</p> : null}
      {rows.length > 0 ? (
        <AttemptHistoryTable
          rows={rows}
          formatDate={formatDate}
          caption="Every attempt, newest first"
        />
      ) : null}
    </section>
  );
}
