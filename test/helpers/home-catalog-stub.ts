/** Home's catalog in component tests (see `test/setup-dom.ts`): the review fixtures' cards. */
import type { HomeCatalog } from '../../src/features/home/home-catalog';
import { CATALOG } from '../features/review/review-fixtures';

const catalog: HomeCatalog = {
  cards: CATALOG.map(({ cardId, topic, exams, domains }, i) => ({
    cardId,
    topic,
    exams,
    domains,
    // Every other card reads like an exam item, so that readiness by domain has cards.
    style: i % 2 === 0 ? 'exam' : 'recall',
  })),
  titles: new Map([
    ['triggers', 'Lambda triggers'],
    ['concurrency', 'Concurrency'],
  ]),
};

export async function loadHomeCatalog(): Promise<HomeCatalog> {
  return catalog;
}
