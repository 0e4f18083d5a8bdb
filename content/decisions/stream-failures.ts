/**
 * Failing batches from a Kinesis data stream or a DynamoDB stream: bisecting, retry limits,
 * record age, partial batch responses, on-failure destinations, parallelization and idempotency.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const bisectSqs = 'bisect-sqs';
const bisectS3 = 'bisect-s3';
const retrySns = 'retry-limit-sns';
const partial = 'partial-batch';
const ageS3 = 'record-age-s3';
const ageSqs = 'record-age-sqs';
const parallel = 'parallelization';
const idempotent = 'idempotency-table';

export const streamFailures = {
  id: 'stream-failures',
  topic: 'destinations',
  title: 'Failing batches from a Kinesis or DynamoDB stream',
  exams: ['DVA-C02'],
  domains: ['dva-1', 'dva-4'],
  settings: [
    '{company} processes {records} from {stream} with a Lambda function, through an event source mapping that still has its default settings.',
    'A developer at {company} maintains a Lambda function that reads {records} from {stream}. The event source mapping uses its default settings.',
    'At {company}, a Lambda function consumes {records} from {stream} through an event source mapping whose settings are all at their defaults.',
  ],
  slots: {
    company: ['a bank', 'a payments startup', 'a retailer', 'a travel company'],
    records: ['payment events', 'account transfers', 'card transactions'],
    stream: ['a Kinesis data stream', 'a DynamoDB stream'],
  },
  options: [
    {
      id: bisectSqs,
      text: 'Turn on BisectBatchOnFunctionError, set MaximumRetryAttempts to 3, and add an on-failure destination that sends to an SQS queue.',
      why: 'Lambda splits a failing batch, without using up retries, until the bad record sits alone, gives up on it after three retries, sends a note with its shard and sequence numbers to the queue and moves on.',
      facts: [
        'esm.bisect-batch',
        'esm.stream-retry-limits',
        'esm.stream-on-failure-destination',
        'destinations.stream-destination-content',
      ],
    },
    {
      id: bisectS3,
      text: 'Turn on BisectBatchOnFunctionError, set MaximumRecordAgeInSeconds to 86,400, and add an on-failure destination that writes to an S3 bucket.',
      why: 'Lambda splits a failing batch until the bad record sits alone, retries it until it is a day old, and then writes the invocation record with its content to the bucket.',
      facts: [
        'esm.bisect-batch',
        'esm.stream-max-record-age',
        'esm.stream-on-failure-destination',
        'destinations.stream-destination-content',
      ],
    },
    {
      id: retrySns,
      text: 'Set MaximumRetryAttempts to 3, and add an on-failure destination that sends to an SNS topic with an email subscription.',
      why: 'Lambda gives up on a batch after three failed retries and publishes a note about it to the topic, which emails every subscriber.',
      facts: ['esm.stream-max-retry-attempts', 'esm.stream-on-failure-destination'],
    },
    {
      id: partial,
      text: 'Turn on ReportBatchItemFailures, and have the handler return the sequence number of the first item in the batch that failed.',
      why: 'Lambda checkpoints at the reported record and retries the batch from there, so the records before it are not sent again.',
      facts: ['destinations.stream-partial-batch'],
    },
    {
      id: ageS3,
      text: 'Set MaximumRecordAgeInSeconds to 3,600, and add an on-failure destination that writes each failed invocation to an Amazon S3 bucket.',
      why: 'Lambda discards records older than an hour instead of sending them to the function, and writes the invocation record of each discarded batch, records included, to the bucket.',
      facts: ['esm.stream-max-record-age', 'destinations.stream-destination-content'],
    },
    {
      id: ageSqs,
      text: 'Set MaximumRetryAttempts to 3 and MaximumRecordAgeInSeconds to 3,600, and add an on-failure destination that targets an SQS queue.',
      why: 'Lambda gives up on a batch after three failed retries, and discards records older than an hour instead of sending them to the function, and sends the queue a note with the shard and sequence numbers of each discarded batch.',
      facts: [
        'esm.stream-max-retry-attempts',
        'esm.stream-max-record-age',
        'esm.stream-on-failure-destination',
      ],
    },
    {
      id: parallel,
      text: 'Raise the ParallelizationFactor from 1 to 10, and leave bisecting, the retry limit and the maximum age exactly as they are now.',
      why: 'Lambda processes up to ten batches of each shard at the same time and keeps the records of each partition key in order.',
      facts: ['esm.parallelization-factor', 'esm.stream-shard-invocation'],
    },
    {
      id: idempotent,
      text: 'Store the ID of each processed item in a tracking table with a conditional write, and skip any item whose ID is already stored.',
      why: 'A record delivered a second time fails the conditional write, so the handler recognises it and skips the work it has already done.',
      facts: ['invocation.mapping-at-least-once'],
    },
  ],
  requirements: [
    {
      id: 'set-aside-bad-record',
      label: 'setting the bad record aside',
      text: 'A malformed record makes its batch fail on every attempt, and it must be set aside after a few retries while the rest of its batch is still processed.',
      meets: [bisectSqs],
      breaks: {
        [bisectS3]:
          'with no retry limit, the lone bad record is retried again and again until it is a day old, and its shard waits behind it all that time.',
        [retrySns]:
          'without bisecting, Lambda discards the whole batch after three retries, good records included.',
        [partial]:
          'with no retry limit, Lambda retries from the bad record until the record expires, and the shard waits behind it.',
        [ageS3]:
          'after an hour Lambda discards the whole batch, good records included, and until then it keeps retrying.',
        [ageSqs]:
          'without bisecting, Lambda drops the whole batch after three retries, good records with the bad one.',
        [parallel]:
          'the retry settings stay at their defaults, so the failing batch is retried until its records expire.',
        [idempotent]:
          'the duplicate check does nothing for a record that fails, and its batch is retried until it expires.',
      },
      takeaway:
        'A poison record that blocks a shard calls for BisectBatchOnFunctionError with a retry limit and an on-failure destination.',
      facts: ['esm.bisect-batch', 'esm.stream-retry-limits'],
    },
    {
      id: 'keep-record-content',
      label: 'keeping the discarded records themselves',
      text: 'Lambda may give up on a failing batch after a few retries or once its records are an hour old, but the content of every record it discards must be kept for analysis.',
      meets: [bisectS3, ageS3],
      breaks: {
        [bisectSqs]:
          'an SQS destination receives only metadata such as the shard and sequence numbers, not the records themselves.',
        [retrySns]:
          'an SNS destination receives only metadata about the batch, and the records are lost once the stream expires them.',
        [partial]:
          'nothing is sent to a destination, so a record that keeps failing is lost when the stream expires it.',
        [ageSqs]:
          'the queue receives a note that points at the records in the stream, and the content is gone once the stream expires them.',
        [parallel]:
          'no destination is configured, so discarded records are lost when the stream expires them.',
        [idempotent]:
          'the table holds only the IDs of processed records, and failed records are lost when the stream expires them.',
      },
      takeaway:
        'To keep the records of a discarded stream batch, not just their location, use an S3 on-failure destination.',
      facts: ['destinations.stream-destination-content'],
    },
    {
      id: 'skip-old-records',
      label: 'skipping records older than an hour',
      text: 'Records more than an hour old are worthless, and Lambda must skip them rather than send them to the function.',
      meets: [ageS3, ageSqs],
      breaks: {
        [bisectS3]:
          'a maximum record age of 86,400 seconds skips only records older than a day, so records between an hour and a day old still reach the function.',
        [bisectSqs]:
          'MaximumRecordAgeInSeconds stays at -1, so records of any age are still sent to the function.',
        [retrySns]:
          'a retry limit counts attempts, not age, and with no maximum record age old records still reach the function.',
        [partial]:
          'reporting failures does not limit the age of records, so old ones are still processed.',
        [parallel]:
          'more batches per shard do not skip old records, and the maximum record age stays unlimited.',
        [idempotent]: 'the code skips only duplicates, and Lambda still sends records of any age.',
      },
      takeaway:
        'Stream records that lose their value with time call for MaximumRecordAgeInSeconds set to that age (60 seconds to 7 days).',
      facts: ['esm.stream-max-record-age'],
    },
    {
      id: 'no-resend-before-failure',
      label: 'no resend of the records before a failure',
      text: 'When one record fails, the records that came before it in the same invocation must not be sent to the function again.',
      meets: [partial],
      breaks: {
        [bisectSqs]:
          'bisecting retries both halves of the batch, so records that already succeeded are sent again.',
        [bisectS3]: 'each split sends records that already succeeded to the function once more.',
        [retrySns]: 'every retry sends the whole batch again, records that succeeded included.',
        [ageS3]:
          'Lambda retries the whole batch until the record age runs out, successes included.',
        [ageSqs]:
          'each of the three retries sends the whole batch again, the records that succeeded included.',
        [parallel]:
          'a failed batch is still retried as a whole, whatever the ParallelizationFactor.',
        [idempotent]:
          'Lambda still sends the whole batch again, and the code only skips the records it has stored.',
      },
      takeaway:
        'For streams, ReportBatchItemFailures moves the checkpoint to the first failed record, so earlier records are not retried.',
      facts: ['destinations.stream-partial-batch'],
    },
    {
      id: 'note-in-sqs',
      label: 'a note in Amazon SQS for the tooling',
      text: 'A note of every batch that Lambda discards must land in Amazon SQS, where the on-call tooling already polls.',
      meets: [bisectSqs, ageSqs],
      breaks: {
        [bisectS3]:
          'the records of discarded batches are written to S3 as objects, and nothing puts them on an SQS queue.',
        [retrySns]:
          'notes about discarded batches go to an SNS topic and its email subscribers, not to SQS.',
        [partial]:
          'no destination is configured, so nothing is sent to SQS when a batch is given up.',
        [ageS3]: 'the discarded batches are written to S3, not sent to SQS.',
        [parallel]:
          'no destination is configured, and with default retries no batch is discarded before it expires.',
        [idempotent]: 'the table tracks processed IDs and sends nothing about discarded batches.',
      },
      takeaway:
        'A stream mapping can send discarded batches to an SQS queue, an SNS topic or an S3 bucket, so pick the one its readers already use.',
      facts: ['esm.stream-on-failure-destination'],
    },
    {
      id: 'inbox-notice',
      label: 'a notice in the on-call inbox',
      text: 'A batch that still fails after a few retries must be given up, and the on-call engineer must then find a message about it in their inbox.',
      meets: [retrySns],
      breaks: {
        [bisectSqs]:
          'the note about the record lands in an SQS queue, and a queue message is not an email, so the inbox stays empty.',
        [bisectS3]:
          'the record becomes an object in the bucket, and an S3 object is not an email, so the inbox stays empty.',
        [partial]:
          'no retry limit or destination is configured, so the batch is retried until its records expire and no message goes out.',
        [ageS3]:
          'the discarded batch becomes an object in the bucket, and an S3 object is not an email, so the inbox stays empty.',
        [ageSqs]:
          'the note lands in an SQS queue, and a queue message is not an email, so the inbox stays empty.',
        [parallel]:
          'no retry limit or destination is configured, so a failing batch is retried until it expires and no message goes out.',
        [idempotent]:
          'no retry limit or destination is configured, and the table records processed IDs without telling anyone.',
      },
      takeaway:
        'To email a person about each discarded stream batch, set a retry limit and use an SNS topic with an email subscription as the on-failure destination.',
      facts: ['esm.stream-on-failure-destination'],
    },
    {
      id: 'no-double-payment',
      label: 'no double effect from a duplicate',
      text: 'Each record adds a payment to a balance, and a record that Lambda delivers twice must not add the payment twice.',
      meets: [idempotent],
      breaks: {
        [bisectSqs]:
          'the mapping delivers records at least once, and nothing here detects a record that arrives twice.',
        [bisectS3]: 'bisecting sends some records again, and nothing here detects the duplicate.',
        [retrySns]:
          'retried batches send records again, and nothing detects a record that was already processed.',
        [partial]:
          'partial batch responses reduce retries but do not stop a record from being delivered twice.',
        [ageS3]:
          'retries resend records until they are an hour old, and nothing recognises a duplicate.',
        [ageSqs]:
          'retry and age limits decide when to give up, not whether a record was already applied, so a duplicate adds the payment again.',
        [parallel]:
          'more batches at once do not stop duplicate deliveries, and nothing detects them.',
      },
      takeaway:
        'Event source mappings deliver at least once, so only idempotent code makes a duplicate harmless.',
      facts: ['invocation.mapping-at-least-once'],
    },
    {
      id: 'no-code-change',
      label: 'no change to the code',
      text: 'The solution must not require any change to the function’s code.',
      meets: [bisectSqs, bisectS3, retrySns, ageS3, ageSqs, parallel],
      breaks: {
        [partial]:
          'the handler must be changed to return the sequence number in batchItemFailures.',
        [idempotent]: 'the handler must be changed to write and check each ID in the table.',
      },
      takeaway:
        'Bisecting, retry limits, record age, destinations and parallelization are mapping settings, while partial batch responses and idempotency need code.',
      facts: ['destinations.stream-partial-batch'],
    },
    {
      id: 'shard-order',
      label: 'order across the whole shard',
      text: 'Every record must be handled after all the records written before it to the same shard, whatever their partition keys.',
      meets: [bisectSqs, bisectS3, retrySns, partial, ageS3, ageSqs, idempotent],
      breaks: {
        [parallel]:
          'with several batches per shard, Lambda keeps order only per partition key, not across the whole shard.',
      },
      takeaway:
        'A ParallelizationFactor above 1 keeps order per partition key only, so strict order per shard means one batch at a time.',
      facts: ['esm.parallelization-factor', 'triggers.stream-order-per-shard'],
    },
    {
      id: 'keep-up',
      label: 'more batches at once',
      text: 'The function falls behind the stream although no record fails, and more of its records must be processed at once.',
      meets: [parallel],
      breaks: {
        [bisectSqs]:
          'bisecting and retry limits change nothing when no record fails, and one batch per shard still runs at a time.',
        [bisectS3]:
          'error handling settings do not add concurrency, so each shard still runs a single batch.',
        [retrySns]:
          'a retry limit matters only when records fail, and each shard still runs one batch at a time.',
        [partial]:
          'partial batch responses matter only when records fail, and each shard still runs one batch at a time.',
        [ageS3]:
          'a maximum record age discards late records instead of running more batches per shard.',
        [ageSqs]:
          'retry and age limits matter only for failing or late records, and each shard still runs one batch at a time.',
        [idempotent]: 'the duplicate check adds work and leaves each shard at one batch at a time.',
      },
      takeaway:
        'A stream function that lags although no record fails needs more batches per shard at once, which the ParallelizationFactor sets, up to 10.',
      facts: ['esm.parallelization-factor', 'observability.metric-iterator-age'],
    },
  ],
  qualifiers: [
    {
      id: 'detail',
      label: 'the most detail about each discarded batch',
      ask: 'Which solution meets these requirements and keeps the MOST detail about each discarded batch?',
      rank: { [bisectS3]: 1, [ageS3]: 1, [bisectSqs]: 2, [retrySns]: 2, [ageSqs]: 2 },
      worse: {
        [bisectSqs]:
          'an SQS destination receives only metadata about the batch, while an S3 destination also receives its records.',
        [retrySns]:
          'an SNS destination receives only metadata about the batch, while an S3 destination also receives its records.',
        [ageSqs]:
          'the SQS queue gets only the shard and sequence numbers of the batch, while an S3 destination also keeps its records.',
      },
      takeaway:
        'Of the on-failure destinations of a stream mapping, only S3 keeps the records themselves, while SQS and SNS get their location.',
    },
  ],
  docs: cite(`${lambdaGuide}kinesis-on-failure-destination.html`),
} as const satisfies DecisionModel;
