import type { ExamCode } from '../../../content/schema';
import type { CardStates } from '../srs/card-state';
import { EMPTY_REVIEW_LOG, type ReviewLog } from '../srs/review-log';
import {
  clampNewCardsPerDay,
  clampRetention,
  NEW_CARDS_PER_DAY,
  RETENTION,
} from '../srs/srs-settings';

/**
 * The version of the progress file this code writes; older files are migrated on read.
 * 2: compact review log; 3: the same fields, with the cards of retired generators and merged
 * facts moved to their successors.
 */
export const PROGRESS_SCHEMA_VERSION = 3;

export type Theme = 'system' | 'light' | 'dark';

export type Settings = Readonly<{
  /** Chosen on first run; null until the learner picks one. */
  targetExam: ExamCode | null;
  /** Probability of recall when a card comes due, 0.70–0.97. */
  desiredRetention: number;
  /** New cards introduced per local day, 0–200. */
  newCardsPerDay: number;
  theme: Theme;
}>;

/** Questions asked and answered correctly, per topic or exam domain id. */
export type Tally = Readonly<Record<string, Readonly<{ total: number; correct: number }>>>;

/** The outcome of one finished quiz or practice exam. Times are ms epoch. */
export type AttemptSummary = Readonly<{
  id: string;
  kind: 'quiz' | 'exam';
  /** The exam format, for exams; null for quizzes. */
  examCode: ExamCode | null;
  startedAt: number;
  finishedAt: number;
  total: number;
  correct: number;
  byTopic: Tally;
  byDomain: Tally;
  /** The 100–1000 scaled estimate, for exams; null otherwise. */
  scaledScore: number | null;
}>;

/**
 * The exam in progress. Its shape belongs to the exam feature, which validates it on
 * read; progress only guarantees a plain JSON object (or null).
 */
export type ActiveExam = Readonly<Record<string, unknown>>;

/** Everything that is saved on the device, exported and imported. Dates are ms epoch. */
export type Progress = Readonly<{
  schemaVersion: typeof PROGRESS_SCHEMA_VERSION;
  settings: Settings;
  cards: CardStates;
  reviewLog: ReviewLog;
  /** Oldest first, at most `ATTEMPTS_LIMIT`. */
  attempts: readonly AttemptSummary[];
  activeExam: ActiveExam | null;
}>;

/** Attempt summaries kept; older ones drop off (their answers live on in the cards). */
export const ATTEMPTS_LIMIT = 200;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  targetExam: null,
  desiredRetention: RETENTION.default,
  newCardsPerDay: NEW_CARDS_PER_DAY.default,
  theme: 'system',
});

/** Progress for a learner who has not started. */
export function createEmptyProgress(settings: Settings = DEFAULT_SETTINGS): Progress {
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    settings,
    cards: {},
    reviewLog: EMPTY_REVIEW_LOG,
    attempts: [],
    activeExam: null,
  };
}

/**
 * Settings with a change applied; retention and the new-card limit are clamped to their
 * ranges (0.70–0.97, 0–200 a day) rather than rejected, as they come from form controls.
 */
export function updateSettings(current: Settings, patch: Partial<Settings>): Settings {
  const next = { ...current, ...patch };
  return {
    targetExam: next.targetExam,
    desiredRetention: clampRetention(next.desiredRetention),
    newCardsPerDay: clampNewCardsPerDay(next.newCardsPerDay),
    theme: next.theme,
  };
}

/** The attempts with one more, keeping the newest `ATTEMPTS_LIMIT` (200). */
export function addAttempt(
  attempts: readonly AttemptSummary[],
  attempt: AttemptSummary,
): readonly AttemptSummary[] {
  const all = [...attempts.filter((a) => a.id !== attempt.id), attempt];
  return all.length > ATTEMPTS_LIMIT ? all.slice(all.length - ATTEMPTS_LIMIT) : all;
}
