import { describe, expect, it } from 'vitest';
import { topics, type Fact, type Topic } from '../../content/index';

/** Past this many plain facts, a topic's "Key facts" are split into parts. */
const LONG_TOPIC = 18;

const plainFacts = (topic: Topic): readonly Fact[] =>
  topic.facts.filter((fact) => fact.kind !== 'member');

/** The topic's parts, in the order they first appear, with how many plain facts each holds. */
function countParts(topic: Topic): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of plainFacts(topic)) {
    if (fact.part === undefined) continue;
    counts.set(fact.part, (counts.get(fact.part) ?? 0) + 1);
  }
  return counts;
}

describe('parts of a topic', () => {
  it(`gives every plain fact a part in a topic with more than ${LONG_TOPIC} of them`, () => {
    for (const topic of topics.filter((t) => plainFacts(t).length > LONG_TOPIC)) {
      const without = plainFacts(topic)
        .filter((fact) => fact.part === undefined)
        .map((fact) => fact.id);
      expect(without, `${topic.id}: facts without a part`).toEqual([]);
    }
  });

  it('gives every plain fact a part once any fact of its topic has one', () => {
    for (const topic of topics.filter((t) => countParts(t).size > 0)) {
      const without = plainFacts(topic)
        .filter((fact) => fact.part === undefined)
        .map((fact) => fact.id);
      expect(without, `${topic.id}: facts without a part`).toEqual([]);
    }
  });

  it('puts at least two facts in each part, and three to six parts in a topic', () => {
    for (const topic of topics) {
      const counts = countParts(topic);
      if (counts.size === 0) continue;
      const small = [...counts].filter(([, n]) => n < 2).map(([part]) => part);
      expect(small, `${topic.id}: parts with fewer than two facts`).toEqual([]);
      expect(counts.size, `${topic.id}: number of parts`).toBeGreaterThanOrEqual(3);
      expect(counts.size, `${topic.id}: number of parts`).toBeLessThanOrEqual(6);
    }
  });

  it('writes parts as short headings, and leaves them off set members', () => {
    for (const topic of topics) {
      for (const part of countParts(topic).keys()) {
        expect(part, `${topic.id}: part`).toMatch(/^[A-Z0-9][^.:;]*[^.\s]$/);
        expect(part.split(/\s+/).length, `${topic.id}: “${part}”`).toBeLessThanOrEqual(6);
      }
      const members = topic.facts.filter((f) => f.kind === 'member' && f.part !== undefined);
      expect(
        members.map((f) => f.id),
        `${topic.id}: members with a part`,
      ).toEqual([]);
    }
  });

  it('splits the long topics into parts', () => {
    const long = [
      'architecture',
      'integration',
      'observability',
      'event-source-mappings',
      'api-gateway',
      'permissions',
    ];
    for (const id of long) {
      const topic = topics.find((t) => t.id === id);
      expect(countParts(topic as Topic).size, id).toBeGreaterThanOrEqual(3);
    }
  });
});
