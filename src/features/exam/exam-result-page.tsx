import { useEffect } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/ui/page-heading';
import { findExamProfile } from '../../domain/exam/assemble-exam';
import { examDurationMs } from '../../domain/exam/exam-timing';
import { ranOutOfTime, type ExamSession } from '../../domain/exam/exam-session';
import { scoreExam } from '../../domain/exam/score-exam';
import type { AttemptSummary } from '../../domain/progress/progress';
import { useAppStore } from '../../store/use-app-store';
import { AnswerReview } from './answer-review';
import { describeNote, domainName, topicTitle } from './exam-labels';
import { recordExamResult, useSavedSession } from './exam-session-store';
import { MissedRetry } from './missed-retry';
import { ResultSummary } from './result-summary';
import { ScoreTable, type ScoreRow } from './score-tables';
import './exam.css';

function FullResult({ session }: Readonly<{ session: ExamSession }>) {
  // Read from the session, not the navigation: the page may also be reached by a redirect.
  const autoSubmitted = ranOutOfTime(session);
  // Files the attempt if submitting was interrupted before it was filed; a no-op otherwise.
  useEffect(() => void recordExamResult(session), [session]);
  const profile = findExamProfile(session.examCode);
  const score = scoreExam({ profile, items: session.items }, session.answers);
  const missed = score.results
    .filter((r) => !r.correct)
    .flatMap((r) => session.items[r.index]?.question.cardId ?? []);
  return (
    <>
      {autoSubmitted ? (
        <p className="notice">Time ran out, so your exam was submitted automatically.</p>
      ) : null}
      <ResultSummary
        profile={profile}
        correct={score.correct}
        total={score.total}
        passed={score.passed}
        scaledEstimate={score.scaledEstimate}
        timeUsed={(session.finishedAt ?? session.deadline) - session.startedAt}
        timeAllowed={session.deadline - session.startedAt}
      />
      {session.notes.length > 0 ? (
        <ul className="exam-notes">
          {session.notes.map((note, i) => (
            <li key={i}>{describeNote(session.examCode, note)}</li>
          ))}
        </ul>
      ) : null}
      <ScoreTable
        caption="By exam domain"
        nameLabel="Domain"
        rows={score.byDomain.map((d) => ({
          key: d.domain,
          label: domainName(profile, d.domain),
          correct: d.correct,
          total: d.total,
        }))}
      />
      <ScoreTable
        caption="By topic"
        nameLabel="Topic"
        rows={score.byTopic.map((t) => ({
          key: t.topic,
          label: topicTitle(t.topic),
          correct: t.correct,
          total: t.total,
        }))}
      />
      <p className="result-srs-note">
        Your wrong answers now come back in <Link to={paths.review}>Review</Link>.
      </p>
      <MissedRetry cardIds={missed} />
      <AnswerReview session={session} results={score.results} />
    </>
  );
}

function tallyRows(
  tally: AttemptSummary['byDomain'],
  labelOf: (key: string) => string,
): ScoreRow[] {
  return Object.entries(tally).map(([key, t]) => ({ key, label: labelOf(key), ...t }));
}

/** An older attempt: its summary is kept, its questions are not. */
function SummaryResult({ attempt }: Readonly<{ attempt: AttemptSummary }>) {
  if (attempt.examCode === null) return <p>This attempt was a quiz, not an exam.</p>;
  const profile = findExamProfile(attempt.examCode);
  const scaled = attempt.scaledScore ?? profile.scaledMin;
  return (
    <>
      <ResultSummary
        profile={profile}
        correct={attempt.correct}
        total={attempt.total}
        passed={scaled >= profile.passingScore}
        scaledEstimate={scaled}
        timeUsed={attempt.finishedAt - attempt.startedAt}
        timeAllowed={examDurationMs(profile, attempt.total)}
      />
      <ScoreTable
        caption="By exam domain"
        nameLabel="Domain"
        rows={tallyRows(attempt.byDomain, (id) => domainName(profile, id))}
      />
      <ScoreTable
        caption="By topic"
        nameLabel="Topic"
        rows={tallyRows(attempt.byTopic, topicTitle)}
      />
      <p className="notice">The question-by-question review is kept for your latest exam only.</p>
    </>
  );
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** ms epoch → "5 Mar 2025, 09:00" in the learner's locale. */
function formatDate(ms: number): string {
  return dateFormat.format(ms);
}

/** `/exam/:examId/result`: the score, by domain and topic, and the review of every answer. */
export function ExamResultPage() {
  const { examId = '' } = useParams();
  const hydrated = useAppStore((s) => s.hydrated);
  const attempt = useAppStore((s) => s.attempts.find((a) => a.id === examId));
  const session = useSavedSession();
  const mine = session?.id === examId ? session : null;
  if (mine?.status === 'running') return <Navigate to={paths.examSession(examId)} replace />;
  const found = mine ?? attempt;
  const title = found ? 'Exam result' : 'Result not found';
  return (
    <section className="page exam exam-result">
      <PageHeading title={title}>{title}</PageHeading>
      {found ? (
        <p className="lead">
          {found.examCode} practice exam, {formatDate(found.startedAt)}
        </p>
      ) : null}
      {!hydrated ? <p className="loading">Loading…</p> : null}
      {hydrated && mine ? <FullResult session={mine} /> : null}
      {hydrated && !mine && attempt ? <SummaryResult attempt={attempt} /> : null}
      {hydrated && !mine && !attempt ? (
        <p>No exam with this address was found on this device.</p>
      ) : null}
      <div className="actions">
        <Link className="button" to={paths.exam}>
          Start another exam
        </Link>
        <Link className="button" to={paths.progress}>
          See your progress
        </Link>
      </div>
    </section>
  );
}
