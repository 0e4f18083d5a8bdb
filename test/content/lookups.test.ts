import { describe, it } from 'vitest';
import fc from 'fast-check';
import { allFacts, findFact, findTopic, isTopicId, topics } from '../../content/index';

describe('lookups', () => {
  it('finds every fact and topic by its own id', () => {
    fc.assert(fc.property(fc.constantFrom(...allFacts), (fact) => findFact(fact.id) === fact));
    fc.assert(
      fc.property(
        fc.constantFrom(...topics),
        (topic) => findTopic(topic.id) === topic && isTopicId(topic.id),
      ),
    );
  });

  it('finds nothing for a string that is not a fact or topic id', () => {
    const factIds = new Set(allFacts.map((f) => f.id));
    const topicIds = new Set<string>(topics.map((t) => t.id));
    fc.assert(
      fc.property(fc.string(), (id) => {
        fc.pre(!factIds.has(id) && !topicIds.has(id));
        return findFact(id) === undefined && findTopic(id) === undefined && !isTopicId(id);
      }),
    );
  });

  it('does not confuse a fact id with a near miss', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allFacts),
        fc.constantFrom(' ', '.', 'x'),
        (fact, extra) =>
          findFact(fact.id + extra) === undefined && findFact(fact.id.toUpperCase()) === undefined,
      ),
    );
  });
});
