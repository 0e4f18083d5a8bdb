import { describe, expect, it } from 'vitest';
import { tableAskGenerator } from '../../../../src/domain/quiz/generators/table-ask';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

const texts = (cardId: string, n = 60) =>
  buildVariants(tableAskGenerator, cardId, n).map((q) => q.options.map((o) => o.text));

describe('table-ask generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(tableAskGenerator);
  });

  it('asks "what is A of X?" with the cell as the answer', () => {
    const [q] = buildVariants(tableAskGenerator, 'table-ask:fx.sources#api/mode', 1);
    expect(q?.stem).toBe('How is API invoked?');
    expect(splitAnswers(q!).right).toEqual(['Sync (push)']);
  });

  it('never offers a value that overlaps the correct cell', () => {
    for (const options of texts('table-ask:fx.sources#api/mode'))
      expect(options).not.toContain('Sync or async');
    for (const options of texts('table-ask:fx.sources#bucket/mode'))
      expect(options).not.toContain('Sync or async');
  });

  it('offers a value shared by several rows only once', () => {
    for (const options of texts('table-ask:fx.sources#api/mode')) {
      expect(options.filter((t) => t === 'Async (push)')).toHaveLength(1);
    }
  });

  it('falls back to two options when only one other value does not overlap', () => {
    for (const options of texts('table-ask:fx.sources#flow/mode'))
      expect(options.sort()).toEqual(['Polling', 'Sync or async']);
  });

  it('skips a cell that every other row shares', () => {
    const ids = planWith(tableAskGenerator).map((p) => p.cardId);
    expect(ids).not.toContain('table-ask:edge.comparison#lambda-at-edge/state');
    expect(ids).toContain('table-ask:edge.comparison#lambda-at-edge/cost');
  });

  it('cites the row and its fact-check note in the explanation', () => {
    const [q] = buildVariants(tableAskGenerator, 'table-ask:fx.sources#queue/order', 1);
    expect(q?.explanation).toContain('Queue — Order: FIFO');
    expect(q?.explanation).toContain('AWS docs now say: Order holds within a message group.');
    expect(q?.sources).toEqual([{ kind: 'table-row', id: 'fx.sources#queue' }]);
  });
});
