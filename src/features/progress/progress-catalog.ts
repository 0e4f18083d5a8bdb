/**
 * The card catalog for the progress page: every card with its topic and main subject, and a
 * name and Learn link for each subject. Listing cards plans every question generator over all
 * content, so the page loads this module after its first render.
 */
import { topics } from '../../../content/index';
import type { TopicId } from '../../../content/schema';
import { learnLink } from '../../app/learn-link';
import { assertNever } from '../../domain/lib/assert-never';
import { listCards } from '../../domain/quiz/generate-questions';
import type { SourceRef } from '../../domain/quiz/question';
import type { SubjectCard } from '../../domain/srs/card-insights';
import type { ExamCatalogCard } from '../../domain/srs/domain-readiness';
import { linkContent } from '../labs/shared/content-links';

export type ProgressCatalog = Readonly<{
  cards: readonly (SubjectCard & ExamCatalogCard)[];
  titles: ReadonlyMap<TopicId, string>;
  /** A short name for a subject, e.g. "Reserved concurrency". */
  nameSubject: (subject: SourceRef) => string;
  /** Where the subject is explained on its topic's Learn page. */
  linkSubject: (topic: TopicId, subject: SourceRef | null) => string;
}>;

const withoutMarkers = (text: string): string => text.replace(/\[\[(.+?)\]\]/g, '$1');

const shorten = (text: string): string =>
  text.length > 90 ? `${text.slice(0, 88).replace(/\s+\S*$/, '')}…` : text;

function nameSubject(subject: SourceRef): string {
  switch (subject.kind) {
    case 'fact':
    case 'checklist':
      return linkContent(topics, subject.id)?.label ?? subject.id;
    case 'table-row': {
      const [tableId = '', rowId = ''] = subject.id.split('#');
      const table = topics.flatMap((t) => t.tables).find((t) => t.id === tableId);
      const row = table?.rows.find((r) => r.id === rowId);
      return table && row ? `${table.title}: ${row.name}` : subject.id;
    }
    case 'tip': {
      const tip = topics.flatMap((t) => t.tips).find((t) => t.id === subject.id);
      return tip ? shorten(`Exam tip: ${withoutMarkers(tip.text)}`) : subject.id;
    }
    case 'set':
      return topics.flatMap((t) => t.sets).find((s) => s.id === subject.id)?.title ?? subject.id;
    default:
      return assertNever(subject.kind);
  }
}

let catalog: ProgressCatalog | undefined;

/** Every card with its topic and first subject, each topic's title, and subject names and links. */
export function getProgressCatalog(): ProgressCatalog {
  return (catalog ??= {
    cards: listCards({ topics }).map(({ cardId, topic, subjects, exams, domains, style }) => ({
      cardId,
      topic,
      subject: subjects[0] ?? null,
      exams,
      domains,
      style,
    })),
    titles: new Map(topics.map((t) => [t.id, t.title])),
    nameSubject: (subject) => shorten(nameSubject(subject)),
    linkSubject: learnLink,
  });
}
