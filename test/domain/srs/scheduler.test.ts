import fc from 'fast-check';
import { fsrs, generatorParameters, Rating as FsrsRating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { toFsrsCard } from '../../../src/domain/srs/fsrs-card';
import {
  applyAnswer,
  applyAnswers,
  previewIntervals,
  ratingFor,
  scheduleReview,
  undoLastReview,
  type Answer,
  type Outcome,
  type SrsState,
} from '../../../src/domain/srs/scheduler';
import { answerAtDue, DAY, EMPTY, GOOD, HOUR, SETTINGS, T0, WRONG } from './helpers';

const outcomeArb: fc.Arbitrary<Outcome> = fc.oneof(
  fc.constant<Outcome>({ kind: 'wrong' }),
  fc.constant<Outcome>({ kind: 'correct' }),
  fc.constantFrom<Outcome>(
    { kind: 'correct', grade: 'hard' },
    { kind: 'correct', grade: 'good' },
    { kind: 'correct', grade: 'easy' },
  ),
);

/** Answers at arbitrary delays (minutes to months) after the previous one. */
function play(steps: readonly (readonly [string, Outcome, number])[]): {
  state: SrsState;
  now: number;
} {
  let state = EMPTY;
  let now = T0;
  for (const [cardId, outcome, delay] of steps) {
    now += delay;
    state = scheduleReview(state, cardId, outcome, now, SETTINGS).state;
  }
  return { state, now };
}

const stepsArb = fc.array(
  fc.tuple(fc.constantFrom('a', 'b', 'c'), outcomeArb, fc.integer({ min: 60_000, max: 90 * DAY })),
  { maxLength: 12 },
);

describe('ratingFor', () => {
  it('grades a wrong answer Again and a correct one Good unless the learner chose', () => {
    expect(ratingFor(WRONG)).toBe('again');
    expect(ratingFor(GOOD)).toBe('good');
    expect(ratingFor({ kind: 'correct', grade: 'hard' })).toBe('hard');
    expect(ratingFor({ kind: 'correct', grade: 'easy' })).toBe('easy');
  });
});

describe('scheduleReview', () => {
  it('grows the interval with every Good once the card has graduated', () => {
    const { cards, times } = answerAtDue('c', Array<Outcome>(8).fill(GOOD));
    const intervals = cards.map((card, i) => card.due - (times[i] ?? 0));
    const graduated = intervals.slice(cards.findIndex((c) => c.phase === 'review'));
    expect(graduated.length).toBeGreaterThan(4);
    for (let i = 1; i < graduated.length; i++) {
      expect(graduated[i]).toBeGreaterThan(graduated[i - 1] ?? Infinity);
    }
  });

  it('shrinks the interval and counts a lapse when a review card is answered wrong', () => {
    const { state, cards } = answerAtDue('c', Array<Outcome>(5).fill(GOOD));
    const before = cards.at(-1);
    if (before === undefined) throw new Error('no card');
    const after = scheduleReview(state, 'c', WRONG, before.due, SETTINGS).card;
    expect(after.phase).toBe('relearning');
    expect(after.lapses).toBe(before.lapses + 1);
    expect(after.due - before.due).toBeLessThan(before.due - before.lastReview);
    expect(after.stability).toBeLessThan(before.stability);
  });

  it('orders the next interval Again < Hard < Good < Easy for a review card', () => {
    const { cards } = answerAtDue('c', Array<Outcome>(4).fill(GOOD));
    const card = cards.at(-1);
    if (card === undefined) throw new Error('no card');
    const p = previewIntervals('c', card, card.due, SETTINGS);
    expect(p.again.intervalMs).toBeLessThan(p.hard.intervalMs);
    expect(p.hard.intervalMs).toBeLessThan(p.good.intervalMs);
    expect(p.good.intervalMs).toBeLessThan(p.easy.intervalMs);
  });

  it('schedules shorter intervals for a higher desired retention', () => {
    const high = answerAtDue('c', Array<Outcome>(6).fill(GOOD), T0, {
      ...SETTINGS,
      desiredRetention: 0.97,
    });
    const low = answerAtDue('c', Array<Outcome>(6).fill(GOOD), T0, {
      ...SETTINGS,
      desiredRetention: 0.7,
    });
    const last = (x: typeof high) => (x.cards.at(-1)?.due ?? 0) - (x.times.at(-1) ?? 0);
    expect(last(high)).toBeLessThan(last(low));
  });

  it('is deterministic: the same answers at the same times give the same state', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        expect(play(steps)).toEqual(play(steps));
      }),
    );
  });

  it('fuzzes intervals per card so cards learnt together do not stay on the same days', () => {
    const dues = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const { cards } = answerAtDue(`card-${i}`, Array<Outcome>(5).fill(GOOD));
      dues.add(cards.at(-1)?.due ?? 0);
    }
    expect(dues.size).toBeGreaterThan(1);
  });

  it('keeps when the card was first answered and counts its answers', () => {
    const { cards, times } = answerAtDue('c', [GOOD, WRONG, GOOD]);
    expect(cards.map((c) => c.firstReview)).toEqual([T0, T0, T0]);
    expect(cards.map((c) => c.lastReview)).toEqual(times);
    expect(cards.map((c) => c.reps)).toEqual([1, 2, 3]);
  });

  it('refuses card ids that could not be saved', () => {
    for (const cardId of ['', '__proto__', 'constructor', 'prototype', 'x'.repeat(301)]) {
      expect(() => scheduleReview(EMPTY, cardId, GOOD, T0, SETTINGS)).toThrow(/card id/);
    }
  });

  it('logs the answer under the local day of the learner', () => {
    const lateEvening = Date.UTC(2025, 2, 3, 23, 30);
    const { state } = scheduleReview(EMPTY, 'c', WRONG, lateEvening, {
      ...SETTINGS,
      utcOffsetMinutes: 120,
    });
    expect(state.reviewLog.days).toEqual({ '2025-03-04': { answers: 1, again: 1, introduced: 1 } });
    expect(state.reviewLog.recent).toEqual([
      { cardId: 'c', at: lateEvening, rating: 'again', source: 'review' },
    ]);
  });
});

