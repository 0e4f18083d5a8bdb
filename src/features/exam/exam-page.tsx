import { Link, Navigate, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/ui/page-heading';
import { useAppStore } from '../../store/use-app-store';
import { useSavedSession } from './exam-session-store';
import { ExamScreen } from './exam-screen';
import './exam.css';

/** `/exam/:examId`: the exam in progress, resumed from the store. */
export function ExamPage() {
  const { examId = '' } = useParams();
  const hydrated = useAppStore((s) => s.hydrated);
  const filed = useAppStore((s) => s.attempts.some((a) => a.id === examId));
  const session = useSavedSession();
  if (!hydrated) return <p className="loading">Loading…</p>;
  if (session?.id === examId) {
    if (session.status === 'submitted') return <Navigate to={paths.examResult(examId)} replace />;
    // Keyed by id so that a different exam never inherits this one's screen state.
    return <ExamScreen key={session.id} initial={session} />;
  }
  if (filed) return <Navigate to={paths.examResult(examId)} replace />;
  return (
    <section className="page exam">
      <PageHeading title="Exam not found">Exam not found</PageHeading>
      <p>This exam is not in progress on this device: it may have been discarded or replaced.</p>
      <p>
        <Link to={paths.exam}>Start a practice exam</Link>
      </p>
    </section>
  );
}
