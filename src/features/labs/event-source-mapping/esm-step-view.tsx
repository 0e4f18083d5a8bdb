import { describeStepRecords } from '../../../domain/labs/event-source-mapping-progress';
import type { EsmStep } from '../../../domain/labs/event-source-mapping-types';
import { EsmFactLinks } from './esm-fact-link';
import { describeStepTitle, formatStepTime, STEP_STATUS } from './esm-format';

type Props = Readonly<{ step: EsmStep; index: number; count: number }>;

/** One step: what happened, to which records, and the facts behind it. */
export function EsmStepView({ step, index, count }: Props) {
  const records = describeStepRecords(step);
  return (
    <article className={`esm-step esm-step-${step.kind}`} aria-labelledby="esm-step-heading">
      <h3 id="esm-step-heading">
        Step {index + 1} of {count}: {describeStepTitle(step)}
      </h3>
      <p className="esm-step-meta">
        <span>{step.lane}</span> · <span>{formatStepTime(step)}</span> ·{' '}
        <span>{step.records.length} record(s)</span>
      </p>
      <ul className="esm-chips" aria-label={`Records in step ${index + 1}`}>
        {records.map((r) => {
          const [symbol, text] = STEP_STATUS[r.status];
          return (
            <li key={r.id} className={`esm-chip esm-chip-${r.status}`}>
              <span className="esm-chip-id">#{r.id}</span> <span aria-hidden="true">{symbol}</span>{' '}
              {text}
              {r.duplicate ? <span className="esm-chip-again"> · processed again</span> : null}
            </li>
          );
        })}
      </ul>
      <p>{step.note}</p>
      <EsmFactLinks factIds={step.facts} />
    </article>
  );
}
