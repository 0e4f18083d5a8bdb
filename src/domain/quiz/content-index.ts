/**
 * Indexes quiz content once, so generators can look up facts, rows and their neighbours
 * without scanning every topic again.
 */
import type {
  AttributeTable,
  ChecklistItem,
  DomainId,
  ExamCode,
  Fact,
  FactSet,
  Topic,
  TopicId,
} from '../../../content/schema';
import { normalizeText } from './text';

/** All a quiz needs: the topics (content/index.ts `topics`, or a small fixture in tests). */
export type QuizContent = Readonly<{ topics: readonly Topic[] }>;

export type Located<T> = Readonly<{ item: T; topic: Topic }>;

export type Member = Extract<Fact, { kind: 'member' }>;

export type ContentIndex = Readonly<{
  topics: readonly Topic[];
  facts: readonly Fact[];
  factById: ReadonlyMap<string, Fact>;
  topicById: ReadonlyMap<TopicId, Topic>;
  tables: readonly AttributeTable[];
  sets: readonly FactSet[];
  membersBySet: ReadonlyMap<string, readonly Member[]>;
  checklist: readonly Located<ChecklistItem>[];
  /** Normalized statements of every fact: no wrong option may be one of them. */
  trueStatements: ReadonlySet<string>;
  /** Every id a SourceRef may point to, by kind. */
  ids: Readonly<Record<'fact' | 'table-row' | 'checklist' | 'tip' | 'set', ReadonlySet<string>>>;
}>;

/** Builds the lookup tables of a content bundle. */
export function indexContent(content: QuizContent): ContentIndex {
  const { topics } = content;
  const facts = topics.flatMap((t) => t.facts);
  const tables = topics.flatMap((t) => t.tables);
  const sets = topics.flatMap((t) => t.sets);
  const membersBySet = new Map<string, Member[]>();
  for (const fact of facts) {
    if (fact.kind !== 'member') continue;
    membersBySet.set(fact.set, [...(membersBySet.get(fact.set) ?? []), fact]);
  }
  const checklist = topics.flatMap((topic) => topic.checklist.map((item) => ({ item, topic })));
  const tips = topics.flatMap((topic) => topic.tips);
  return {
    topics,
    facts,
    factById: new Map(facts.map((f) => [f.id, f])),
    topicById: new Map(topics.map((t) => [t.id, t])),
    tables,
    sets,
    membersBySet,
    checklist,
    trueStatements: new Set(facts.map((f) => normalizeText(f.statement))),
    ids: {
      fact: new Set(facts.map((f) => f.id)),
      'table-row': new Set(tables.flatMap((t) => t.rows.map((r) => rowRef(t.id, r.id)))),
      checklist: new Set(checklist.map((c) => c.item.id)),
      tip: new Set(tips.map((t) => t.id)),
      set: new Set(sets.map((s) => s.id)),
    },
  };
}

/** The SourceRef id of a table row. */
export function rowRef(tableId: string, rowId: string): string {
  return `${tableId}#${rowId}`;
}

export type Tags = Readonly<{ exams: readonly ExamCode[]; domains: readonly DomainId[] }>;

/** The union of several items' exam and domain tags, in a stable order. */
export function mergeTags(items: readonly Tags[]): Tags {
  const exams = [...new Set(items.flatMap((i) => i.exams))].sort();
  const domains = [...new Set(items.flatMap((i) => i.domains))].sort();
  return { exams, domains };
}
