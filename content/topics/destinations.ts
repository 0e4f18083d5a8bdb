import { failureHandling } from '../decisions/failure-handling';
import { streamFailures } from '../decisions/stream-failures';
import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, cfnTemplateReference, cite, lambdaGuide } from './authoring';

const seed = '7. Lambda Destinations' as const;
const domains = ['dva-1', 'sap-3'] as const;
const asyncRecords = cite(`${lambdaGuide}invocation-async-retain-records.html`);
const asyncErrors = cite(`${lambdaGuide}invocation-async-error-handling.html`);
const mappingOnFailure = cite(
  `${cfnTemplateReference}aws-properties-lambda-eventsourcemapping-onfailure.html`,
);
const withSqs = cite(`${lambdaGuide}with-sqs.html`);
const kinesisOnFailure = cite(`${lambdaGuide}kinesis-on-failure-destination.html`);
const kinesisPartialBatch = cite(`${lambdaGuide}services-kinesis-batchfailurereporting.html`);

export const destinationSets = [
  {
    id: 'destinations.target-types',
    topic: 'destinations',
    title: 'Destination types for asynchronous invocations',
    ask: 'A developer wants every failed asynchronous invocation recorded for later analysis. Which of these can receive those records as the on-failure destination?',
    askMany:
      'A developer wants every failed asynchronous invocation recorded for later analysis. Which of these can receive those records as the on-failure destination?',
    nonMembers: [
      {
        text: 'A FIFO queue in Amazon SQS',
        why: 'Lambda supports only standard SQS queues as destinations; a FIFO queue causes a DestinationDeliveryFailures metric instead of a record.',
      },
      {
        text: 'An Amazon Kinesis data stream',
        why: 'Kinesis streams are event sources that Lambda reads from; they are not among the destination types for invocation records.',
      },
      {
        text: 'A table in Amazon DynamoDB',
        why: 'Lambda cannot write invocation records to a table; the function or a downstream consumer would have to store them there itself.',
      },
      {
        text: 'A Step Functions state machine',
        why: 'Step Functions is not a destination type; an EventBridge destination with a rule that targets the state machine can start it instead.',
      },
      {
        text: 'A CloudWatch Logs log group',
        why: 'Lambda sends function logs to CloudWatch Logs on its own, but a log group cannot receive invocation records as a destination.',
      },
    ],
    docs: asyncRecords,
    seed,
  },
] as const satisfies readonly FactSet[];

