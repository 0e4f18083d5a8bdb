import type { CardState } from './card-state';
import type { DayKey } from './day-key';

/** The grade given to an answer (FSRS ratings without "Manual"). */
export type Rating = 'again' | 'hard' | 'good' | 'easy';

/** Which screen the answer came from: all three update the same cards. */
export type AnswerSource = 'review' | 'quiz' | 'exam';

/** Activity on one local day. */
export type DayActivity = Readonly<{
  /** Answers recorded that day. */
  answers: number;
  /** Of which graded Again (wrong). */
  again: number;
  /** Cards answered for the first time that day. */
  introduced: number;
}>;

/** One recorded answer. */
export type ReviewEntry = Readonly<{
  cardId: string;
  /** ms epoch. */
  at: number;
  rating: Rating;
  source: AnswerSource;
}>;

/** What an undo needs: the answer, its day and the card exactly as it was before. */
export type UndoEntry = Readonly<{
  entry: ReviewEntry;
  day: DayKey;
  /** The card before the answer; null when it was new (had no state). */
  previous: CardState | null;
}>;

/**
 * The review history, kept bounded: a full log grows by ~90 bytes per answer forever, so
 * only per-day counts (enough for streaks, the heatmap and retention over time) are kept for
 * every day, plus the last `RECENT_LIMIT` answers and the last `UNDO_LIMIT` undo snapshots.
 */
export type ReviewLog = Readonly<{
  days: Readonly<Record<DayKey, DayActivity>>;
  /** Oldest first. */
  recent: readonly ReviewEntry[];
  /** Oldest first; the last one is undone first. */
  undo: readonly UndoEntry[];
}>;

export const RECENT_LIMIT = 200;
export const UNDO_LIMIT = 10;

export const EMPTY_REVIEW_LOG: ReviewLog = Object.freeze({
  days: Object.freeze({}),
  recent: Object.freeze([]),
  undo: Object.freeze([]),
});

/**
 * The log with one more answer filed under `day`.
 * @param previous the card before the answer (null for a new card), kept for undo.
 */
export function appendToLog(
  log: ReviewLog,
  entry: ReviewEntry,
  day: DayKey,
  previous: CardState | null,
): ReviewLog {
  const before = log.days[day] ?? { answers: 0, again: 0, introduced: 0 };
  const activity: DayActivity = {
    answers: before.answers + 1,
    again: before.again + (entry.rating === 'again' ? 1 : 0),
    introduced: before.introduced + (previous === null ? 1 : 0),
  };
  return {
    days: { ...log.days, [day]: activity },
    recent: keepLast([...log.recent, entry], RECENT_LIMIT),
    undo: keepLast([...log.undo, { entry, day, previous }], UNDO_LIMIT),
  };
}

/** The log without its last undo entry and the answer it recorded; null when nothing to undo. */
export function removeLastFromLog(log: ReviewLog): { log: ReviewLog; undone: UndoEntry } | null {
  const undone = log.undo.at(-1);
  if (undone === undefined) return null;
  const days = { ...log.days };
  const before = days[undone.day];
  if (before !== undefined) {
    const after: DayActivity = {
      answers: Math.max(0, before.answers - 1),
      again: Math.max(0, before.again - (undone.entry.rating === 'again' ? 1 : 0)),
      introduced: Math.max(0, before.introduced - (undone.previous === null ? 1 : 0)),
    };
    // A day whose only answer was undone had no activity: it must not keep a streak alive.
    if (after.answers === 0) delete days[undone.day];
    else days[undone.day] = after;
  }
  const last = log.recent.at(-1);
  const recent =
    last !== undefined && sameEntry(last, undone.entry) ? log.recent.slice(0, -1) : log.recent;
  return { log: { days, recent, undo: log.undo.slice(0, -1) }, undone };
}

function sameEntry(a: ReviewEntry, b: ReviewEntry): boolean {
  return a.cardId === b.cardId && a.at === b.at && a.rating === b.rating && a.source === b.source;
}

function keepLast<T>(items: readonly T[], limit: number): readonly T[] {
  return items.length > limit ? items.slice(items.length - limit) : items;
}
