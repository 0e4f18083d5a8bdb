import { describe, expect, it } from 'vitest';
import type { Fact, Topic } from '../../../../content/schema';
import { limitValueGenerator } from '../../../../src/domain/quiz/generators/limit-value';
import { concurrencyFixtureFacts, fixtureTopics } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

const payload = concurrencyFixtureFacts.find((f) => f.id === 'fx.payload') as Extract<
  Fact,
  { kind: 'limit' }
>;
const withFacts = (facts: readonly Fact[]): { topics: Topic[] } => ({
  topics: [{ ...fixtureTopics[1], facts }],
});

describe('limit-value generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(limitValueGenerator);
  });

  it('asks the limit’s question with its figure among the figures of its own misconceptions', () => {
    for (const q of buildVariants(limitValueGenerator, 'limit-value:fx.payload', 20)) {
      expect(q.stem).toBe(payload.ask);
      const { right, wrong } = splitAnswers(q);
      expect(right).toEqual(['6 MB']);
      expect(wrong.sort()).toEqual(['1 MB', '256 KB', '50 MB']);
      expect(q.options.find((o) => o.text === '256 KB')?.why).toBe(payload.misconceptions[1]?.why);
    }
  });

  it('fills up with other limits of the same dimension, explained as what they are', () => {
    for (const q of buildVariants(limitValueGenerator, 'limit-value:fx.account', 30)) {
      const { wrong } = splitAnswers(q);
      expect(wrong).toHaveLength(3);
      expect(wrong).toEqual(expect.arrayContaining(['100', '3,000']));
      const filler = q.options.find((o) => o.text === '5');
      if (filler)
        expect(filler.why).toBe(
          '5 is a different limit: the maximum number of layers per function.',
        );
    }
  });

  it('never offers a figure equal to the answer in another unit, nor a different dimension', () => {
    const tenGb = { kind: 'exact', n: 10, unit: 'GB' } as const;
    const facts: Fact[] = [
      {
        ...payload,
        id: 'x.image',
        value: { kind: 'exact', n: 10240, unit: 'MB' },
        misconceptions: [
          { text: 'Ten gigabytes.', why: 'The same size in gigabytes.', figure: tenGb },
        ],
      },
      { ...payload, id: 'x.one', value: { kind: 'exact', n: 1, unit: 'MB' } },
      { ...payload, id: 'x.two', value: { kind: 'exact', n: 2, unit: 'MB' } },
      { ...payload, id: 'x.three', value: { kind: 'exact', n: 3, unit: 'MB' } },
      { ...payload, id: 'x.time', value: { kind: 'exact', n: 3, unit: 's' } },
    ];
    for (const q of buildVariants(
      limitValueGenerator,
      'limit-value:x.image',
      20,
      withFacts(facts),
    )) {
      expect(splitAnswers(q).wrong.sort()).toEqual(['1 MB', '2 MB', '3 MB']);
    }
  });

  it('never offers a scaled copy of the answer: a limit without three confusable figures has no card', () => {
    const lonely: Fact[] = [{ ...payload, id: 'x.lonely', misconceptions: [] }];
    expect(planWith(limitValueGenerator, withFacts(lonely))).toEqual([]);
  });
});
