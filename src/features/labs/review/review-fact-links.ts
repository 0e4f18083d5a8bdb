/** Where a finding's facts live in the app, and what to call the link. */
import type { Topic } from '../../../../content/schema';
import { paths } from '../../../app/paths';

export type FactRef = Readonly<{ id: string; href: string; label: string }>;

/**
 * A link target for a fact or checklist id.
 * @param topics where to look: at least the topic that holds the id (see `citedTopicIds`)
 * @returns undefined for an id none of the topics defines
 */
export function describeFactRef(topics: readonly Topic[], id: string): FactRef | undefined {
  for (const topic of topics) {
    const item = topic.checklist.find((candidate) => candidate.id === id);
    if (item)
      return {
        id,
        href: `${paths.topic('checklist')}#check-${id}`,
        label: `Checklist: ${item.condition}`,
      };
  }
  for (const topic of topics) {
    const fact = topic.facts.find((candidate) => candidate.id === id);
    if (!fact) continue;
    const label = fact.kind === 'definition' ? `${fact.term}: ${fact.definition}` : fact.statement;
    return { id, href: `${paths.topic(fact.topic)}#fact-${id}`, label };
  }
  return undefined;
}
