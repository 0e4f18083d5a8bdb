import type { CardState, CardStates } from '../srs/card-state';
import { compareTuples, type Comparison } from './merge-order';

/**
 * The cards of both copies: a card answered in either is kept, and when both hold a card the
 * state answered later wins (later `lastReview`, then more `reps`; full ties are broken on the
 * remaining fields so the result does not depend on which copy is which).
 */
export function mergeCards(a: CardStates, b: CardStates): CardStates {
  const merged: Record<string, CardState> = { ...a };
  for (const [id, card] of Object.entries(b)) {
    const other = merged[id];
    merged[id] = other === undefined ? card : pickLaterCard(other, card);
  }
  return merged;
}

/** Of two states of the same card, the one answered later (see `mergeCards`). */
export function pickLaterCard(a: CardState, b: CardState): CardState {
  return compareCards(a, b) >= 0 ? a : b;
}

/** Orders states of one card from earlier to later answered. */
export function compareCards(a: CardState, b: CardState): Comparison {
  return compareTuples(cardOrderKey(a), cardOrderKey(b));
}

function cardOrderKey(card: CardState): (number | string)[] {
  return [
    card.lastReview,
    card.reps,
    card.due,
    card.lapses,
    card.stability,
    card.difficulty,
    card.scheduledDays,
    card.learningSteps,
    card.firstReview,
    card.phase,
  ];
}
