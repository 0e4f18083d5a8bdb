import { describe, expect, it } from 'vitest';
import { trueFalseGenerator } from '../../../../src/domain/quiz/generators/true-false';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

describe('true-false generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(trueFalseGenerator);
  });

  it('plans one card per fact', () => {
    const ids = planWith(trueFalseGenerator).map((p) => p.cardId);
    expect(ids).toContain('true-false:fx.push');
    expect(ids).toContain('true-false:fx.layers');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks the statement in some variants and a misconception in others, under one card id', () => {
    const variants = buildVariants(trueFalseGenerator, 'true-false:fx.push', 40);
    const answers = new Set(variants.map((q) => splitAnswers(q).right[0]));
    expect(answers).toEqual(new Set(['True', 'False']));
    expect(new Set(variants.map((q) => q.cardId))).toEqual(new Set(['true-false:fx.push']));
  });

  it('always asks the statement of a fact without misconceptions', () => {
    for (const q of buildVariants(trueFalseGenerator, 'true-false:fx.member-topic', 20)) {
      expect(q.stem).toBe('True or false? Topic pushes events.');
      expect(splitAnswers(q).right).toEqual(['True']);
    }
  });

  it('keeps True before False and explains with the true statement', () => {
    for (const q of buildVariants(trueFalseGenerator, 'true-false:fx.pull', 10)) {
      expect(q.options).toEqual([
        { id: 'a', text: 'True' },
        { id: 'b', text: 'False' },
      ]);
      expect(q.explanation).toContain('Lambda polls pull sources.');
    }
  });
});
