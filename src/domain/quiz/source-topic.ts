/**
 * Which topic's Learn page shows a content item. A card belongs to one topic, but what it rests
 * on can be listed under another: a decision question of one topic rests on facts of others.
 */
import { topics as allTopics, type Topic, type TopicId } from '../../../content/index';
import { rowRef } from './content-index';
import type { SourceRef } from './question';

const refKey = (kind: SourceRef['kind'], id: string): string => `${kind}:${id}`;

function indexSources(topics: readonly Topic[]): ReadonlyMap<string, TopicId> {
  const index = new Map<string, TopicId>();
  for (const topic of topics) {
    const add = (kind: SourceRef['kind'], id: string) => {
      if (!index.has(refKey(kind, id))) index.set(refKey(kind, id), topic.id);
    };
    for (const fact of topic.facts) add('fact', fact.id);
    for (const table of topic.tables) {
      for (const row of table.rows) add('table-row', rowRef(table.id, row.id));
    }
    for (const item of topic.checklist) add('checklist', item.id);
    for (const tip of topic.tips) add('tip', tip.id);
    for (const set of topic.sets) add('set', set.id);
  }
  return index;
}

let index: ReadonlyMap<string, TopicId> | undefined;

/**
 * The topic that lists a content item, so shows it on its Learn page.
 * @param topics the content to look in; all topics by default
 * @returns undefined for an item no topic lists
 */
export function findSourceTopic(
  source: SourceRef,
  topics: readonly Topic[] = allTopics,
): TopicId | undefined {
  const lookup = topics === allTopics ? (index ??= indexSources(allTopics)) : indexSources(topics);
  return lookup.get(refKey(source.kind, source.id));
}
