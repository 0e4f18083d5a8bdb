import { mergeCards } from './merge-cards';
import { compareJson, compareTuples, unionLast } from './merge-order';
import { mergeReviewLog } from './merge-review-log';
import {
  ATTEMPTS_LIMIT,
  PROGRESS_SCHEMA_VERSION,
  type AttemptSummary,
  type Progress,
} from './progress';

/**
 * What the tab writing has itself changed since it last read or wrote the saved progress.
 * Settings and the active exam are replaced whole, so they cannot be combined: the copy
 * that changed them wins.
 */
export type OwnChanges = Readonly<{ settings: boolean; activeExam: boolean }>;

/** Both changed: `mine` (the copy being written now) carries them, last writer wins. */
export const ALL_CHANGED: OwnChanges = Object.freeze({ settings: true, activeExam: true });

/**
 * The progress saved in storage combined with a tab's copy in memory, so that no tab's save
 * overwrites another's:
 * - cards: the union; a card in both keeps the state answered later (see `mergeCards`);
 * - review log: the union of answers without duplicates, day counts the larger of each;
 * - attempts: the union by id, oldest first (by `finishedAt`), at most `ATTEMPTS_LIMIT`;
 * - settings and the active exam: `mine` when this tab changed them since it last synced
 *   (`own`), otherwise what is `stored`, so a tab never writes back a stale copy it did not
 *   touch. Finishing or discarding an exam is such a change (to null).
 * Cards, the review log and attempts merge commutatively and idempotently; nothing answered
 * in either copy is dropped except past the log and attempt caps.
 */
export function mergeProgress(
  stored: Progress,
  mine: Progress,
  own: OwnChanges = ALL_CHANGED,
): Progress {
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    settings: own.settings ? mine.settings : stored.settings,
    cards: mergeCards(stored.cards, mine.cards),
    reviewLog: mergeReviewLog(stored.reviewLog, mine.reviewLog),
    attempts: mergeAttempts(stored.attempts, mine.attempts),
    activeExam: own.activeExam ? mine.activeExam : stored.activeExam,
  };
}

/** Attempts of both lists by id; one filed in both keeps the later finished (then either, stably). */
export function mergeAttempts(
  a: readonly AttemptSummary[],
  b: readonly AttemptSummary[],
): readonly AttemptSummary[] {
  return unionLast(a, b, {
    keyOf: (attempt) => attempt.id,
    compare: (x, y) =>
      compareTuples([x.finishedAt, x.id], [y.finishedAt, y.id]) || compareJson(x, y),
    pick: (x, y) =>
      (compareTuples([x.finishedAt], [y.finishedAt]) || compareJson(x, y)) >= 0 ? x : y,
    limit: ATTEMPTS_LIMIT,
  });
}
