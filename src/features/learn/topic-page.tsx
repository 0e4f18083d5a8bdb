import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { findTopic, type Topic } from '../../../content/index';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../app/paths';
import { NotFoundPage } from '../not-found/not-found-page';
import { AttributeTableView } from './attribute-table-view';
import {
  ChecklistSection,
  FactList,
  MisconceptionList,
  SetSection,
  TipList,
} from './topic-sections';

function TopicContent({ topic }: Readonly<{ topic: Topic }>) {
  const plainFacts = topic.facts.filter((f) => f.kind !== 'member');
  return (
    <>
      {topic.intro.map((p) => (
        <p key={p} className="lead">
          {p}
        </p>
      ))}
      {topic.tables.map((table) => (
        <AttributeTableView key={table.id} table={table} />
      ))}
      {plainFacts.length > 0 ? (
        <section className="topic-section" aria-labelledby="facts-heading">
          <h2 id="facts-heading">Key facts</h2>
          <FactList facts={plainFacts} />
        </section>
      ) : null}
      {topic.sets.map((set) => (
        <SetSection
          key={set.id}
          set={set}
          members={topic.facts.filter((f) => f.kind === 'member' && f.set === set.id)}
        />
      ))}
      {topic.checklist.length > 0 ? (
        <section className="topic-section" aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">Review checklist</h2>
          <ChecklistSection items={topic.checklist} />
        </section>
      ) : null}
      {topic.tips.length > 0 ? (
        <section className="topic-section" aria-labelledby="tips-heading">
          <h2 id="tips-heading">Exam tips</h2>
          <TipList tips={topic.tips} />
        </section>
      ) : null}
      <MisconceptionList facts={topic.facts} sets={topic.sets} />
    </>
  );
}

/** Scrolls to and focuses the item a link points at (the page renders after the browser looked). */
function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'start' });
  }, [hash, ready]);
}

export function TopicPage() {
  const { topicId = '' } = useParams();
  const topic = findTopic(topicId);
  useScrollToHash(topic !== undefined);
  if (!topic) return <NotFoundPage what="topic" />;
  return (
    <article className="page topic">
      <p className="breadcrumb">
        <Link to={paths.learn}>Learn</Link> <span aria-hidden="true">›</span>
      </p>
      <PageHeading title={topic.title}>{topic.title}</PageHeading>
      {topic.beyondSeed ? (
        <p className="badge-beyond">
          Beyond the study document — every fact cites AWS documentation.
        </p>
      ) : null}
      <TopicContent topic={topic} />
      <p className="actions">
        <Link className="button primary" to={paths.quizForTopic(topic.id)}>
          Practise this topic
        </Link>
      </p>
    </article>
  );
}
