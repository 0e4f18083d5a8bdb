import { topics } from '../../../content/index';
import type { TopicId } from '../../../content/schema';
import { listCards } from '../../domain/quiz/generate-questions';
import type { CatalogCard } from '../../domain/srs/card-state';

/** Home's catalog as plain data, so that a worker can send it. */
export type HomeCatalogData = Readonly<{
  cards: readonly CatalogCard[];
  titles: readonly (readonly [TopicId, string])[];
}>;

/** Every card's id and topic (planning the whole bank), and each topic's title. */
export function listHomeCatalog(): HomeCatalogData {
  return {
    cards: listCards({ topics }).map(({ cardId, topic }) => ({ cardId, topic })),
    titles: topics.map((t) => [t.id, t.title] as const),
  };
}
