import { State, type Card, type CardInput } from 'ts-fsrs';
import type { TopicId } from '../../../content/schema';
import { assertNever } from '../lib/assert-never';

/** A card as the quiz engine lists it: a concept (card id) that belongs to one topic. */
export type CatalogCard = Readonly<{ cardId: string; topic: TopicId }>;

/** Longest card id the progress file accepts. */
export const MAX_CARD_ID_LENGTH = 300;

/** Where a card is in its life: `new` cards have no stored state at all. */
export type CardPhase = 'learning' | 'review' | 'relearning';

/**
 * The stored scheduling state of one card that has been answered at least once. Times are
 * ms since the epoch (numbers, so JSON round-trips); a card never answered has no entry.
 */
export type CardState = Readonly<{
  phase: CardPhase;
  /** When the card is due next (ms epoch). */
  due: number;
  /** FSRS stability: days until recall probability falls to 90 %, rounded to 4 decimals. */
  stability: number;
  /** FSRS difficulty, 1 (easy) to 10 (hard), rounded to 4 decimals. */
  difficulty: number;
  /** Whole days between the last review and `due` (0 while in learning steps). */
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  /** Number of answers recorded for the card. */
  reps: number;
  /** Times the card was forgotten after it had graduated to review. */
  lapses: number;
  /** The last answer (ms epoch). */
  lastReview: number;
  /** The first answer (ms epoch): counts the card against that day's new-card limit. */
  firstReview: number;
}>;

/** Cards keyed by card id; an id with no entry is a new card. */
export type CardStates = Readonly<Record<string, CardState>>;

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
