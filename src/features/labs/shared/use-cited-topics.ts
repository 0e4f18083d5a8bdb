import { useEffect, useState } from 'react';
import type { Topic } from '../../../../content/schema';
import { loadedTopic, loadTopic } from '../../../../content/topic-loaders';
import { citedTopicIds } from './content-links';

/**
 * The topics that hold these content ids, or undefined until every one of them is loaded: they
 * load after the render, which the component repeats once they are. Nothing waits for them, so
 * a lab's results never wait for, or fail with, the links to the content they rest on.
 */
export function useCitedTopics(ids: readonly string[]): readonly Topic[] | undefined {
  const topicIds = citedTopicIds(ids);
  const key = topicIds.join(' ');
  const [, setLoads] = useState(0);
  useEffect(() => {
    const missing = key.split(' ').filter((id) => id !== '' && loadedTopic(id) === undefined);
    if (missing.length === 0) return;
    let current = true;
    void Promise.allSettled(missing.map(loadTopic)).then(() => {
      if (current) setLoads((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [key]);
  const topics = topicIds.flatMap((id) => loadedTopic(id) ?? []);
  return topics.length === topicIds.length ? topics : undefined;
}
