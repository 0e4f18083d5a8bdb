import { useEffect, useState, type KeyboardEvent } from 'react';
import type { EsmLabResult } from '../../../domain/labs/event-source-mapping';
import { trackEsmProgress } from '../../../domain/labs/event-source-mapping-progress';
import { describeStepTitle } from './esm-format';
import { EsmRecordBoard } from './esm-record-board';
import { EsmStepTable } from './esm-step-table';
import { EsmStepView } from './esm-step-view';
import { EsmSummary } from './esm-summary';
import { useScreenShortcuts, type Shortcut } from '../../../app/shortcuts';

const esmShortcuts: readonly Shortcut[] = [
  ['← and →', 'Previous or next step (in the step controls)'],
  ['Home and End', 'First or last step (in the step controls)'],
];

/** Time between steps while playing; long enough to read a step. */
export const PLAY_INTERVAL_MS = 2_000;

type Props = Readonly<{ result: EsmLabResult }>;

/**
 * Steps through one run. Playing advances on a timer the learner starts and can pause; only
 * play, pause and the end are announced, so a screen reader is not flooded while it plays.
 */
export function EsmRun({ result }: Props) {
  useScreenShortcuts('Event source mapping lab: stepping through a run', esmShortcuts);
  const { steps } = result;
  const last = steps.length - 1;
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setTimeout(() => {
      const next = Math.min(index + 1, last);
      setIndex(next);
      if (next >= last) {
        setPlaying(false);
        setMessage(
          `Reached step ${next + 1} of ${steps.length}, the last one. The totals are shown below the step.`,
        );
      }
    }, PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, index, last, steps.length]);

  const step = steps[index];
  if (step === undefined) return <p>This setup produced no steps.</p>;

  const go = (target: number) => {
    const next = Math.max(0, Math.min(last, target));
    setPlaying(false);
    setIndex(next);
    const end = next === last ? ' This is the last step: the totals are shown below it.' : '';
    setMessage(
      `Step ${next + 1} of ${steps.length}: ${describeStepTitle(steps[next] ?? step)}.${end}`,
    );
  };
  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      setMessage(`Paused at step ${index + 1} of ${steps.length}.`);
      return;
    }
    if (index === last) setIndex(0);
    setPlaying(true);
    setMessage(`Playing: one step every ${PLAY_INTERVAL_MS / 1000} seconds. Press Pause to stop.`);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const targets: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowRight: index + 1,
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  };

  return (
    <section className="esm-run" aria-labelledby="esm-run-heading">
      <h2 id="esm-run-heading">Step through the run</h2>
      <p className="esm-help">
        {steps.length} step(s), {result.totals.invocations.toLocaleString('en-US')} invocation(s) in
        all.
        {result.stepsTruncated ? ' Only the first 2,000 steps are listed.' : ''}
      </p>
      <div
        className="esm-controls"
        role="group"
        aria-label="Step controls"
        aria-describedby="esm-keys-help"
        onKeyDown={onKeyDown}
      >
        <button
          type="button"
          className="button"
          aria-disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          Previous step
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={index === last}
          onClick={() => go(index + 1)}
        >
          Next step
        </button>
        <button type="button" className="button primary" onClick={togglePlay}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="button" aria-disabled={index === 0} onClick={() => go(0)}>
          First step
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={index === last}
          onClick={() => go(last)}
        >
          Last step
        </button>
      </div>
      <p id="esm-keys-help" className="esm-help">
        With focus on these buttons, the arrow keys step back and forth; Home and End jump to the
        first and last step.
      </p>
      <p role="status" className="visually-hidden">
        {message}
      </p>
      <EsmStepView step={step} index={index} count={steps.length} />
      <EsmRecordBoard
        progress={trackEsmProgress(result.config.recordCount, steps, index)}
        stepNumber={index + 1}
      />
      {index === last ? (
        <EsmSummary result={result} />
      ) : (
        <p className="esm-help">The totals appear at the last step.</p>
      )}
      <EsmStepTable steps={steps} truncated={result.stepsTruncated} current={index} />
    </section>
  );
}
