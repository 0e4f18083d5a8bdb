import { Link } from 'react-router';
import { topics, type Topic } from '../../../content/index';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../app/paths';

const guideTopics = topics.filter((topic) => topic.beyondSeed !== true);
const beyondTopics = topics.filter((topic) => topic.beyondSeed === true);

function countItems(topic: Topic): number {
  return (
    topic.facts.length +
    topic.tables.reduce((n, t) => n + t.rows.length, 0) +
    topic.checklist.length +
    topic.tips.length
  );
}

function TopicList({ label, list }: Readonly<{ label: string; list: readonly Topic[] }>) {
  return (
    <ol className="topic-list" aria-label={label}>
      {list.map((topic) => (
        <li key={topic.id}>
          <Link to={paths.topic(topic.id)} className="topic-card">
            <span className="topic-title">{topic.title}</span>
            <span className="topic-summary">{topic.summary}</span>
            <span className="topic-count">{countItems(topic)} items</span>
          </Link>
        </li>
      ))}
    </ol>
  );
}

export function LearnIndexPage() {
  return (
    <section className="page">
      <PageHeading title="Learn">Learn</PageHeading>
      <p className="lead">
        Every section of the study guide, with notes where AWS documentation says more today, then
        the rest of Lambda the two exams ask about.
      </p>
      <h2 id="learn-guide">The study guide</h2>
      <TopicList label="Study guide topics" list={guideTopics} />
      <h2 id="learn-beyond">Beyond the guide</h2>
      <p>
        Limits, versions, permissions, networking, observability and more, each fact sourced from
        the AWS documentation.
      </p>
      <TopicList label="Topics beyond the guide" list={beyondTopics} />
    </section>
  );
}
