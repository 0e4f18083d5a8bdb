import { forwardRef } from 'react';
import { Link } from 'react-router';
import type { Question } from '../../domain/quiz/question';
import { explainAnswer, type ReasonStatus } from '../../domain/quiz/explain-answer';
import { describeDocsPage } from '../../domain/quiz/docs-page';
import { learnLink } from '../../app/learn-link';

type Props = Readonly<{ question: Question; selected: readonly string[] }>;

const statusLabels: Readonly<Record<ReasonStatus, string>> = {
  'chosen-right': 'Your answer, right',
  'chosen-wrong': 'Your answer, wrong',
  missed: 'Right answer',
  'not-chosen': 'Wrong',
};

/**
 * Right or wrong, then every option's own reason (the learner's choices first), the takeaway,
 * any note on older material, the AWS pages and a link to the Learn section.
 * The heading takes focus (via the ref) so screen readers hear the verdict first.
 */
export const AnswerFeedback = forwardRef<HTMLHeadingElement, Props>(function AnswerFeedback(
  { question, selected },
  ref,
) {
  const { correct, summary, reasons } = explainAnswer(question, selected);
  const source = question.sources[0];
  return (
    <section className="feedback" aria-live="polite">
      <h2 ref={ref} tabIndex={-1}>
        {correct ? '✓ Correct' : '✗ Not quite'}
      </h2>
      {summary === undefined ? null : <p className="feedback-summary">{summary}</p>}
      <h3 className="feedback-subheading">Why each option is right or wrong</h3>
      <ul className="option-reasons">
        {reasons.map((r) => (
          <li key={r.id} className={`option-reason option-reason-${r.status}`}>
            <p className="option-reason-head">
              <strong>
                Option {r.number} · {statusLabels[r.status]}:
              </strong>{' '}
              {r.text}
            </p>
            {r.why === '' ? null : <p className="option-reason-why">{r.why}</p>}
          </li>
        ))}
      </ul>
      {question.takeaway === '' ? null : (
        <p className="feedback-takeaway">
          <strong>Takeaway:</strong> {question.takeaway}
        </p>
      )}
      {question.note === undefined ? null : (
        <p className="feedback-note">
          <strong>Note:</strong> {question.note}
        </p>
      )}
      {question.docs.length === 0 ? null : (
        <p className="feedback-docs">
          AWS documentation:{' '}
          {question.docs.map((url, i) => (
            <span key={url}>
              {i > 0 ? ' · ' : null}
              <a href={url} rel="noreferrer" target="_blank">
                {describeDocsPage(url)}
              </a>
            </span>
          ))}
        </p>
      )}
      <Link to={learnLink(question.topic, source)}>Learn more about this</Link>
    </section>
  );
});
