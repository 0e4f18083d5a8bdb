/**
 * Which settings belong to which kind of trigger: an SQS queue, or a Kinesis or DynamoDB
 * stream. Each member fact only places its setting in its set; the rules and figures of each
 * setting live once, in event-source-mappings.ts.
 */
import type { Fact, FactSet } from '../schema';
import {
  kinesisOnFailure,
  kinesisParameters,
  mappingOnFailure,
  seed,
  sqsConfigure,
  sqsErrorHandling,
  sqsParameters,
} from './event-source-mapping-notes';

const exams = ['DVA-C02'] as const;
const domains = ['dva-1'] as const;

export const mappingSettingSets = [
  {
    id: 'esm.sqs-settings',
    topic: 'event-source-mappings',
    title: 'Settings of an SQS trigger',
    ask: 'A developer sets up an SQS trigger for a Lambda function. Which of these belongs to the configuration of that trigger?',
    askMany:
      'A developer sets up an SQS trigger for a Lambda function. Which of these belong to the configuration of that trigger?',
    nonMembers: [
      {
        text: 'ParallelizationFactor set on the event source mapping',
        why: 'ParallelizationFactor sets how many batches of each Kinesis or DynamoDB Streams shard run at once; a queue has no shards.',
      },
      {
        text: 'BisectBatchOnFunctionError on the event source mapping',
        why: 'Splitting a failed batch in two is an option of Kinesis and DynamoDB Streams mappings only; an SQS trigger isolates failed messages by reporting them, with ReportBatchItemFailures.',
      },
      {
        text: 'MaximumRecordAgeInSeconds on the event source mapping',
        why: 'A maximum record age applies to stream records; how long an SQS message lives is set by the retention period of the queue.',
      },
      {
        text: 'An on-failure destination on the event source mapping',
        why: 'SQS event source mappings do not support on-failure destinations; failing messages go to the dead-letter queue in the redrive policy of the queue.',
      },
      {
        text: 'A starting position for reading, such as TRIM_HORIZON or LATEST',
        why: 'A starting position says where Lambda begins reading each shard of a stream; a queue has no position, Lambda receives whichever messages are visible.',
      },
    ],
    docs: sqsParameters,
    seed,
  },
  {
    id: 'esm.stream-settings',
    topic: 'event-source-mappings',
    title: 'Settings of a Kinesis or DynamoDB Streams trigger',
    ask: 'A developer sets up a Kinesis data stream as the trigger of a Lambda function. Which of these is a setting of that trigger?',
    askMany:
      'A developer sets up a Kinesis data stream as the trigger of a Lambda function. Which of these are settings of that trigger?',
    nonMembers: [
      {
        text: 'The visibility timeout of the records in the source stream',
        why: 'A visibility timeout hides SQS messages while they are processed; stream records are never hidden, Lambda keeps its position in each shard.',
      },
      {
        text: 'A dead-letter queue in the redrive policy of the source',
        why: 'Redrive policies belong to SQS queues; a stream mapping sets discarded batches aside with an on-failure destination.',
      },
      {
        text: 'A message group ID that keeps related records in order',
        why: 'Message group IDs order the messages of an SQS FIFO queue; stream records are ordered by shard and partition key, chosen by the producer.',
      },
      {
        text: 'A maximum concurrency (ScalingConfig) on the event source mapping',
        why: 'Maximum concurrency (ScalingConfig) caps SQS event source mappings only; a stream mapping runs one batch per shard times its ParallelizationFactor.',
      },
    ],
    docs: kinesisParameters,
    seed,
  },
] as const satisfies readonly FactSet[];

