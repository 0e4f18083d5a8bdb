import type { DayKey } from '../srs/day-key';
import type { DayActivity, ReviewEntry, ReviewLog, UndoEntry } from '../srs/review-log';
import { RECENT_LIMIT, UNDO_LIMIT } from '../srs/review-log';
import { compareCards } from './merge-cards';
import { compareTuples, compareValues, unionLast, type Comparison } from './merge-order';

/**
 * The review log of both copies: recent answers and undo snapshots are unions without
 * duplicates (the same card, time, rating and source is one answer), oldest first and cut to
 * `RECENT_LIMIT` (200) and `UNDO_LIMIT` (10). Per-day counts take the larger count of each
 * copy field by field: both copies usually descend from the same saved log, so the larger
 * count already includes the smaller. Answers given on the same day in two tabs that had not
 * yet seen each other's save are counted once per tab at least, never twice.
 */
export function mergeReviewLog(a: ReviewLog, b: ReviewLog): ReviewLog {
  return {
    days: mergeDays(a.days, b.days),
    recent: unionLast(a.recent, b.recent, {
      keyOf: entryKey,
      compare: compareEntries,
      pick: (x) => x,
      limit: RECENT_LIMIT,
    }),
    undo: unionLast(a.undo, b.undo, {
      keyOf: (undo) => `${entryKey(undo.entry)}\u0000${undo.day}`,
      compare: compareUndo,
      pick: pickUndo,
      limit: UNDO_LIMIT,
    }),
  };
}

/** One answer's identity: card, time (ms epoch), rating and source. */
export function entryKey(entry: ReviewEntry): string {
  return [entry.cardId, entry.at, entry.rating, entry.source].join('\u0000');
}

function mergeDays(
  a: Readonly<Record<DayKey, DayActivity>>,
  b: Readonly<Record<DayKey, DayActivity>>,
): Readonly<Record<DayKey, DayActivity>> {
  const days: Record<DayKey, DayActivity> = { ...a };
  for (const [day, activity] of Object.entries(b)) {
    const other = days[day];
    days[day] = other === undefined ? activity : maxActivity(other, activity);
  }
  return days;
}

function maxActivity(a: DayActivity, b: DayActivity): DayActivity {
  return {
    answers: Math.max(a.answers, b.answers),
    again: Math.max(a.again, b.again),
    introduced: Math.max(a.introduced, b.introduced),
  };
}

function compareEntries(a: ReviewEntry, b: ReviewEntry): Comparison {
  return compareTuples([a.at, a.cardId, a.rating, a.source], [b.at, b.cardId, b.rating, b.source]);
}

function compareUndo(a: UndoEntry, b: UndoEntry): Comparison {
  return compareEntries(a.entry, b.entry) || compareValues(a.day, b.day);
}

/** Two snapshots of one answer: keep the one with the later previous state, for a stable result. */
function pickUndo(a: UndoEntry, b: UndoEntry): UndoEntry {
  if (a.previous === null) return b.previous === null ? a : b;
  if (b.previous === null) return a;
  return compareCards(a.previous, b.previous) >= 0 ? a : b;
}
