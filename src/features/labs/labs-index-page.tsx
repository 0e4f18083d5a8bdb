import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/ui/page-heading';
import { LABS } from '../../domain/labs/lab-catalog';
import { LabIllustration } from './lab-illustration';
import './labs.css';

export function LabsIndexPage() {
  return (
    <section className="page">
      <PageHeading title="Labs">Labs</PageHeading>
      <p className="lead">
        Change an input and see the consequence at once, with the reasoning spelled out and linked
        to the facts it rests on.
      </p>
      <ul className="lab-list" aria-label="Labs">
        {LABS.map((lab) => (
          <li key={lab.id} className="lab-card">
            <LabIllustration id={lab.id} />
            <div>
              <h2>
                <Link to={paths.lab(lab.slug)}>{lab.title}</Link>
              </h2>
              <p>{lab.description}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
