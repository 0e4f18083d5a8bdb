import { describe, expect, it } from 'vitest';
import type { Fact, Topic } from '../../../../content/schema';
import { factChoiceGenerator } from '../../../../src/domain/quiz/generators/fact-choice';
import { fixtureTopics, triggerFixtureFacts } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

const base = triggerFixtureFacts[1];
const withFacts = (facts: readonly Fact[]): { topics: Topic[] } => ({
  topics: [{ ...fixtureTopics[0], tables: [], sets: [], facts }],
});

describe('fact-choice generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(factChoiceGenerator);
  });

  it("offers the fact's statement with its own misconceptions first", () => {
    for (const q of buildVariants(factChoiceGenerator, 'fact-choice:fx.push', 40)) {
      expect(q.stem).toBe('Which statement about Fixture triggers is true?');
      const { right, wrong } = splitAnswers(q);
      expect(right).toEqual(['Push sources invoke the function directly.']);
      expect(wrong).toEqual(
        expect.arrayContaining([
          'Push sources are polled by Lambda.',
          'Push sources need a queue in between.',
        ]),
      );
      expect(wrong).toHaveLength(3);
    }
  });

  it('never offers a misconception that is another fact’s statement', () => {
    const facts: Fact[] = [
      {
        ...base,
        id: 'x.a',
        statement: 'A is true.',
        misconceptions: ['B is true.', 'A is false.', 'A is odd.'],
      },
      { ...base, id: 'x.b', statement: 'B is true.', misconceptions: ['B is false.'] },
    ];
    for (const q of buildVariants(factChoiceGenerator, 'fact-choice:x.a', 40, withFacts(facts))) {
      expect(q.options.map((o) => o.text)).not.toContain('B is true.');
    }
  });

  it('skips a fact when the content has fewer than two usable misconceptions', () => {
    const facts: Fact[] = [
      { ...base, id: 'x.a', statement: 'A is true.', misconceptions: ['A is false.'] },
    ];
    expect(planWith(factChoiceGenerator, withFacts(facts))).toEqual([]);
  });
});
