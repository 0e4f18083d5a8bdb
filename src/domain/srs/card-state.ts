import type { TopicId } from '../../../content/schema';

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
