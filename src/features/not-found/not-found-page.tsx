import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';

export function NotFoundPage({ what = 'page' }: Readonly<{ what?: string }>) {
  return (
    <section className="page">
      <PageHeading title="Not found">Not found</PageHeading>
      <p>There is no such {what} in Warmstart. The address may be mistyped or out of date.</p>
      <ul>
        <li>
          <Link to="/">Go to Home</Link>
        </li>
        <li>
          <Link to="/learn">Browse the topics</Link>
        </li>
      </ul>
    </section>
  );
}
