/**
 * The document groups event source mapping settings under "SQS + Lambda" and
 * "Kinesis / DynamoDB Streams + Lambda". These sets let questions ask which settings
 * belong to which kind of source; the detailed rules live in event-source-mappings.ts.
 */
import type { Fact, FactSet } from '../schema';
import { bothExams, citeSection } from './authoring';
import {
  shardInvocationNote,
  sqsBatchSizeNote,
  sqsBatchWindowNote,
  sqsOnFailureNote,
  sqsVisibilityNote,
  streamOnFailureNote,
} from './event-source-mapping-notes';

const seed = citeSection('4. Event Source Mapping Configuration');
const domains = ['dva-1', 'sap-2'] as const;

export const mappingSettingSets = [
  {
    id: 'esm.sqs-settings',
    topic: 'event-source-mappings',
    title: 'SQS + Lambda settings',
    ask: 'Which of these does the study guide list for an SQS event source (SQS + Lambda)?',
    nonMembers: [
      'ParallelizationFactor',
      'BisectBatchOnFunctionError',
      'MaximumRecordAgeInSeconds',
      'Shard iterator',
    ],
    source: seed,
  },
  {
    id: 'esm.stream-settings',
    topic: 'event-source-mappings',
    title: 'Kinesis / DynamoDB Streams + Lambda settings',
    ask: 'Which of these does the study guide list for a Kinesis or DynamoDB Streams event source?',
    nonMembers: [
      'Queue visibility timeout',
      'Dead-letter queue on the source queue',
      'Message group ID',
    ],
    source: seed,
  },
] as const satisfies readonly FactSet[];

const sqsMembers = [
  {
    id: 'esm.sqs-setting-batch-size',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'Batch size (1–10,000 messages)',
    topic: 'event-source-mappings',
    statement: 'Batch size (1–10,000 messages) is a setting of the SQS event source mapping.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['An SQS event source always delivers exactly one message per invocation.'],
    factCheck: sqsBatchSizeNote,
  },
  {
    id: 'esm.sqs-setting-batch-window',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'Batch window (0–300 seconds)',
    topic: 'event-source-mappings',
    statement: 'Batch window (0–300 seconds) is a setting of the SQS event source mapping.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'A batch window exists only for Kinesis streams; SQS batches are always sent at once.',
    ],
    factCheck: sqsBatchWindowNote,
  },
  {
    id: 'esm.sqs-setting-visibility-timeout',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'Visibility timeout greater than 6 × function timeout',
    topic: 'event-source-mappings',
    statement:
      'For SQS + Lambda, the queue’s visibility timeout must be greater than 6 × the function timeout.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['The visibility timeout is a setting of Kinesis shards, not of SQS queues.'],
    factCheck: sqsVisibilityNote,
  },
  {
    id: 'esm.sqs-setting-on-failure',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'On failure: DLQ on the SQS queue or Lambda failure destination',
    topic: 'event-source-mappings',
    statement:
      'For SQS + Lambda, failures go to a DLQ on the SQS queue or to a Lambda failure destination.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['For SQS + Lambda, failed messages are written back to a Kinesis shard.'],
    factCheck: sqsOnFailureNote,
  },
  {
    id: 'esm.sqs-setting-report-batch-item-failures',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'ReportBatchItemFailures',
    topic: 'event-source-mappings',
    statement:
      'ReportBatchItemFailures is how an SQS-triggered function reports which messages failed.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'ReportBatchItemFailures is a CloudWatch alarm that counts failed SQS batches.',
    ],
  },
] as const satisfies readonly Fact[];

const streamMembers = [
  {
    id: 'esm.stream-setting-shard-iterator',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'Shard iterator (one invocation per active shard)',
    topic: 'event-source-mappings',
    statement:
      'For Kinesis / DynamoDB Streams + Lambda, the shard iterator gives one invocation per active shard.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['A shard iterator is how Lambda reads messages from an SQS queue.'],
    factCheck: shardInvocationNote,
  },
  {
    id: 'esm.stream-setting-bisect',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'BisectBatchOnFunctionError',
    topic: 'event-source-mappings',
    statement:
      'BisectBatchOnFunctionError is a setting of Kinesis and DynamoDB Streams event source mappings.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['BisectBatchOnFunctionError is a setting of SQS event sources only.'],
  },
  {
    id: 'esm.stream-setting-on-failure',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'DestinationConfig.OnFailure',
    topic: 'event-source-mappings',
    statement:
      'DestinationConfig.OnFailure is a setting of Kinesis and DynamoDB Streams event source mappings.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'DestinationConfig.OnFailure is a property of the Kinesis stream, not of the mapping.',
    ],
    factCheck: streamOnFailureNote,
  },
  {
    id: 'esm.stream-setting-retry-limits',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'MaximumRetryAttempts and MaximumRecordAgeInSeconds',
    topic: 'event-source-mappings',
    statement:
      'MaximumRetryAttempts and MaximumRecordAgeInSeconds are settings of Kinesis and DynamoDB Streams event source mappings.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['MaximumRetryAttempts is set on the SQS queue’s redrive policy.'],
  },
  {
    id: 'esm.stream-setting-parallelization',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'ParallelizationFactor',
    topic: 'event-source-mappings',
    statement:
      'ParallelizationFactor is a setting of Kinesis and DynamoDB Streams event source mappings.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['ParallelizationFactor sets how many SQS messages each poller receives.'],
  },
] as const satisfies readonly Fact[];

export const mappingSettingFacts = [
  ...sqsMembers,
  ...streamMembers,
] as const satisfies readonly Fact[];
