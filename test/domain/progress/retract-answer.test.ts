import { describe, expect, it } from 'vitest';
import { createEmptyProgress, type Progress } from '../../../src/domain/progress/progress';
import { retractAnswer } from '../../../src/domain/progress/retract-answer';
import type { CardState } from '../../../src/domain/srs/card-state';
import type { ReviewEntry, UndoEntry } from '../../../src/domain/srs/review-log';

const before: CardState = {
  phase: 'review',
  due: 50_000,
  stability: 3,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  lastReview: 1_000,
  firstReview: 1_000,
};
const after: CardState = { ...before, reps: 2, lastReview: 9_000, due: 99_000 };
const entry: ReviewEntry = { cardId: 'x', at: 9_000, rating: 'again', source: 'review' };
const undone: UndoEntry = { entry, day: '2025-03-03', previous: before };

function answered(card: CardState = after): Progress {
  return {
    ...createEmptyProgress(),
    cards: { x: card },
    reviewLog: {
      days: { '2025-03-03': { answers: 2, again: 1, introduced: 0 } },
      recent: [entry],
      undo: [undone],
    },
  };
}

describe('retractAnswer', () => {
  it('takes the answer out of the log and puts the card back as it was', () => {
    expect(retractAnswer(answered(), undone)).toEqual({
      ...createEmptyProgress(),
      cards: { x: before },
      reviewLog: {
        days: { '2025-03-03': { answers: 1, again: 0, introduced: 0 } },
        recent: [],
        undo: [],
      },
    });
  });

  it('removes a card that was new before the answer, and a day left with no answers', () => {
    const fresh: UndoEntry = { ...undone, previous: null };
    const progress: Progress = {
      ...answered(),
      reviewLog: {
        days: { '2025-03-03': { answers: 1, again: 1, introduced: 1 } },
        recent: [entry],
        undo: [fresh],
      },
    };
    const result = retractAnswer(progress, fresh);
    expect(result.cards).toEqual({});
    expect(result.reviewLog.days).toEqual({});
  });

  it('does the same applied twice as once', () => {
    const once = retractAnswer(answered(), undone);
    expect(retractAnswer(once, undone)).toBe(once);
  });

  it('keeps a later answer of the card given in another tab', () => {
    const later = { ...after, lastReview: 12_000, reps: 3 };
    expect(retractAnswer(answered(later), undone).cards.x).toEqual(later);
  });
});
