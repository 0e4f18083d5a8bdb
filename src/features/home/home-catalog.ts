/**
 * The card catalog for Home's counts and readiness. Listing cards plans every question
 * generator over all content, so Home loads this module after its first render, and the
 * planning runs in a worker where the browser has one: the page itself then loads neither
 * the content nor the generators.
 */
import type { TopicId } from '../../../content/schema';
import type { ExamCatalogCard } from '../../domain/srs/domain-readiness';
import type { HomeCatalogData } from './list-home-catalog';

export type HomeCatalog = Readonly<{
  cards: readonly ExamCatalogCard[];
  titles: ReadonlyMap<TopicId, string>;
}>;

let catalog: HomeCatalog | undefined;

/** The catalog from a worker; rejects when the browser cannot run one. */
function listInWorker(): Promise<HomeCatalogData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./catalog-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<HomeCatalogData>) => {
      resolve(event.data);
      worker.terminate();
    });
    worker.addEventListener('error', (event) => {
      reject(new Error(event.message || 'The catalog worker failed.'));
      worker.terminate();
    });
  });
}

/** On the page: the bank planned in short steps first, so no single task is long. */
async function listOnPage(): Promise<HomeCatalogData> {
  const [{ whenQuestionBankReady }, { listHomeCatalog }] = await Promise.all([
    import('../quiz/question-bank-ready'),
    import('./list-home-catalog'),
  ]);
  await whenQuestionBankReady();
  return listHomeCatalog();
}

/** Every card's id and topic, and each topic's title. */
export async function loadHomeCatalog(): Promise<HomeCatalog> {
  if (catalog !== undefined) return catalog;
  let data: HomeCatalogData | undefined;
  if (typeof Worker !== 'undefined') data = await listInWorker().catch(() => undefined);
  data ??= await listOnPage();
  return (catalog ??= { cards: data.cards, titles: new Map(data.titles) });
}
