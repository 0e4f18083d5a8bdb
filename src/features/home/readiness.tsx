import { Link } from 'react-router';
import type { TopicId } from '../../../content/schema';
import { paths } from '../../app/paths';
import { ReadinessRow } from '../../components/ui/readiness-row';
import type { TopicReadiness } from '../../domain/srs/stats';

type Props = Readonly<{
  readiness: readonly TopicReadiness[] | null;
  titles: ReadonlyMap<TopicId, string> | null;
}>;

/** Per topic, the share of cards recalled with probability ≥ 0.9, as text with a bar. */
export function Readiness({ readiness, titles }: Props) {
  return (
    <section aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness by topic</h2>
      <p className="help">
        The share of each topic&apos;s cards you would recall right now with at least 90 %
        probability.
      </p>
      {readiness === null ? (
        <p className="loading">Counting cards…</p>
      ) : (
        <ul className="readiness">
          {readiness.map((t) => (
            <ReadinessRow
              key={t.topic}
              label={<Link to={paths.topic(t.topic)}>{titles?.get(t.topic) ?? t.topic}</Link>}
              share={t.share}
              detail={`${t.ready} of ${t.total}`}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
