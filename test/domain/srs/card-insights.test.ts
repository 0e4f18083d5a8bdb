import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardState, CardStates } from '../../../src/domain/srs/card-state';
import {
  CARD_STATE_NAMES,
  countCardsByState,
  findWeakestSubjects,
  type SubjectCard,
} from '../../../src/domain/srs/card-insights';
import { retrievability } from '../../../src/domain/srs/stats';
import { DAY, makeCard, T0 } from './helpers';

const card = (
  cardId: string,
  factId: string | null,
  topic: SubjectCard['topic'] = 'triggers',
): SubjectCard => ({
  cardId,
  topic,
  subject: factId === null ? null : { kind: 'fact', id: factId },
});

/** Fresh after a review: recalled with probability 1 at T0. */
const fresh = (over: Partial<CardState> = {}) =>
  makeCard({ lastReview: T0, stability: 10, ...over });

describe('countCardsByState', () => {
  it('counts cards without stored state as new and the rest by phase', () => {
    const catalog = ['a', 'b', 'c', 'd', 'e'].map((id) => card(id, id));
    const cards: CardStates = {
      b: makeCard({ phase: 'learning' }),
      c: makeCard({ phase: 'review' }),
      d: makeCard({ phase: 'relearning' }),
      gone: makeCard({ phase: 'review' }),
    };
    expect(countCardsByState(catalog, cards)).toEqual({
      new: 2,
      learning: 1,
      review: 1,
      relearning: 1,
      total: 5,
    });
  });

  it('always adds up to the catalog size', () => {
    const phase = fc.constantFrom('learning', 'review', 'relearning' as const);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 50 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), phase),
        (ids, phases) => {
          const cards: Record<string, CardState> = {};
          for (const [id, p] of Object.entries(phases)) cards[id] = makeCard({ phase: p });
          const counts = countCardsByState(
            ids.map((id) => card(id, null)),
            cards,
          );
          expect(CARD_STATE_NAMES.reduce((s, name) => s + counts[name], 0)).toBe(ids.length);
          expect(counts.total).toBe(ids.length);
        },
      ),
    );
  });
});

describe('findWeakestSubjects', () => {
  it('ranks subjects by lapses, then by lowest recall, and leaves out strong and unanswered ones', () => {
    const catalog = [
      card('gen1:a', 'a'),
      card('gen2:a', 'a'),
      card('gen1:b', 'b'),
      card('gen1:c', 'c'),
      card('gen1:d', 'd'),
      card('gen1:e', 'e'),
    ];
    const cards: CardStates = {
      'gen1:a': fresh({ lapses: 1, reps: 4 }),
      'gen2:a': fresh({ lapses: 2, reps: 6 }),
      'gen1:b': fresh({ lapses: 4 }),
      'gen1:c': fresh(),
      'gen1:d': makeCard({ lastReview: T0 - 30 * DAY, stability: 2 }),
    };
    const weakest = findWeakestSubjects(catalog, cards, T0);
    expect(weakest.map((s) => s.subject?.id)).toEqual(['b', 'a', 'd']);
    expect(weakest[1]).toEqual({
      topic: 'triggers',
      subject: { kind: 'fact', id: 'a' },
      cardIds: ['gen1:a', 'gen2:a'],
      lapses: 3,
      retrievability: 1,
      answers: 10,
    });
    expect(weakest[2]?.retrievability).toBeCloseTo(retrievability(cards['gen1:d'], T0));
  });

  it('keeps a card without a subject on its own and stops at the limit', () => {
    const catalog = [card('x', null), card('y', null), card('z', 'z')];
    const cards: CardStates = {
      x: fresh({ lapses: 1 }),
      y: fresh({ lapses: 1 }),
      z: fresh({ lapses: 5 }),
    };
    expect(findWeakestSubjects(catalog, cards, T0, 2).map((s) => s.cardIds)).toEqual([
      ['z'],
      ['x'],
    ]);
    expect(findWeakestSubjects(catalog, {}, T0)).toEqual([]);
  });

  it('lists only weak subjects, sorted, never more than asked', () => {
    const state = fc.record({
      lapses: fc.integer({ min: 0, max: 12 }),
      ageDays: fc.integer({ min: 0, max: 200 }),
      stability: fc.double({ min: 0.1, max: 300, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.option(state)), { maxLength: 40 }),
        fc.integer({ min: 0, max: 12 }),
        (rows, limit) => {
          const catalog = rows.map(([fact], i) => card(`c${i}`, `f${fact}`));
          const cards: Record<string, CardState> = {};
          rows.forEach(([, s], i) => {
            if (s !== null)
              cards[`c${i}`] = makeCard({
                lapses: s.lapses,
                stability: s.stability,
                lastReview: T0 - s.ageDays * DAY,
              });
          });
          const weakest = findWeakestSubjects(catalog, cards, T0, limit);
          expect(weakest.length).toBeLessThanOrEqual(limit);
          weakest.forEach((s, i) => {
            expect(s.lapses > 0 || s.retrievability < 0.9).toBe(true);
            const next = weakest[i + 1];
            if (next) expect(s.lapses).toBeGreaterThanOrEqual(next.lapses);
          });
        },
      ),
    );
  });
});
