import { describe, expect, it } from 'vitest';
import { tableAskGenerator } from '../../../../src/domain/quiz/generators/table-ask';
import { sourcesTable } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith } from '../generator-harness';

const texts = (cardId: string, n = 60) =>
  buildVariants(tableAskGenerator, cardId, n).map((q) => q.options.map((o) => o.text));

describe('table-ask generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(tableAskGenerator);
  });

  it('asks "what is A of X?" with the cell as the answer, explained by the cell’s reason', () => {
    const [q] = buildVariants(tableAskGenerator, 'table-ask:fx.sources#api/mode', 1);
    expect(q?.stem).toBe('How does API reach the function?');
    const key = q?.options.find((o) => q.correct.includes(o.id));
    expect(key?.text).toBe('Synchronous call');
    expect(key?.why).toBe(sourcesTable.rows[0].cells.mode.why);
  });

  it('explains another row’s value by the rows it belongs to', () => {
    for (const q of buildVariants(tableAskGenerator, 'table-ask:fx.sources#api/mode', 30)) {
      const polled = q.options.find((o) => o.text === 'Polled in batches');
      if (polled) expect(polled.why).toMatch(/ That describes Queue, not API\.$/);
      const pushed = q.options.find((o) => o.text === 'Asynchronous event');
      if (pushed) expect(pushed.why).toMatch(/ That describes Bucket and Topic, not API\.$/);
    }
  });

  it('never offers a value that overlaps the correct cell, and offers a shared value once', () => {
    for (const options of texts('table-ask:fx.sources#api/mode')) {
      expect(options).not.toContain('Synchronous or asynchronous');
      expect(options.filter((t) => t === 'Asynchronous event')).toHaveLength(1);
    }
    for (const options of texts('table-ask:fx.sources#bucket/mode'))
      expect(options).not.toContain('Synchronous or asynchronous');
  });

  it('fills up with the column’s own distractors to four options', () => {
    for (const options of texts('table-ask:fx.sources#queue/order'))
      expect(options.sort()).toEqual([
        'Global order across every source',
        'No order at all',
        'Order by message size',
        'Order within a message group',
      ]);
  });

  it('asks no cell that is left out, and no cell with fewer than four possible answers', () => {
    const ids = planWith(tableAskGenerator).map((p) => p.cardId);
    expect(ids).not.toContain('table-ask:fx.sources#api/order');
    expect(ids).not.toContain('table-ask:fx.sources#flow/mode');
    expect(ids).toContain('table-ask:fx.sources#queue/order');
  });

  it('notes what older material said about the cell, and cites the row', () => {
    const [q] = buildVariants(tableAskGenerator, 'table-ask:fx.sources#queue/order', 1);
    expect(q?.note).toContain('FIFO within queue');
    expect(q?.sources).toEqual([{ kind: 'table-row', id: 'fx.sources#queue' }]);
  });
});
