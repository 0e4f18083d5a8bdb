/** Test helpers: every addressable id of the content, and the fact-check note behind an id. */
import { allFacts, allTables, topics, type FactCheck, type Topic } from '../../content/index';

/** Table rows are addressed as `tableId#rowId`, cells as `tableId#rowId.columnKey`. */
export function listRowAndCellIds(from: readonly Topic[] = topics): string[] {
  return from.flatMap((topic) =>
    topic.tables.flatMap((table) =>
      table.rows.flatMap((row) => [
        `${table.id}#${row.id}`,
        ...table.columns.map((column) => `${table.id}#${row.id}.${column.key}`),
      ]),
    ),
  );
}

/** Ids of every kind of content that can carry a claim (topics excluded), in `from`. */
export function listClaimIds(from: readonly Topic[] = topics): string[] {
  return from.flatMap((topic) => [
    ...topic.facts.map((fact) => fact.id),
    ...topic.tables.map((table) => table.id),
    ...listRowAndCellIds([topic]),
    ...topic.sets.map((set) => set.id),
    ...topic.checklist.map((item) => item.id),
    ...topic.tips.map((tip) => tip.id),
  ]);
}

export function collectContentIds(): ReadonlySet<string> {
  return new Set([...topics.map((topic) => topic.id), ...listClaimIds()]);
}

/** The fact-check note on a fact (`fact.id`) or on a table cell (`table#row.column`). */
export function findNote(id: string): FactCheck | undefined {
  const cell = /^(?<table>[^#]+)#(?<row>[^.]+)\.(?<column>.+)$/.exec(id)?.groups;
  if (cell === undefined) return allFacts.find((fact) => fact.id === id)?.factCheck;
  const row = allTables
    .find((table) => table.id === cell['table'])
    ?.rows.find((candidate) => candidate.id === cell['row']);
  return row?.notes?.[cell['column'] ?? ''];
}

/** Every fact-check note, with the fact or cell (`table#row.column`) it is attached to. */
export function listNotes(): { at: string; note: FactCheck }[] {
  const onFacts = allFacts.flatMap((fact) =>
    fact.factCheck ? [{ at: fact.id, note: fact.factCheck }] : [],
  );
  const onCells = allTables.flatMap((table) =>
    table.rows.flatMap((row) =>
      Object.entries(row.notes ?? {}).map(([column, note]) => ({
        at: `${table.id}#${row.id}.${column}`,
        note,
      })),
    ),
  );
  return [...onFacts, ...onCells];
}
