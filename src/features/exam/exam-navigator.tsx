import { countStatuses, questionStatus, type ExamSession } from '../../domain/exam/exam-session';

type Props = Readonly<{ session: ExamSession; onGo: (index: number) => void }>;

/** "answered, flagged", for the button's name. */
export function describeStatus(session: ExamSession, index: number): string {
  const { answered, flagged } = questionStatus(session, index);
  return [answered ? 'answered' : 'unanswered', ...(flagged ? ['flagged'] : [])].join(', ');
}

/**
 * Every question as a button that jumps to it. Status shows as marks and words, not colour:
 * ✓ answered, ⚑ flagged, nothing for unanswered; each button's name says it in full.
 */
export function ExamNavigator({ session, onGo }: Props) {
  const counts = countStatuses(session);
  return (
    <details className="exam-nav">
      <summary>
        All questions: {counts.answered} answered, {counts.flagged} flagged, {counts.unanswered}{' '}
        unanswered
      </summary>
      <p className="exam-nav-legend">
        <span aria-hidden="true">✓</span> answered · <span aria-hidden="true">⚑</span> flagged · no
        mark: unanswered
      </p>
      <ol className="exam-nav-list" aria-label="Questions">
        {session.items.map((_, index) => {
          const { answered, flagged } = questionStatus(session, index);
          return (
            <li key={index}>
              <button
                type="button"
                className={`exam-nav-button${answered ? ' is-answered' : ''}`}
                aria-current={index === session.current ? 'step' : undefined}
                aria-label={`Question ${index + 1}, ${describeStatus(session, index)}`}
                onClick={() => onGo(index)}
              >
                <span>{index + 1}</span>
                <span className="exam-nav-marks" aria-hidden="true">
                  {answered ? '✓' : ''}
                  {flagged ? '⚑' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
