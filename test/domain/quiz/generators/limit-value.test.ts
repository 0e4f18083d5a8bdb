import { describe, expect, it } from 'vitest';
import { limitValueGenerator } from '../../../../src/domain/quiz/generators/limit-value';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

describe('limit-value generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(limitValueGenerator);
  });

  it('asks the figure of a limit among four whole numbers', () => {
    for (const q of buildVariants(limitValueGenerator, 'limit-value:fx.layers', 40)) {
      expect(q.kind).toBe('numeric');
      expect(q.stem).toBe('Maximum number of layers per function — which figure is right?');
      expect(splitAnswers(q).right).toEqual(['5']);
      expect(q.options).toHaveLength(4);
      for (const w of splitAnswers(q).wrong) expect(w).toMatch(/^[1-9][\d,]*$/);
    }
  });

  it('never offers a figure that the fact-check mentions', () => {
    for (const q of buildVariants(limitValueGenerator, 'limit-value:fx.account', 60)) {
      expect(splitAnswers(q).right).toEqual(['1,000']);
      expect(q.options.map((o) => o.text)).not.toContain('100');
    }
  });

  it('varies ranges with the unit kept', () => {
    for (const q of buildVariants(limitValueGenerator, 'limit-value:fx.cold', 20)) {
      expect(splitAnswers(q).right).toEqual(['50–200 ms']);
      for (const w of splitAnswers(q).wrong) expect(w).toMatch(/^[\d,]+–[\d,]+ ms$/);
    }
  });

  it('plans cards for limit facts only', () => {
    expect(
      planWith(limitValueGenerator)
        .map((p) => p.cardId)
        .sort(),
    ).toEqual(['limit-value:fx.account', 'limit-value:fx.cold', 'limit-value:fx.layers']);
  });
});
