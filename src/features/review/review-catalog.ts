import { topics } from '../../../content/index';
import { generateQuestion, listCards } from '../../domain/quiz/generate-questions';
import type { CardInfo, Question } from '../../domain/quiz/question';

/** One content object for every call, so the quiz engine plans the cards only once. */
const content = Object.freeze({ topics });
let catalog: readonly CardInfo[] | undefined;
let byId: ReadonlyMap<string, CardInfo> | undefined;

/** Every card the content yields, in the quiz engine's order. */
export function getReviewCatalog(): readonly CardInfo[] {
  return (catalog ??= listCards(content));
}

/** What a card is about (its topic and subjects), or undefined for an unknown id. */
export function findCardInfo(cardId: string): CardInfo | undefined {
  byId ??= new Map(getReviewCatalog().map((card) => [card.cardId, card]));
  return byId.get(cardId);
}

/** A fresh variant of a card; `seed` picks the values and option order. */
export function createVariant(cardId: string, seed: number): Question | undefined {
  return generateQuestion(cardId, content, seed);
}
