/**
 * What a learner sees while stepping through an event source mapping run: the status of each
 * record in one step, and where every record stands after a given step.
 */
import { assertNever } from '../lib/assert-never';
import type { EsmInvocationStep, EsmStep } from './event-source-mapping-types';

/**
 * A record's part in one step: `returned` ran fine but came back with its batch,
 * `not-reached` came back without running (the handler stopped or timed out first).
 */
export type EsmStepRecordStatus =
  | 'succeeded'
  | 'failed'
  | 'returned'
  | 'not-reached'
  | 'dlq'
  | 'destination'
  | 'discarded'
  | 'expired';

export type EsmStepRecord = Readonly<{
  id: number;
  status: EsmStepRecordStatus;
  /** Processed here although it had already succeeded once. */
  duplicate: boolean;
}>;

function failedRecords(step: EsmInvocationStep): ReadonlySet<number> {
  switch (step.outcome) {
    case 'success':
    case 'timeout':
      return new Set();
    case 'function-error': {
      const last = step.processed[step.processed.length - 1];
      return new Set(last === undefined ? [] : [last]);
    }
    case 'partial-failure':
      return new Set(step.processed.filter((id) => step.retried.includes(id)));
    default:
      return assertNever(step.outcome);
  }
}

/** The status of every record of one step, in batch order. */
export function describeStepRecords(step: EsmStep): readonly EsmStepRecord[] {
  if (step.kind !== 'invocation')
    return step.records.map((id) => ({ id, status: step.kind, duplicate: false }));
  const failed = failedRecords(step);
  return step.records.map((id): EsmStepRecord => {
    const duplicate = step.duplicates.includes(id);
    if (step.succeeded.includes(id)) return { id, status: 'succeeded', duplicate };
    if (failed.has(id)) return { id, status: 'failed', duplicate };
    return { id, status: step.processed.includes(id) ? 'returned' : 'not-reached', duplicate };
  });
}

export type EsmRecordState =
  'waiting' | 'retrying' | 'succeeded' | 'dlq' | 'destination' | 'discarded' | 'expired';

export type EsmRecordProgress = Readonly<{
  id: number;
  state: EsmRecordState;
  /** Handler runs on this record so far, counting folded repeats. */
  runs: number;
}>;

/**
 * Where each record stands once steps 0…`upTo` have happened.
 * @param recordCount records in the run (ids 0…recordCount-1)
 * @param upTo index of the last step taken; -1 for the start
 */
export function trackEsmProgress(
  recordCount: number,
  steps: readonly EsmStep[],
  upTo: number,
): readonly EsmRecordProgress[] {
  const state: EsmRecordState[] = Array.from({ length: recordCount }, () => 'waiting');
  const runs: number[] = Array.from({ length: recordCount }, () => 0);
  for (const step of steps.slice(0, Math.max(0, upTo + 1))) {
    if (step.kind !== 'invocation') {
      for (const id of step.records) state[id] = step.kind;
      continue;
    }
    for (const id of step.processed) runs[id] = (runs[id] ?? 0) + step.repeat;
    for (const id of step.retried) state[id] = 'retrying';
    for (const id of step.succeeded) state[id] = 'succeeded';
  }
  return state.map((s, id) => ({ id, state: s, runs: runs[id] ?? 0 }));
}
