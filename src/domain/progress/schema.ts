import * as v from 'valibot';
import { MAX_CARD_ID_LENGTH } from '../srs/card-state';
import { RECENT_LIMIT, UNDO_LIMIT } from '../srs/review-log';
import { NEW_CARDS_PER_DAY, RETENTION } from '../srs/srs-settings';
import { ATTEMPTS_LIMIT, PROGRESS_SCHEMA_VERSION } from './progress';

/** Valibot schemas of the current (v3) progress file; what import and storage accept. */

const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_CARD_ID_LENGTH));
const dayKey = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const exam = v.nullable(v.picklist(['DVA-C02', 'SAP-C02']));
const rating = v.picklist(['again', 'hard', 'good', 'easy']);

export const SettingsSchema = v.object({
  targetExam: exam,
  desiredRetention: v.pipe(finite, v.minValue(RETENTION.min), v.maxValue(RETENTION.max)),
  newCardsPerDay: v.pipe(count, v.maxValue(NEW_CARDS_PER_DAY.max)),
  theme: v.picklist(['system', 'light', 'dark']),
});

export const CardStateSchema = v.object({
  phase: v.picklist(['learning', 'review', 'relearning']),
  due: time,
  stability: v.pipe(finite, v.minValue(0)),
  difficulty: v.pipe(finite, v.minValue(1), v.maxValue(10)),
  scheduledDays: count,
  learningSteps: count,
  reps: v.pipe(count, v.minValue(1)),
  lapses: count,
  lastReview: time,
  firstReview: time,
});

const ReviewEntrySchema = v.object({
  cardId: id,
  at: time,
  rating,
  source: v.picklist(['review', 'quiz', 'exam']),
});

export const ReviewLogSchema = v.object({
  days: v.record(dayKey, v.object({ answers: count, again: count, introduced: count })),
  recent: v.pipe(v.array(ReviewEntrySchema), v.maxLength(RECENT_LIMIT)),
  undo: v.pipe(
    v.array(
      v.object({ entry: ReviewEntrySchema, day: dayKey, previous: v.nullable(CardStateSchema) }),
    ),
    v.maxLength(UNDO_LIMIT),
  ),
});

const TallySchema = v.record(id, v.object({ total: count, correct: count }));

export const AttemptSchema = v.object({
  id,
  kind: v.picklist(['quiz', 'exam']),
  examCode: exam,
  startedAt: time,
  finishedAt: time,
  total: count,
  correct: count,
  byTopic: TallySchema,
  byDomain: TallySchema,
  scaledScore: v.nullable(v.pipe(finite, v.minValue(100), v.maxValue(1000))),
});

/** Any plain JSON object: the exam feature validates its own shape. */
export const ActiveExamSchema = v.nullable(v.record(v.string(), v.unknown()));

export const ProgressSchema = v.object({
  schemaVersion: v.literal(PROGRESS_SCHEMA_VERSION),
  settings: SettingsSchema,
  cards: v.record(id, CardStateSchema),
  reviewLog: ReviewLogSchema,
  attempts: v.pipe(v.array(AttemptSchema), v.maxLength(ATTEMPTS_LIMIT)),
  activeExam: ActiveExamSchema,
});
