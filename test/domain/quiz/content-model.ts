/** The content, indexed for the question checks: written apart from the engine's own index. */
import type {
  ChecklistItem,
  Fact,
  FactSet,
  TableColumn,
  TableRow,
  Topic,
} from '../../../content/schema';

type Content = Readonly<{ topics: readonly Topic[] }>;

const normalized = new Map<string, string>();

/** Lower-cased, single-spaced text without a trailing full stop, memoized. */
export function norm(s: string): string {
  let key = normalized.get(s);
  if (key === undefined) {
    key = s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
    normalized.set(s, key);
  }
  return key;
}

export type LocatedCellModel = Readonly<{
  row: TableRow;
  column: TableColumn;
  rows: readonly TableRow[];
}>;

export type Model = Readonly<{
  facts: ReadonlyMap<string, Fact>;
  statements: ReadonlySet<string>;
  sets: ReadonlyMap<string, FactSet>;
  cells: ReadonlyMap<string, LocatedCellModel>;
  checklist: readonly ChecklistItem[];
  ids: Readonly<Record<string, ReadonlySet<string>>>;
}>;

export function buildModel(content: Content): Model {
  const facts = content.topics.flatMap((t) => t.facts);
  const tables = content.topics.flatMap((t) => t.tables);
  const cells = new Map<string, LocatedCellModel>();
  for (const table of tables) {
    for (const row of table.rows)
      for (const column of table.columns)
        cells.set(`${table.id}#${row.id}/${column.key}`, { row, column, rows: table.rows });
  }
  const sets = content.topics.flatMap((t) => t.sets);
  const checklist = content.topics.flatMap((t) => t.checklist);
  const tips = content.topics.flatMap((t) => t.tips);
  return {
    facts: new Map(facts.map((f) => [f.id, f])),
    statements: new Set(facts.map((f) => norm(f.statement))),
    sets: new Map(sets.map((s) => [s.id, s])),
    cells,
    checklist,
    ids: {
      fact: new Set(facts.map((f) => f.id)),
      'table-row': new Set(tables.flatMap((t) => t.rows.map((r) => `${t.id}#${r.id}`))),
      checklist: new Set(checklist.map((c) => c.id)),
      tip: new Set(tips.map((t) => t.id)),
      set: new Set(sets.map((s) => s.id)),
    },
  };
}
