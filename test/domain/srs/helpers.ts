import type { CardState } from '../../../src/domain/srs/card-state';
import { EMPTY_REVIEW_LOG } from '../../../src/domain/srs/review-log';
import {
  scheduleReview,
  type Outcome,
  type ScheduleSettings,
  type SrsState,
} from '../../../src/domain/srs/scheduler';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 2025-03-03T09:00:00Z, a Monday. */
export const T0 = Date.UTC(2025, 2, 3, 9);
export const SETTINGS: ScheduleSettings = { desiredRetention: 0.9, utcOffsetMinutes: 0 };
export const EMPTY: SrsState = { cards: {}, reviewLog: EMPTY_REVIEW_LOG };

export const GOOD: Outcome = { kind: 'correct' };
export const WRONG: Outcome = { kind: 'wrong' };

/** Answers the card each time it comes due, returning every state along the way. */
export function answerAtDue(
  cardId: string,
  outcomes: readonly Outcome[],
  start = T0,
  settings = SETTINGS,
): { state: SrsState; cards: CardState[]; times: number[] } {
  let state = EMPTY;
  let now = start;
  const cards: CardState[] = [];
  const times: number[] = [];
  for (const outcome of outcomes) {
    times.push(now);
    state = scheduleReview(state, cardId, outcome, now, settings).state;
    const card = state.cards[cardId];
    if (card === undefined) throw new Error('card missing after an answer');
    cards.push(card);
    now = card.due;
  }
  return { state, cards, times };
}

/** A stored card state with sensible defaults, for queue and stats tests. */
export function makeCard(overrides: Partial<CardState> = {}): CardState {
  return {
    phase: 'review',
    due: T0,
    stability: 5,
    difficulty: 5,
    scheduledDays: 5,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview: T0 - 5 * DAY,
    firstReview: T0 - 10 * DAY,
    ...overrides,
  };
}
