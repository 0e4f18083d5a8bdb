import type { Fact, Topic } from '../schema';
import { bothExams } from './authoring';
import {
  createMapping,
  kinesisOnFailure,
  kinesisParameters,
  kinesisPolling,
  mappingOnFailure,
  seed,
  sqsConfigure,
  sqsErrorHandling,
  sqsParameters,
} from './event-source-mapping-notes';
import { mappingSettingFacts, mappingSettingSets } from './event-source-mapping-settings';

const failureDomains = ['dva-4', 'sap-3'] as const;
const designDomains = ['dva-1', 'sap-2'] as const;
const developerOnly = ['DVA-C02'] as const;

const sqsBatching = [
  {
    id: 'esm.sqs-batch-size',
    kind: 'limit',
    topic: 'event-source-mappings',
    part: 'SQS batching',
    subject: 'batch size of an SQS event source mapping on a standard queue',
    value: { kind: 'range', min: 1, max: 10000, unit: 'count' },
    statement:
      'An SQS event source mapping on a standard queue takes a batch size of 1 to 10,000 messages.',
    why: 'Lambda gathers messages until the batch size, the batching window or the 6 MB invocation payload limit is reached, then passes them all to one invocation; a standard queue allows up to 10,000 messages per batch.',
    takeaway:
      'A standard queue trigger takes up to 10,000 messages per batch, a FIFO queue trigger up to 10.',
    ask: 'A developer connects a standard SQS queue to a Lambda function through an event source mapping. Which batch sizes can the mapping use?',
    notesSaid: 'Batch size: 1–10,000 messages',
    examNote:
      'Older questions that do not name the queue type expect 10,000 messages as the maximum.',
    docs: sqsParameters,
    seed,
    exams: developerOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'An SQS event source mapping on a standard queue takes a batch size of 1 to 10 messages only.',
        why: 'Ten messages is the maximum for FIFO queues; a standard queue accepts up to 10,000 messages per batch once a batching window is set.',
        figure: { kind: 'range', min: 1, max: 10, unit: 'count' },
      },
      {
        text: 'An SQS event source mapping on a standard queue takes a batch size of 1 to 120,000 messages.',
        why: 'A standard queue allows about 120,000 in-flight messages in total, but one batch for Lambda holds at most 10,000 messages.',
        figure: { kind: 'range', min: 1, max: 120000, unit: 'count' },
      },
      {
        text: 'An SQS event source mapping on a standard queue takes a batch size of 1 to 1,000 messages only.',
        why: 'A thousand is neither SQS maximum: standard queues allow 10,000 messages per batch and FIFO queues allow 10.',
        figure: { kind: 'range', min: 1, max: 1000, unit: 'count' },
      },
    ],
  },
  {
    id: 'esm.sqs-fifo-batch-size',
    kind: 'limit',
    topic: 'event-source-mappings',
    part: 'SQS batching',
    subject: 'batch size of an SQS event source mapping on a FIFO queue',
    value: { kind: 'range', min: 1, max: 10, unit: 'count' },
    statement:
      'An SQS event source mapping on a FIFO queue takes a batch size of 1 to 10 messages.',
    why: 'Lambda delivers FIFO messages in order within each message group and caps FIFO batches at ten messages; the 10,000 maximum applies to standard queues only.',
    takeaway: 'A FIFO queue trigger never takes more than 10 messages per batch.',
    ask: 'A developer connects an SQS FIFO queue to a Lambda function and wants batches as large as possible. Which batch sizes can the mapping use?',
    docs: sqsParameters,
    seed,
    exams: developerOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'An SQS event source mapping on a FIFO queue takes a batch size of 1 to 10,000 messages.',
        why: 'Ten thousand messages is the maximum for standard queues; a FIFO queue mapping is limited to ten messages per batch.',
        figure: { kind: 'range', min: 1, max: 10000, unit: 'count' },
      },
      {
        text: 'An SQS event source mapping on a FIFO queue takes a batch size of 1 to 100 messages.',
        why: 'One hundred records is the default batch size of a stream mapping; a FIFO queue mapping stops at ten messages.',
        figure: { kind: 'range', min: 1, max: 100, unit: 'count' },
      },
      {
        text: 'An SQS event source mapping on a FIFO queue takes a batch size of 1 to 300 messages.',
        why: 'Three hundred is the largest batching window in seconds, not a batch size; FIFO batches hold at most ten messages.',
        figure: { kind: 'range', min: 1, max: 300, unit: 'count' },
      },
    ],
  },
  {
    id: 'esm.sqs-large-batch-window',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'SQS batching',
    statement:
      'A batch size above ten messages needs a batching window of at least one second on the mapping.',
    why: 'One receive call returns at most ten messages, so Lambda needs time to gather more; the API rejects a batch size above ten while MaximumBatchingWindowInSeconds is zero.',
    takeaway:
      'Raising an SQS batch size above 10 messages also means setting a batching window of at least 1 second.',
    ask: 'A developer sets the batch size of an SQS event source mapping on a standard queue to 500 messages. What must the mapping also have?',
    docs: createMapping,
    seed,
    exams: developerOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A batch size above ten messages needs ReportBatchItemFailures turned on for the mapping as well.',
        why: 'Partial batch responses are optional at every batch size; the only requirement for large batches is a batching window of at least one second.',
      },
      {
        text: 'A batch size above ten messages needs a FIFO queue, which groups the messages for the mapping.',
        why: 'It is the other way round: FIFO queues are capped at ten messages per batch, and only standard queues take larger batches.',
      },
      {
        text: 'A batch size above ten messages needs long polling on the queue, with a receive wait time of 20 seconds.',
        why: 'The queue’s receive wait time is not what the mapping checks: the API rejects a batch size above ten unless the mapping’s own batching window is at least one second.',
      },
    ],
  },
  {
    id: 'esm.sqs-batch-window',
    kind: 'limit',
    topic: 'event-source-mappings',
    part: 'SQS batching',
    subject: 'batching window of an SQS event source mapping on a standard queue',
    value: { kind: 'range', min: 0, max: 300, unit: 's' },
    statement:
      'The batching window of an SQS event source mapping on a standard queue can be set from 0 to 300 seconds.',
    why: 'MaximumBatchingWindowInSeconds is how long Lambda keeps gathering messages before it invokes the function; the batch leaves earlier when it reaches the batch size or 6 MB.',
    takeaway:
      'The batching window goes up to 300 seconds (five minutes), defaults to 0 and exists only for standard queues.',
    ask: 'A developer wants Lambda to fill bigger batches from a standard SQS queue to reduce the number of invocations. What range can the batching window take?',
    notesSaid: 'Batch window: 0–300 seconds (wait to fill batch before invocation)',
    docs: createMapping,
    seed,
    exams: developerOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'The batching window of an SQS event source mapping on a standard queue can be set from 0 to 20 seconds.',
        why: 'Twenty seconds is the longest wait time of SQS long polling; the batching window of the mapping goes up to 300 seconds.',
        figure: { kind: 'range', min: 0, max: 20, unit: 's' },
      },
      {
        text: 'The batching window of an SQS event source mapping on a standard queue can be set from 0 to 900 seconds.',
        why: 'Nine hundred seconds is the longest function timeout; the batching window is a separate setting capped at 300 seconds.',
        figure: { kind: 'range', min: 0, max: 900, unit: 's' },
      },
      {
        text: 'The batching window of an SQS event source mapping on a standard queue can be set from 0 to 43,200 seconds.',
        why: 'Twelve hours is the longest SQS visibility timeout; Lambda waits at most 300 seconds to fill a batch.',
        figure: { kind: 'range', min: 0, max: 43200, unit: 's' },
      },
    ],
  },
  {
    id: 'esm.sqs-fifo-no-batch-window',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'SQS batching',
    statement: 'An SQS event source mapping on a FIFO queue does not support a batching window.',
    why: 'The Lambda parameters for SQS list MaximumBatchingWindowInSeconds as not supported for FIFO queues, whose batches are also capped at ten messages.',
    takeaway:
      'Batching windows are a standard-queue feature; a FIFO queue trigger cannot wait to fill its batches.',
    ask: 'A developer connects an SQS FIFO queue to a Lambda function and wants Lambda to wait a few seconds to fill each batch. What applies?',
    docs: sqsParameters,
    seed,
    exams: developerOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'An SQS event source mapping on a FIFO queue supports a batching window of up to five minutes, like a standard queue.',
        why: 'Only standard queues support a batching window; the SQS parameters page states that FIFO queues do not.',
      },
      {
        text: 'An SQS event source mapping on a FIFO queue supports a batching window, but only one for each message group ID.',
        why: 'There is no batching window per message group; FIFO queue mappings do not support MaximumBatchingWindowInSeconds at all.',
      },
      {
        text: 'An SQS event source mapping on a FIFO queue needs a batching window of at least one second to keep its order.',
        why: 'Order comes from message group IDs, not from waiting, and a FIFO queue mapping cannot have a batching window.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const sqsFailures = [
  {
    id: 'esm.sqs-visibility-timeout',
    kind: 'limit',
    topic: 'event-source-mappings',
    part: 'SQS retries and failures',
    subject:
      'least multiple of the function timeout that AWS recommends for the visibility timeout of an SQS source queue',
    value: { kind: 'exact', n: 6, unit: 'count' },
    statement:
      'AWS recommends a source queue visibility timeout of at least 6 times the function timeout.',
    why: 'Messages stay hidden while Lambda processes their batch; the extra time lets Lambda retry when the function is throttled while it processes an earlier batch, before the messages reappear and run twice.',
    takeaway:
      'Set the visibility timeout to at least six times the function timeout; Lambda itself only refuses one shorter than the function timeout.',
    ask: 'A function with a 30-second timeout reads from an SQS queue. What multiple of the function timeout does AWS recommend, at least, for the queue visibility timeout?',
    notesSaid:
      'Visibility timeout: must be > Lambda function timeout × 6 (to prevent duplicate processing during retries)',
    examNote:
      'Older questions state six times the function timeout as a requirement; it is a recommendation, and six times is still the answer they expect.',
    docs: sqsConfigure,
    seed,
    exams: developerOnly,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'AWS recommends a source queue visibility timeout of at least 1 times the function timeout.',
        why: 'A visibility timeout equal to the function timeout is the least Lambda accepts, not what AWS recommends; it leaves no room for retries after throttling.',
        figure: { kind: 'exact', n: 1, unit: 'count' },
      },
      {
        text: 'AWS recommends a source queue visibility timeout of at least 2 times the function timeout.',
        why: 'Twice the function timeout leaves too little room for retries after throttling; AWS recommends at least six times.',
        figure: { kind: 'exact', n: 2, unit: 'count' },
      },
      {
        text: 'AWS recommends a source queue visibility timeout of at least 3 times the function timeout.',
        why: 'Three times the function timeout is below the AWS recommendation of at least six times, meant to cover retries after throttling.',
        figure: { kind: 'exact', n: 3, unit: 'count' },
      },
    ],
  },
  {
    id: 'esm.sqs-visibility-enforced',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'SQS retries and failures',
    statement:
      'Lambda rejects an SQS event source mapping whose function timeout is longer than the queue visibility timeout.',
    why: 'Lambda validates both timeouts whenever a mapping is created or updated, because a message that reappears while its invocation still runs would be processed twice.',
    takeaway:
      'A visibility timeout shorter than the function timeout is refused; one shorter than six times the function timeout is accepted but not recommended.',
    ask: 'A developer creates an SQS event source mapping for a function with a 60-second timeout, on a queue whose visibility timeout is 30 seconds. What happens?',
    docs: sqsConfigure,
    seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      {
        text: 'Lambda accepts the SQS event source mapping and raises the queue visibility timeout to match the function timeout.',
        why: 'Lambda never changes the attributes of the queue; it validates the two timeouts and returns an error when the function timeout is longer.',
      },
      {
        text: 'Lambda accepts the SQS event source mapping and stops each invocation as soon as the queue visibility timeout ends.',
        why: 'Lambda does not cut invocations short to fit the queue; it refuses to create or update the mapping instead.',
      },
      {
        text: 'Lambda accepts the SQS event source mapping, and the messages that reappear during processing are handled twice.',
        why: 'That is the risk the check prevents: Lambda validates the timeouts when the mapping is created or updated and returns an error.',
      },
    ],
  },
  {
    id: 'esm.sqs-on-failure',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'SQS retries and failures',
    statement:
      'Failed messages of an SQS trigger return to the queue after the visibility timeout, until its redrive policy moves them to a dead-letter queue.',
    why: 'Lambda deletes messages only after the function succeeds; a failed message becomes visible again, and SQS counts its receives until they pass the maxReceiveCount of the redrive policy.',
    takeaway:
      'For an SQS trigger, set the dead-letter queue on the source queue, never as a Lambda destination.',
    ask: 'A function triggered by an SQS queue keeps failing on a few malformed messages. Where do those messages end up?',
    notesSaid: 'On failure: DLQ on SQS queue or Lambda destination (failure destination)',
    examNote:
      'Older questions may accept a Lambda failure destination for an SQS trigger; the answer AWS documents is the dead-letter queue of the source queue.',
    docs: sqsConfigure,
    seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      {
        text: 'Failed messages of an SQS trigger go to the on-failure destination of the event source mapping, once Lambda has retried them twice in a row.',
        why: 'SQS event source mappings have no on-failure destination; that setting exists for Kinesis, DynamoDB Streams and Kafka mappings.',
      },
      {
        text: 'Failed messages of an SQS trigger go to the dead-letter queue of the function itself, the one that is configured for its asynchronous invocations.',
        why: 'Lambda invokes the function synchronously for an SQS mapping, so the asynchronous dead-letter queue of the function is never used.',
      },
      {
        text: 'Failed messages of an SQS trigger are deleted from the queue after the first failed attempt, so that the messages behind them are never blocked.',
        why: 'Lambda deletes messages only after a successful invocation; failed ones become visible again when the visibility timeout ends.',
      },
    ],
  },
  {
    id: 'esm.report-batch-item-failures',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'SQS retries and failures',
    statement:
      'With ReportBatchItemFailures on an SQS trigger, the function returns the IDs of the failed messages, and only those messages return to the queue.',
    why: 'Lambda reads batchItemFailures from the function response, deletes every other message of the batch and lets only the reported ones reappear after the visibility timeout.',
    takeaway:
      'So that one bad message does not send a whole SQS batch back, turn on ReportBatchItemFailures and return the failed message IDs.',
    ask: 'A function reads batches of 100 messages from a standard SQS queue, and one bad message makes the whole batch reappear. What does turning on ReportBatchItemFailures change?',
    docs: sqsErrorHandling,
    seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      {
        text: 'With ReportBatchItemFailures on an SQS trigger, the function returns the IDs of the failed messages, and Lambda moves them straight to the dead-letter queue.',
        why: 'Reported messages go back to the queue to be retried; only the redrive policy moves a message to the dead-letter queue, after maxReceiveCount receives.',
      },
      {
        text: 'With ReportBatchItemFailures on an SQS trigger, Lambda splits the failed batch in half and retries each half until it has found the bad messages.',
        why: 'Splitting a failed batch is what BisectBatchOnFunctionError does for streams; with SQS the function itself names the failed messages.',
      },
      {
        text: 'With ReportBatchItemFailures on an SQS trigger, Lambda logs the IDs of the failed messages, but the whole batch still returns to the queue for a retry.',
        why: 'The setting changes what returns: Lambda deletes the messages that succeeded and makes only the reported ones visible again.',
      },
    ],
  },
  {
    id: 'esm.sqs-fifo-partial-batch',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'SQS retries and failures',
    statement:
      'With partial batch responses on a FIFO queue, the function should stop at the first failure and report that message and every later one as failed.',
    why: 'Returning the failed message together with every later one keeps them in the queue in their original order, so no later message of a group succeeds before the failed one.',
    takeaway:
      'With a FIFO queue and partial batch responses, stop at the first failure and return it and the rest of the batch as failed.',
    ask: 'A function reads batches of ten messages from an SQS FIFO queue with ReportBatchItemFailures turned on, and the third message fails. What should the function do?',
    docs: sqsErrorHandling,
    seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      {
        text: 'With partial batch responses on a FIFO queue, the function should report only the failed message and then keep processing every message after it.',
        why: 'Later messages of the same group would then succeed before the failed one is retried, which breaks the FIFO order.',
      },
      {
        text: 'With partial batch responses on a FIFO queue, the function should throw an error so that only the failed message goes back to the queue for a retry.',
        why: 'An error fails the whole invocation, so every message in the batch returns to the queue, including those that succeeded.',
      },
      {
        text: 'With partial batch responses on a FIFO queue, the function should report no failure at all and let the dead-letter queue catch the failed message.',
        why: 'A message that is not reported counts as a success and is deleted, so it never reaches the dead-letter queue.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const streamFacts = [
  {
    id: 'esm.stream-shard-invocation',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'Stream shards',
    statement: 'By default, Lambda processes one batch at a time from each shard of the stream.',
    why: 'Lambda reads each shard in order and waits for a batch to finish before it sends the next one from that shard, so by default the concurrency equals the number of shards.',
    takeaway:
      'Default stream concurrency is one batch per shard; ParallelizationFactor raises it to at most ten.',
    ask: 'A Kinesis data stream with four shards triggers a function through an event source mapping with default settings. How does Lambda process the records of each shard?',
    notesSaid: 'Shard iterator = one Lambda invocation per active shard',
    docs: kinesisPolling,
    seed,
    exams: bothExams,
    domains: designDomains,
    misconceptions: [
      {
        text: 'By default, Lambda processes every record of each shard in its own invocation, all at the same time.',
        why: 'Lambda reads records in batches and waits for one batch of a shard to finish before the next, which keeps the shard in order.',
      },
      {
        text: 'By default, Lambda processes up to ten batches at a time from each shard of the stream.',
        why: 'Ten concurrent batches per shard needs ParallelizationFactor set to ten; by default it is one.',
      },
      {
        text: 'By default, Lambda processes one batch at a time for the whole stream, whatever its number of shards.',
        why: 'Lambda polls every shard separately, so a stream with four shards has up to four batches in flight at once.',
      },
    ],
  },
  {
    id: 'esm.parallelization-factor',
    kind: 'limit',
    topic: 'event-source-mappings',
    part: 'Stream shards',
    subject: 'ParallelizationFactor: concurrent batches per shard',
    value: { kind: 'range', min: 1, max: 10, unit: 'count' },
    statement:
      'ParallelizationFactor lets Lambda process from 1 to 10 batches of each shard at the same time.',
    why: 'Lambda reads several batches from one shard at once but keeps records with the same partition key in order, so throughput rises without breaking the order of each key.',
    takeaway:
      'Stream concurrency is the number of shards times ParallelizationFactor, at most ten batches per shard.',
    ask: 'A Kinesis-triggered function falls behind, and a developer raises ParallelizationFactor on its event source mapping. What range of values can the setting take?',
    docs: kinesisParameters,
    seed,
    exams: developerOnly,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'ParallelizationFactor lets Lambda process from 1 to 5 batches of each shard at the same time.',
        why: 'Five read transactions per second is a quota of a Kinesis shard; ParallelizationFactor goes up to ten concurrent batches per shard.',
        figure: { kind: 'range', min: 1, max: 5, unit: 'count' },
      },
      {
        text: 'ParallelizationFactor lets Lambda process from 2 to 1,000 batches of each shard at the same time.',
        why: 'Two to 1,000 is the maximum concurrency range of an SQS event source mapping; ParallelizationFactor is 1 to 10 per shard.',
        figure: { kind: 'range', min: 2, max: 1000, unit: 'count' },
      },
      {
        text: 'ParallelizationFactor lets Lambda process from 1 to 10,000 batches of each shard at the same time.',
        why: 'Ten thousand is the largest batch size of a Kinesis mapping, counted in records; concurrent batches per shard stop at ten.',
        figure: { kind: 'range', min: 1, max: 10000, unit: 'count' },
      },
    ],
  },
  {
    id: 'esm.bisect-batch',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'Stream retries and failures',
    statement:
      'BisectBatchOnFunctionError splits a failed batch in two and retries each half separately, which isolates bad records.',
    why: 'Each split halves the batch until the bad record sits in a small batch of its own and the good records succeed; splitting a batch does not count against MaximumRetryAttempts.',
    takeaway:
      'A stream batch that keeps failing on one bad record calls for BisectBatchOnFunctionError, with a retry limit and an on-failure destination.',
    ask: 'A Kinesis-triggered function fails on one malformed record, and its whole batch keeps failing. What does turning on BisectBatchOnFunctionError do?',
    docs: kinesisOnFailure,
    seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      {
        text: 'BisectBatchOnFunctionError doubles the batch size after an error, so that the backlog of records in the shard clears faster.',
        why: 'Bisecting makes batches smaller, not larger: Lambda splits the failed batch to isolate the bad record.',
      },
      {
        text: 'BisectBatchOnFunctionError sends half of the failed batch to the on-failure destination and retries the other half of the records.',
        why: 'Lambda retries both halves; records reach the on-failure destination only when the retry limit or the record age is exceeded.',
      },
      {
        text: 'BisectBatchOnFunctionError processes the two halves of a failed batch in parallel, so that the shard catches up on its records.',
        why: 'Bisecting isolates bad records rather than adding speed; running more batches of a shard at once is what ParallelizationFactor does.',
      },
    ],
  },
  {
    id: 'esm.stream-on-failure-destination',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'Stream retries and failures',
    statement:
      'A stream event source mapping can send a record of each discarded batch to an on-failure destination: an SQS queue, an SNS topic or an S3 bucket.',
    why: 'For SQS and SNS destinations the record holds metadata such as the shard and the sequence numbers, so the data must be read from the stream before it expires; an S3 destination also gets the invocation record.',
    takeaway:
      'Streams set failed batches aside with an on-failure destination on the mapping (SQS, SNS or S3); queues use their own dead-letter queue.',
    ask: 'A team wants to keep track of every Kinesis batch that Lambda discards after its retries run out. Where can the event source mapping send a record of it?',
    notesSaid: 'DestinationConfig.OnFailure: send failed records to SQS or SNS',
    examNote:
      'Older questions list only SQS and SNS as on-failure destinations of a stream mapping.',
    docs: mappingOnFailure,
    seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      {
        text: 'A stream event source mapping can write each discarded batch back to the end of the same shard, where it is retried after the newer records of the stream.',
        why: 'Lambda only reads from the source stream; it never writes records back, and a discarded batch leaves the shard for good.',
      },
      {
        text: 'A stream event source mapping can send a record of each discarded batch to an on-failure destination: an EventBridge event bus or a Lambda function.',
        why: 'EventBridge and Lambda are destinations of asynchronous invocations; a stream mapping sends discarded batches to SQS, SNS or S3.',
      },
      {
        text: 'A stream event source mapping can send each discarded batch to the dead-letter queue that is named in the redrive policy of the Kinesis stream.',
        why: 'Redrive policies and their dead-letter queues belong to SQS queues; a Kinesis stream has none, so the mapping uses an on-failure destination.',
      },
    ],
  },
  {
    id: 'esm.stream-retry-limits',
    kind: 'rule',
    topic: 'event-source-mappings',
    part: 'Stream retries and failures',
    statement:
      'MaximumRetryAttempts and MaximumRecordAgeInSeconds tell Lambda when to give up on a failing batch, so that the shard can move on.',
    why: 'Both default to -1, so a failing batch is retried until its records expire and the shard is blocked meanwhile; with a limit, Lambda discards the batch, sends it to the on-failure destination and moves on.',
    takeaway:
      'Always bound the retries of a stream mapping, by count or by record age, and pair the limit with an on-failure destination.',
    ask: 'A malformed record has blocked one shard of a Kinesis stream for days, because its event source mapping uses default settings. What do MaximumRetryAttempts and MaximumRecordAgeInSeconds change?',
    docs: kinesisOnFailure,
    seed,
    exams: bothExams,
    domains: failureDomains,
    misconceptions: [
      {
        text: 'MaximumRetryAttempts and MaximumRecordAgeInSeconds set how long Kinesis keeps records in each shard of the stream before it deletes them.',
        why: 'Retention is a setting of the stream itself; these two settings only tell the mapping when to give up on a failing batch.',
      },
      {
        text: 'MaximumRetryAttempts and MaximumRecordAgeInSeconds set how often Lambda retries an asynchronous event and how old that event may get in the queue.',
        why: 'Asynchronous invocations use the retry attempts and maximum event age of the function; these two settings belong to the stream mapping.',
      },
      {
        text: 'MaximumRetryAttempts and MaximumRecordAgeInSeconds set how many receives SQS allows before it moves a message to the dead-letter queue.',
        why: 'That is maxReceiveCount in the redrive policy of an SQS queue; these two settings apply to stream mappings.',
      },
    ],
  },
  {
    id: 'esm.stream-max-retry-attempts',
    kind: 'limit',
    topic: 'event-source-mappings',
    part: 'Stream retries and failures',
    subject: 'MaximumRetryAttempts of a stream event source mapping, when finite',
    value: { kind: 'range', min: 0, max: 10000, unit: 'count' },
    statement:
      'MaximumRetryAttempts on a stream event source mapping can be set from 0 to 10,000 retries, or to -1 for no limit.',
    why: 'The default of -1 retries a failing batch until its records expire; a finite value lets Lambda discard the batch after that many retries.',
    takeaway: 'Stream retries go up to 10,000; asynchronous invocations allow only 0 to 2.',
    ask: 'A developer limits the retries of a DynamoDB Streams event source mapping with MaximumRetryAttempts. Which finite values can the setting take?',
    docs: kinesisParameters,
    seed,
    exams: developerOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'MaximumRetryAttempts on a stream event source mapping can be set from 0 to 2 retries, or to -1 for no limit.',
        why: 'Zero to two retries is the range for asynchronous invocations; a stream event source mapping accepts up to 10,000 retries.',
        figure: { kind: 'range', min: 0, max: 2, unit: 'count' },
      },
      {
        text: 'MaximumRetryAttempts on a stream event source mapping can be set from 1 to 1,000 retries, or to -1 for no limit.',
        why: 'One to 1,000 is the maxReceiveCount range of an SQS redrive policy; a stream mapping accepts 0 to 10,000 retries.',
        figure: { kind: 'range', min: 1, max: 1000, unit: 'count' },
      },
      {
        text: 'MaximumRetryAttempts on a stream event source mapping can be set from 0 to 10 retries, or to -1 for no limit.',
        why: 'Ten is the largest ParallelizationFactor, not a retry limit; MaximumRetryAttempts goes up to 10,000.',
        figure: { kind: 'range', min: 0, max: 10, unit: 'count' },
      },
    ],
  },
  {
    id: 'esm.stream-max-record-age',
    kind: 'limit',
    topic: 'event-source-mappings',
    part: 'Stream retries and failures',
    subject: 'MaximumRecordAgeInSeconds of a stream event source mapping, when finite',
    value: { kind: 'range', min: 60, max: 604800, unit: 's' },
    statement:
      'MaximumRecordAgeInSeconds on a stream event source mapping can be set from 60 to 604,800 seconds, or to -1 for no limit.',
    why: 'Lambda discards a batch once its records are older than this age, whether or not retries remain; values between -1 and 60 are not allowed.',
    takeaway:
      'A stream mapping can skip records older than 60 seconds to seven days; asynchronous events expire after six hours at most.',
    ask: 'A developer wants Lambda to skip Kinesis records that have waited too long behind a failing batch. Which finite values can MaximumRecordAgeInSeconds take?',
    docs: createMapping,
    seed,
    exams: developerOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'MaximumRecordAgeInSeconds on a stream event source mapping can be set from 60 to 21,600 seconds, or to -1 for no limit.',
        why: 'Sixty to 21,600 seconds (six hours) is the maximum event age of asynchronous invocations; a stream mapping accepts up to 604,800 seconds.',
        figure: { kind: 'range', min: 60, max: 21600, unit: 's' },
      },
      {
        text: 'MaximumRecordAgeInSeconds on a stream event source mapping can be set from 60 to 31,536,000 seconds, or to -1 for no limit.',
        why: 'A Kinesis stream can keep records for up to 365 days, but Lambda accepts a maximum record age of at most 604,800 seconds (seven days).',
        figure: { kind: 'range', min: 60, max: 31536000, unit: 's' },
      },
      {
        text: 'MaximumRecordAgeInSeconds on a stream event source mapping can be set from 0 to 86,400 seconds, or to -1 for no limit.',
        why: 'A DynamoDB stream keeps records for 24 hours, but the setting itself accepts 60 to 604,800 seconds.',
        figure: { kind: 'range', min: 0, max: 86400, unit: 's' },
      },
    ],
  },
] as const satisfies readonly Fact[];

export const eventSourceMappingFacts = [
  ...sqsBatching,
  ...sqsFailures,
  ...streamFacts,
  ...mappingSettingFacts,
] as const satisfies readonly Fact[];

export const eventSourceMappingsTopic = {
  id: 'event-source-mappings',
  title: 'Event source mapping configuration',
  summary:
    'Batching, visibility timeout and failure handling for SQS triggers; shards, bisecting, retry limits and parallelization for stream triggers.',
  section: seed,
  intro: [
    'An event source mapping is the Lambda resource that polls a queue or a stream and invokes the function synchronously with batches of records. Amazon SQS, Kinesis Data Streams and DynamoDB Streams all reach Lambda through one, so configuring event source mappings well decides how fast, in what order and how safely their records are processed.',
    'Queues and streams fail differently. A failed SQS message becomes visible again after the visibility timeout and, after enough receives, moves to the dead-letter queue of its queue. A failed stream batch holds up its shard until it succeeds, its records expire, or Lambda discards it under its retry limits and sends a record of it to an on-failure destination.',
  ],
  tables: [],
  facts: eventSourceMappingFacts,
  sets: mappingSettingSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
