/** Where the card catalog stands: cards by state, and the subjects forgotten most. */
import type { TopicId } from '../../../content/schema';
import type { SourceRef } from '../quiz/question';
import type { CardPhase, CardStates, CatalogCard } from './card-state';
import { READY_RETRIEVABILITY, retrievability } from './stats';

/** A card's state: `new` (never answered) or the phase of its stored state. */
export type CardStateName = 'new' | CardPhase;

/** The states in the order a card goes through them. */
export const CARD_STATE_NAMES = [
  'new',
  'learning',
  'review',
  'relearning',
] as const satisfies readonly CardStateName[];

export type StateCounts = Readonly<Record<CardStateName, number> & { total: number }>;

/**
 * How many catalog cards are in each state; stored states of cards the catalog no longer has
 * are left out.
 */
export function countCardsByState(catalog: readonly CatalogCard[], cards: CardStates): StateCounts {
  const counts = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const { cardId } of catalog) counts[cards[cardId]?.phase ?? 'new']++;
  return { ...counts, total: catalog.length };
}

/** A catalog card with the content item it is mainly about (null when it names none). */
export type SubjectCard = CatalogCard & Readonly<{ subject: SourceRef | null }>;

/** A content item whose cards are forgotten: what to re-read first. */
export type WeakSubject = Readonly<{
  topic: TopicId;
  subject: SourceRef | null;
  /** The answered cards about it, catalog order. */
  cardIds: readonly string[];
  /** Times its cards were forgotten after graduating, summed. */
  lapses: number;
  /** Lowest recall probability (0–1) of its cards at `now`. */
  retrievability: number;
  /** Answers recorded for its cards, summed. */
  answers: number;
}>;

/** Subjects listed by `findWeakestSubjects` unless told otherwise. */
export const WEAKEST_LIMIT = 8;

function subjectKey(card: SubjectCard): string {
  return card.subject === null
    ? `card:${card.cardId}`
    : `${card.topic}|${card.subject.kind}:${card.subject.id}`;
}

/** Answered cards grouped by subject, in catalog order of each subject's first card. */
function groupAnswered(
  catalog: readonly SubjectCard[],
  cards: CardStates,
  now: number,
): WeakSubject[] {
  const groups = new Map<string, WeakSubject>();
  for (const card of catalog) {
    const state = cards[card.cardId];
    if (state === undefined) continue;
    const key = subjectKey(card);
    const before = groups.get(key);
    const recall = retrievability(state, now);
    groups.set(key, {
      topic: card.topic,
      subject: card.subject,
      cardIds: [...(before?.cardIds ?? []), card.cardId],
      lapses: (before?.lapses ?? 0) + state.lapses,
      retrievability: Math.min(before?.retrievability ?? 1, recall),
      answers: (before?.answers ?? 0) + state.reps,
    });
  }
  return [...groups.values()];
}

/**
 * The weakest subjects: those with a lapse or a card below 90 % recall at `now`, most lapses
 * first, then lowest recall; ties keep catalog order. Cards never answered are not weak, only new.
 * @param now ms epoch.
 * @param limit most subjects returned.
 */
export function findWeakestSubjects(
  catalog: readonly SubjectCard[],
  cards: CardStates,
  now: number,
  limit = WEAKEST_LIMIT,
): readonly WeakSubject[] {
  return groupAnswered(catalog, cards, now)
    .filter((s) => s.lapses > 0 || s.retrievability < READY_RETRIEVABILITY)
    .sort((a, b) => b.lapses - a.lapses || a.retrievability - b.retrievability)
    .slice(0, Math.max(0, limit));
}
