/** Lookups shared by the fact-based generators. */
import type { Fact, Topic } from '../../../../content/schema';
import { toCandidates, type Candidate } from '../build-question';
import type { ContentIndex } from '../content-index';

/**
 * The misconceptions of the fact, of its topic and of every other topic, in that order (a
 * candidate repeated in a later tier is skipped when picked).
 */
export function tierMisconceptions(
  fact: Fact,
  index: ContentIndex,
): readonly (readonly Candidate[])[] {
  return [
    toCandidates(fact.misconceptions),
    index.misconceptionsIn.get(fact.topic) ?? [],
    index.misconceptionsOutside.get(fact.topic) ?? [],
  ];
}

/** The topic a fact belongs to (by its `topic` field, or the topic that lists it). */
export function findFactTopic(fact: Fact, index: ContentIndex): Topic | undefined {
  return index.topicById.get(fact.topic) ?? index.topics.find((t) => t.facts.includes(fact));
}

/** The card fields every single-fact card shares. */
export function describeFactCard(fact: Fact) {
  return {
    topic: fact.topic,
    exams: fact.exams,
    domains: fact.domains,
    subjects: [{ kind: 'fact', id: fact.id }],
  } as const;
}
