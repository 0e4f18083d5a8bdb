import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  GenSeedStrategyWithCardId,
  Rating as FsrsRating,
  StrategyMode,
  type FSRS,
  type Grade,
} from 'ts-fsrs';
import { assertNever } from '../lib/assert-never';
import { FORBIDDEN_KEYS } from '../progress/safe-json';
import { MAX_CARD_ID_LENGTH, type CardState, type CardStates } from './card-state';
import { dayKey } from './day-key';
import { fromFsrsCard, toFsrsCard } from './fsrs-card';
import {
  appendToLog,
  removeLastFromLog,
  type AnswerSource,
  type Rating,
  type ReviewEntry,
  type ReviewLog,
  type UndoEntry,
} from './review-log';
import { clampRetention } from './srs-settings';

/** How an answer went: wrong is always Again; a correct one is Good unless the learner chose. */
export type Outcome =
  Readonly<{ kind: 'wrong' }> | Readonly<{ kind: 'correct'; grade?: 'hard' | 'good' | 'easy' }>;

/** One answer to a card, from the review, a quiz or an exam. */
export type Answer = Readonly<{ cardId: string; outcome: Outcome; source: AnswerSource }>;

/** The part of the progress the scheduler reads and writes. */
export type SrsState = Readonly<{ cards: CardStates; reviewLog: ReviewLog }>;

export type ScheduleSettings = Readonly<{
  /** Probability of recall when a card comes due, 0.70–0.97 (clamped). */
  desiredRetention: number;
  /** Local time minus UTC in minutes at `now`: files the answer under the learner's day. */
  utcOffsetMinutes: number;
}>;

export type AnswerResult = Readonly<{ state: SrsState; card: CardState; entry: ReviewEntry }>;

/** The next due time and interval for one grade. */
export type IntervalPreview = Readonly<{ due: number; intervalMs: number }>;

const GRADES = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
} as const satisfies Record<Rating, Grade>;

const schedulers = new Map<number, FSRS>();

/**
 * One ts-fsrs instance per retention. Fuzz is on, as FSRS recommends, so cards learnt
 * together don't stay clumped on the same days; ts-fsrs seeds its fuzz from the seed
 * strategy, and ours uses only the card id and its answer count (never the clock or
 * `Math.random`): scheduling is deterministic, and the interval previewed on a grade button
 * is the one the answer gets (as long as no day boundary passes in between, since FSRS
 * counts elapsed whole days).
 */
function schedulerFor(desiredRetention: number): FSRS {
  const retention = clampRetention(desiredRetention);
  let scheduler = schedulers.get(retention);
  if (scheduler === undefined) {
    scheduler = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: true }));
    scheduler.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('cid'));
    schedulers.set(retention, scheduler);
  }
  return scheduler;
}

/** The FSRS rating for an outcome: wrong → Again; correct → the chosen grade, Good by default. */
export function ratingFor(outcome: Outcome): Rating {
  switch (outcome.kind) {
    case 'wrong':
      return 'again';
    case 'correct':
      return outcome.grade ?? 'good';
    default:
      return assertNever(outcome);
  }
}

function fsrsInput(cardId: string, card: CardState | undefined, now: number) {
  return card === undefined ? { ...createEmptyCard(now), cid: cardId } : toFsrsCard(cardId, card);
}

/**
 * Card ids become keys of the saved JSON; a key the import check refuses would make the
 * learner's whole progress unreadable on the next start, so it is refused here instead.
 */
function assertCardId(cardId: string): void {
  if (cardId.length === 0 || cardId.length > MAX_CARD_ID_LENGTH || FORBIDDEN_KEYS.has(cardId))
    throw new Error(`Invalid card id "${cardId}"`);
}

