import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../app/paths';

export function HomePage() {
  return (
    <section className="page">
      <PageHeading title="Home">Warmstart</PageHeading>
      <p className="lead">
        Master AWS Lambda for the DVA-C02 and SAP-C02 exams. Everything stays on this device and
        works offline.
      </p>
      <p className="actions">
        <Link className="button primary" to={paths.topic('triggers')}>
          Start reading
        </Link>{' '}
        <Link className="button" to={paths.learn}>
          All topics
        </Link>
      </p>
    </section>
  );
}
