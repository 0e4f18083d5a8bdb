/** How generators describe their cards: the card's identity plus a builder for fresh variants. */
import type { Rng } from '../lib/rng';
import type { ContentIndex } from './content-index';
import type { CardInfo, Question, QuestionKind } from './question';

export type CardPlan = CardInfo & Readonly<{ build: (rng: Rng) => Question }>;

/** A question generator: lists the cards it can make from any content, generically. */
export type Generator = Readonly<{
  id: string;
  kind: QuestionKind;
  planCards: (index: ContentIndex) => readonly CardPlan[];
}>;

/** The card id of a generator's subject. */
export function toCardId(generatorId: string, subject: string): string {
  return `${generatorId}:${subject}`;
}
