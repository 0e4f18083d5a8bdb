import { useRef, useState } from 'react';
import { gradeAnswer } from '../../domain/quiz/grade-answer';
import type { Question } from '../../domain/quiz/question';
import { deriveSeed } from '../../domain/lib/rng';
import { localDayNumber, startOfLocalDay } from '../../domain/srs/day-key';
import { buildQueue, type QueueCounts, type QueueItem } from '../../domain/srs/queue';
import type { Rating } from '../../domain/srs/review-log';
import { previewIntervals, type IntervalPreview } from '../../domain/srs/scheduler';
import type { AppState } from '../../store/app-state';
import { getAppStore, systemClock } from '../../store/app-store';
import type { SaveResult } from '../../store/durable-storage';
import { useAppStore } from '../../store/use-app-store';
import { createVariant, getReviewCatalog } from './review-catalog';

/** The card on screen and the variant shown for it. */
export type ShownCard = Readonly<{ item: QueueItem; question: Question }>;

export type ReviewPhase =
  | Readonly<{ kind: 'loading' }>
  | Readonly<{ kind: 'answering'; card: ShownCard; selected: readonly string[] }>
  | Readonly<{
      kind: 'feedback';
      card: ShownCard;
      selected: readonly string[];
      correct: boolean;
      previews: Readonly<Record<Rating, IntervalPreview>>;
    }>
  | Readonly<{ kind: 'done' }>;

export type ReviewSession = Readonly<{
  phase: ReviewPhase;
  /** Cards left, the one on screen included. */
  counts: QueueCounts;
  /** Grades given in this visit (undone ones taken off). */
  answered: number;
  /** A grade is being saved: nothing else may happen until it is. */
  busy: boolean;
  /** Why the last answer was not saved, if it was not. */
  saveProblem: string | null;
  /** Check was asked for with no option chosen. */
  needsChoice: boolean;
  /** The last answer on record came from a review and can be undone. */
  canUndo: boolean;
  select: (selected: readonly string[]) => void;
  submit: () => void;
  grade: (rating: Rating) => Promise<void>;
  undo: () => Promise<void>;
}>;

const NO_COUNTS: QueueCounts = { learning: 0, review: 0, new: 0 };

function queueNow(state: AppState) {
  const now = systemClock.now();
  const offset = systemClock.utcOffsetMinutes(now);
  // Seeded by the day, so new cards come in the same order after a reload.
  const seed = localDayNumber(now, offset);
  const settings = { newCardsPerDay: state.settings.newCardsPerDay };
  return buildQueue(
    getReviewCatalog(),
    state.cards,
    now,
    settings,
    startOfLocalDay(now, offset),
    seed,
  );
}

function describeSave(save: SaveResult): string | null {
  if (save.kind === 'saved') return null;
  return save.status === 'quota-exceeded'
    ? 'That answer was not saved: the device is out of space.'
    : 'That answer was not saved: storage is not available.';
}

type View = Readonly<{ phase: ReviewPhase; counts: QueueCounts }>;

/**
 * The first card of the rebuilt queue, or after an undo the card undone: the same variant
 * when it was shown in this visit (`preferred` is that card), a fresh one otherwise
 * (`preferred` is its id). Each showing gets its own seed, so each review is a new variant.
 */
function nextView(
  state: AppState,
  seedBase: number,
  shownCount: number,
  preferred?: ShownCard | string,
): View {
  const queue = queueNow(state);
  if (typeof preferred === 'object') {
    return { phase: { kind: 'answering', card: preferred, selected: [] }, counts: queue.counts };
  }
  const undone = queue.items.filter((item) => item.cardId === preferred);
  for (const item of [...undone, ...queue.items]) {
    const question = createVariant(
      item.cardId,
      deriveSeed(seedBase, `${item.cardId}#${shownCount}`),
    );
    if (question === undefined) continue;
    return {
      phase: { kind: 'answering', card: { item, question }, selected: [] },
      counts: queue.counts,
    };
  }
  return { phase: { kind: 'done' }, counts: queue.counts };
}

/**
 * The review session: builds the queue from the saved cards, shows a fresh variant of the
 * first card, and after each grade waits for the answer to be saved before the next card.
 */
export function useReviewSession(): ReviewSession {
  const hydrated = useAppStore((state) => state.hydrated);
  const canUndo = useAppStore((state) => state.reviewLog.undo.at(-1)?.entry.source === 'review');
  const [phase, setPhase] = useState<ReviewPhase>({ kind: 'loading' });
  const [counts, setCounts] = useState<QueueCounts>(NO_COUNTS);
  const [answered, setAnswered] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [needsChoice, setNeedsChoice] = useState(false);
  const shown = useRef<ShownCard[]>([]);
  const [seedBase] = useState(() => systemClock.now());

  const show = (view: View) => {
    setPhase(view.phase);
    setCounts(view.counts);
  };
  const showNext = (preferred?: ShownCard | string) =>
    show(nextView(getAppStore().getState(), seedBase, shown.current.length, preferred));

  // The first card appears once the progress is read (adjusting state while rendering, as
  // React recommends over an effect).
  if (hydrated && phase.kind === 'loading') {
    show(nextView(getAppStore().getState(), seedBase, 0));
  }

  const select = (selected: readonly string[]) => {
    setNeedsChoice(false);
    setPhase((p) => (p.kind === 'answering' ? { ...p, selected } : p));
  };

  const submit = () => {
    if (phase.kind !== 'answering') return;
    setNeedsChoice(phase.selected.length === 0);
    if (phase.selected.length === 0) return;
    const { card, selected } = phase;
    const state = getAppStore().getState();
    const previews = previewIntervals(
      card.item.cardId,
      state.cards[card.item.cardId],
      systemClock.now(),
      state.settings,
    );
    const { correct } = gradeAnswer(card.question, selected);
    setPhase({ kind: 'feedback', card, selected, correct, previews });
  };

  const grade = async (rating: Rating) => {
    if (phase.kind !== 'feedback' || busy) return;
    const { card, correct } = phase;
    setBusy(true);
    try {
      const outcome =
        correct && rating !== 'again'
          ? ({ kind: 'correct', grade: rating } as const)
          : ({ kind: 'wrong' } as const);
      const save = await getAppStore()
        .getState()
        .recordAnswer({ cardId: card.item.cardId, outcome, source: 'review' });
      shown.current.push(card);
      setSaveProblem(describeSave(save));
      setAnswered((n) => n + 1);
      showNext();
    } catch {
      setSaveProblem('That answer could not be recorded. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (busy || !canUndo || phase.kind === 'feedback') return;
    setBusy(true);
    try {
      const { undone, save } = await getAppStore().getState().undoLastReview();
      if (undone === null) return;
      const last = shown.current.at(-1);
      const same = last !== undefined && last.item.cardId === undone.entry.cardId;
      if (same) shown.current.pop();
      setSaveProblem(describeSave(save));
      setAnswered((n) => Math.max(0, n - 1));
      showNext(same ? last : undone.entry.cardId);
    } finally {
      setBusy(false);
    }
  };

  return {
    ...{ phase, counts, answered, busy, saveProblem, needsChoice, canUndo },
    ...{ select, submit, grade, undo },
  };
}
