import { Link } from 'react-router';
import type { ExamProfile } from '../../../content/schema';
import { paths } from '../../app/paths';
import {
  computeDomainReadiness,
  findWeakestDomain,
  type ExamCatalogCard,
} from '../../domain/srs/domain-readiness';
import type { CardStates } from '../../domain/srs/card-state';
import { ReadinessRow } from './readiness-row';

type Props = Readonly<{
  profile: ExamProfile;
  catalog: readonly ExamCatalogCard[];
  cards: CardStates;
  /** ms epoch. */
  now: number;
  /** Heading level: 2 on Home, 3 inside a Progress section. */
  level?: 2 | 3;
}>;

/**
 * Per domain of the exam, the share of its exam-style questions the learner would answer from
 * memory now (recall probability ≥ 0.9), with a link to practise the weakest domain.
 */
export function DomainReadinessView({ profile, catalog, cards, now, level = 2 }: Props) {
  const readiness = computeDomainReadiness(profile, catalog, cards, now);
  const weakest = findWeakestDomain(readiness);
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `domain-readiness-${profile.code}`;
  return (
    <section aria-labelledby={headingId} className="domain-readiness">
      <Heading id={headingId}>Readiness by {profile.code} domain</Heading>
      <p className="help">
        The share of each domain&apos;s exam-style questions you would answer from memory right now.
        It covers Lambda and the services around it, not the whole exam.
      </p>
      <ul className="readiness">
        {readiness.map((d) => (
          <ReadinessRow
            key={d.domain}
            label={
              <span>
                {d.name} <span className="readiness-count">({d.weight} % of the exam)</span>
              </span>
            }
            share={d.share}
            detail={`${d.ready} of ${d.total}, ${d.practised} practised`}
          />
        ))}
      </ul>
      {weakest === undefined ? null : (
        <p className="actions">
          <Link className="button" to={paths.quizForDomain(profile.code, weakest.domain)}>
            Practise my weakest domain: {weakest.name}
          </Link>
        </p>
      )}
    </section>
  );
}
