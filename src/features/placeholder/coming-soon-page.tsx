import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';

type Props = Readonly<{ title: string; description: string }>;

/** An honest page for a part of the app that is not built yet. */
export function ComingSoonPage({ title, description }: Props) {
  return (
    <section className="page">
      <PageHeading title={title}>{title}</PageHeading>
      <p>{description}</p>
      <p className="notice">
        This part of Warmstart is not available yet. Meanwhile, every topic can be read in{' '}
        <Link to="/learn">Learn</Link>.
      </p>
    </section>
  );
}
