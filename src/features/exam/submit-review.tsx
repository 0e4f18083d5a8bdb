import { useEffect, useRef } from 'react';
import { countStatuses, questionStatus, type ExamSession } from '../../domain/exam/exam-session';

type Props = Readonly<{
  session: ExamSession;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  onGo: (index: number) => void;
}>;

function QuestionLinks({
  indexes,
  onGo,
}: Readonly<{ indexes: readonly number[]; onGo: (index: number) => void }>) {
  return (
    <ul className="exam-jump-list">
      {indexes.map((i) => (
        <li key={i}>
          <button type="button" className="button" onClick={() => onGo(i)}>
            Question {i + 1}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The check before submitting: how many questions are unanswered or flagged, with buttons
 * back to each. Its heading takes focus; Escape returns to the exam.
 */
export function SubmitReview({ session, submitting, onSubmit, onCancel, onGo }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const counts = countStatuses(session);
  const indexes = session.items.map((_, i) => i);
  const unanswered = indexes.filter((i) => !questionStatus(session, i).answered);
  const flagged = indexes.filter((i) => questionStatus(session, i).flagged);
  return (
    <section
      className="exam-submit-review"
      aria-labelledby="submit-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id="submit-heading" ref={heading} tabIndex={-1}>
        Submit your exam?
      </h2>
      <p>
        {counts.answered} of {session.items.length} answered.{' '}
        <strong>{counts.unanswered} unanswered</strong>
        {counts.unanswered > 0 ? ' (they count as wrong)' : ''} and{' '}
        <strong>{counts.flagged} flagged</strong> for review.
      </p>
      {unanswered.length > 0 ? (
        <>
          <h3>Unanswered</h3>
          <QuestionLinks indexes={unanswered} onGo={onGo} />
        </>
      ) : null}
      {flagged.length > 0 ? (
        <>
          <h3>Flagged for review</h3>
          <QuestionLinks indexes={flagged} onGo={onGo} />
        </>
      ) : null}
      <p>After submitting, answers cannot change.</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onSubmit} disabled={submitting}>
          {submitting ? 'Submitting…' : 'Submit the exam'}
        </button>
        <button type="button" className="button" onClick={onCancel} aria-keyshortcuts="Escape">
          Return to the exam
        </button>
      </div>
    </section>
  );
}
