/** "Lambda@Edge or CloudFront Functions?": a requirement, answered from the comparison table. */
import type { AttributeTable, Cell, TableColumn, TableRow } from '../../../../content/schema';
import { assertNever } from '../../lib/assert-never';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, type DraftOption } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import { rowRef, type ContentIndex } from '../content-index';
import { describeNote } from '../explain';
import { edgeRequirements, type EdgeRequirement, type RequirementTest } from './edge-requirements';

const id = 'edge-scenario';
export const eitherOption = 'Either one: both can meet the requirement';
export const neitherOption = 'Neither: the logic must run in a Regional function at the origin';

const durationUnits: Readonly<Record<string, number>> = {
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
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
  duration: /(\d[\d,]*(?:\.\d+)?)\s*(ms|milliseconds?|seconds?|sec|s|minutes?|min)\b/gi,
  memory: /(\d[\d,]*(?:\.\d+)?)\s*(kb|mb|gb)\b/gi,
} as const;

/** The largest duration (s) or memory (MB) written in a cell, or undefined if none is. */
export function readLargestAmount(
  text: string,
  dimension: 'duration' | 'memory',
): number | undefined {
  const units = dimension === 'duration' ? durationUnits : memoryUnits;
  const amounts = [...text.matchAll(patterns[dimension])].map(
    (m) => Number((m[1] ?? '').replace(/,/g, '')) * (units[(m[2] ?? '').toLowerCase()] ?? NaN),
  );
  // "Sub-millisecond" states a bound without a figure.
  if (dimension === 'duration' && /sub-millisecond/i.test(text)) amounts.push(0.001);
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

type Variant = Readonly<{ stem: string; options: readonly DraftOption[]; note?: string }>;

/** The four options of a requirement that exactly one row (`answer`) meets, each explained. */
function explainOptions(
  table: AttributeTable,
  column: TableColumn,
  answer: TableRow,
): DraftOption[] {
  const fit = answer.cells[column.key];
  const label = column.label.toLowerCase();
  const others = table.rows.filter((row) => row !== answer);
  const unfit = others.map((row) => ({ row, cell: row.cells[column.key] }));
  const limits = unfit.map(({ row, cell }) => `${row.name}: ${cell?.text ?? 'not applicable'}`);
  return [
    {
      text: answer.name,
      correct: true,
      why: `${answer.name} meets it (${label}: ${fit?.text ?? ''}). ${fit?.why ?? ''}`,
    },
    ...unfit.map(({ row, cell }) => ({
      text: row.name,
      correct: false,
      why: `${row.name} cannot meet it (${label}: ${cell?.text ?? 'not applicable'}). ${cell?.why ?? ''}`,
    })),
    {
      text: eitherOption,
      correct: false,
      why: `Only ${answer.name} meets it. ${limits.join('. ')}.`,
    },
    {
      text: neitherOption,
      correct: false,
      why: `The requirement fits at the edge: ${answer.name} meets it (${label}: ${fit?.text ?? ''}).`,
    },
  ];
}

/**
 * One variant per amount (or a single one for a text test) for which exactly one row fits;
 * worked out once, when the card is planned.
 */
function planVariants(table: AttributeTable, column: TableColumn, req: EdgeRequirement): Variant[] {
  const amounts = req.test.kind === 'at-least' ? req.test.amounts : [0];
  return amounts.flatMap((amount) => {
    const fits = testRows(table.rows, req.column, req.test, amount);
    const answer = table.rows.find((_, i) => fits?.[i] === true);
    if (answer === undefined || fits?.filter(Boolean).length !== 1) return [];
    const note = describeNote(answer.cells[column.key]?.notesSaid, undefined);
    return [
      {
        stem: `${req.need.replace('{amount}', formatAmount(req.test, amount))} Which should you use?`,
        options: explainOptions(table, column, answer),
        ...(note === undefined ? {} : { note }),
      },
    ];
  });
}

function formatAmount(test: RequirementTest, amount: number): string {
  if (test.kind !== 'at-least') return '';
  return test.dimension === 'duration' ? `${amount} seconds` : `${amount} MB`;
}

function planRequirement(req: EdgeRequirement, index: ContentIndex): GeneratedCard | undefined {
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
  const takeaway =
    'CloudFront Functions suit short, simple viewer-side changes; anything that needs origin triggers, more time or memory, the network or Python needs Lambda@Edge.';
  const docs = [table.docs.url];
  const build = (rng: Rng) => {
    const { stem, options, note } = rng.pick(variants);
    return assembleQuestion(
      info,
      { stem, options, takeaway, note, docs, sources: subjects, difficulty: 3 },
      rng,
    );
  };
  return { ...info, build };
}

export const edgeScenarioGenerator: Generator = {
  id,
  kind: 'scenario',
  style: 'recall',
  planCards: (index) => edgeRequirements.flatMap((req) => planRequirement(req, index) ?? []),
};
