/** "What is A of X?" for every cell of every attribute table, among values that do not apply. */
import type { AttributeTable } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions, type Explained } from '../build-question';
import type { GeneratedCard, Generator } from '../card-plan';
import { normalizeText } from '../text';
import {
  cellsOverlap,
  describeCellCard,
  describeCellEnding,
  listCells,
  listRowsWith,
  meansKey,
  pickSpread,
  type LocatedCell,
} from './table-cells';

const id = 'table-ask';
const wrongCount = 3;

type Distractor = Explained & Readonly<{ group: string }>;

/**
 * Other rows' values in the column that do not overlap the asked cell (one per distinct text),
 * each explained by the rows it belongs to; then the column's own distractors.
 */
function listDistractors(table: AttributeTable, asked: LocatedCell): Distractor[] {
  const { row, column, cell } = asked;
  const byText = new Map<string, Distractor>();
  for (const other of table.rows) {
    const value = other.cells[column.key];
    if (other.id === row.id || value === undefined || cellsOverlap(cell, value)) continue;
    const key = normalizeText(value.text);
    if (byText.has(key)) continue;
    const why = `${value.why} That describes ${listRowsWith(table, column, value)}, not ${row.name}.`;
    byText.set(key, { text: value.text, why, group: meansKey(value) });
  }
  for (const extra of column.distractors ?? []) {
    const key = normalizeText(extra.text);
    if (!byText.has(key) && key !== normalizeText(cell.text))
      byText.set(key, { text: extra.text, why: extra.why, group: `extra:${key}` });
  }
  return [...byText.values()];
}

function planCell(table: AttributeTable, asked: LocatedCell): GeneratedCard | undefined {
  const { row, column, cell } = asked;
  const candidates = listDistractors(table, asked);
  if (candidates.length < wrongCount) return undefined;
  const info = describeCellCard(id, table, row, column);
  const ending = describeCellEnding(table, asked);
  const stem = column.ask.replace('{row}', row.name);
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem,
        options: toDraftOptions(
          [{ text: cell.text, why: cell.why }],
          pickSpread(rng, candidates, wrongCount),
        ),
        ...ending,
        sources: info.subjects,
        difficulty: 1,
      },
      rng,
    );
  return { ...info, build };
}

export const tableAskGenerator: Generator = {
  id,
  kind: 'single-choice',
  style: 'recall',
  planCards: (index) =>
    index.tables.flatMap((table) =>
      listCells(table).flatMap((asked) => planCell(table, asked) ?? []),
    ),
};
