import type { EsmOutcome, RecordState } from './event-source-mapping-types';

/**
 * How the lab's handler reacts to a failing record:
 * - `throw`: no partial batch response, the first failure throws and ends the invocation;
 * - `report-all`: ReportBatchItemFailures on a standard queue, every failure is reported;
 * - `stop-and-report`: ReportBatchItemFailures on a FIFO queue or a stream, processing stops at
 *   the first failure and that record and everything after it is reported.
 */
export type HandlerMode = 'throw' | 'report-all' | 'stop-and-report';

export type HandlerRun = Readonly<{
  outcome: EsmOutcome;
  /** Seconds the invocation ran (capped at the function timeout). */
  elapsedSeconds: number;
  processed: readonly number[];
  duplicates: readonly number[];
  /** Records that did not finish and come back (empty on success). */
  returned: readonly number[];
  /** A fail-once record used up its single failure: the next identical attempt may differ. */
  consumedFailOnce: boolean;
}>;

export type HandlerSettings = Readonly<{
  mode: HandlerMode;
  timeoutSeconds: number;
  secondsPerRecord: number;
  alwaysFail: ReadonlySet<number>;
}>;

/**
 * Runs one invocation of the lab's handler over `batch`, in order, updating each record's
 * bookkeeping. A timeout is a function error: the whole batch comes back even with
 * ReportBatchItemFailures, because the function returned no response.
 */
export function runHandler(
  batch: readonly number[],
  states: readonly RecordState[],
  settings: HandlerSettings,
): HandlerRun {
  const processed: number[] = [];
  const duplicates: number[] = [];
  const failedIndexes: number[] = [];
  let elapsed = 0;
  let consumedFailOnce = false;
  for (let i = 0; i < batch.length; i++) {
    const id = batch[i] as number;
    const state = states[id] as RecordState;
    if (elapsed + settings.secondsPerRecord > settings.timeoutSeconds + 1e-9) {
      return {
        outcome: 'timeout',
        elapsedSeconds: settings.timeoutSeconds,
        processed,
        duplicates,
        returned: batch,
        consumedFailOnce,
      };
    }
    elapsed += settings.secondsPerRecord;
    processed.push(id);
    state.processed += 1;
    if (state.handledOk) {
      duplicates.push(id);
      state.duplicates += 1;
    }
    const fails = settings.alwaysFail.has(id) || state.failOncePending;
    if (state.failOncePending) {
      state.failOncePending = false;
      consumedFailOnce = true;
    }
    if (!fails) {
      state.handledOk = true;
      continue;
    }
    failedIndexes.push(i);
    if (settings.mode === 'throw') {
      return {
        outcome: 'function-error',
        elapsedSeconds: elapsed,
        processed,
        duplicates,
        returned: batch,
        consumedFailOnce,
      };
    }
    if (settings.mode === 'stop-and-report') {
      return {
        outcome: 'partial-failure',
        elapsedSeconds: elapsed,
        processed,
        duplicates,
        returned: batch.slice(i),
        consumedFailOnce,
      };
    }
  }
  const returned = failedIndexes.map((i) => batch[i] as number);
  const outcome: EsmOutcome = returned.length > 0 ? 'partial-failure' : 'success';
  return { outcome, elapsedSeconds: elapsed, processed, duplicates, returned, consumedFailOnce };
}

/** Rounds simulated seconds for display and stable comparisons (millisecond precision). */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