const sqsMembers = [
  {
    id: 'esm.sqs-setting-batch-size',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'The batch size of the event source mapping',
    topic: 'event-source-mappings',
    statement: 'The batch size is one of the settings of an SQS event source mapping.',
    why: 'The batch size caps how many messages Lambda reads from the queue and passes to a single invocation of the function.',
    takeaway:
      'An SQS trigger sets how many messages each invocation receives through its batch size.',
    docs: sqsParameters,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'An SQS event source mapping always passes exactly one message to each invocation, so it has no batch size.',
        why: 'SQS mappings pass batches of messages, ten by default, and the batch size can be changed on the mapping.',
      },
    ],
  },
  {
    id: 'esm.sqs-setting-batch-window',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'The batching window of the event source mapping',
    topic: 'event-source-mappings',
    statement: 'The batching window is one of the settings of an SQS trigger on a standard queue.',
    why: 'MaximumBatchingWindowInSeconds lets Lambda wait to gather fuller batches from a standard queue before it invokes the function.',
    takeaway: 'A standard queue trigger can wait to fill its batches; a FIFO queue trigger cannot.',
    docs: sqsParameters,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'A batching window exists only for Kinesis and DynamoDB Streams mappings, and SQS batches are always sent at once.',
        why: 'Standard SQS queues support MaximumBatchingWindowInSeconds too; only FIFO queues do not.',
      },
    ],
  },
  {
    id: 'esm.sqs-setting-visibility-timeout',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'The visibility timeout of the source queue',
    topic: 'event-source-mappings',
    statement:
      'The visibility timeout of the source queue is one of the settings of an SQS trigger, although it is set on the queue itself.',
    why: 'Messages of a batch stay hidden while the function runs, so the visibility timeout of the queue has to cover the function timeout and leave room for retries.',
    takeaway: 'Configuring an SQS trigger includes sizing the visibility timeout of its queue.',
    docs: sqsConfigure,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'The visibility timeout is a setting of the event source mapping, so it applies to Kinesis and SQS sources alike.',
        why: 'The visibility timeout is an attribute of the SQS queue; stream records are never hidden, Lambda keeps its position in each shard instead.',
      },
    ],
  },
  {
    id: 'esm.sqs-setting-on-failure',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'A dead-letter queue in the queue redrive policy',
    topic: 'event-source-mappings',
    statement:
      'A dead-letter queue in the redrive policy of the source queue is one of the settings of an SQS trigger, although it is set on the queue itself.',
    why: 'SQS counts how often each message is received and, past maxReceiveCount, moves it to the dead-letter queue that the redrive policy names.',
    takeaway: 'The dead-letter queue of an SQS trigger is configured on the queue, not on Lambda.',
    docs: sqsConfigure,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'An on-failure destination on the event source mapping is one of the settings of an SQS trigger, as it is for a stream trigger.',
        why: 'SQS event source mappings do not support on-failure destinations; the redrive policy of the queue moves failing messages to its dead-letter queue.',
      },
    ],
  },
  {
    id: 'esm.sqs-setting-report-batch-item-failures',
    kind: 'member',
    set: 'esm.sqs-settings',
    label: 'ReportBatchItemFailures on the event source mapping',
    topic: 'event-source-mappings',
    statement: 'ReportBatchItemFailures is one of the settings of an SQS event source mapping.',
    why: 'Listing ReportBatchItemFailures in FunctionResponseTypes makes Lambda read batchItemFailures from the response and retry only those messages. Kinesis and DynamoDB Streams mappings accept the same setting.',
    takeaway:
      'Partial batch responses are turned on in the event source mapping, for a queue or a stream, then used by the code.',
    docs: sqsErrorHandling,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'ReportBatchItemFailures is a CloudWatch metric that counts failed SQS batches, without changing which messages are retried.',
        why: 'It is a value of FunctionResponseTypes on the mapping, and it makes Lambda return only the reported messages to the queue.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const streamMembers = [
  {
    id: 'esm.stream-setting-shard-iterator',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'A starting position such as TRIM_HORIZON or LATEST',
    topic: 'event-source-mappings',
    statement:
      'The starting position, which tells Lambda where to start reading each shard, is a setting of a stream event source mapping.',
    why: 'StartingPosition (TRIM_HORIZON, LATEST or AT_TIMESTAMP) sets the kind of shard iterator Lambda uses when it starts reading a shard.',
    takeaway:
      'A stream trigger needs a starting position; TRIM_HORIZON reads from the oldest record, LATEST from new records only.',
    docs: kinesisParameters,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'A starting position is a setting of SQS event source mappings, which read a queue from its oldest message.',
        why: 'A queue has no position to start from; Lambda receives whichever messages are visible, so only stream mappings take a starting position.',
      },
    ],
  },
  {
    id: 'esm.stream-setting-bisect',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'BisectBatchOnFunctionError on the event source mapping',
    topic: 'event-source-mappings',
    statement:
      'BisectBatchOnFunctionError is a setting of Kinesis and DynamoDB Streams event source mappings.',
    why: 'A stream batch that fails blocks its shard, so splitting it helps the good records through; an SQS trigger cannot split batches and reports failed messages instead.',
    takeaway: 'Bisecting failed batches is a stream option, set on the event source mapping.',
    docs: kinesisOnFailure,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'BisectBatchOnFunctionError is a setting of SQS event source mappings, which split failed batches of messages.',
        why: 'SQS triggers cannot split a batch: they isolate failures with ReportBatchItemFailures, which stream mappings also accept, while bisecting a failed batch is an option of stream mappings only.',
      },
    ],
  },
  {
    id: 'esm.stream-setting-on-failure',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'An on-failure destination on the event source mapping',
    topic: 'event-source-mappings',
    statement:
      'An on-failure destination is a setting of Kinesis and DynamoDB Streams event source mappings.',
    why: 'DestinationConfig on the mapping names the SQS queue, SNS topic or S3 bucket that receives a record of each discarded batch.',
    takeaway:
      'A stream trigger sets failed batches aside through the on-failure destination of its mapping.',
    docs: mappingOnFailure,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'An on-failure destination for a stream trigger is set in the function’s asynchronous invocation configuration.',
        why: 'The function’s asynchronous destinations apply only to events invoked asynchronously; a stream mapping invokes synchronously and takes its own DestinationConfig.',
      },
    ],
  },
  {
    id: 'esm.stream-setting-retry-limits',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'A maximum retry count and a maximum record age',
    topic: 'event-source-mappings',
    statement:
      'MaximumRetryAttempts and MaximumRecordAgeInSeconds are settings of Kinesis and DynamoDB Streams event source mappings.',
    why: 'Both tell the mapping when to give up on a failing batch, so that a bad record does not block its shard until the records expire.',
    takeaway: 'Retry limits of a stream trigger are set on the event source mapping.',
    docs: kinesisParameters,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'MaximumRetryAttempts is set in the redrive policy of the source, next to its dead-letter queue.',
        why: 'Redrive policies belong to SQS queues and count receives with maxReceiveCount; stream retry limits are set on the event source mapping.',
      },
    ],
  },
  {
    id: 'esm.stream-setting-parallelization',
    kind: 'member',
    set: 'esm.stream-settings',
    label: 'ParallelizationFactor on the event source mapping',
    topic: 'event-source-mappings',
    statement:
      'ParallelizationFactor is a setting of Kinesis and DynamoDB Streams event source mappings.',
    why: 'ParallelizationFactor sets how many batches of each shard Lambda processes at once, keeping records with the same partition key in order.',
    takeaway:
      'More concurrency for a stream trigger comes from ParallelizationFactor on its mapping.',
    docs: kinesisParameters,
    seed,
    exams,
    domains,
    misconceptions: [
      {
        text: 'ParallelizationFactor sets how many SQS messages each poller of the event source mapping receives per call.',
        why: 'ParallelizationFactor sets concurrent batches per stream shard; SQS mappings scale with their maximum concurrency and batch size instead.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const mappingSettingFacts = [
  ...sqsMembers,
  ...streamMembers,
] as const satisfies readonly Fact[];
