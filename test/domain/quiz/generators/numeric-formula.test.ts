import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chooseWrongAnswers,
  numericFormulaGenerator,
} from '../../../../src/domain/quiz/generators/numeric-formula';
import { createRng } from '../../../../src/domain/lib/rng';
import { fixtureContent, fixtureTopics } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';
import { recomputeNumeric } from '../recompute-numeric';

const withEsm = {
  topics: [
    ...fixtureTopics,
    { ...fixtureTopics[1], id: 'event-source-mappings' as const, facts: [] },
  ],
};
const cardIds = [
  'numeric:concurrency',
  'numeric:stream-concurrency',
  'numeric:sqs-visibility-timeout',
  'numeric:unreserved-concurrency',
  'numeric:new-reservation',
];

describe('numeric formula generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(numericFormulaGenerator, withEsm);
  });

  it('plans a problem only when its topic is in the content', () => {
    expect(planWith(numericFormulaGenerator, fixtureContent).map((p) => p.cardId)).toEqual([
      'numeric:concurrency',
      'numeric:unreserved-concurrency',
      'numeric:new-reservation',
    ]);
    expect(
      planWith(numericFormulaGenerator, withEsm)
        .map((p) => p.cardId)
        .sort(),
    ).toEqual([...cardIds].sort());
  });

  it.each(cardIds)('matches an independent recomputation from the stem: %s', (cardId) => {
    for (const q of buildVariants(numericFormulaGenerator, cardId, 300, withEsm)) {
      const answer = recomputeNumeric(q);
      expect(Number.isInteger(answer) && answer > 0).toBe(true);
      expect(splitAnswers(q).right[0]?.replace(/,|\ss$/g, '')).toBe(String(answer));
    }
  });

  it.each(cardIds)('varies its inputs by seed and shows the filled-in formula: %s', (cardId) => {
    const variants = buildVariants(numericFormulaGenerator, cardId, 30, withEsm);
    expect(new Set(variants.map((q) => q.stem)).size).toBeGreaterThan(5);
    for (const q of variants) {
      const key = q.options.find((o) => q.correct.includes(o.id));
      expect(key?.why).toMatch(/= [\d,]+( s)?\.$/);
    }
  });

  it('links each problem to the facts of its formula', () => {
    const [q] = buildVariants(
      numericFormulaGenerator,
      'numeric:sqs-visibility-timeout',
      1,
      withEsm,
    );
    expect(q?.sources).toEqual([
      { kind: 'fact', id: 'esm.sqs-visibility-timeout' },
      { kind: 'fact', id: 'esm.sqs-visibility-enforced' },
    ]);
  });

  it('explains every wrong answer by the mistake that produces it, never by a nearby figure', () => {
    for (const cardId of cardIds) {
      for (const q of buildVariants(numericFormulaGenerator, cardId, 100, withEsm)) {
        const wrong = q.options.filter((o) => !q.correct.includes(o.id));
        expect(wrong).toHaveLength(3);
        for (const o of wrong) expect(o.why.split(' ').length).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('keeps only distinct, positive, whole mistakes other than the answer', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 5000 }),
        fc.array(fc.integer({ min: -5, max: 50 }), { maxLength: 6 }),
        (seed, answer, figures) => {
          const mistakes = [...figures, answer, 2.5].map((n) => ({
            answer: n,
            why: `mistake ${n}`,
          }));
          const wrong = chooseWrongAnswers(createRng(seed), answer, mistakes).map((m) => m.answer);
          expect(wrong.length).toBeLessThanOrEqual(3);
          expect(new Set(wrong).size).toBe(wrong.length);
          for (const n of wrong) expect(Number.isInteger(n) && n > 0 && n !== answer).toBe(true);
          const valid = new Set(figures.filter((n) => n > 0 && n !== answer));
          expect(wrong.length).toBe(Math.min(3, valid.size));
        },
      ),
    );
  });
});
