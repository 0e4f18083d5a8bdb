import { loadableTopicIds, loadTopic } from '../../content/topic-loaders';

/**
 * Loads topics before a test renders, as a learner's earlier visits would have: a page that
 * shows or cites them then renders them at once, and the test need not wait for the load
 * (`test/features/learn/topic-loading.test.tsx` covers the wait itself).
 */
export async function loadTopics(ids: readonly string[] = loadableTopicIds): Promise<void> {
  await Promise.all(ids.map(loadTopic));
}
