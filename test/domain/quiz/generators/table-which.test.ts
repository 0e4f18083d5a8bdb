import { describe, expect, it } from 'vitest';
import { tableWhichGenerator } from '../../../../src/domain/quiz/generators/table-which';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

describe('table-which generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(tableWhichGenerator);
  });

  it('offers the row among rows whose value does not overlap, each explained by its own value', () => {
    for (const q of buildVariants(tableWhichGenerator, 'table-which:fx.sources#api/mode', 40)) {
      expect(q.stem).toBe('Which source reaches the function this way: Synchronous call?');
      expect(splitAnswers(q).right).toEqual(['API']);
      expect(q.options.map((o) => o.text)).not.toContain('Flow');
      const queue = q.options.find((o) => o.text === 'Queue');
      expect(queue?.why).toMatch(/ So Queue does not fit: its mode differs\.$/);
    }
  });

  it('asks only columns with a "which" phrasing, and only where three other rows differ', () => {
    const ids = planWith(tableWhichGenerator)
      .map((p) => p.cardId)
      .sort();
    expect(ids).toEqual(['table-which:fx.sources#api/mode', 'table-which:fx.sources#queue/mode']);
  });

  it('rates comparing rows as harder than recalling one cell', () => {
    const [q] = buildVariants(tableWhichGenerator, 'table-which:fx.sources#queue/mode', 1);
    expect(q?.difficulty).toBe(2);
  });
});
