import { Link } from 'react-router';
import { topicSummaries, type TopicSummary } from '../../../content/topic-summaries';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../app/paths';

/* Summaries, not the topics: the list shows every topic without loading their content. */
const guideTopics = topicSummaries.filter((topic) => !topic.beyondSeed);
const beyondTopics = topicSummaries.filter((topic) => topic.beyondSeed);

function TopicList({ label, list }: Readonly<{ label: string; list: readonly TopicSummary[] }>) {
  return (
    <ol className="topic-list" aria-label={label}>
      {list.map((topic) => (
        <li key={topic.id}>
          <Link to={paths.topic(topic.id)} className="topic-card">
            <span className="topic-title">{topic.title}</span>
            <span className="topic-summary">{topic.summary}</span>
            <span className="topic-count">{topic.items} items</span>
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
