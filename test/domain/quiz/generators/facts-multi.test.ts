import { describe, expect, it } from 'vitest';
import { factsMultiGenerator } from '../../../../src/domain/quiz/generators/facts-multi';
import { concurrencyFixtureFacts } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

describe('facts-multi generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(factsMultiGenerator);
  });

  it('asks two or three true statements of a topic among misconceptions', () => {
    const statements = concurrencyFixtureFacts.map((f) => f.statement as string);
    const misconceptions = concurrencyFixtureFacts.flatMap(
      (f) => f.misconceptions as readonly string[],
    );
    const variants = buildVariants(factsMultiGenerator, 'facts-multi:concurrency', 40);
    expect(new Set(variants.map((q) => q.pick))).toEqual(new Set([2, 3]));
    for (const q of variants) {
      expect(q.stem).toMatch(
        /^Which statements about Fixture concurrency are true\? Select (TWO|THREE)\.$/,
      );
      for (const r of splitAnswers(q).right) expect(statements).toContain(r);
      for (const w of splitAnswers(q).wrong) expect(misconceptions).toContain(w);
      expect(q.sources).toHaveLength(q.pick);
    }
  });

  it('plans one card per topic with at least three facts', () => {
    expect(
      planWith(factsMultiGenerator)
        .map((p) => p.cardId)
        .sort(),
    ).toEqual(['facts-multi:concurrency', 'facts-multi:triggers']);
  });
});
