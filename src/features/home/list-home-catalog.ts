import { topics } from '../../../content/index';
import type { TopicId } from '../../../content/schema';
import { listCards } from '../../domain/quiz/generate-questions';
import type { ExamCatalogCard } from '../../domain/srs/domain-readiness';

/** Home's catalog as plain data, so that a worker can send it. */
export type HomeCatalogData = Readonly<{
  cards: readonly ExamCatalogCard[];
  titles: readonly (readonly [TopicId, string])[];
}>;

/** Every card's id, topic, exams, domains and style (planning the whole bank), and topic titles. */
export function listHomeCatalog(): HomeCatalogData {
  return {
    cards: listCards({ topics }).map(({ cardId, topic, exams, domains, style }) => ({
      cardId,
      topic,
      exams,
      domains,
      style,
    })),
    titles: topics.map((t) => [t.id, t.title] as const),
  };
}
