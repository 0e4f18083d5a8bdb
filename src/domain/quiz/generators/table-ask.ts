/** "What is A of X?" for every cell of every attribute table. */
import type { AttributeTable, Cell, TableColumn, TableRow } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions } from '../build-question';
import type { CardPlan, Generator } from '../card-plan';
import { joinSentences } from '../explain';
import { normalizeText } from '../text';
import {
  cellsOverlap,
  describeCellCard,
  describeCell,
  listCells,
  meansKey,
  pickSpread,
} from './table-cells';

const id = 'table-ask';

type Distractor = Readonly<{ text: string; group: string; note: string }>;

/** Rows whose value in the column can be offered as a wrong answer: one per distinct text. */
function listDistractors(
  table: AttributeTable,
  row: TableRow,
  column: TableColumn,
  cell: Cell,
): Distractor[] {
  const byText = new Map<string, Distractor>();
  for (const other of table.rows) {
    const value = other.cells[column.key];
    if (other.id === row.id || value === undefined || cellsOverlap(cell, value)) continue;
    const key = normalizeText(value.text);
    if (!byText.has(key)) {
      const note = `${value.text} is the value for ${listRowsWith(table, column, value)}`;
      byText.set(key, { text: value.text, group: meansKey(value), note });
    }
  }
  return [...byText.values()];
}

/** "SQS, Kinesis Data Streams": every row whose cell reads the same. */
function listRowsWith(table: AttributeTable, column: TableColumn, cell: Cell): string {
  const key = normalizeText(cell.text);
  return table.rows
    .filter((r) => {
      const value = r.cells[column.key];
      return value !== undefined && normalizeText(value.text) === key;
    })
    .map((r) => r.name)
    .join(', ');
}

function planCell(
  table: AttributeTable,
  row: TableRow,
  column: TableColumn,
  cell: Cell,
): CardPlan | undefined {
  const candidates = listDistractors(table, row, column, cell);
  if (candidates.length === 0) return undefined;
  const info = describeCellCard(id, table, row, column);
  const subjects = info.subjects;
  const stem = column.ask.replace('{row}', row.name);
  const lead = `From the table "${table.title}": ${describeCell(row, column)}`;
  const build = (rng: Rng) => {
    const chosen = pickSpread(rng, candidates, 3);
    return assembleQuestion(
      info,
      {
        stem,
        options: toDraftOptions(
          [cell.text],
          chosen.map((d) => d.text),
        ),
        explanation: joinSentences([lead, chosen.map((d) => d.note).join('; ')]),
        sources: subjects,
        difficulty: 1,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const tableAskGenerator: Generator = {
  id,
  kind: 'single-choice',
  planCards: (index) =>
    index.tables.flatMap((table) =>
      listCells(table).flatMap(({ row, column, cell }) => planCell(table, row, column, cell) ?? []),
    ),
};
