/**
 * Input specs of the event source mapping lab, and which settings apply to which source.
 * Ranges follow `normalizeEsmConfig`; per-source bounds come from
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html.
 */
import { assertNever } from '../lib/assert-never';
import type { EsmLabConfig, EsmSource } from './event-source-mapping-types';
import type { NumberFieldSpec } from './lab-types';

export const ESM_SOURCES = [
  'sqs-standard',
  'sqs-fifo',
  'kinesis',
  'dynamodb-streams',
] as const satisfies readonly EsmSource[];

export const ESM_SOURCE_LABELS: Readonly<Record<EsmSource, string>> = {
  'sqs-standard': 'SQS standard queue',
  'sqs-fifo': 'SQS FIFO queue',
  kinesis: 'Kinesis data stream',
  'dynamodb-streams': 'DynamoDB stream',
};

/** The numeric settings of the lab (everything but the source, the id lists and the toggles). */
export type EsmNumberField =
  | 'recordCount'
  | 'batchSize'
  | 'batchWindowSeconds'
  | 'functionTimeoutSeconds'
  | 'processingSecondsPerRecord'
  | 'visibilityTimeoutSeconds'
  | 'maxReceiveCount'
  | 'messageGroupCount'
  | 'retentionSeconds'
  | 'maximumRetryAttempts'
  | 'maximumRecordAgeSeconds'
  | 'parallelizationFactor'
  | 'shardCount'
  | 'partitionKeyCount';

const int = (
  label: string,
  unit: NumberFieldSpec['unit'],
  min: number,
  max: number,
): NumberFieldSpec => ({ label, unit, min, max, step: 1, integer: true });

/** Widest accepted range of each field, whatever the source. */
export const ESM_FIELDS: Readonly<Record<EsmNumberField, NumberFieldSpec>> = {
  recordCount: int('Number of records', 'count', 1, 200),
  batchSize: int('Batch size', 'count', 1, 10_000),
  batchWindowSeconds: int('Batching window', 's', 0, 300),
  functionTimeoutSeconds: int('Function timeout', 's', 1, 900),
  processingSecondsPerRecord: {
    label: 'Handler time per record',
    unit: 's',
    min: 0.001,
    max: 900,
    step: 0.1,
    integer: false,
  },
  visibilityTimeoutSeconds: int('Visibility timeout', 's', 1, 43_200),
  maxReceiveCount: int('maxReceiveCount', 'count', 1, 100),
  messageGroupCount: int('Message groups', 'count', 1, 200),
  retentionSeconds: int('Retention period', 's', 60, 31_536_000),
  maximumRetryAttempts: int('MaximumRetryAttempts', 'count', -1, 10_000),
  maximumRecordAgeSeconds: int('MaximumRecordAgeInSeconds', 's', -1, 604_800),
  parallelizationFactor: int('ParallelizationFactor', 'count', 1, 10),
  shardCount: int('Shards', 'count', 1, 10),
  partitionKeyCount: int('Partition keys', 'count', 1, 200),
};

/**
 * The spec of a field for one source: a FIFO queue takes at most 10 records per batch, an SQS
 * queue keeps messages 60 s–14 days, a Kinesis stream 24 h–365 days
 * (https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention).
 */
export function esmFieldSpec(field: EsmNumberField, source: EsmSource): NumberFieldSpec {
  const spec = ESM_FIELDS[field];
  if (field === 'batchSize' && source === 'sqs-fifo') return { ...spec, max: 10 };
  if (field !== 'retentionSeconds') return spec;
  if (source === 'kinesis') return { ...spec, min: 86_400 };
  return source === 'dynamodb-streams'
    ? { ...spec, min: 86_400, max: 86_400 }
    : { ...spec, max: 1_209_600 };
}

/**
 * MaximumRecordAgeInSeconds is -1 (until the record expires) or 60–604,800 s; the gap cannot
 * be written as one range.
 * @returns an error message, or undefined when the value is allowed
 */
