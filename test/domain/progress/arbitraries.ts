import fc from 'fast-check';
import { PROGRESS_SCHEMA_VERSION, type Progress } from '../../../src/domain/progress/progress';
import { FORBIDDEN_KEYS } from '../../../src/domain/progress/safe-json';
import type { CardState } from '../../../src/domain/srs/card-state';
import { dayKeyFromNumber } from '../../../src/domain/srs/day-key';
import type { ReviewEntry } from '../../../src/domain/srs/review-log';

const time = fc.integer({ min: 0, max: 2 ** 42 });
const count = fc.nat(10_000);
const key = fc.string({ minLength: 1, maxLength: 30 }).filter((k) => !FORBIDDEN_KEYS.has(k));
const exam = fc.constantFrom(null, 'DVA-C02' as const, 'SAP-C02' as const);

export const cardStateArb: fc.Arbitrary<CardState> = fc.record({
  phase: fc.constantFrom('learning' as const, 'review' as const, 'relearning' as const),
  due: time,
  stability: fc.double({ min: 0, max: 36_500, noNaN: true }),
  difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
  scheduledDays: count,
  learningSteps: fc.nat(5),
  reps: fc.integer({ min: 1, max: 10_000 }),
  lapses: count,
  lastReview: time,
  firstReview: time,
});

const entryArb: fc.Arbitrary<ReviewEntry> = fc.record({
  cardId: key,
  at: time,
  rating: fc.constantFrom('again' as const, 'hard' as const, 'good' as const, 'easy' as const),
  source: fc.constantFrom('review' as const, 'quiz' as const, 'exam' as const),
});

const dayArb = fc.integer({ min: 0, max: 80_000 }).map(dayKeyFromNumber);
const tallyArb = fc.dictionary(key, fc.record({ total: count, correct: count }), { maxKeys: 4 });

/** JSON with no key the import refuses, at any depth. */
const safeJson = fc
  .jsonValue()
  .filter((value) => !JSON.stringify(value).match(/"(__proto__|constructor|prototype)":/));

/** Any valid progress, already in its JSON form (no -0, no undefined). */
export const progressArb: fc.Arbitrary<Progress> = fc
  .record({
    schemaVersion: fc.constant(PROGRESS_SCHEMA_VERSION),
    settings: fc.record({
      targetExam: exam,
      desiredRetention: fc.double({ min: 0.7, max: 0.97, noNaN: true }),
      newCardsPerDay: fc.integer({ min: 0, max: 200 }),
      theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
    }),
    cards: fc.dictionary(key, cardStateArb, { maxKeys: 8 }),
    reviewLog: fc.record({
      days: fc.dictionary(dayArb, fc.record({ answers: count, again: count, introduced: count }), {
        maxKeys: 5,
      }),
      recent: fc.array(entryArb, { maxLength: 6 }),
      undo: fc.array(
        fc.record({
          entry: entryArb,
          day: dayArb,
          previous: fc.option(cardStateArb, { nil: null }),
        }),
        {
          maxLength: 3,
        },
      ),
    }),
    attempts: fc.array(
      fc.record({
        id: key,
        kind: fc.constantFrom('quiz' as const, 'exam' as const),
        examCode: exam,
        startedAt: time,
        finishedAt: time,
        total: count,
        correct: count,
        byTopic: tallyArb,
        byDomain: tallyArb,
        scaledScore: fc.option(fc.integer({ min: 100, max: 1000 }), { nil: null }),
      }),
      { maxLength: 3 },
    ),
    activeExam: fc.option(fc.dictionary(key, safeJson, { maxKeys: 4 }), { nil: null }),
  })
  .map((progress) => JSON.parse(JSON.stringify(progress)) as Progress);
