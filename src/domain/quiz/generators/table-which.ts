/** "Which X has A = v?" for every askable column; distractor rows never share a value with v. */
import type { AttributeTable, Cell, TableColumn, TableRow } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions } from '../build-question';
import type { CardPlan, Generator } from '../card-plan';
import { rowRef } from '../content-index';
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

const id = 'table-which';

type Distractor = Readonly<{ row: TableRow; group: string; description: string }>;

function listDistractorRows(
  table: AttributeTable,
  row: TableRow,
  column: TableColumn,
  cell: Cell,
): Distractor[] {
  const name = normalizeText(row.name);
  return table.rows.flatMap((other) => {
    const value = other.cells[column.key];
    const fits =
      other.id !== row.id &&
      value !== undefined &&
      !cellsOverlap(cell, value) &&
      normalizeText(other.name) !== name;
    return fits
      ? [{ row: other, group: meansKey(value), description: describeCell(other, column) }]
      : [];
  });
}

function planCell(
  table: AttributeTable,
  row: TableRow,
  column: TableColumn,
  cell: Cell,
): CardPlan | undefined {
  const which = column.which;
  const candidates = listDistractorRows(table, row, column, cell);
  if (which === undefined || candidates.length === 0) return undefined;
  const info = describeCellCard(id, table, row, column);
  const subjects = info.subjects;
  const stem = which.replace('{value}', cell.text);
  const lead = `From the table "${table.title}": ${describeCell(row, column)}`;
  const build = (rng: Rng) => {
    const chosen = pickSpread(rng, candidates, 3);
    return assembleQuestion(
      info,
      {
        stem,
        options: toDraftOptions(
          [row.name],
          chosen.map((d) => d.row.name),
        ),
        explanation: joinSentences([
          lead,
          `The other options differ: ${chosen.map((d) => d.description).join(' ')}`,
        ]),
        sources: [
          ...subjects,
          ...chosen.map((d) => ({ kind: 'table-row', id: rowRef(table.id, d.row.id) }) as const),
        ],
        difficulty: 2,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const tableWhichGenerator: Generator = {
  id,
  kind: 'single-choice',
  planCards: (index) =>
    index.tables.flatMap((table) =>
      listCells(table).flatMap(({ row, column, cell }) => planCell(table, row, column, cell) ?? []),
    ),
};
