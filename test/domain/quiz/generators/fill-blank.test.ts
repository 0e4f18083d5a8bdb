import { describe, expect, it } from 'vitest';
import { fillBlankGenerator } from '../../../../src/domain/quiz/generators/fill-blank';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

describe('fill-blank generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(fillBlankGenerator);
  });

  it('plans one card per blank of each tip', () => {
    expect(planWith(fillBlankGenerator).map((p) => p.cardId)).toEqual([
      'fill-blank:fx.tip-timeout#1',
      'fill-blank:fx.tip-timeout#2',
      'fill-blank:fx.tip-layers#1',
      'fill-blank:fx.tip-layers#2',
      'fill-blank:fx.tip-edge#1',
      'fill-blank:fx.tip-store#1',
    ]);
  });

  it('hides one blank and shows the others as plain text', () => {
    const [q] = buildVariants(fillBlankGenerator, 'fill-blank:fx.tip-timeout#2', 1);
    expect(q?.stem).toBe(
      'Fill in the blank: Max execution timeout = 15 minutes; for longer tasks use _____.',
    );
    expect(q && splitAnswers(q).right).toEqual(['Step Functions']);
  });

  it('offers figures with the same unit for a figure blank', () => {
    for (const q of buildVariants(fillBlankGenerator, 'fill-blank:fx.tip-timeout#1', 30)) {
      expect(splitAnswers(q).right).toEqual(['15 minutes']);
      for (const w of splitAnswers(q).wrong) expect(w).toMatch(/^[\d,]+ minutes$/);
    }
  });

  it('never offers a word that the tip itself mentions', () => {
    for (const q of buildVariants(fillBlankGenerator, 'fill-blank:fx.tip-layers#2', 60)) {
      expect(splitAnswers(q).right).toEqual(['Secrets Manager']);
      expect(splitAnswers(q).wrong).not.toContain('Parameter Store');
    }
  });

  it('cites the tip and the facts it restates', () => {
    const [q] = buildVariants(fillBlankGenerator, 'fill-blank:fx.tip-layers#1', 1);
    expect(q?.sources).toEqual([
      { kind: 'tip', id: 'fx.tip-layers' },
      { kind: 'fact', id: 'fx.layers' },
    ]);
    expect(q?.explanation).toContain(
      'Exam tip: Up to 5 layers; keep secrets in Secrets Manager or Parameter Store.',
    );
  });
});