export function checkMaximumRecordAge(seconds: number): string | undefined {
  return seconds >= 0 && seconds < 60
    ? 'MaximumRecordAgeInSeconds must be -1 or at least 60 s.'
    : undefined;
}

/** A group of settings the chosen source has no use for, and why. */
export type EsmInapplicableSettings = Readonly<{
  settings: readonly string[];
  reason: string;
  factId: string;
}>;

const STREAM_ONLY: EsmInapplicableSettings = {
  settings: [
    'BisectBatchOnFunctionError',
    'MaximumRetryAttempts',
    'MaximumRecordAgeInSeconds',
    'On-failure destination',
    'ParallelizationFactor',
    'Shards and partition keys',
  ],
  reason:
    'These are stream settings. A queue retries a message each time its visibility timeout ends, and the queue’s redrive policy (maxReceiveCount) moves it to a dead-letter queue; an on-failure destination on the mapping is for streams.',
  factId: 'esm.sqs-on-failure',
};

const QUEUE_ONLY: EsmInapplicableSettings = {
  settings: ['Visibility timeout', 'Dead-letter queue and maxReceiveCount', 'Message groups'],
  reason:
    'These are queue settings. A stream keeps its records until its retention period ends: Lambda retries a failing batch in place, bounded by MaximumRetryAttempts and MaximumRecordAgeInSeconds, then can send the batch’s details to an on-failure destination.',
  factId: 'esm.stream-retry-limits',
};

/** Settings the lab hides for `source`, grouped by reason. */
export function listInapplicableSettings(source: EsmSource): readonly EsmInapplicableSettings[] {
  switch (source) {
    case 'sqs-standard':
      return [
        STREAM_ONLY,
        {
          settings: ['Message groups'],
          reason: 'Only FIFO queues have message groups.',
          factId: 'esm.sqs-on-failure',
        },
      ];
    case 'sqs-fifo':
      return [
        STREAM_ONLY,
        {
          settings: ['Batching window'],
          reason:
            'FIFO queues do not support MaximumBatchingWindowInSeconds; a batch also holds at most 10 messages.',
          factId: 'esm.sqs-batch-window',
        },
      ];
    case 'kinesis':
      return [QUEUE_ONLY];
    case 'dynamodb-streams':
      return [
        QUEUE_ONLY,
        {
          settings: ['Retention period'],
          reason: 'A DynamoDB stream keeps records for 24 hours; the period cannot be changed.',
          factId: 'esm.stream-retry-limits',
        },
      ];
    default:
      return assertNever(source);
  }
}

/** Whether a numeric field means anything for `source` (the form shows only those). */
export function isEsmFieldApplicable(field: EsmNumberField, source: EsmSource): boolean {
  const sqs = source === 'sqs-standard' || source === 'sqs-fifo';
  switch (field) {
    case 'recordCount':
    case 'batchSize':
    case 'functionTimeoutSeconds':
    case 'processingSecondsPerRecord':
      return true;
    case 'batchWindowSeconds':
      return source !== 'sqs-fifo';
    case 'visibilityTimeoutSeconds':
    case 'maxReceiveCount':
      return sqs;
    case 'messageGroupCount':
      return source === 'sqs-fifo';
    case 'retentionSeconds':
      return source !== 'dynamodb-streams';
    case 'maximumRetryAttempts':
    case 'maximumRecordAgeSeconds':
    case 'parallelizationFactor':
    case 'shardCount':
    case 'partitionKeyCount':
      return !sqs;
    default:
      return assertNever(field);
  }
}

/** The toggles of the lab, with the sources they apply to. */
export type EsmToggle = keyof Pick<
  EsmLabConfig,
  'reportBatchItemFailures' | 'dlq' | 'bisectBatchOnFunctionError' | 'onFailureDestination'
>;

export function isEsmToggleApplicable(toggle: EsmToggle, source: EsmSource): boolean {
  const sqs = source === 'sqs-standard' || source === 'sqs-fifo';
  if (toggle === 'reportBatchItemFailures') return true;
  return toggle === 'dlq' ? sqs : !sqs;
}
