import type { DayActivity, ReviewLog, UndoEntry } from '../srs/review-log';
import { entryKey } from './merge-review-log';
import type { Progress } from './progress';

/**
 * The progress without one answer the learner undid, applied after a merge so that the saved
 * copy (which still holds the answer) does not bring it back. The card returns to its state
 * before the answer only if nothing answered it since (its `lastReview` is the undone
 * answer's time, ms epoch). Does nothing when the answer is no longer in the undo list, so
 * applying it twice is the same as once.
 */
export function retractAnswer(progress: Progress, undone: UndoEntry): Progress {
  const key = entryKey(undone.entry);
  const { reviewLog } = progress;
  if (!reviewLog.undo.some((undo) => entryKey(undo.entry) === key)) return progress;
  return {
    ...progress,
    cards: restoreCard(progress, undone),
    reviewLog: {
      days: uncountAnswer(reviewLog, undone),
      recent: reviewLog.recent.filter((entry) => entryKey(entry) !== key),
      undo: reviewLog.undo.filter((undo) => entryKey(undo.entry) !== key),
    },
  };
}

function restoreCard(progress: Progress, undone: UndoEntry): Progress['cards'] {
  const { cardId, at } = undone.entry;
  const card = progress.cards[cardId];
  if (card === undefined || card.lastReview !== at) return progress.cards;
  if (undone.previous !== null) return { ...progress.cards, [cardId]: undone.previous };
  const cards = { ...progress.cards };
  delete cards[cardId];
  return cards;
}

function uncountAnswer(log: ReviewLog, undone: UndoEntry): ReviewLog['days'] {
  const before = log.days[undone.day];
  if (before === undefined) return log.days;
  const after: DayActivity = {
    answers: Math.max(0, before.answers - 1),
    again: Math.max(0, before.again - (undone.entry.rating === 'again' ? 1 : 0)),
    introduced: Math.max(0, before.introduced - (undone.previous === null ? 1 : 0)),
  };
  const days = { ...log.days };
  // A day whose only answer was undone had no activity: it must not keep a streak alive.
  if (after.answers === 0) delete days[undone.day];
  else days[undone.day] = after;
  return days;
}
