/**
 * Stands in for Home's catalog in tests that render Home for something else: the real one
 * plans every generator over all content, work that would outlive the test and is covered
 * by `test/features/home/home-catalog.test.ts`.
 */
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
