import { Link } from 'react-router';
import type { Finding } from '../../../domain/review/review-types';
import { REVIEW_RULES } from '../../../domain/review/rule-catalog';
import { useCitedTopics } from '../shared/use-cited-topics';
import { ReviewExcerpt } from './review-excerpt-view';
import { describeFactRef } from './review-fact-links';

type Props = Readonly<{ finding: Finding; lines: readonly string[] }>;

/** The facts behind a finding's rule, as links, shown once the topics that hold them are loaded. */
function FactRefs({ ids }: Readonly<{ ids: readonly string[] }>) {
  const topics = useCitedTopics(ids);
  const refs = topics === undefined ? [] : ids.flatMap((id) => describeFactRef(topics, id) ?? []);
  if (refs.length === 0) return null;
  return (
    <details className="review-facts">
      <summary>Why: the facts behind this rule</summary>
      <ul>
        {refs.map((ref) => (
          <li key={ref.id}>
            <Link to={ref.href}>{ref.label}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One finding: the rule, the message with its values, where it is, the fix and its facts. Template text stays text. */
export function ReviewFinding({ finding, lines }: Props) {
  const rule = REVIEW_RULES[finding.rule];
  return (
    <li className={`review-finding review-${finding.severity}`}>
      <h5 className="review-finding-title">{rule.title}</h5>
      <p className="review-rule">
        Rule <code>{finding.rule}</code>
        {finding.line === undefined ? ' · line unknown' : ` · line ${finding.line}`}
      </p>
      <p>{finding.message}</p>
      {finding.line === undefined ? null : (
        <ReviewExcerpt
          lines={lines}
          line={finding.line}
          label={`Template, around line ${finding.line}`}
        />
      )}
      <figure className="review-fix">
        <figcaption>Fix</figcaption>
        <pre>
          <code>{finding.fix}</code>
        </pre>
      </figure>
      <FactRefs ids={finding.facts} />
    </li>
  );
}
