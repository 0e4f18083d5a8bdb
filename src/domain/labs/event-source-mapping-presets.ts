/** Classic batch-failure scenarios for the event source mapping lab. */
import { DEFAULT_ESM_CONFIG, type EsmLabConfig } from './event-source-mapping-types';
import type { LabPreset } from './lab-types';

export type EsmPresetId =
  | 'sqs-poison-whole-batch'
  | 'sqs-poison-partial-batch'
  | 'sqs-visibility-below-timeout'
  | 'fifo-failing-message'
  | 'kinesis-unbounded-retries'
  | 'kinesis-bisect'
  | 'dynamodb-parallel';

const sqs: EsmLabConfig = {
  ...DEFAULT_ESM_CONFIG,
  source: 'sqs-standard',
  recordCount: 10,
  batchSize: 5,
  alwaysFail: [2],
  failOnce: [],
};
const kinesis: EsmLabConfig = {
  ...DEFAULT_ESM_CONFIG,
  source: 'kinesis',
  recordCount: 10,
  batchSize: 5,
  alwaysFail: [2],
  failOnce: [],
  retentionSeconds: 86_400,
  partitionKeyCount: 1,
};

export const ESM_PRESETS = [
  {
    id: 'sqs-poison-whole-batch',
    title: 'One poison message without ReportBatchItemFailures',
    description:
      'Message 2 always fails and the handler throws: its whole batch comes back three times, the four good messages run again and end up in the dead-letter queue with it.',
    inputs: sqs,
  },
  {
    id: 'sqs-poison-partial-batch',
    title: 'The same poison message with ReportBatchItemFailures',
    description:
      'The handler reports only message 2 as failed: the rest of its batch is deleted at once, and only message 2 reaches the dead-letter queue.',
    inputs: { ...sqs, reportBatchItemFailures: true },
  },
  {
    id: 'sqs-visibility-below-timeout',
    title: 'Visibility timeout below the function timeout',
    description:
      'Batches take 25 s but messages stay hidden for only 20 s: every message is handed out again while the first invocation still runs, so each is processed twice.',
    inputs: {
      ...sqs,
      alwaysFail: [],
      functionTimeoutSeconds: 30,
      processingSecondsPerRecord: 5,
      visibilityTimeoutSeconds: 20,
    },
  },
  {
    id: 'fifo-failing-message',
    title: 'A FIFO queue with a failing message',
    description:
      'Two message groups; message 2 of group 0 always fails. Group 1 goes through, group 0 waits behind message 2, and the messages after it follow it to the dead-letter queue so the order holds.',
    inputs: { ...sqs, source: 'sqs-fifo', reportBatchItemFailures: true, messageGroupCount: 2 },
  },
  {
    id: 'kinesis-unbounded-retries',
    title: 'Kinesis with the default retry settings',
    description:
      'MaximumRetryAttempts and MaximumRecordAgeInSeconds stay at -1: one bad record blocks its shard until the stream’s 24-hour retention removes every record behind it.',
    inputs: kinesis,
  },
  {
    id: 'kinesis-bisect',
    title: 'Kinesis with BisectBatchOnFunctionError',
    description:
      'Bisecting isolates record 2 in a few halvings, two retries are allowed, then its details go to the on-failure destination and the shard moves on after seconds instead of a day.',
    inputs: {
      ...kinesis,
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: 2,
      onFailureDestination: true,
    },
  },
  {
    id: 'dynamodb-parallel',
    title: 'DynamoDB Streams with ParallelizationFactor 2',
    description:
      'Two shards, two batches at once per shard: record 5 blocks only its own partition key. After a minute (MaximumRecordAgeInSeconds 60) that key’s records are too old and go to the on-failure destination; the other keys flow in order.',
    inputs: {
      ...DEFAULT_ESM_CONFIG,
      source: 'dynamodb-streams',
      recordCount: 16,
      batchSize: 2,
      processingSecondsPerRecord: 2,
      alwaysFail: [5],
      failOnce: [],
      retentionSeconds: 86_400,
      maximumRecordAgeSeconds: 60,
      onFailureDestination: true,
      parallelizationFactor: 2,
      shardCount: 2,
      partitionKeyCount: 4,
    },
  },
] as const satisfies readonly (LabPreset<EsmLabConfig> & { id: EsmPresetId })[];
