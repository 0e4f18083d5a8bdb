import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeAttempts,
  mergeProgress,
  type OwnChanges,
} from '../../../src/domain/progress/merge-progress';
import {
  createEmptyProgress,
  type AttemptSummary,
  type Progress,
} from '../../../src/domain/progress/progress';
import type { CardState } from '../../../src/domain/srs/card-state';
import { RECENT_LIMIT, type ReviewEntry } from '../../../src/domain/srs/review-log';
import { cardStateArb, progressArb } from './arbitraries';

const ownArb: fc.Arbitrary<OwnChanges> = fc.record({
  settings: fc.boolean(),
  activeExam: fc.boolean(),
});

/** The parts that merge the same whichever copy is stored and which is in memory. */
function shared(progress: Progress) {
  const { cards, reviewLog, attempts } = progress;
  return { cards, reviewLog, attempts };
}

const card = (lastReview: number, reps: number): CardState => ({
  phase: 'review',
  due: lastReview + 86_400_000,
  stability: 3,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps,
  lapses: 0,
  lastReview,
  firstReview: 1_000,
});

const entry = (cardId: string, at: number): ReviewEntry => ({
  cardId,
  at,
  rating: 'good',
  source: 'review',
});

describe('mergeProgress', () => {
  it('is idempotent: merging the result again with itself or either copy changes nothing', () => {
    fc.assert(
      fc.property(progressArb, progressArb, ownArb, (a, b, own) => {
        const merged = mergeProgress(a, b, own);
        expect(mergeProgress(merged, merged, own)).toEqual(merged);
        expect(shared(mergeProgress(merged, a, own))).toEqual(shared(merged));
        expect(shared(mergeProgress(b, merged, own))).toEqual(shared(merged));
      }),
    );
  });

  it('merges cards, the review log and attempts the same whichever copy is stored', () => {
    fc.assert(
      fc.property(progressArb, progressArb, ownArb, (a, b, own) => {
        expect(shared(mergeProgress(a, b, own))).toEqual(shared(mergeProgress(b, a, own)));
      }),
    );
  });

  it('is associative for cards, the review log and attempts (three tabs in any order)', () => {
    fc.assert(
      fc.property(progressArb, progressArb, progressArb, (a, b, c) => {
        expect(shared(mergeProgress(mergeProgress(a, b), c))).toEqual(
          shared(mergeProgress(a, mergeProgress(b, c))),
        );
      }),
    );
  });

  it('never drops a card answered in either copy, and keeps its latest answer', () => {
    fc.assert(
      fc.property(progressArb, progressArb, ownArb, (a, b, own) => {
        const merged = mergeProgress(a, b, own);
        for (const id of new Set([...Object.keys(a.cards), ...Object.keys(b.cards)])) {
          const kept = merged.cards[id];
          expect(kept).toBeDefined();
          const latest = Math.max(a.cards[id]?.lastReview ?? 0, b.cards[id]?.lastReview ?? 0);
          expect(kept?.lastReview).toBe(latest);
          expect([a.cards[id], b.cards[id]]).toContainEqual(kept);
        }
      }),
    );
  });

  it('never drops a recent answer or an attempt of either copy below the caps', () => {
    fc.assert(
      fc.property(progressArb, progressArb, ownArb, (a, b, own) => {
        const merged = mergeProgress(a, b, own);
        for (const answer of [...a.reviewLog.recent, ...b.reviewLog.recent]) {
          expect(merged.reviewLog.recent).toContainEqual(answer);
        }
        const ids = new Set(merged.attempts.map((attempt) => attempt.id));
        for (const attempt of [...a.attempts, ...b.attempts]) expect(ids).toContain(attempt.id);
      }),
    );
  });

  it('keeps the state answered later, then the one with more answers', () => {
    const stored = { ...createEmptyProgress(), cards: { x: card(5_000, 2), y: card(7_000, 3) } };
    const mine = { ...createEmptyProgress(), cards: { x: card(6_000, 1), y: card(7_000, 4) } };
    const merged = mergeProgress(stored, mine);
    expect(merged.cards.x).toEqual(card(6_000, 1));
    expect(merged.cards.y).toEqual(card(7_000, 4));
  });

  it('lists each answer once, oldest first, however many copies held it', () => {
    const stored = {
      ...createEmptyProgress(),
      reviewLog: { days: {}, recent: [entry('a', 1), entry('b', 3)], undo: [] },
    };
    const mine = {
      ...createEmptyProgress(),
      reviewLog: { days: {}, recent: [entry('a', 1), entry('c', 2)], undo: [] },
    };
    expect(mergeProgress(stored, mine).reviewLog.recent).toEqual([
      entry('a', 1),
      entry('c', 2),
      entry('b', 3),
    ]);
  });

  it('keeps the newest RECENT_LIMIT answers of both copies', () => {
    const many = (from: number) =>
      Array.from({ length: RECENT_LIMIT }, (_, i) => entry('k', from + i * 2));
    const stored = {
      ...createEmptyProgress(),
      reviewLog: { days: {}, recent: many(0), undo: [] },
    };
    const mine = { ...createEmptyProgress(), reviewLog: { days: {}, recent: many(1), undo: [] } };
    const recent = mergeProgress(stored, mine).reviewLog.recent;
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.at(0)?.at).toBe(2 * RECENT_LIMIT - RECENT_LIMIT);
    expect(recent.at(-1)?.at).toBe(2 * RECENT_LIMIT - 1);
  });

  it('counts a day as the larger count of each field', () => {
    const day = (answers: number, again: number, introduced: number) => ({
      answers,
      again,
      introduced,
    });
    const stored = {
      ...createEmptyProgress(),
      reviewLog: { days: { '2025-03-03': day(5, 1, 2) }, recent: [], undo: [] },
    };
    const mine = {
      ...createEmptyProgress(),
      reviewLog: {
        days: { '2025-03-03': day(4, 2, 2), '2025-03-04': day(1, 0, 1) },
        recent: [],
        undo: [],
      },
    };
    expect(mergeProgress(stored, mine).reviewLog.days).toEqual({
      '2025-03-03': day(5, 2, 2),
      '2025-03-04': day(1, 0, 1),
    });
  });

  it('takes settings and the active exam from the copy that changed them', () => {
    fc.assert(
      fc.property(progressArb, progressArb, ownArb, (stored, mine, own) => {
        const merged = mergeProgress(stored, mine, own);
        expect(merged.settings).toBe(own.settings ? mine.settings : stored.settings);
        expect(merged.activeExam).toBe(own.activeExam ? mine.activeExam : stored.activeExam);
      }),
    );
  });

  it('clears the active exam when this tab finished it, and keeps it when it did not', () => {
    const stored = { ...createEmptyProgress(), activeExam: { id: 'exam-1' } };
    const mine = createEmptyProgress();
    expect(mergeProgress(stored, mine, { settings: false, activeExam: true }).activeExam).toBe(
      null,
    );
    expect(mergeProgress(stored, mine, { settings: false, activeExam: false }).activeExam).toEqual({
      id: 'exam-1',
    });
  });

  it('produces progress that a state from either copy can still be compared in', () => {
    fc.assert(
      fc.property(cardStateArb, cardStateArb, (x, y) => {
        const a = { ...createEmptyProgress(), cards: { c: x } };
        const b = { ...createEmptyProgress(), cards: { c: y } };
        expect(mergeProgress(a, b).cards.c).toEqual(mergeProgress(b, a).cards.c);
      }),
    );
  });
});

describe('mergeAttempts', () => {
  const attempt = (id: string, finishedAt: number): AttemptSummary => ({
    id,
    kind: 'quiz',
    examCode: null,
    startedAt: finishedAt - 1_000,
    finishedAt,
    total: 10,
    correct: 7,
    byTopic: {},
    byDomain: {},
    scaledScore: null,
  });

  it('lists attempts of both tabs once each, oldest first', () => {
    expect(
      mergeAttempts([attempt('a', 10), attempt('b', 30)], [attempt('a', 10), attempt('c', 20)]),
    ).toEqual([attempt('a', 10), attempt('c', 20), attempt('b', 30)]);
  });
});
