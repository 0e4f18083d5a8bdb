import { describe, expect, it } from 'vitest';
import type { Fact, Topic } from '../../../../content/schema';
import { definitionTermGenerator } from '../../../../src/domain/quiz/generators/definition-match';
import { concurrencyFixtureFacts, fixtureTopics } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

const definitions = concurrencyFixtureFacts.filter((f) => f.kind === 'definition');

describe('definition-term generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(definitionTermGenerator);
  });

  it('gives the description and asks for its term among three other terms of the topic', () => {
    const reserved = definitions[0]!;
    for (const q of buildVariants(definitionTermGenerator, 'definition-term:fx.reserved', 20)) {
      expect(q.stem).toContain(reserved.definition);
      const { right, wrong } = splitAnswers(q);
      expect(right).toEqual([reserved.term]);
      expect(wrong).toHaveLength(3);
      for (const o of q.options.filter((x) => x.text !== reserved.term)) {
        const other = definitions.find((d) => d.term === o.text);
        expect(o.why).toContain(other?.definition);
      }
    }
  });

  it('never borrows terms from another topic, so a topic with fewer than four definitions has no card', () => {
    const three = definitions.slice(0, 3);
    const content: { topics: Topic[] } = {
      topics: [
        { ...fixtureTopics[1], facts: three as readonly Fact[] },
        {
          ...fixtureTopics[0],
          facts: [{ ...definitions[3]!, topic: 'triggers' }] as readonly Fact[],
        },
      ],
    };
    expect(planWith(definitionTermGenerator, content)).toEqual([]);
  });
});
