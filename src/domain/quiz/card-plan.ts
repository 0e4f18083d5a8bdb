/** How generators describe their cards: the card's identity plus a builder for fresh variants. */
import type { Rng } from '../lib/rng';
import type { ContentIndex } from './content-index';
import type { CardInfo, Question, QuestionKind, QuestionStyle } from './question';

/** A card a generator plans: its identity (the engine adds the generator's style) and a builder. */
export type GeneratedCard = Omit<CardInfo, 'style'> & Readonly<{ build: (rng: Rng) => Question }>;

export type CardPlan = CardInfo & Readonly<{ build: (rng: Rng) => Question }>;

/** A question generator: lists the cards it can make from any content, generically. */
export type Generator = Readonly<{
  id: string;
  kind: QuestionKind;
  /** Whether its questions read like exam items or ask one piece of content directly. */
  style: QuestionStyle;
  planCards: (index: ContentIndex) => readonly GeneratedCard[];
  /**
   * The same planning in steps (one decision model each, say), for callers that yield to the
   * browser between steps; `planCards` gives the concatenation of the steps' cards.
   */
  planSteps?: (index: ContentIndex) => readonly (() => readonly GeneratedCard[])[];
}>;

/** The card id of a generator's subject. */
export function toCardId(generatorId: string, subject: string): string {
  return `${generatorId}:${subject}`;
}
