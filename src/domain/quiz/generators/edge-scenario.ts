/** "Lambda@Edge or CloudFront Functions?": a requirement, answered from the comparison table. */
import type { AttributeTable, Cell, TableColumn, TableRow } from '../../../../content/schema';
import { assertNever } from '../../lib/assert-never';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions, type DraftOption } from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import { rowRef, type ContentIndex } from '../content-index';
import { joinSentences } from '../explain';
import { edgeRequirements, type EdgeRequirement, type RequirementTest } from './edge-requirements';
import { describeCell } from './table-cells';

const id = 'edge-scenario';
export const eitherOption = 'Either one: both can do it';

const durationUnits: Readonly<Record<string, number>> = {
  ms: 0.001,
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
  min: 60,
  minute: 60,
  minutes: 60,
};
const memoryUnits: Readonly<Record<string, number>> = { kb: 1 / 1024, mb: 1, gb: 1024 };
const patterns = {
  duration: /(\d+(?:\.\d+)?)\s*(ms|seconds?|sec|s|minutes?|min)\b/gi,
  memory: /(\d+(?:\.\d+)?)\s*(kb|mb|gb)\b/gi,
} as const;

/** The largest duration (s) or memory (MB) written in a cell, or undefined if none is. */
export function readLargestAmount(
  text: string,
  dimension: 'duration' | 'memory',
): number | undefined {
  const units = dimension === 'duration' ? durationUnits : memoryUnits;
  const amounts = [...text.matchAll(patterns[dimension])].map(
    (m) => Number(m[1]) * (units[(m[2] ?? '').toLowerCase()] ?? NaN),
  );
  const valid = amounts.filter((n) => Number.isFinite(n));
  return valid.length === 0 ? undefined : Math.max(...valid);
}

/** Whether each row meets the requirement; undefined when a cell cannot be read. */
function testRows(
  rows: readonly TableRow[],
  column: string,
  test: RequirementTest,
  amount: number,
): boolean[] | undefined {
  const results = rows.map((row) => {
    const cell: Cell | undefined = row.cells[column];
    if (cell === undefined) return undefined;
    switch (test.kind) {
      case 'mentions': {
        const re = new RegExp(test.pattern, 'i');
        return re.test(cell.text) || cell.means.some((m) => re.test(m));
      }
      case 'at-least': {
        const largest = readLargestAmount(cell.text, test.dimension);
        return largest === undefined ? undefined : largest >= amount;
      }
      default:
        return assertNever(test);
    }
  });
  return results.every((r) => r !== undefined) ? results : undefined;
}

type Variant = Readonly<{ stem: string; options: readonly DraftOption[]; explanation: string }>;

/**
 * One variant per amount (or a single one for a text test) for which exactly one row fits;
 * worked out once, when the card is planned.
 */
function planVariants(table: AttributeTable, column: TableColumn, req: EdgeRequirement): Variant[] {
  const amounts = req.test.kind === 'at-least' ? req.test.amounts : [0];
  const cells = table.rows.map((row) => describeCell(row, column));
  return amounts.flatMap((amount) => {
    const fits = testRows(table.rows, req.column, req.test, amount);
    const answer = table.rows.find((_, i) => fits?.[i] === true);
    if (answer === undefined || fits?.filter(Boolean).length !== 1) return [];
    const others = table.rows.filter((row) => row !== answer).slice(0, 3);
    return [
      {
        stem: `${req.need.replace('{amount}', formatAmount(req.test, amount))} Which should you use?`,
        options: toDraftOptions([answer.name], [...others.map((r) => r.name), eitherOption]),
        explanation: joinSentences([
          `${answer.name}: the requirement rests on "${column.label}" in the table "${table.title}"`,
          ...cells,
        ]),
      },
    ];
  });
}

function formatAmount(test: RequirementTest, amount: number): string {
  if (test.kind !== 'at-least') return '';
  return test.dimension === 'duration' ? `${amount} seconds` : `${amount} MB`;
}

function planRequirement(req: EdgeRequirement, index: ContentIndex): CardPlan | undefined {
  const table = index.tables.find((t) => t.id === req.table);
  const column = table?.columns.find((c) => c.key === req.column);
  if (table === undefined || column === undefined) return undefined;
  const variants = planVariants(table, column, req);
  if (variants.length === 0) return undefined;
  const subjects = table.rows.map(
    (row) => ({ kind: 'table-row', id: rowRef(table.id, row.id) }) as const,
  );
  const info = {
    cardId: toCardId(id, req.id),
    generatorId: id,
    kind: 'scenario',
    topic: table.topic,
    exams: table.exams,
    domains: table.domains,
    subjects,
  } as const;
  const build = (rng: Rng) => {
    const { stem, options, explanation } = rng.pick(variants);
    return assembleQuestion(
      info,
      { stem, options, explanation, sources: subjects, difficulty: 2 },
      rng,
    );
  };
  return { ...info, build };
}

export const edgeScenarioGenerator: Generator = {
  id,
  kind: 'scenario',
  planCards: (index) => edgeRequirements.flatMap((req) => planRequirement(req, index) ?? []),
};