const rules = [
  {
    id: 'destinations.async-alternative',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'The destinations of a function apply only to its asynchronous invocations, since a synchronous caller such as API Gateway gets the result.',
    why: 'Destinations are part of the asynchronous invocation settings of a function: Lambda sends the record once it has finished with an event that no caller is waiting for.',
    takeaway:
      'Destinations do not replace error handling in the code; they route the final outcome of an asynchronous invocation after the retries.',
    ask: 'A function is invoked synchronously by API Gateway and asynchronously by Amazon S3, and a developer adds an on-success destination to it. Which invocations send records to the destination?',
    docs: asyncRecords,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'The destinations of a function apply only to its synchronous invocations, because an asynchronous caller such as S3 never waits for the result.',
        why: 'It is the other way round: a synchronous caller already gets the result, and destinations exist for the asynchronous invocations nobody waits for.',
      },
      {
        text: 'The destinations of a function apply to all of its invocations, from API Gateway and S3 alike, because Lambda records every single result.',
        why: 'Synchronous invocations return their result or error to the caller, and Lambda sends no destination record for them.',
      },
      {
        text: 'The destinations of a function apply only when its code publishes the result itself, because Lambda never sends the records on its own.',
        why: 'Lambda builds and sends the invocation record itself; the function needs no code, only permission in its execution role to reach the destination.',
      },
    ],
  },
  {
    id: 'destinations.targets',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'A standard SQS queue can be the on-failure destination, but an S3 bucket can never be an on-success destination.',
    why: 'Lambda supports SQS, SNS, EventBridge and Lambda for both outcomes and S3 for failures only, and keeps the on-success and on-failure destinations separate.',
    takeaway:
      'On success: SQS, SNS, EventBridge or Lambda. On failure: any of those or an S3 bucket. Never a FIFO queue or topic.',
    ask: 'A team wants the successful asynchronous invocations of a function recorded in an S3 bucket and the failed ones sent to a standard SQS queue. What applies?',
    notesSaid:
      'Configure on-success and on-failure destinations: SQS queue, SNS topic, EventBridge bus, another Lambda function',
    examNote: 'Older questions list only SQS, SNS, EventBridge and Lambda as destination types.',
    docs: asyncRecords,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A standard SQS queue can be the on-failure destination, and an S3 bucket can be the on-success destination as well.',
        why: 'S3 buckets are supported as on-failure destinations only; successful invocations must go to SQS, SNS, EventBridge or a Lambda function.',
      },
      {
        text: 'A standard SQS queue can never be a destination, because failed invocations must go to a dead-letter queue instead.',
        why: 'Standard SQS queues are supported destinations on success and on failure; a dead-letter queue is a separate, older option.',
      },
      {
        text: 'A standard SQS queue can be the on-failure destination, but only if the same queue is also the on-success destination.',
        why: 'The on-success and on-failure destinations are configured separately and can be different services.',
      },
    ],
  },
  {
    id: 'destinations.full-record',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'A destination receives an invocation record in JSON, with details of the request and of the response or error.',
    why: 'The record holds the request payload, the response payload or error, and context such as the condition that routed it and the number of attempts.',
    takeaway: 'Need the input and the error together: use a destination, not a dead-letter queue.',
    ask: 'A developer needs both the input event and the error of each failed asynchronous invocation. What does an on-failure destination receive?',
    docs: asyncRecords,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A destination receives only the original event payload in JSON, without the response or error of the function.',
        why: 'That is what a dead-letter queue receives; a destination gets the request and the response or error together.',
      },
      {
        text: 'A destination receives only the error message and stack trace in JSON, without the request that caused them.',
        why: 'The invocation record includes the request payload as well as the error, so the failed event can be replayed.',
      },
      {
        text: 'A destination receives the CloudWatch log stream of the invocation, with the request and the error as log lines.',
        why: 'Logs stay in CloudWatch Logs; the destination gets a JSON invocation record built by Lambda, not log lines.',
      },
    ],
  },
  {
    id: 'destinations.vs-dlq',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'A dead-letter queue receives only the failed event, while an on-failure destination receives the invocation record with the response.',
    why: 'For a dead-letter queue Lambda forwards only the event, without details about the response; a destination gets a JSON record of the request, the response or error and the reason.',
    takeaway:
      'To keep the error with the event, or to reach EventBridge, Lambda or S3, choose an on-failure destination over a dead-letter queue.',
    ask: 'A team compares a dead-letter queue with an on-failure destination for the failed asynchronous invocations of a function. How do they differ?',
    docs: asyncRecords,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A dead-letter queue receives the full invocation record, while an on-failure destination receives only the content of the failed event.',
        why: 'It is the other way round: the dead-letter queue gets only the event, and the destination gets the full record.',
      },
      {
        text: 'A dead-letter queue receives both the failed and the successful events, while an on-failure destination receives only the failed ones.',
        why: 'A dead-letter queue only ever receives discarded events; successful invocations can be routed only to an on-success destination.',
      },
      {
        text: 'A dead-letter queue can be any SQS queue including a FIFO queue, while an on-failure destination must always be another Lambda function.',
        why: 'A dead-letter queue must be a standard SQS queue or SNS topic, and an on-failure destination can be SQS, SNS, S3, EventBridge or Lambda.',
      },
    ],
  },
  {
    id: 'destinations.on-failure-timing',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'Lambda sends the on-failure record once the event has failed every attempt, retries included, or outlived its maximum event age.',
    why: 'Lambda keeps the event in its asynchronous queue and retries function errors, twice by default, before it treats the event as failed. It then sends one invocation record per event, with the request, the response and the reason, and an event that succeeds on a retry goes to the on-success destination instead.',
    takeaway:
      'An on-failure destination gets one record per event, only after all retries (0 to 2) are used up or the event expires: a destination never cuts retries short.',
    ask: 'A function invoked asynchronously with default retry settings throws an error on an event. When does Lambda send the record to the on-failure destination?',
    docs: asyncErrors,
    seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'Lambda sends the on-failure record after each failed attempt, retries included, so a single event can produce up to three records.',
        why: 'Lambda sends one record when it gives up on the event, not one per failed attempt.',
      },
      {
        text: 'Lambda sends the on-failure record as soon as the first attempt fails, and it then keeps retrying the same event in the background.',
        why: 'By default Lambda first retries a failed event twice; the on-failure destination only gets events that fail every attempt or expire.',
      },
      {
        text: 'Lambda sends the on-failure record only when the function times out, because errors thrown by the function code are retried without end.',
        why: 'Errors from the code and timeouts are both function errors, retried at most twice before the event goes to the on-failure destination.',
      },
      {
        text: 'Lambda sends the on-failure record only after six hours of retries, the default maximum event age, whatever the number of attempts.',
        why: 'Function errors stop after the retry attempts, two by default; the six-hour maximum age matters for events held back by throttling.',
      },
    ],
  },
  {
    id: 'destinations.event-source-mappings',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'Kinesis, DynamoDB Streams and Kafka event source mappings support on-failure destinations, but SQS event source mappings do not.',
    why: 'A stream mapping discards a batch once its retry limits are reached and needs somewhere to record it, while an SQS queue keeps failed messages and hands them to its own dead-letter queue.',
    takeaway:
      'On-failure destination on the mapping for streams and Kafka; dead-letter queue on the queue for SQS.',
    ask: 'An architect standardizes failure handling across the Lambda triggers of several teams. Which event source mappings can send discarded batches to an on-failure destination?',
    docs: mappingOnFailure,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'All event source mappings support on-failure destinations, and SQS event source mappings use one instead of a dead-letter queue.',
        why: 'SQS event source mappings have no on-failure destination; failed messages stay in the queue until its redrive policy moves them to a dead-letter queue.',
      },
      {
        text: 'Only SQS event source mappings support on-failure destinations, because Kinesis and DynamoDB Streams keep failed records in the shard.',
        why: 'It is the other way round: stream and Kafka mappings support on-failure destinations, and SQS relies on the dead-letter queue of the queue.',
      },
      {
        text: 'No event source mappings support on-failure destinations, because destinations apply only to asynchronous invocations of a function.',
        why: 'Asynchronous invocations have on-success and on-failure destinations, and stream and Kafka mappings have on-failure destinations of their own.',
      },
    ],
  },
] as const satisfies readonly Fact[];

