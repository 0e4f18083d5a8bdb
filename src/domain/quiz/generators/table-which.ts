/** "Which X has A = v?" for every askable column; wrong rows never share a value with v. */
import type { AttributeTable, TableRow } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions, type Explained } from '../build-question';
import type { GeneratedCard, Generator } from '../card-plan';
import { rowRef } from '../content-index';
import { normalizeText } from '../text';
import {
  cellsOverlap,
  describeCellCard,
  describeCellEnding,
  listCells,
  meansKey,
  pickSpread,
  type LocatedCell,
} from './table-cells';

const id = 'table-which';
const wrongCount = 3;

type Distractor = Explained & Readonly<{ row: TableRow; group: string }>;

function listDistractorRows(table: AttributeTable, asked: LocatedCell): Distractor[] {
  const { row, column, cell } = asked;
  const name = normalizeText(row.name);
  const label = column.label.toLowerCase();
  return table.rows.flatMap((other) => {
    const value = other.cells[column.key];
    if (
      other.id === row.id ||
      value === undefined ||
      cellsOverlap(cell, value) ||
      normalizeText(other.name) === name
    )
      return [];
    const why = `${value.why} So ${other.name} does not fit: its ${label} differs.`;
    return [{ text: other.name, why, row: other, group: meansKey(value) }];
  });
}

function planCell(table: AttributeTable, asked: LocatedCell): GeneratedCard | undefined {
  const { row, column, cell } = asked;
  const which = column.which;
  const candidates = listDistractorRows(table, asked);
  if (which === undefined || candidates.length < wrongCount) return undefined;
  const info = describeCellCard(id, table, row, column);
  const ending = describeCellEnding(table, asked);
  const stem = which.replace('{value}', cell.text);
  const build = (rng: Rng) => {
    const chosen = pickSpread(rng, candidates, wrongCount);
    return assembleQuestion(
      info,
      {
        stem,
        options: toDraftOptions([{ text: row.name, why: cell.why }], chosen),
        ...ending,
        sources: [
          ...info.subjects,
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
  style: 'recall',
  planCards: (index) =>
    index.tables.flatMap((table) =>
      listCells(table).flatMap((asked) => planCell(table, asked) ?? []),
    ),
};
