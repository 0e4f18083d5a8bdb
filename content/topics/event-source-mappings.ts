import type { Fact, Topic } from '../schema';
import { bothExams, citeSection } from './authoring';
import {
  shardInvocationNote,
  sqsBatchSizeNote,
  sqsBatchWindowNote,
  sqsOnFailureNote,
  sqsVisibilityNote,
  streamOnFailureNote,
} from './event-source-mapping-notes';
import { mappingSettingFacts, mappingSettingSets } from './event-source-mapping-settings';

const section = '4. Event Source Mapping Configuration' as const;
const seed = citeSection(section);
const failureDomains = ['dva-4', 'sap-3'] as const;
const designDomains = ['dva-1', 'sap-2'] as const;

const sqsFacts = [
  {
    id: 'esm.sqs-batch-size',
    kind: 'limit',
    topic: 'event-source-mappings',
    subject: 'batch size of an SQS event source mapping',
    value: { kind: 'range', min: 1, max: 10000, unit: 'count' },
    statement: 'An SQS event source mapping takes a batch size of 1 to 10,000 messages.',
    source: seed,
    exams: bothExams,
    domains: designDomains,
    misconceptions: [
      'An SQS event source mapping delivers at most 10 messages per batch, the ReceiveMessage maximum.',
      'An SQS event source mapping accepts batches of up to 100,000 messages.',
    ],
    factCheck: sqsBatchSizeNote,
  },
  {
    id: 'esm.sqs-batch-window',
    kind: 'limit',
    topic: 'event-source-mappings',
    subject: 'batch window of an SQS event source mapping',
    value: { kind: 'range', min: 0, max: 300, unit: 's' },
    statement:
      'The batch window of an SQS event source mapping is 0–300 seconds: how long Lambda waits to fill a batch before invoking.',
    source: seed,
    exams: bothExams,
    domains: designDomains,
    misconceptions: [
      'The batch window is how long the function may run before the batch is retried, from 0 to 900 seconds.',
    ],
    factCheck: sqsBatchWindowNote,
  },
  {
    id: 'esm.sqs-visibility-timeout',
    kind: 'limit',
    topic: 'event-source-mappings',
    subject: 'multiple of the function timeout that the SQS visibility timeout must exceed',
    value: { kind: 'exact', n: 6, unit: 'count' },
    statement:
      'The SQS visibility timeout must be greater than the Lambda function timeout × 6, to prevent duplicate processing during retries.',
    source: seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      'The SQS visibility timeout should be shorter than the function timeout, so that failed messages reappear quickly.',
      'The SQS visibility timeout only needs to equal the batch window.',
    ],
    factCheck: sqsVisibilityNote,
  },
  {
    id: 'esm.sqs-on-failure',
    kind: 'rule',
    topic: 'event-source-mappings',
    statement:
      'For an SQS event source, failed messages go to a DLQ on the SQS queue or to a Lambda failure destination.',
    source: seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      'For an SQS event source, Lambda deletes failed messages from the queue after the first failed attempt.',
    ],
    factCheck: sqsOnFailureNote,
  },
  {
    id: 'esm.report-batch-item-failures',
    kind: 'rule',
    topic: 'event-source-mappings',
    statement:
      'With ReportBatchItemFailures (SQS) the function returns the failed message IDs, so only those specific messages are retried, not the whole batch.',
    source: seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      'With ReportBatchItemFailures, one failed message makes Lambda retry the whole batch, including the messages that succeeded.',
      'ReportBatchItemFailures sends the failed messages straight to the DLQ without any retry.',
    ],
  },
] as const satisfies readonly Fact[];

const streamFacts = [
  {
    id: 'esm.stream-shard-invocation',
    kind: 'rule',
    topic: 'event-source-mappings',
    statement:
      'For Kinesis and DynamoDB Streams, the shard iterator means one Lambda invocation per active shard.',
    source: seed,
    exams: bothExams,
    domains: designDomains,
    misconceptions: [
      'For Kinesis and DynamoDB Streams, Lambda invokes the function once per record, in parallel across all records.',
    ],
    factCheck: shardInvocationNote,
  },
  {
    id: 'esm.bisect-batch',
    kind: 'rule',
    topic: 'event-source-mappings',
    statement:
      'BisectBatchOnFunctionError (Kinesis/DynamoDB Streams) splits a failing batch in half and retries the halves to isolate bad records, reducing reprocessing.',
    source: seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      'BisectBatchOnFunctionError doubles the batch size after an error so that the backlog clears faster.',
      'BisectBatchOnFunctionError is an SQS setting that returns failed message IDs.',
    ],
  },
  {
    id: 'esm.stream-on-failure-destination',
    kind: 'rule',
    topic: 'event-source-mappings',
    statement:
      'For Kinesis and DynamoDB Streams, DestinationConfig.OnFailure sends failed records to SQS or SNS.',
    source: seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      'DestinationConfig.OnFailure writes failed stream records back to the same shard for another try.',
    ],
    factCheck: streamOnFailureNote,
  },
  {
    id: 'esm.stream-retry-limits',
    kind: 'rule',
    topic: 'event-source-mappings',
    statement:
      'MaximumRetryAttempts and MaximumRecordAgeInSeconds limit retries of a failing stream batch, to prevent infinite loops.',
    source: seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      'MaximumRetryAttempts and MaximumRecordAgeInSeconds set how long Kinesis keeps records in the stream.',
    ],
  },
  {
    id: 'esm.parallelization-factor',
    kind: 'limit',
    topic: 'event-source-mappings',
    subject: 'ParallelizationFactor: concurrent invocations per shard',
    value: { kind: 'range', min: 1, max: 10, unit: 'count' },
    statement:
      'ParallelizationFactor sets 1–10 concurrent invocations per shard, to increase throughput.',
    source: seed,
    exams: bothExams,
    domains: designDomains,
    misconceptions: [
      'ParallelizationFactor can run up to 100 concurrent invocations per shard.',
      'ParallelizationFactor spreads one batch across several functions instead of running more batches per shard.',
    ],
  },
] as const satisfies readonly Fact[];

export const eventSourceMappingFacts = [
  ...sqsFacts,
  ...streamFacts,
  ...mappingSettingFacts,
] as const satisfies readonly Fact[];

export const eventSourceMappingsTopic = {
  id: 'event-source-mappings',
  title: 'Event source mapping configuration',
  summary:
    'Batching, visibility timeout and failure handling for SQS; shards, bisecting, retries and parallelization for streams.',
  section,
  intro: [
    'An event source mapping is the Lambda resource that polls a queue or stream and invokes your function with batches of records. Configuring event source mappings for SQS, DynamoDB Streams and Kinesis is a core job.',
    'Queues and streams fail differently: a failed SQS message becomes visible again after the visibility timeout, while a failed stream batch blocks its shard until it succeeds, expires or is sent away. The settings below exist to handle those cases.',
  ],
  tables: [],
  facts: eventSourceMappingFacts,
  sets: mappingSettingSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
