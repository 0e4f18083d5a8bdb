import { describe, expect, it } from 'vitest';
import {
  definitionMeaningGenerator,
  definitionTermGenerator,
} from '../../../../src/domain/quiz/generators/definition-match';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

describe('definition generators', () => {
  it('keep every question invariant for any seed', () => {
    expectInvariantsHold(definitionMeaningGenerator);
    expectInvariantsHold(definitionTermGenerator);
  });

  it('ask a term for its meaning, among other definitions', () => {
    for (const q of buildVariants(
      definitionMeaningGenerator,
      'definition-meaning:fx.reserved',
      20,
    )) {
      expect(q.stem).toBe('Which description matches the term "Reserved concurrency"?');
      expect(splitAnswers(q).right).toEqual(['A guarantee and a cap.']);
      expect(splitAnswers(q).wrong.sort()).toEqual([
        'Pre-initialized environments.',
        'The shared pool.',
      ]);
    }
  });

  it('ask a meaning for its term, among other terms', () => {
    for (const q of buildVariants(definitionTermGenerator, 'definition-term:fx.provisioned', 20)) {
      expect(q.stem).toContain('"Pre-initialized environments."');
      expect(splitAnswers(q).right).toEqual(['Provisioned concurrency']);
    }
  });

  it('plan cards for definition facts only', () => {
    const ids = planWith(definitionTermGenerator).map((p) => p.cardId);
    expect(ids.sort()).toEqual([
      'definition-term:fx.provisioned',
      'definition-term:fx.reserved',
      'definition-term:fx.unreserved',
    ]);
  });
});
