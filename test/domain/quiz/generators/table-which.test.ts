import { describe, expect, it } from 'vitest';
import type { AttributeTable } from '../../../../content/schema';
import { tableWhichGenerator } from '../../../../src/domain/quiz/generators/table-which';
import { fixtureContent, fixtureTopics, sourcesTable } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

describe('table-which generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(tableWhichGenerator);
  });

  it('offers exactly one of the rows sharing the asked value, and never a row that overlaps it', () => {
    for (const q of buildVariants(tableWhichGenerator, 'table-which:fx.sources#bucket/mode', 80)) {
      expect(q.stem).toBe('Which source is invoked this way: Async (push)?');
      const texts = q.options.map((o) => o.text);
      expect(splitAnswers(q).right).toEqual(['Bucket']);
      expect(texts).not.toContain('Topic');
      expect(texts).not.toContain('Flow');
    }
  });

  it('asks only columns that have a "which" phrasing', () => {
    const ids = planWith(tableWhichGenerator).map((p) => p.cardId);
    expect(ids).toContain('table-which:fx.sources#api/mode');
    expect(ids.some((id) => id.endsWith('/order'))).toBe(false);
  });

  it('falls back to fewer options when few rows qualify', () => {
    for (const q of buildVariants(tableWhichGenerator, 'table-which:fx.sources#flow/mode', 20)) {
      expect(q.options.map((o) => o.text).sort()).toEqual(['Flow', 'Queue']);
    }
  });

  it('skips a value that every other row overlaps', () => {
    const table: AttributeTable = {
      ...sourcesTable,
      id: 'fx.same',
      rows: sourcesTable.rows.filter(
        (r) => r.id === 'bucket' || r.id === 'topic' || r.id === 'flow',
      ),
    };
    const content = { topics: [{ ...fixtureTopics[0], tables: [table] }] };
    expect(planWith(tableWhichGenerator, content).map((p) => p.cardId)).toEqual([]);
  });

  it('lists the offered rows as sources', () => {
    const [q] = buildVariants(
      tableWhichGenerator,
      'table-which:fx.sources#api/mode',
      1,
      fixtureContent,
    );
    expect(q?.sources.map((s) => s.id)).toHaveLength(q?.options.length ?? 0);
    expect(q?.sources[0]).toEqual({ kind: 'table-row', id: 'fx.sources#api' });
  });
});
