/** Home's catalog in component tests (see `test/setup-dom.ts`): the review fixtures' cards. */
import type { HomeCatalog } from '../../src/features/home/home-catalog';
import { CATALOG } from '../features/review/review-fixtures';

const catalog: HomeCatalog = {
  cards: CATALOG.map(({ cardId, topic }) => ({ cardId, topic })),
  titles: new Map([
    ['triggers', 'Lambda triggers'],
    ['concurrency', 'Concurrency'],
  ]),
};

export async function loadHomeCatalog(): Promise<HomeCatalog> {
  return catalog;
}
