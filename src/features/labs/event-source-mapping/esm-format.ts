/** Display text for the event source mapping lab: durations, statuses and fact labels. */
import type {
  EsmRecordState,
  EsmStepRecordStatus,
} from '../../../domain/labs/event-source-mapping-progress';
import { ESM_SOURCE_LABELS } from '../../../domain/labs/event-source-mapping-fields';
import type {
  EsmLabConfig,
  EsmOutcome,
  EsmStep,
} from '../../../domain/labs/event-source-mapping-types';
import { formatNumber } from '../../../domain/labs/lab-fields';

const UNITS: readonly (readonly [seconds: number, name: string])[] = [
  [86_400, 'd'],
  [3_600, 'h'],
  [60, 'min'],
];

/** "45 s", "1,800 s (30 min)", "86,400 s (1 d)". */
export function formatSeconds(seconds: number): string {
  const base = `${formatNumber(seconds)} s`;
  const unit = UNITS.find(
    ([size]) => seconds >= size * 2 || (seconds >= size && seconds % size === 0),
  );
  return unit === undefined ? base : `${base} (${formatNumber(seconds / unit[0], 1)} ${unit[1]})`;
}

/** "0–3 s" or "at 180 s". */
export function formatStepTime(step: EsmStep): string {
  if (step.kind !== 'invocation') return `at ${formatSeconds(step.atSeconds)}`;
  return `${formatNumber(step.startSeconds)}–${formatSeconds(step.endSeconds)}`;
}

export const OUTCOME_LABELS: Readonly<Record<EsmOutcome, string>> = {
  success: 'Batch succeeded',
  'partial-failure': 'Partial batch failure reported',
  'function-error': 'Function error',
  timeout: 'Function timed out',
};

const TRANSFER_LABELS: Readonly<Record<Exclude<EsmStep['kind'], 'invocation'>, string>> = {
  dlq: 'Moved to the dead-letter queue',
  destination: 'Sent to the on-failure destination',
  discarded: 'Discarded',
  expired: 'Expired at the end of retention',
};

/** One line naming what a step is. */
export function describeStepTitle(step: EsmStep): string {
  if (step.kind !== 'invocation') return TRANSFER_LABELS[step.kind];
  const attempt = step.attempt > 1 ? `, attempt ${formatNumber(step.attempt)}` : '';
  const repeat = step.repeat > 1 ? ` (×${formatNumber(step.repeat)} identical)` : '';
  return `${OUTCOME_LABELS[step.outcome]}${attempt}${repeat}`;
}

/** Symbol (decorative) and words for a record's status in one step. */
export const STEP_STATUS: Readonly<
  Record<EsmStepRecordStatus, readonly [symbol: string, text: string]>
> = {
  succeeded: ['✓', 'succeeded'],
  failed: ['✗', 'failed'],
  returned: ['↩', 'returned with the batch'],
  'not-reached': ['…', 'not reached'],
  dlq: ['→', 'to the DLQ'],
  destination: ['→', 'to the destination'],
  discarded: ['∅', 'discarded'],
  expired: ['⌛', 'expired'],
};

export const RECORD_STATE: Readonly<
  Record<EsmRecordState, readonly [symbol: string, text: string]>
> = {
  waiting: ['·', 'waiting'],
  retrying: ['↻', 'to be retried'],
  succeeded: ['✓', 'done'],
  dlq: ['→', 'in the DLQ'],
  destination: ['→', 'at the destination'],
  discarded: ['∅', 'discarded'],
  expired: ['⌛', 'expired'],
};

/** Short names of the event source mapping facts the lab links to. */
export const ESM_FACT_LABELS: Readonly<Record<string, string>> = {
  'esm.sqs-batch-size': 'SQS batch size',
  'esm.sqs-batch-window': 'SQS batching window',
  'esm.sqs-visibility-timeout': 'SQS visibility timeout',
  'esm.sqs-on-failure': 'SQS failures and the dead-letter queue',
  'esm.report-batch-item-failures': 'ReportBatchItemFailures',
  'esm.stream-shard-invocation': 'One batch per shard',
  'esm.bisect-batch': 'BisectBatchOnFunctionError',
  'esm.stream-on-failure-destination': 'Stream on-failure destination',
  'esm.stream-retry-limits': 'Stream retry limits',
  'esm.parallelization-factor': 'ParallelizationFactor',
};

const listIds = (ids: readonly number[]): string => (ids.length === 0 ? 'none' : ids.join(', '));

/** The setup in one line, for the collapsed setup form. */
export function describeSetup(config: EsmLabConfig): string {
  return [
    ESM_SOURCE_LABELS[config.source],
    `${config.recordCount} records in batches of ${config.batchSize}`,
    `always fail: ${listIds(config.alwaysFail)}`,
    `fail once: ${listIds(config.failOnce)}`,
    `ReportBatchItemFailures ${config.reportBatchItemFailures ? 'on' : 'off'}`,
  ].join(' · ');
}
