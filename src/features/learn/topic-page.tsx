import { use, useEffect, type FulfilledReactPromise, type ReactPromise } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Topic } from '../../../content/schema';
import { isLoadableTopicId, loadedTopic, loadTopic } from '../../../content/topic-loaders';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../app/paths';
import { NotFoundPage } from '../not-found/not-found-page';
import { AttributeTableView } from './attribute-table-view';
import { TopicContents } from './topic-contents';
import { outlineTopic, sectionIds, type TopicOutline } from './topic-outline';
import {
  ChecklistSection,
  FactList,
  MisconceptionList,
  SetSection,
  TipList,
} from './topic-sections';

/** "Key facts": one list, or a list under a subheading for each part. */
function KeyFacts({ groups }: Readonly<{ groups: TopicOutline['factGroups'] }>) {
  return (
    <section className="topic-section" aria-labelledby={sectionIds.facts}>
      <h2 id={sectionIds.facts}>Key facts</h2>
      {groups.map((group) =>
        group.part === undefined ? (
          <FactList key="loose" facts={group.facts} />
        ) : (
          <div key={group.part.id} className="fact-part">
            <h3 id={group.part.id}>{group.part.label}</h3>
            <FactList facts={group.facts} labelledBy={group.part.id} />
          </div>
        ),
      )}
    </section>
  );
}

function TopicContent({ topic }: Readonly<{ topic: Topic }>) {
  const outline = outlineTopic(topic);
  return (
    <>
      {outline.showContents ? <TopicContents entries={outline.entries} /> : null}
      {topic.intro.map((p) => (
        <p key={p} className="lead">
          {p}
        </p>
      ))}
      {topic.tables.map((table) => (
        <AttributeTableView key={table.id} table={table} />
      ))}
      {outline.factGroups.length > 0 ? <KeyFacts groups={outline.factGroups} /> : null}
      {topic.sets.map((set) => (
        <SetSection
          key={set.id}
          set={set}
          members={topic.facts.filter((f) => f.kind === 'member' && f.set === set.id)}
        />
      ))}
      {topic.checklist.length > 0 ? (
        <section className="topic-section" aria-labelledby={sectionIds.checklist}>
          <h2 id={sectionIds.checklist}>Review checklist</h2>
          <ChecklistSection items={topic.checklist} />
        </section>
      ) : null}
      {topic.tips.length > 0 ? (
        <section className="topic-section" aria-labelledby={sectionIds.tips}>
          <h2 id={sectionIds.tips}>Exam tips</h2>
          <TipList tips={topic.tips} />
        </section>
      ) : null}
      <MisconceptionList facts={topic.facts} sets={topic.sets} />
    </>
  );
}

/**
 * Scrolls to and focuses the item or section a link points at (the page renders after the
 * browser looked), again each time a link is followed, even to the same place.
 */
function useScrollToHash(ready: boolean): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    // Focusable elements (a summary) keep their place in the tab order.
    if (target.tabIndex < 0) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'start' });
  }, [hash, key, ready]);
}

/**
 * The page's topic, loaded alone (no other topic's content) while the route's Suspense boundary
 * shows that the page is loading. React's `use()` reads a settled promise's `status` and
 * `value`, which it records itself once it has waited on one: recorded here too, a topic loaded
 * earlier (by a lab, say) renders without a wait.
 */
function useTopic(id: string): Topic | undefined {
  if (!isLoadableTopicId(id)) return undefined;
  const promise: ReactPromise<Topic | undefined> = loadTopic(id);
  const loaded = loadedTopic(id);
  if (loaded !== undefined && promise.status === undefined) {
    const settled: Pick<FulfilledReactPromise<Topic>, 'status' | 'value'> = {
      status: 'fulfilled',
      value: loaded,
    };
    Object.assign(promise, settled);
  }
  return use(promise);
}

export function TopicPage() {
  const { topicId = '' } = useParams();
  const topic = useTopic(topicId);
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
