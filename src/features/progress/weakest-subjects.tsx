import { Link } from 'react-router';
import type { WeakSubject } from '../../domain/srs/card-insights';
import { formatShare } from './day-format';
import type { ProgressCatalog } from './progress-catalog';

type Props = Readonly<{ weakest: readonly WeakSubject[]; catalog: ProgressCatalog }>;

function describeWeakness(s: WeakSubject): string {
  const forgotten =
    s.lapses === 0
      ? 'not forgotten yet'
      : `forgotten ${s.lapses} ${s.lapses === 1 ? 'time' : 'times'}`;
  return `${forgotten}, recall now ${formatShare(s.retrievability)}`;
}

/** The subjects forgotten most (then least likely recalled now), each linked to its Learn section. */
export function WeakestSubjects({ weakest, catalog }: Props) {
  if (weakest.length === 0)
    return <p>Nothing weak so far: every card you have answered is well remembered.</p>;
  return (
    <ol className="weakest">
      {weakest.map((s) => (
        <li key={s.cardIds[0]}>
          <Link to={catalog.linkSubject(s.topic, s.subject)}>
            {s.subject === null
              ? (catalog.titles.get(s.topic) ?? s.topic)
              : catalog.nameSubject(s.subject)}
          </Link>
          <span className="weakest-detail">
            {catalog.titles.get(s.topic) ?? s.topic}: {describeWeakness(s)}
          </span>
        </li>
      ))}
    </ol>
  );
}
