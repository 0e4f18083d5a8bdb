/** Test helpers: every addressable id of the content, and the older wording kept beside a claim. */
import { allFacts, allTables, allTips, topics, type Topic } from '../../content/index';

/** Table rows are addressed as `tableId#rowId`, cells as `tableId#rowId.columnKey`. */
export function listRowAndCellIds(from: readonly Topic[] = topics): string[] {
  return from.flatMap((topic) =>
    topic.tables.flatMap((table) =>
      table.rows.flatMap((row) => [
        `${table.id}#${row.id}`,
        ...table.columns
          .filter((column) => row.cells[column.key] !== undefined)
          .map((column) => `${table.id}#${row.id}.${column.key}`),
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

export type Claim = Readonly<{ at: string; text: string; notesSaid: string | undefined }>;

/** A fact (`fact.id`) or a table cell (`table#row.column`): today's text and any older wording. */
export function findClaim(id: string): Claim | undefined {
  const cell = /^(?<table>[^#]+)#(?<row>[^.]+)\.(?<column>.+)$/.exec(id)?.groups;
  if (cell === undefined) {
    const fact = allFacts.find((f) => f.id === id);
    return fact && { at: id, text: fact.statement, notesSaid: fact.notesSaid };
  }
  const found = allTables
    .find((table) => table.id === cell['table'])
    ?.rows.find((row) => row.id === cell['row'])?.cells[cell['column'] ?? ''];
  return found && { at: id, text: found.text, notesSaid: found.notesSaid };
}

/** Every claim that keeps older wording beside today's truth. */
export function listNotesSaid(): Claim[] {
  const facts = allFacts.flatMap((f) =>
    f.notesSaid === undefined ? [] : [{ at: f.id, text: f.statement, notesSaid: f.notesSaid }],
  );
  const cells = allTables.flatMap((table) =>
    table.rows.flatMap((row) =>
      Object.entries(row.cells).flatMap(([column, c]) =>
        c.notesSaid === undefined
          ? []
          : [{ at: `${table.id}#${row.id}.${column}`, text: c.text, notesSaid: c.notesSaid }],
      ),
    ),
  );
  const tips = allTips.flatMap((t) =>
    t.notesSaid === undefined ? [] : [{ at: t.id, text: t.text, notesSaid: t.notesSaid }],
  );
  return [...facts, ...cells, ...tips];
}
