import { Link } from 'react-router';
import { topics } from '../../../content/index';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../app/paths';

export function LearnIndexPage() {
  return (
    <section className="page">
      <PageHeading title="Learn">Learn</PageHeading>
      <p className="lead">
        Every section of the study guide, with notes where AWS documentation says more today.
      </p>
      <ol className="topic-list" aria-label="Topics">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link to={paths.topic(topic.id)} className="topic-card">
              <span className="topic-title">{topic.title}</span>
              <span className="topic-summary">{topic.summary}</span>
              <span className="topic-count">
                {topic.facts.length +
                  topic.tables.reduce((n, t) => n + t.rows.length, 0) +
                  topic.checklist.length +
                  topic.tips.length}{' '}
                items
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
