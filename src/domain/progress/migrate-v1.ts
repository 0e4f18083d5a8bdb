import * as v from 'valibot';
import { MAX_CARD_ID_LENGTH, type CardPhase, type CardState } from '../srs/card-state';
import { dayKey } from '../srs/day-key';
import { RECENT_LIMIT, type DayActivity, type Rating, type ReviewEntry } from '../srs/review-log';
import { clampRetention } from '../srs/srs-settings';
import { schemaProgressError, type ProgressResult } from './progress-error';
import { ATTEMPTS_LIMIT, type AttemptSummary } from './progress';

/**
 * Version 1 of the progress file (before the review log was compacted): retention as a
 * percent, dates as ISO strings, card states as ts-fsrs' numeric `State`, and an unbounded
 * flat list of every review.
 */
const isoTime = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform((text) => Date.parse(text)),
  v.number(),
  v.finite(),
  v.minValue(0),
);
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_CARD_ID_LENGTH));
const exam = v.nullable(v.picklist(['DVA-C02', 'SAP-C02']));

const V1CardSchema = v.pipe(
  v.object({
    state: v.picklist([0, 1, 2, 3]),
    due: isoTime,
    stability: v.pipe(v.number(), v.finite(), v.minValue(0)),
    difficulty: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)),
    scheduledDays: count,
    learningSteps: count,
    reps: count,
    lapses: count,
    lastReview: v.nullable(isoTime),
  }),
  v.check(
    (card) => card.state === 0 || card.lastReview !== null,
    'a reviewed card needs lastReview',
  ),
);

export const V1ProgressSchema = v.object({
  settings: v.object({
    targetExam: exam,
    retention: v.pipe(v.number(), v.finite(), v.minValue(70), v.maxValue(97)),
    newPerDay: v.pipe(count, v.maxValue(200)),
    theme: v.picklist(['system', 'light', 'dark']),
  }),
  cards: v.record(id, V1CardSchema),
  reviews: v.array(v.object({ cardId: id, at: isoTime, rating: v.picklist([1, 2, 3, 4]) })),
  attempts: v.array(
    v.object({
      id,
      kind: v.picklist(['quiz', 'exam']),
      exam,
      startedAt: isoTime,
      finishedAt: isoTime,
      total: count,
      correct: count,
    }),
  ),
});

type V1Progress = v.InferOutput<typeof V1ProgressSchema>;
type V1Review = V1Progress['reviews'][number];

const PHASES: Readonly<Record<1 | 2 | 3, CardPhase>> = {
  1: 'learning',
  2: 'review',
  3: 'relearning',
};
const RATINGS: Readonly<Record<1 | 2 | 3 | 4, Rating>> = {
  1: 'again',
  2: 'hard',
  3: 'good',
  4: 'easy',
};

/**
 * v1 → v2: retention percent → fraction; ISO dates → ms epoch; numeric states → phases
 * (never-answered cards are dropped: v2 stores no state for new cards); the flat review list
 * → per-day counts (v1 did not record the time zone, so days are UTC days) plus the last
 * 200 reviews; `firstReview` from each card's earliest logged review; no active exam.
 */
export function migrateV1ToV2(raw: unknown): ProgressResult<unknown> {
  const parsed = v.safeParse(V1ProgressSchema, raw);
  if (!parsed.success)
    return {
      ok: false,
      error: schemaProgressError(parsed.issues, 'The version 1 progress data is not valid'),
    };
  const old = parsed.output;
  const reviews = [...old.reviews].sort((a, b) => a.at - b.at);
  const cards = convertCards(old.cards, firstReviews(reviews));
  return {
    ok: true,
    value: {
      schemaVersion: 2,
      settings: {
        targetExam: old.settings.targetExam,
        desiredRetention: clampRetention(old.settings.retention / 100),
        newCardsPerDay: old.settings.newPerDay,
        theme: old.settings.theme,
      },
      cards,
      reviewLog: { days: countDays(reviews, cards), recent: recentEntries(reviews), undo: [] },
      attempts: old.attempts.slice(-ATTEMPTS_LIMIT).map(convertAttempt),
      activeExam: null,
    },
  };
}

function firstReviews(sorted: readonly V1Review[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const review of sorted) if (!first.has(review.cardId)) first.set(review.cardId, review.at);
  return first;
}

function convertCards(
  cards: V1Progress['cards'],
  first: ReadonlyMap<string, number>,
): Record<string, CardState> {
  const out: Record<string, CardState> = {};
  for (const [cardId, card] of Object.entries(cards)) {
    if (card.state === 0 || card.lastReview === null) continue;
    out[cardId] = {
      phase: PHASES[card.state],
      due: card.due,
      stability: card.stability,
      // v1 allowed 0 for "unset"; FSRS difficulty starts at 1.
      difficulty: Math.max(1, card.difficulty),
      scheduledDays: card.scheduledDays,
      learningSteps: card.learningSteps,
      reps: Math.max(1, card.reps),
      lapses: card.lapses,
      lastReview: card.lastReview,
      firstReview: Math.min(first.get(cardId) ?? card.lastReview, card.lastReview),
    };
  }
  return out;
}

function countDays(
  sorted: readonly V1Review[],
  cards: Readonly<Record<string, CardState>>,
): Record<string, DayActivity> {
  const days: Record<string, { answers: number; again: number; introduced: number }> = {};
  const touch = (key: string) => (days[key] ??= { answers: 0, again: 0, introduced: 0 });
  for (const review of sorted) {
    const day = touch(dayKey(review.at, 0));
    day.answers++;
    if (review.rating === 1) day.again++;
  }
  for (const card of Object.values(cards)) touch(dayKey(card.firstReview, 0)).introduced++;
  // v1 logs can miss answers given before logging began; a first answer is still an answer,
  // so keep `introduced <= answers` as v2 expects.
  for (const day of Object.values(days)) day.answers = Math.max(day.answers, day.introduced);
  return days;
}

function recentEntries(sorted: readonly V1Review[]): ReviewEntry[] {
  return sorted
    .slice(-RECENT_LIMIT)
    .map((r) => ({ cardId: r.cardId, at: r.at, rating: RATINGS[r.rating], source: 'review' }));
}

function convertAttempt(a: V1Progress['attempts'][number]): AttemptSummary {
  return {
    id: a.id,
    kind: a.kind,
    examCode: a.kind === 'exam' ? a.exam : null,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    total: a.total,
    correct: Math.min(a.correct, a.total),
    byTopic: {},
    byDomain: {},
    scaledScore: null,
  };
}