function gradeCard(
  previous: CardState | undefined,
  answer: Answer,
  now: number,
  settings: ScheduleSettings,
): { card: CardState; entry: ReviewEntry } {
  assertCardId(answer.cardId);
  const rating = ratingFor(answer.outcome);
  const next = schedulerFor(settings.desiredRetention).next(
    fsrsInput(answer.cardId, previous, now),
    now,
    GRADES[rating],
  );
  return {
    card: fromFsrsCard(next.card, now, previous?.firstReview ?? now),
    entry: { cardId: answer.cardId, at: now, rating, source: answer.source },
  };
}

/**
 * Records one answer: schedules the card with FSRS, logs it and keeps an undo snapshot.
 * Used by the review, quizzes and exams alike.
 * @param now ms epoch of the answer.
 */
export function applyAnswer(
  state: SrsState,
  answer: Answer,
  now: number,
  settings: ScheduleSettings,
): AnswerResult {
  const previous = state.cards[answer.cardId];
  const { card, entry } = gradeCard(previous, answer, now, settings);
  const day = dayKey(now, settings.utcOffsetMinutes);
  return {
    state: {
      cards: { ...state.cards, [answer.cardId]: card },
      reviewLog: appendToLog(state.reviewLog, entry, day, previous ?? null),
    },
    card,
    entry,
  };
}

/**
 * Grades a card in the review session (`applyAnswer` with source `review`).
 * @param now ms epoch of the answer.
 */
export function scheduleReview(
  state: SrsState,
  cardId: string,
  outcome: Outcome,
  now: number,
  settings: ScheduleSettings,
): AnswerResult {
  return applyAnswer(state, { cardId, outcome, source: 'review' }, now, settings);
}

/**
 * Records several answers given at the same moment (an exam on submit), in order.
 * Copies the card record once, not once per answer, so a 75-question exam stays cheap.
 * @param now ms epoch of the submission.
 */
export function applyAnswers(
  state: SrsState,
  answers: readonly Answer[],
  now: number,
  settings: ScheduleSettings,
): SrsState {
  const cards: Record<string, CardState> = { ...state.cards };
  let reviewLog = state.reviewLog;
  const day = dayKey(now, settings.utcOffsetMinutes);
  for (const answer of answers) {
    const previous = cards[answer.cardId];
    const { card, entry } = gradeCard(previous, answer, now, settings);
    cards[answer.cardId] = card;
    reviewLog = appendToLog(reviewLog, entry, day, previous ?? null);
  }
  return { cards, reviewLog };
}

/**
 * Undoes the most recent answer: the card gets back the exact state it had (a stored
 * snapshot; ts-fsrs `rollback` rebuilds `due` from the review time, which differs for a card
 * answered early or late) and the answer leaves the log. Null when there is nothing to undo.
 */
export function undoLastReview(state: SrsState): { state: SrsState; undone: UndoEntry } | null {
  const removed = removeLastFromLog(state.reviewLog);
  if (removed === null) return null;
  const { undone } = removed;
  const cards = { ...state.cards };
  if (undone.previous === null) delete cards[undone.entry.cardId];
  else cards[undone.entry.cardId] = undone.previous;
  return { state: { cards, reviewLog: removed.log }, undone };
}

/**
 * What each grade would do to the card now, for the grade buttons ("Good · 3 days").
 * @param card the stored state, or undefined for a new card.
 * @param now ms epoch.
 */
export function previewIntervals(
  cardId: string,
  card: CardState | undefined,
  now: number,
  settings: Pick<ScheduleSettings, 'desiredRetention'>,
): Readonly<Record<Rating, IntervalPreview>> {
  const preview = schedulerFor(settings.desiredRetention).repeat(fsrsInput(cardId, card, now), now);
  const at = (grade: Grade): IntervalPreview => {
    const due = preview[grade].card.due.getTime();
    return { due, intervalMs: Math.max(0, due - now) };
  };
  return {
    again: at(GRADES.again),
    hard: at(GRADES.hard),
    good: at(GRADES.good),
    easy: at(GRADES.easy),
  };
}
