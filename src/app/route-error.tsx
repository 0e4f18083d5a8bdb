import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../components/ui/page-heading';
import { paths } from './paths';

type Props = Readonly<{ children: ReactNode; resetKey: string }>;
type State = Readonly<{ error: unknown; resetKey: string }>;

function describe(error: unknown): string {
  const offlineChunk =
    error instanceof Error && /dynamically imported module|import|fetch/i.test(error.message);
  return offlineChunk
    ? 'This page could not be loaded. If you are offline, it has not been saved on this device yet.'
    : 'This page hit an unexpected error. Your progress is stored separately and is safe.';
}

/** Catches a failing page so the rest of the app keeps working; resets on navigation. */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Page error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="page">
        <PageHeading title="Something went wrong">Something went wrong</PageHeading>
        <p>{describe(this.state.error)}</p>
        <p className="actions">
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <Link className="button" to={paths.home}>
            Go to Home
          </Link>
        </p>
      </section>
    );
  }
}
