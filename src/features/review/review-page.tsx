import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { learnLink } from '../../app/learn-link';
import { AnswerFeedback } from '../../components/question/answer-feedback';
import { chooseOption, QuestionCard } from '../../components/question/question-card';
import { PageHeading } from '../../components/ui/page-heading';
import type { QueueCounts, QueueKind } from '../../domain/srs/queue';
import { isLeech, LEECH_LAPSES } from '../../domain/srs/stats';
import { useAppStore } from '../../store/use-app-store';
import { GradeButtons } from './grade-buttons';
import { findCardInfo } from './review-catalog';
import { ReviewDone } from './review-done';
import { useReviewKeys } from './use-review-keys';
import { useReviewSession, type ReviewSession, type ShownCard } from './use-review-session';
import './review.css';
import { useScreenShortcuts, type Shortcut } from '../../app/shortcuts';

const reviewShortcuts: readonly Shortcut[] = [
  ['1 – 5', 'Choose (or, for "Select TWO", switch) option 1 to 5'],
  ['Enter or Space', 'Check the answer; then grade it Good (or Again if it was wrong)'],
  ['U', 'Undo the last grade'],
];

const KIND_LABELS = {
  learning: 'Learning card',
  review: 'Review card',
  new: 'New card',
} as const satisfies Record<QueueKind, string>;

function ReviewCounts({ counts }: Readonly<{ counts: QueueCounts }>) {
  return (
    <ul className="review-counts" aria-label="Cards left">
      <li>
        <strong>{counts.learning}</strong> learning
      </li>
      <li>
        <strong>{counts.review}</strong> review
      </li>
      <li>
        <strong>{counts.new}</strong> new
      </li>
    </ul>
  );
}

/** A card forgotten again and again: re-reading its Learn section helps more than drilling. */
function LeechNotice({ card }: Readonly<{ card: ShownCard }>) {
  const state = useAppStore((s) => s.cards[card.item.cardId]);
  if (!isLeech(state)) return null;
  const subject = findCardInfo(card.item.cardId)?.subjects[0];
  const to = learnLink(card.item.topic, subject);
  return (
    <p className="notice leech-notice">
      <strong>Leech:</strong> you have forgotten this card {state?.lapses ?? LEECH_LAPSES} times.{' '}
      <Link to={to}>Re-read it in Learn</Link>
    </p>
  );
}

function useKeys(session: ReviewSession) {
  const { phase, busy } = session;
  useReviewKeys({
    ...(phase.kind === 'answering'
      ? {
          choose: (index) =>
            session.select(chooseOption(phase.card.question, phase.selected, index)),
          primary: session.submit,
        }
      : {}),
    ...(phase.kind === 'feedback' && !busy
      ? { primary: () => void session.grade(phase.correct ? 'good' : 'again') }
      : {}),
    ...(session.canUndo && phase.kind !== 'feedback' ? { undo: () => void session.undo() } : {}),
  });
}

/** Moves focus to each new card after the first, to the verdict, and to the done heading. */
function useReviewFocus(session: ReviewSession) {
  const cardRef = useRef<HTMLDivElement>(null);
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const { phase } = session;
  const card = phase.kind === 'answering' || phase.kind === 'feedback' ? phase.card : null;
  useEffect(() => {
    if (phase.kind === 'loading') return;
    // What shows first after loading leaves focus where the page put it.
    const isFirst = first.current;
    first.current = false;
    if (phase.kind === 'feedback') verdictRef.current?.focus();
    else if (isFirst) return;
    else if (phase.kind === 'answering') cardRef.current?.focus();
    else document.getElementById('review-done-heading')?.focus();
  }, [phase.kind, card]);
  return { cardRef, verdictRef };
}

function CardView({ session }: Readonly<{ session: ReviewSession }>) {
  const { phase, busy } = session;
  const { cardRef, verdictRef } = useReviewFocus(session);
  if (phase.kind !== 'answering' && phase.kind !== 'feedback') return null;
  const { card, selected } = phase;
  return (
    <>
      <ReviewCounts counts={session.counts} />
      <div ref={cardRef} tabIndex={-1} className="review-card">
        <QuestionCard
          question={card.question}
          selected={selected}
          onChange={session.select}
          mode={phase.kind === 'answering' ? 'answering' : 'feedback'}
          label={KIND_LABELS[card.item.kind]}
        />
      </div>
      {phase.kind === 'answering' ? (
        <>
          <p className="actions">
            <button type="button" className="button primary" onClick={session.submit}>
              Check answer
            </button>
            {session.canUndo ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void session.undo()}
              >
                Undo last grade
              </button>
            ) : null}
          </p>
          <p role="status" className="review-hint">
            {session.needsChoice ? 'Choose an answer first.' : null}
          </p>
          <p className="review-keys">
            Keys: 1–5 choose, Enter or Space checks, U undoes the last grade.
          </p>
        </>
      ) : (
        <>
          <AnswerFeedback ref={verdictRef} question={card.question} selected={selected} />
          <LeechNotice card={card} />
          <GradeButtons
            correct={phase.correct}
            previews={phase.previews}
            busy={busy}
            onGrade={(rating) => void session.grade(rating)}
          />
        </>
      )}
    </>
  );
}

/** `/review`: due cards first, then new ones, each graded and saved before the next. */
export function ReviewPage() {
  useScreenShortcuts('Review', reviewShortcuts);
  const session = useReviewSession();
  useKeys(session);
  const { phase } = session;
  return (
    <section className="page review">
      <PageHeading title="Review">Review</PageHeading>
      {session.saveProblem ? (
        <p className="notice review-problem" role="alert">
          {session.saveProblem}
        </p>
      ) : null}
      {phase.kind === 'loading' ? <p className="loading">Loading your progress…</p> : null}
      <CardView session={session} />
      {phase.kind === 'done' ? (
        <ReviewDone
          answered={session.answered}
          canUndo={session.canUndo}
          busy={session.busy}
          onUndo={() => void session.undo()}
        />
      ) : null}
    </section>
  );
}
