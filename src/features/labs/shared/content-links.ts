/**
 * Turns the content ids a lab cites (facts, checklist items, tables) into links to the
 * Learn page, where each is rendered with `id="fact-…"`, `id="check-…"` or `id="table-…"`.
 * Each function looks among the topics it is given: a lab passes just the topics that hold the
 * ids it cites (`citedTopicIds`, loaded with `useCitedTopics`), the progress page every topic.
 */
import type { Fact, FactSet, Topic, TopicId } from '../../../../content/schema';
import { topicIdOf } from '../../../../content/topic-loaders';
import { paths } from '../../../app/paths';
import { assertNever } from '../../../domain/lib/assert-never';

export { describeDocsPage } from '../../../domain/quiz/docs-page';

export type ContentLinkKind = 'fact' | 'checklist' | 'table';

export type ContentLink = Readonly<{
  id: string;
  kind: ContentLinkKind;
  href: string;
  /** Short link text, e.g. "Reserved concurrency" or "Checklist: Large deployment package". */
  label: string;
}>;

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A rule is a whole sentence: its first clause is enough for a link. */
const firstClause = (sentence: string): string =>
  sentence.split(/[:;]\s/)[0]?.replace(/\.$/, '') ?? sentence;

function labelFact(fact: Fact, sets: readonly FactSet[]): string {
  switch (fact.kind) {
    case 'limit':
    case 'estimate':
      return capitalize(fact.subject);
    case 'definition':
      return fact.term;
    case 'member': {
      // Members of different sets can share a label ("Provisioned concurrency").
      const set = sets.find((candidate) => candidate.id === fact.set);
      return set ? `${set.title}: ${fact.label}` : fact.label;
    }
    case 'rule':
      return firstClause(fact.statement);
    default:
      return assertNever(fact);
  }
}

function indexTopic(topic: Topic): ReadonlyMap<string, ContentLink> {
  const index = new Map<string, ContentLink>();
  for (const fact of topic.facts) {
    const href = paths.topicAnchor(topic.id, `fact-${fact.id}`);
    index.set(fact.id, { id: fact.id, kind: 'fact', href, label: labelFact(fact, topic.sets) });
  }
  for (const item of topic.checklist) {
    const href = paths.topicAnchor(topic.id, `check-${item.id}`);
    const label = `Checklist: ${item.condition}`;
    index.set(item.id, { id: item.id, kind: 'checklist', href, label });
  }
  for (const table of topic.tables) {
    const href = paths.topicAnchor(topic.id, `table-${table.id}`);
    index.set(table.id, { id: table.id, kind: 'table', href, label: `Table: ${table.title}` });
  }
  return index;
}

const indexes = new WeakMap<Topic, ReadonlyMap<string, ContentLink>>();

function topicLinks(topic: Topic): ReadonlyMap<string, ContentLink> {
  let index = indexes.get(topic);
  if (index === undefined) {
    index = indexTopic(topic);
    indexes.set(topic, index);
  }
  return index;
}

/** The topics that hold these content ids, each once, in the order the ids first name them. */
export function citedTopicIds(ids: readonly string[]): TopicId[] {
  return [...new Set(ids.flatMap((id) => topicIdOf(id) ?? []))];
}

/**
 * The Learn-page link for a content id.
 * @param topics where to look: at least the topic that holds the id
 * @param id a fact, checklist item or table id, e.g. `concurrency.formula`
 * @returns undefined for an id none of the topics has
 */
export function linkContent(topics: readonly Topic[], id: string): ContentLink | undefined {
  for (const topic of topics) {
    const link = topicLinks(topic).get(id);
    if (link) return link;
  }
  return undefined;
}

/** Links for several ids, unknown ids and duplicates left out, order kept. */
export function linkContents(topics: readonly Topic[], ids: readonly string[]): ContentLink[] {
  return [...new Set(ids)].flatMap((id) => linkContent(topics, id) ?? []);
}

export type TableCellLink = Readonly<{
  href: string;
  tableTitle: string;
  rowName: string;
  columnLabel: string;
  text: string;
  /** What older material said where AWS documentation now says otherwise. */
  notesSaid?: string;
}>;

/**
 * A cell of one of the document's tables, with its link and any fact-check note.
 * @param topics where to look: at least the topic that holds the table
 * @returns undefined when the table, row or column does not exist
 */
export function linkTableCell(
  topics: readonly Topic[],
  tableId: string,
  rowId: string,
  column: string,
): TableCellLink | undefined {
  for (const topic of topics) {
    const table = topic.tables.find((t) => t.id === tableId);
    const row = table?.rows.find((r) => r.id === rowId);
    const label = table?.columns.find((c) => c.key === column)?.label;
    const cell = row?.cells[column];
    if (!table || !row || !label || !cell) continue;
    return {
      href: paths.topicAnchor(topic.id, `table-${table.id}`),
      tableTitle: table.title,
      rowName: row.name,
      columnLabel: label,
      text: cell.text,
      ...(cell.notesSaid === undefined ? {} : { notesSaid: cell.notesSaid }),
    };
  }
  return undefined;
}