describe('previewIntervals', () => {
  it('previews exactly what grading at the same moment does', () => {
    fc.assert(
      fc.property(
        stepsArb,
        outcomeArb,
        fc.integer({ min: 0, max: 60 * DAY }),
        (steps, outcome, delay) => {
          const { state, now } = play(steps);
          const at = now + delay;
          const preview = previewIntervals('a', state.cards.a, at, SETTINGS);
          const graded = scheduleReview(state, 'a', outcome, at, SETTINGS).card;
          expect(graded.due).toBe(preview[ratingFor(outcome)].due);
        },
      ),
    );
  });
});

describe('undoLastReview', () => {
  it('restores the card exactly, whatever its history', () => {
    fc.assert(
      fc.property(
        stepsArb,
        outcomeArb,
        fc.integer({ min: 0, max: 120 * DAY }),
        (steps, outcome, delay) => {
          const { state, now } = play(steps);
          const answered = scheduleReview(state, 'b', outcome, now + delay, SETTINGS).state;
          const undone = undoLastReview(answered);
          expect(undone?.state.cards).toEqual(state.cards);
          expect(undone?.undone.entry.cardId).toBe('b');
        },
      ),
    );
  });

  it('restores the whole scheduling state, log included, while the log is below its limits', () => {
    fc.assert(
      fc.property(
        stepsArb.filter((s) => s.length < 10),
        outcomeArb,
        (steps, outcome) => {
          const { state, now } = play(steps);
          const answered = scheduleReview(state, 'c', outcome, now + DAY, SETTINGS).state;
          expect(undoLastReview(answered)?.state).toEqual(state);
        },
      ),
    );
  });

  it('keeps a snapshot because ts-fsrs rollback rebuilds due from the review time', () => {
    const { state, cards } = answerAtDue('c', Array<Outcome>(4).fill(GOOD));
    const before = cards.at(-1);
    if (before === undefined) throw new Error('no card');
    const late = before.due + 3 * DAY;
    const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
    const { card, log } = scheduler.next(toFsrsCard('c', before), late, FsrsRating.Good);
    expect(scheduler.rollback(card, log).due.getTime()).not.toBe(before.due);
    const answered = scheduleReview(state, 'c', GOOD, late, SETTINGS).state;
    expect(undoLastReview(answered)?.state.cards.c).toEqual(before);
  });

  it('removes a new card again and says so when there is nothing left to undo', () => {
    const answered = scheduleReview(EMPTY, 'c', GOOD, T0, SETTINGS).state;
    const undone = undoLastReview(answered);
    expect(undone?.state.cards).toEqual({});
    expect(undone?.undone.previous).toBeNull();
    expect(undone === null ? 'nothing' : undoLastReview(undone.state)).toBeNull();
  });
});

describe('applyAnswers', () => {
  it('gives the same state as recording the answers one by one', () => {
    const answers: Answer[] = [
      { cardId: 'a', outcome: GOOD, source: 'exam' },
      { cardId: 'b', outcome: WRONG, source: 'exam' },
      { cardId: 'a', outcome: WRONG, source: 'exam' },
    ];
    const start = play([['a', GOOD, HOUR]]).state;
    const oneByOne = answers.reduce((s, a) => applyAnswer(s, a, T0 + DAY, SETTINGS).state, start);
    expect(applyAnswers(start, answers, T0 + DAY, SETTINGS)).toEqual(oneByOne);
  });
});
