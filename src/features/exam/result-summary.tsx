import type { ExamProfile } from '../../../content/schema';
import { passFraction } from '../../domain/exam/scaled-score';
import { formatDuration } from '../../domain/exam/exam-timing';
import { formatPercent } from './exam-labels';

type Props = Readonly<{
  profile: ExamProfile;
  correct: number;
  total: number;
  passed: boolean;
  scaledEstimate: number;
  /** ms. */
  timeUsed: number;
  /** ms. */
  timeAllowed: number;
}>;

/** Pass or fail, percent correct and the scaled estimate, labelled as an estimate. */
export function ResultSummary(props: Props) {
  const { profile, correct, total, passed, scaledEstimate, timeUsed, timeAllowed } = props;
  const passPercent = Math.round(passFraction(profile) * 100);
  return (
    <div className={`result-summary ${passed ? 'is-pass' : 'is-fail'}`}>
      <p className="result-verdict">
        <span aria-hidden="true">{passed ? '✓ ' : '✗ '}</span>
        {passed ? 'Pass' : 'Not a pass yet'}: {formatPercent(correct, total)} correct ({correct} of{' '}
        {total})
      </p>
      <dl className="result-figures">
        <div>
          <dt>Estimated scaled score</dt>
          <dd>
            <strong>{scaledEstimate}</strong> of {profile.scaledMax} (pass mark{' '}
            {profile.passingScore}), an estimate on Lambda and the services around it only
          </dd>
        </div>
        <div>
          <dt>Time used</dt>
          <dd>
            {formatDuration(timeUsed)} of {formatDuration(timeAllowed)}
          </dd>
        </div>
      </dl>
      <p className="result-scope">
        <strong>What this measures:</strong> questions on AWS Lambda and the services around it
        (event sources, permissions, networking, deployment, observability and more), not every
        topic of the {profile.code} exam. A good score here says you are ready on this part of the
        exam only.
      </p>
      <p className="result-estimate-note">
        <strong>This scaled score is an estimate.</strong> AWS reports a score from{' '}
        {profile.scaledMin} to {profile.scaledMax} but does not publish how answers convert to it.
        Here, {passPercent}% correct is taken as the pass mark ({profile.passingScore}), with a
        straight line from 0% ({profile.scaledMin}) up to it and from it to 100% (
        {profile.scaledMax}). Multiple-response questions count only when every answer is right, and
        unanswered questions count as wrong, as on the real exam.
      </p>
    </div>
  );
}
