import { describe, expect, it } from 'vitest';
import type { Fact, Topic } from '../../../../content/schema';
import { trueFalseGenerator } from '../../../../src/domain/quiz/generators/true-false';
import { fixtureTopics, triggerFixtureFacts } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith } from '../generator-harness';

// A member fact: asked as true or false, having no question of its own.
const base = triggerFixtureFacts[2];
const withFacts = (facts: readonly Fact[]): { topics: Topic[] } => ({
  topics: [{ ...fixtureTopics[0], tables: [], sets: [], facts }],
});

describe('true/false generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(trueFalseGenerator);
  });

  it('asks the statement or one of its misconceptions, True before False, both explained', () => {
    const variants = buildVariants(trueFalseGenerator, 'true-false:fx.member-api', 60);
    const claims = new Set(variants.map((q) => q.stem));
    expect(claims.has(`True or false? ${base.statement}`)).toBe(true);
    expect(claims.size).toBe(2);
    for (const q of variants) {
      expect(q.options.map((o) => o.text)).toEqual(['True', 'False']);
      const claim = q.stem.replace('True or false? ', '');
      const reason =
        claim === base.statement
          ? base.why
          : base.misconceptions.find((m) => m.text === claim)?.why;
      for (const o of q.options) expect(o.why).toContain(reason);
    }
  });

  it('never asks a number as true or false', () => {
    const facts: Fact[] = [
      { ...base, id: 'x.number', statement: 'A function can use 5 layers.' },
      {
        ...base,
        id: 'x.words',
        misconceptions: [
          { text: 'Push sources wait 30 seconds first.', why: 'They do not wait at all.' },
          base.misconceptions[0]!,
        ],
      },
    ];
    expect(planWith(trueFalseGenerator, withFacts(facts)).map((p) => p.cardId)).toEqual([
      'true-false:x.words',
    ]);
    for (const q of buildVariants(trueFalseGenerator, 'true-false:x.words', 40, withFacts(facts)))
      expect(q.stem).not.toContain('30 seconds');
    expect(planWith(trueFalseGenerator).some((p) => p.cardId === 'true-false:fx.layers')).toBe(
      false,
    );
  });

  it('skips a fact without a misconception, whose answer would always be True', () => {
    expect(planWith(trueFalseGenerator, withFacts([{ ...base, misconceptions: [] }]))).toEqual([]);
  });

  it('leaves a fact with its own question and three misconceptions to the choice card', () => {
    const ids = planWith(trueFalseGenerator).map((p) => p.cardId);
    expect(ids).not.toContain('true-false:fx.push');
    expect(ids).toContain('true-false:fx.member-api');
  });
});
