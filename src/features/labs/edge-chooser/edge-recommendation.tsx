import type { EdgeRecommendation as Recommendation } from '../../../domain/labs/edge-chooser';
import type { EdgeChoice, EdgeReason } from '../../../domain/labs/edge-limits';
import { assertNever } from '../../../domain/lib/assert-never';
import { ReasonSources } from './reason-sources';

export const OPTION_NAMES: Readonly<Record<EdgeChoice, string>> = {
  'cloudfront-functions': 'CloudFront Functions',
  'lambda-at-edge': 'Lambda@Edge',
  regional: 'A regional function',
};

/** One sentence for the top of the results and the live region. */
export function describeEdgeHeadline(recommendation: Recommendation): string {
  return `Recommendation: ${recommendation.headline}.`;
}

function effectLabel(reason: EdgeReason): string {
  switch (reason.effect) {
    case 'rules-out':
      return `✗ Rules out ${OPTION_NAMES[reason.option]}:`;
    case 'fits':
      return '✓ Fits:';
    case 'favours':
      return '+ In its favour:';
    case 'note':
      return 'ℹ Note:';
    default:
      return assertNever(reason.effect);
  }
}

function ReasonList({ reasons }: Readonly<{ reasons: readonly EdgeReason[] }>) {
  return (
    <ul className="edge-reasons">
      {reasons.map((reason, i) => (
        <li key={i} className={`edge-reason ${reason.effect}`}>
          <p>
            <span className="edge-effect">{effectLabel(reason)}</span> {reason.message}
          </p>
          <ReasonSources sources={reason.sources} />
        </li>
      ))}
    </ul>
  );
}

/** The choice, why cheaper options were ruled out, why it fits, and what to know. */
export function EdgeRecommendationView({
  recommendation,
}: Readonly<{ recommendation: Recommendation }>) {
  return (
    <>
      <p className="lab-headline edge-choice">{describeEdgeHeadline(recommendation)}</p>
      <section className="lab-section" aria-labelledby="why-heading">
        <h3 id="why-heading">Why</h3>
        <ReasonList reasons={recommendation.reasons} />
      </section>
      <section className="lab-section" aria-labelledby="verdicts-heading">
        <h3 id="verdicts-heading">Every option, cheapest first</h3>
        <ul className="edge-verdicts">
          {recommendation.verdicts.map((verdict) => (
            <li key={verdict.option}>
              <strong>
                {verdict.fits ? '✓ Fits' : '✗ Ruled out'}: {OPTION_NAMES[verdict.option]}
              </strong>
              {verdict.blockers.length > 0 ? (
                <ul>
                  {verdict.blockers.map((b) => (
                    <li key={b.message}>{b.message}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="lab-section" aria-labelledby="notes-heading">
        <h3 id="notes-heading">Before you deploy</h3>
        <ReasonList reasons={recommendation.notes} />
      </section>
    </>
  );
}
