import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/ui/page-heading';
import { describeAttempts } from '../../domain/exam/attempt-history';
import { useAppStore } from '../../store/use-app-store';
import { AttemptHistoryTable } from './attempt-history-table';
import { ScoreTrendChart } from './score-trend-chart';
import { StudyInsights } from './study-insights';
import './progress.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatDate = (ms: number) => dateFormat.format(ms);

/**
 * `/progress`: cards by state, retention and activity over time, the weakest facts, the score
 * trend and the history of every quiz and practice exam.
 */
export function ProgressPage() {
  const hydrated = useAppStore((s) => s.hydrated);
  const attempts = useAppStore((s) => s.attempts);
  const rows = describeAttempts(attempts);
  const exams = rows.filter((r) => r.kind === 'exam');
  return (
    <section className="page progress">
      <PageHeading title="Progress">Progress</PageHeading>
      <p className="lead">
        Where your cards stand, how your answers went day by day, and your practice exams.
      </p>
      {!hydrated ? <p className="loading">Loading…</p> : <StudyInsights />}
      <h2>Score trend</h2>
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
