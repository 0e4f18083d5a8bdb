/** Cell comparisons shared by the two table generators. */
import type { AttributeTable, Cell, TableColumn, TableRow } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { toCardId } from '../card-plan';
import { rowRef } from '../content-index';
import { describeNote } from '../explain';
import { normalizeText } from '../text';

/** Two cells overlap when they share a canonical value or read the same. */
export function cellsOverlap(a: Cell, b: Cell): boolean {
  if (normalizeText(a.text) === normalizeText(b.text)) return true;
  const means = new Set(a.means.map(normalizeText));
  return b.means.some((m) => means.has(normalizeText(m)));
}

export type LocatedCell = Readonly<{ row: TableRow; column: TableColumn; cell: Cell }>;

/** Every (row, column, cell) of a table, in document order; rows may leave columns out. */
export function listCells(table: AttributeTable): LocatedCell[] {
  return table.rows.flatMap((row) =>
    table.columns.flatMap((column) => {
      const cell = row.cells[column.key];
      return cell === undefined ? [] : [{ row, column, cell }];
    }),
  );
}

/** "SQS, Kinesis Data Streams": the rows whose cell in the column reads the same as `cell`. */
export function listRowsWith(table: AttributeTable, column: TableColumn, cell: Cell): string {
  const key = normalizeText(cell.text);
  const names = table.rows
    .filter((r) => {
      const value = r.cells[column.key];
      return value !== undefined && normalizeText(value.text) === key;
    })
    .map((r) => r.name);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The card of one cell for a table generator: id `${generatorId}:${tableId}#${rowId}/${columnKey}`,
 * about the row.
 */
export function describeCellCard(
  generatorId: string,
  table: AttributeTable,
  row: TableRow,
  column: TableColumn,
) {
  return {
    cardId: toCardId(generatorId, `${rowRef(table.id, row.id)}/${column.key}`),
    generatorId,
    kind: 'single-choice',
    topic: table.topic,
    exams: table.exams,
    domains: table.domains,
    subjects: [{ kind: 'table-row', id: rowRef(table.id, row.id) }],
  } as const;
}

/** Takeaway, note and documentation page of a card about one cell. */
export function describeCellEnding(table: AttributeTable, { row, column, cell }: LocatedCell) {
  return {
    takeaway: `${row.name}, ${column.label.toLowerCase()}: ${cell.text}.`,
    note: describeNote(cell.notesSaid, undefined),
    docs: [(cell.docs ?? table.docs).url],
  };
}

/**
 * Picks up to `count` items at random, favouring distinct groups (canonical values) before
 * repeating one.
 */
export function pickSpread<T extends Readonly<{ group: string }>>(
  rng: Rng,
  items: readonly T[],
  count: number,
): T[] {
  const firsts: T[] = [];
  const rest: T[] = [];
  const seen = new Set<string>();
  for (const item of rng.shuffle(items)) {
    (seen.has(item.group) ? rest : firsts).push(item);
    seen.add(item.group);
  }
  return [...firsts, ...rest].slice(0, count);
}

/** A stable key for a cell's canonical values. */
export function meansKey(cell: Cell): string {
  return [...cell.means].map(normalizeText).sort().join('|');
}
