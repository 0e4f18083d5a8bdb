import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/ui/page-heading';
import { LABS, type LabId } from '../../domain/labs/lab-catalog';
import { LabIllustration } from './lab-illustration';
import './labs.css';

/** Labs with a page; the others are listed as coming soon, without a link. */
const AVAILABLE: ReadonlySet<LabId> = new Set(['concurrency', 'cold-starts', 'edge-chooser']);

export function LabsIndexPage() {
  return (
    <section className="page">
      <PageHeading title="Labs">Labs</PageHeading>
      <p className="lead">
        Change an input and see the consequence at once, with the reasoning spelled out and linked
        to the facts it rests on.
      </p>
      <ul className="lab-list" aria-label="Labs">
        {LABS.map((lab) => {
          const available = AVAILABLE.has(lab.id);
          return (
            <li key={lab.id} className={available ? 'lab-card available' : 'lab-card soon'}>
              <LabIllustration id={lab.id} />
              <div>
                <h2>
                  {available ? (
                    <Link to={paths.lab(lab.slug)}>{lab.title}</Link>
                  ) : (
                    <>
                      {lab.title}
                      <span className="lab-soon-tag">Coming soon</span>
                    </>
                  )}
                </h2>
                <p>{lab.description}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
