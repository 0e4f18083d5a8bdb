/** Lookups shared by the fact-based generators. */
import type { Fact, Topic } from '../../../../content/schema';
import { toCandidates, type Candidate } from '../build-question';
import type { ContentIndex } from '../content-index';

/** The misconceptions of the fact, of the other facts in its topic, and of every other fact. */
export function tierMisconceptions(fact: Fact, index: ContentIndex): readonly (readonly Candidate[])[] {
  const sameTopic = index.facts.filter((f) => f.topic === fact.topic && f.id !== fact.id);
  const elsewhere = index.facts.filter((f) => f.topic !== fact.topic);
  return [
    toCandidates(fact.misconceptions),
    toCandidates(sameTopic.flatMap((f) => f.misconceptions)),
    toCandidates(elsewhere.flatMap((f) => f.misconceptions)),
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
