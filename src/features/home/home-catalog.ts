/**
 * The card catalog for Home's counts and readiness. Listing cards plans every question
 * generator over all content, so Home loads this module after its first render instead of
 * putting it on the first load of `/`.
 */
import { topics } from '../../../content/index';
import type { TopicId } from '../../../content/schema';
import { listCards } from '../../domain/quiz/generate-questions';
import type { CatalogCard } from '../../domain/srs/card-state';
import { whenQuestionBankReady } from '../quiz/question-bank-ready';

export type HomeCatalog = Readonly<{
  cards: readonly CatalogCard[];
  titles: ReadonlyMap<TopicId, string>;
}>;

let catalog: HomeCatalog | undefined;

/** Every card's id and topic, and each topic's title, once the bank is planned. */
export async function loadHomeCatalog(): Promise<HomeCatalog> {
  await whenQuestionBankReady();
  return getHomeCatalog();
}

/** Every card's id and topic, and each topic's title. */
export function getHomeCatalog(): HomeCatalog {
  return (catalog ??= {
    cards: listCards({ topics }).map(({ cardId, topic }) => ({ cardId, topic })),
    titles: new Map(topics.map((t) => [t.id, t.title])),
  });
}