/** Where failed messages and records end up once the function is not invoked asynchronously. */
const failurePaths = [
  {
    id: 'destinations.sqs-trigger-sync',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'Lambda invokes a function synchronously for its SQS trigger, so the function’s dead-letter queue and destinations never receive the SQS messages that fail.',
    why: 'The event source mapping waits for each batch and leaves failed messages in the source queue, where they reappear after the visibility timeout. The dead-letter queue and destinations of the function act only on its asynchronous invocations.',
    takeaway:
      'A function with an S3 trigger and an SQS trigger needs two failure paths: its own destination for the S3 events, and the redrive policy of the queue for the SQS messages.',
    ask: 'One function is invoked asynchronously by Amazon S3 and also reads an SQS queue through an event source mapping. The developer gives the function an on-failure destination and a dead-letter queue. What happens to the SQS messages that fail?',
    docs: withSqs,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'Lambda invokes a function asynchronously for its SQS trigger, so the function’s dead-letter queue and destinations receive the SQS messages that fail.',
        why: 'An SQS event source mapping invokes the function synchronously with a batch, so the asynchronous failure settings of the function never see the messages.',
      },
      {
        text: 'Lambda invokes a function synchronously for its SQS trigger, so the function’s dead-letter queue receives the failed SQS messages instead of its destinations.',
        why: 'The function’s dead-letter queue receives no SQS messages, because like its destinations it is an asynchronous setting. Failed SQS messages stay in their queue until its redrive policy moves them.',
      },
      {
        text: 'Lambda invokes a function through its SQS trigger and its S3 trigger alike, so one on-failure destination receives the failures of both event sources.',
        why: 'Only the asynchronous S3 invocations reach the destination. The SQS messages that fail return to their queue, and only its redrive policy can move them aside.',
      },
    ],
  },
  {
    id: 'destinations.stream-destination-content',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'For a discarded stream batch, an S3 on-failure destination receives the invocation record with the records, while an SQS queue or SNS topic receives only metadata.',
    why: 'The metadata names the shard and the range of sequence numbers, so with an SQS or SNS destination the records must be read back from the stream before its retention period ends. An S3 object holds the whole invocation record.',
    takeaway:
      'To keep the content of discarded Kinesis or DynamoDB Streams records beyond the stream’s retention, send them to an S3 on-failure destination.',
    ask: 'A Kinesis event source mapping discards a batch after its retries and sends it to an on-failure destination. What does the destination receive?',
    docs: kinesisOnFailure,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'For a discarded stream batch, an S3 on-failure destination receives only metadata, while an SQS queue or SNS topic receives the invocation record with every record in full.',
        why: 'It is the other way round: SQS and SNS destinations get metadata such as the shard and sequence numbers, and an S3 destination also gets the invocation record.',
      },
      {
        text: 'For a discarded stream batch, an S3 bucket, an SQS queue and an SNS topic all receive the same complete invocation record, with every record of the batch and its metadata.',
        why: 'Only an S3 destination receives the invocation record; SQS and SNS destinations receive metadata that points back to the records in the stream.',
      },
      {
        text: 'For a discarded stream batch, no on-failure destination receives any information at all, because Lambda writes the whole batch back to the end of the same shard for a later retry.',
        why: 'Lambda never writes to the source stream. It sends a JSON document about the failed invocation to the destination and moves on.',
      },
    ],
  },
  {
    id: 'destinations.stream-partial-batch',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'With ReportBatchItemFailures on a stream mapping, the function returns the sequence number of the first failed record, and Lambda retries the batch from that record on.',
    why: 'Lambda checkpoints at the lowest sequence number the function reports, so the records before it are not sent again. Without the setting, any failure retries the whole batch.',
    takeaway:
      'For Kinesis and DynamoDB Streams, ReportBatchItemFailures stops the records before a failure from being retried; it does not set the failing record aside.',
    ask: 'A function reads batches of 100 records from a Kinesis data stream, and record 60 fails. What changes when ReportBatchItemFailures is turned on and the function reports that record?',
    docs: kinesisPartialBatch,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'With ReportBatchItemFailures on a stream mapping, the function returns the sequence number of the first failed record, and Lambda retries only that single record.',
        why: 'Lambda retries every record from the checkpoint on, the failed record and all the records after it in the batch.',
      },
      {
        text: 'With ReportBatchItemFailures on a stream mapping, the function returns the sequence number of the first failed record, and Lambda sends that record to the on-failure destination.',
        why: 'Reporting a failure only moves the checkpoint. A record reaches the destination only when the retry limit or the maximum record age is reached.',
      },
      {
        text: 'With ReportBatchItemFailures on a stream mapping, the function returns the sequence number of the first failed record, and Lambda skips it and goes on with the next batch.',
        why: 'The failed record is retried from the checkpoint, and with default retry settings it keeps the shard waiting until it succeeds or expires.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const targets = [
  {
    id: 'destinations.target-sqs',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'A standard SQS queue',
    topic: 'destinations',
    statement: 'A standard SQS queue can be a destination for asynchronous invocation records.',
    why: 'Lambda can send the invocation record to a standard queue on success or on failure, where a consumer can process or replay it.',
    takeaway: 'A standard SQS queue works as either destination; a FIFO queue does not.',
    docs: asyncRecords,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'An SQS queue can be a dead-letter queue of a function, but never one of its destinations.',
        why: 'Standard SQS queues are a destination type on success and on failure; only FIFO queues are not supported.',
      },
    ],
  },
  {
    id: 'destinations.target-sns',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'A standard SNS topic',
    topic: 'destinations',
    statement: 'A standard SNS topic can be a destination for asynchronous invocation records.',
    why: 'Lambda publishes the invocation record to a standard topic, which can fan it out to email, queues or other functions.',
    takeaway: 'A standard SNS topic works as either destination; a FIFO topic does not.',
    docs: asyncRecords,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'An SNS topic can trigger a Lambda function, but it cannot receive destination records.',
        why: 'Standard SNS topics are one of the destination types, for successful and for failed asynchronous invocations.',
      },
    ],
  },
  {
    id: 'destinations.target-eventbridge',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'An EventBridge event bus',
    topic: 'destinations',
    statement: 'An EventBridge event bus can be a destination for asynchronous invocation records.',
    why: 'Lambda puts the invocation record on the bus as an event, where rules can route it to any of their targets.',
    takeaway:
      'Send records to EventBridge when several consumers or a rule-based routing need them.',
    docs: asyncRecords,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'EventBridge can only schedule or trigger Lambda functions, so an event bus cannot be a destination.',
        why: 'An EventBridge event bus is one of the destination types, for successful and for failed asynchronous invocations.',
      },
    ],
  },
  {
    id: 'destinations.target-lambda',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'Another Lambda function',
    topic: 'destinations',
    statement: 'Another Lambda function can be a destination for asynchronous invocation records.',
    why: 'Lambda invokes the destination function with the invocation record as its event, which chains two functions without a queue in between.',
    takeaway:
      'A simple two-step chain can use a Lambda destination; complex workflows belong in Step Functions.',
    docs: asyncRecords,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A Lambda function cannot be a destination, because chaining functions requires Step Functions.',
        why: 'Another function is one of the destination types; Step Functions suits longer workflows but is not required for one step.',
      },
    ],
  },
  {
    id: 'destinations.target-s3',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'An Amazon S3 bucket',
    topic: 'destinations',
    statement:
      'An S3 bucket can be an on-failure destination for asynchronous invocation records, though not an on-success one.',
    why: 'Lambda writes the record of a failed invocation as an object in the bucket, where the records can be kept and analyzed later.',
    takeaway:
      'S3 is a destination for failed asynchronous invocations only, never for successful ones.',
    docs: asyncRecords,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'An S3 bucket can receive event notifications, but it cannot be a destination of a Lambda function.',
        why: 'Amazon S3 buckets are supported as on-failure destinations of asynchronous invocations.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const destinationFacts = [
  ...rules,
  ...failurePaths,
  ...targets,
] as const satisfies readonly Fact[];

