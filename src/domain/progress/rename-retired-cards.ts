import type { CardState, CardStates } from '../srs/card-state';
import type { ReviewEntry, ReviewLog, UndoEntry } from '../srs/review-log';
import { findSuccessor } from './card-successor';
import { pickLaterCard } from './merge-cards';
import { entryKey } from './merge-review-log';
import type { ActiveExam, Progress } from './progress';

/** The parts of progress that name cards by id. */
type CardKeyed = Pick<Progress, 'cards' | 'reviewLog' | 'activeExam'>;

/**
 * The progress with every card the bank no longer has moved to its successor (see
 * `findSuccessor`), wherever progress names cards:
 * - card states: renamed; when the successor already has a state (its own, or another
 *   retired card's), the state answered later wins, as when two copies merge (`mergeCards`);
 * - recent answers: renamed (an answer that then duplicates one on record is kept once);
 * - undo snapshots: renamed, except those of a card whose state was merged with another:
 *   undoing would restore a state the successor no longer descends from, so that answer can
 *   no longer be undone (it stays counted in its day);
 * - the exam in progress: its questions' card ids, so answers given after the update count
 *   for the successor.
 * Cards without a successor keep their id and state: nothing a learner did is deleted. Pure
 * and idempotent (a successor is a current card, so it is never renamed again); returns
 * `progress` itself when nothing is renamed.
 * @param isCurrent whether the current bank has a card with this id
 */
export function renameRetiredCards<T extends CardKeyed>(
  progress: T,
  isCurrent: (cardId: string) => boolean,
): T {
  const renames = findRenames(progress, isCurrent);
  if (renames.size === 0) return progress;
  const { cards, merged } = renameCards(progress.cards, renames);
  return {
    ...progress,
    cards,
    reviewLog: renameLog(progress.reviewLog, renames, merged),
    activeExam: renameExam(progress.activeExam, renames),
  };
}

/** Old id → successor, for every card id progress names that has one. */
function findRenames(
  progress: CardKeyed,
  isCurrent: (cardId: string) => boolean,
): ReadonlyMap<string, string> {
  const { reviewLog } = progress;
  const ids = new Set<string>([
    ...Object.keys(progress.cards),
    ...reviewLog.recent.map((entry) => entry.cardId),
    ...reviewLog.undo.map((undo) => undo.entry.cardId),
    ...examCardIds(progress.activeExam),
  ]);
  const renames = new Map<string, string>();
  for (const id of ids) {
    const successor = findSuccessor(id, isCurrent);
    if (successor !== undefined) renames.set(id, successor);
  }
  return renames;
}

function renameCards(
  cards: CardStates,
  renames: ReadonlyMap<string, string>,
): { cards: CardStates; merged: ReadonlySet<string> } {
  const out: Record<string, CardState> = {};
  const merged = new Set<string>();
  for (const [id, card] of Object.entries(cards)) {
    const target = renames.get(id) ?? id;
    const other = out[target];
    if (other === undefined) {
      out[target] = card;
    } else {
      out[target] = pickLaterCard(other, card);
      merged.add(target);
    }
  }
  return { cards: out, merged };
}

function renameLog(
  log: ReviewLog,
  renames: ReadonlyMap<string, string>,
  merged: ReadonlySet<string>,
): ReviewLog {
  const rename = (entry: ReviewEntry): ReviewEntry => {
    const cardId = renames.get(entry.cardId);
    return cardId === undefined ? entry : { ...entry, cardId };
  };
  const undo = log.undo.flatMap((item): UndoEntry[] => {
    const cardId = renames.get(item.entry.cardId);
    if (cardId === undefined) return [item];
    return merged.has(cardId) ? [] : [{ ...item, entry: { ...item.entry, cardId } }];
  });
  return {
    days: log.days,
    recent: uniqueBy(log.recent.map(rename), entryKey),
    undo: uniqueBy(undo, (item) => `${entryKey(item.entry)}\u0000${item.day}`),
  };
}

/** The items without later duplicates (same key), in order. */
function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): readonly T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The card ids of the exam in progress. Progress keeps the exam as plain JSON (the exam
 * feature reads its shape), so only a question found where a session keeps it counts.
 */
function examCardIds(exam: ActiveExam | null): string[] {
  return examItems(exam).flatMap((item) => {
    const cardId = questionOf(item)?.cardId;
    return typeof cardId === 'string' ? [cardId] : [];
  });
}

function renameExam(
  exam: ActiveExam | null,
  renames: ReadonlyMap<string, string>,
): ActiveExam | null {
  if (exam === null) return exam;
  let changed = false;
  const items = examItems(exam).map((item) => {
    const question = questionOf(item);
    const cardId = question?.cardId;
    const target = typeof cardId === 'string' ? renames.get(cardId) : undefined;
    if (!isObject(item) || question === undefined || target === undefined) return item;
    changed = true;
    return { ...item, question: { ...question, cardId: target } };
  });
  return changed ? { ...exam, items } : exam;
}

function examItems(exam: ActiveExam | null): readonly unknown[] {
  return exam !== null && Array.isArray(exam.items) ? (exam.items as readonly unknown[]) : [];
}

function questionOf(item: unknown): Readonly<Record<string, unknown>> | undefined {
  if (!isObject(item)) return undefined;
  const { question } = item;
  return isObject(question) ? question : undefined;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
