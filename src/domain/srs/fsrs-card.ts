import { State, type Card, type CardInput } from 'ts-fsrs';
import { assertNever } from '../lib/assert-never';
import type { CardPhase, CardState } from './card-state';

// Kept apart from `card-state.ts` so that reading card states (Home, the store) does not load
// ts-fsrs; only the scheduler converts to and from its cards.

/**
 * Rounding keeps stored progress small (a full double takes 18 characters of JSON) while
 * changing intervals by far less than a minute; it is applied once, right after each review,
 * so what is stored is exactly what the next review starts from.
 */
function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function phaseToFsrs(phase: CardPhase): State {
  switch (phase) {
    case 'learning':
      return State.Learning;
    case 'review':
      return State.Review;
    case 'relearning':
      return State.Relearning;
    default:
      return assertNever(phase);
  }
}

function phaseFromFsrs(state: State): CardPhase {
  if (state === State.Learning) return 'learning';
  if (state === State.Review) return 'review';
  if (state === State.Relearning) return 'relearning';
  // ts-fsrs never returns a card to New after an answer.
  throw new Error(`A reviewed card cannot be in state ${State[state]}`);
}

/**
 * The ts-fsrs card for a stored state. `cid` travels along so the fuzz seed can depend on
 * the card (see `scheduler.ts`); ts-fsrs keeps unknown fields.
 */
export function toFsrsCard(cardId: string, card: CardState): CardInput & { cid: string } {
  return {
    cid: cardId,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    // Deprecated in ts-fsrs and recomputed from `last_review` on every review.
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: phaseToFsrs(card.phase),
    last_review: card.lastReview,
  };
}

/**
 * The stored state for a card ts-fsrs has just scheduled.
 * @param firstReview when the card was first answered (ms epoch); the review time for a new card.
 */
export function fromFsrsCard(card: Card, reviewedAt: number, firstReview: number): CardState {
  return {
    phase: phaseFromFsrs(card.state),
    due: card.due.getTime(),
    stability: round4(card.stability),
    difficulty: round4(card.difficulty),
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: reviewedAt,
    firstReview,
  };
}
