import { describe, expect, it } from 'vitest';
import { allFacts, topics, type Fact } from '../../../content/index';
import { groupFactsByPart, outlineTopic } from '../../../src/features/learn/topic-outline';

const base = allFacts.find((f) => f.part === undefined) as Fact;

/** A fact without a part, given another id and a part. */
const fact = (id: string, part?: string): Fact => ({
  ...base,
  id,
  ...(part === undefined ? {} : { part }),
});

describe('the outline of a topic page', () => {
  it('groups facts by part, in the order parts first appear, facts without a part first', () => {
    const groups = groupFactsByPart([
      fact('a', 'Queues'),
      fact('b', 'Streams'),
      fact('c'),
      fact('d', 'Queues'),
      fact('e', 'Streams'),
    ]);
    expect(groups.map((g) => [g.part?.label, g.facts.map((f) => f.id)])).toEqual([
      [undefined, ['c']],
      ['Queues', ['a', 'd']],
      ['Streams', ['b', 'e']],
    ]);
    expect(groups.map((g) => g.part?.id)).toEqual([undefined, 'part-queues', 'part-streams']);
  });

  it('gives parts ids of their own, even when two read alike', () => {
    const groups = groupFactsByPart([
      fact('a', 'Retries and failures'),
      fact('b', 'Retries, and failures'),
      fact('c', 'Access, logs and deployment across accounts'),
    ]);
    expect(groups.map((g) => g.part?.id)).toEqual([
      'part-retries-and-failures',
      'part-retries-and-failures-2',
      'part-access-logs-and-deployment-across-accounts',
    ]);
  });

  it('gives every section of every topic an id used once on the page', () => {
    for (const topic of topics) {
      const { entries } = outlineTopic(topic);
      const ids = entries.flatMap((e) => [e.id, ...(e.children ?? []).map((c) => c.id)]);
      const factIds = topic.facts.map((f) => `fact-${f.id}`);
      expect(new Set([...ids, ...factIds]).size, topic.id).toBe(ids.length + factIds.length);
    }
  });
});
