import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeading } from '../components/ui/page-heading';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { paths } from './paths';

/** Shown in place of a route that failed; the rest of the app keeps working. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const offlineChunk = error instanceof TypeError && /import|fetch/i.test(error.message);
  return (
    <section className="page">
      <PageHeading title="Something went wrong">Something went wrong</PageHeading>
      <p>
        {offlineChunk
          ? 'This page could not be loaded. If you are offline, it has not been saved on this device yet.'
          : 'This page hit an unexpected error. Your progress is stored separately and is safe.'}
      </p>
      <p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>{' '}
        <Link to={paths.home}>Go to Home</Link>
      </p>
    </section>
  );
}
