import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { countStatuses, type ExamSession } from '../../domain/exam/exam-session';
import { formatDuration, isTimeUp, remainingMs } from '../../domain/exam/exam-timing';
import { saveSession } from './exam-session-store';

type Props = Readonly<{ session: ExamSession }>;

/** The exam in progress, on the start page: resume it, or discard it after a confirmation. */
export function ResumePanel({ session }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [now] = useState(() => Date.now());
  const { answered } = countStatuses(session);
  const timeUp = isTimeUp(session.deadline, now);
  return (
    <section className="notice exam-resume" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Exam in progress</h2>
      <p>
        {session.examCode}: {answered} of {session.items.length} answered.{' '}
        {timeUp
          ? 'Its time ran out while you were away: it is submitted with the answers given.'
          : `${formatDuration(remainingMs(session.deadline, now))} left.`}
      </p>
      {confirming ? (
        <div role="group" aria-labelledby="discard-question">
          <p id="discard-question">Discard this exam? Its answers are lost and it is not scored.</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void saveSession(null)}>
              Discard the exam
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Link className="button primary" to={paths.examSession(session.id)}>
            {timeUp ? 'See the result' : 'Resume the exam'}
          </Link>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Discard it…
          </button>
        </div>
      )}
    </section>
  );
}
