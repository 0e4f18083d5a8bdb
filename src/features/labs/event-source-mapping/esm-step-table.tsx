import { useState } from 'react';
import type { EsmStep } from '../../../domain/labs/event-source-mapping-types';
import { describeStepTitle, formatStepTime } from './esm-format';

type Props = Readonly<{ steps: readonly EsmStep[]; truncated: boolean; current: number }>;

/** Every step as a table, built only once the learner opens it (a run may list 2,000 steps). */
export function EsmStepTable({ steps, truncated, current }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="esm-all-steps" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>All {steps.length} steps as a table</summary>
      {open ? (
        <table className="stack-table esm-table">
          <caption>Every step of the run{truncated ? ' (the first 2,000)' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">What</th>
              <th scope="col">Where</th>
              <th scope="col">When</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, i) => (
              <tr key={i} aria-current={i === current ? 'step' : undefined}>
                <th scope="row">{i + 1}</th>
                <td data-label="What">{describeStepTitle(step)}</td>
                <td data-label="Where">{step.lane}</td>
                <td data-label="When">{formatStepTime(step)}</td>
                <td data-label="Records">{step.records.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
