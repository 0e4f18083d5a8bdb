import { describe, expect, it } from 'vitest';
import type { AttributeTable, Cell } from '../../../../content/schema';
import {
  edgeScenarioGenerator,
  eitherOption,
  neitherOption,
  readLargestAmount,
} from '../../../../src/domain/quiz/generators/edge-scenario';
import { edgeTable, fixtureTopics } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

type Change = readonly [rowId: string, column: string, cell: Cell];

/** The fixture with some cells of the edge table replaced. */
function withCells(...changes: readonly Change[]) {
  const table: AttributeTable = {
    ...edgeTable,
    rows: edgeTable.rows.map((r) => ({
      ...r,
      cells: {
        ...r.cells,
        ...Object.fromEntries(
          changes.filter(([id]) => id === r.id).map(([, column, cell]) => [column, cell]),
        ),
      },
    })),
  };
  return { topics: fixtureTopics.map((t) => (t.id === 'edge' ? { ...t, tables: [table] } : t)) };
}

describe('edge scenario generator', () => {
  it('keeps every question invariant for any seed', () => {
    expectInvariantsHold(edgeScenarioGenerator);
  });

  it('reads the largest duration or memory figure of a cell', () => {
    expect(readLargestAmount('5s (viewer), 30s (origin)', 'duration')).toBe(30);
    expect(
      readLargestAmount('5 seconds on viewer triggers, 30 seconds on origin', 'duration'),
    ).toBe(30);
    expect(readLargestAmount('1ms', 'duration')).toBe(0.001);
    expect(readLargestAmount('128MB–10GB', 'memory')).toBe(10240);
    expect(readLargestAmount('128 MB on viewer, up to 10,240 MB on origin', 'memory')).toBe(10240);
    expect(readLargestAmount('2MB', 'memory')).toBe(2);
    expect(readLargestAmount('Sub-millisecond', 'duration')).toBe(0.001);
    expect(readLargestAmount('No figure at all', 'duration')).toBeUndefined();
  });

  it('answers each requirement from the table cells', () => {
    const answer = (cardId: string) =>
      splitAnswers(buildVariants(edgeScenarioGenerator, cardId, 1)[0]!).right[0];
    expect(answer('edge-scenario:origin-request-trigger')).toBe('Lambda@Edge');
    expect(answer('edge-scenario:origin-request-wait')).toBe('Lambda@Edge');
    expect(answer('edge-scenario:in-memory-lookup')).toBe('Lambda@Edge');
    expect(answer('edge-scenario:python-library')).toBe('Lambda@Edge');
  });

  it('offers both services, "either" and "neither", each with the reason from the table', () => {
    for (const q of buildVariants(edgeScenarioGenerator, 'edge-scenario:origin-request-wait', 30)) {
      expect(q.options.map((o) => o.text).sort()).toEqual(
        ['CloudFront Functions', eitherOption, 'Lambda@Edge', neitherOption].sort(),
      );
      expect(q.stem).toMatch(/wait up to \d+ seconds/);
      const functions = q.options.find((o) => o.text === 'CloudFront Functions');
      expect(functions?.why).toContain('cannot meet it (maximum execution time: Sub-millisecond)');
      expect(q.options.find((o) => o.text === eitherOption)?.why).toMatch(
        /^Only Lambda@Edge meets it/,
      );
    }
  });

  it('follows the table: a changed cell changes or removes the question', () => {
    const ids = (content: ReturnType<typeof withCells>) =>
      planWith(edgeScenarioGenerator, content).map((p) => p.cardId);
    const bothOrigin = withCells([
      'cloudfront-functions',
      'triggerPoints',
      { text: 'Viewer and origin', means: ['viewer', 'origin'], why: 'Both events in this test.' },
    ]);
    expect(ids(bothOrigin)).not.toContain('edge-scenario:origin-request-trigger');
    const swapped = withCells(
      [
        'lambda-at-edge',
        'runtime',
        { text: 'JavaScript', means: [], why: 'Swapped for this test.' },
      ],
      [
        'cloudfront-functions',
        'runtime',
        { text: 'Python', means: [], why: 'Swapped for this test.' },
      ],
    );
    const [q] = buildVariants(edgeScenarioGenerator, 'edge-scenario:python-library', 1, swapped);
    expect(q && splitAnswers(q).right).toEqual(['CloudFront Functions']);
  });

  it('offers only amounts for which exactly one option fits', () => {
    const bigFunctions = withCells([
      'cloudfront-functions',
      'maxMemory',
      { text: '64MB', means: [], why: 'Bigger for this test.' },
    ]);
    for (const q of buildVariants(
      edgeScenarioGenerator,
      'edge-scenario:in-memory-lookup',
      30,
      bigFunctions,
    )) {
      expect(q.stem).toMatch(/loads a 100 MB lookup table/);
      expect(splitAnswers(q).right).toEqual(['Lambda@Edge']);
    }
  });

  it('skips requirements whose table is not in the content', () => {
    const content = { topics: fixtureTopics.filter((t) => t.id !== 'edge') };
    expect(planWith(edgeScenarioGenerator, content)).toEqual([]);
  });
});