export const destinationsTopic = {
  id: 'destinations',
  title: 'Lambda destinations',
  summary:
    'Routing the outcome of asynchronous invocations, and where failed SQS messages and stream batches end up.',
  section: seed,
  intro: [
    'When a function is invoked asynchronously, no caller waits for its result. Destinations send a record of each invocation, on success, on failure or both, to another service once Lambda has finished with the event, so failures are not silent and results can drive the next step.',
    'On-failure destinations also exist on Kinesis, DynamoDB Streams and Kafka event source mappings, for the batches that Lambda discards. SQS triggers are the exception: their failed messages go to the dead-letter queue of the queue.',
    'Choosing a failure path starts with how the function is invoked. An asynchronous event goes to an on-failure destination when the error and the reason matter, or to a dead-letter queue when the event alone is enough, and its retry attempts and maximum event age decide when Lambda gives up. An SQS trigger invokes the function synchronously, so its failures are handled by partial batch responses and the redrive policy of the queue, never by the function’s own settings.',
    'A stream keeps each shard in order, so one bad record holds up everything behind it until it succeeds or expires. Bisecting the batch, a retry limit or a maximum record age let Lambda set the record aside; an S3 destination keeps its content, while SQS and SNS destinations get only where to find it. Whatever the source, records can arrive twice, so the code that handles them should be idempotent.',
  ],
  tables: [],
  facts: destinationFacts,
  sets: destinationSets,
  checklist: [],
  tips: [],
  decisions: [failureHandling, streamFailures],
} as const satisfies Topic;
