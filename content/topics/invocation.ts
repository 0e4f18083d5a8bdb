/**
 * Synchronous vs asynchronous invocation, and how Lambda retries, ages out and dead-letters
 * asynchronous events. Extends the document's section on destinations.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, cite, docsBase, lambdaApi, lambdaGuide } from './authoring';
import { invocationTable } from './invocation-types';

const dva = ['DVA-C02'] as const;
const destinationsSeed = '7. Lambda Destinations' as const;
const invokeApi = cite(`${lambdaApi}API_Invoke.html`);
const asyncErrors = cite(`${lambdaGuide}invocation-async-error-handling.html`);
const eventInvokeConfigApi = cite(`${lambdaApi}API_FunctionEventInvokeConfig.html`);
const retainRecords = cite(`${lambdaGuide}invocation-async-retain-records.html`);
const eventSourceMappings = cite(`${lambdaGuide}invocation-eventsourcemapping.html`);
const apiGatewayAsync = cite(
  `${docsBase}apigateway/latest/developerguide/set-up-lambda-integration-async.html`,
);

export const invocationSets = [
  {
    id: 'invocation.dlq-targets',
    topic: 'invocation',
    title: 'Dead-letter queue targets for asynchronous invocation',
    ask: 'A developer wants to keep the events that an asynchronously invoked function fails to process, for reprocessing later. Which of these can be configured as the function’s DLQ?',
    askMany:
      'A developer wants to keep the events that an asynchronously invoked function fails to process, for reprocessing later. Which of these can be configured as the function’s DLQ?',
    nonMembers: [
      {
        text: 'An EventBridge event bus',
        why: 'An event bus can be a destination, but a dead-letter queue must be a standard SQS queue or a standard SNS topic.',
      },
      {
        text: 'Another Lambda function',
        why: 'A function can be an on-failure destination, which receives the full invocation record, but never a dead-letter queue.',
      },
      {
        text: 'An Amazon S3 bucket',
        why: 'Lambda supports S3 as an on-failure destination only. A dead-letter queue must be an SQS queue or SNS topic.',
      },
      {
        text: 'An SQS FIFO queue',
        why: 'Lambda accepts only a standard queue or a standard topic as a dead-letter queue, never a FIFO one.',
      },
    ],
    docs: retainRecords,
    seed: destinationsSeed,
  },
] as const satisfies readonly FactSet[];

const callFacts = [
  {
    id: 'invocation.default-sync',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'The Invoke API runs a function synchronously by default, and the caller sets InvocationType to Event to invoke it asynchronously.',
    why: 'InvocationType defaults to RequestResponse, which holds the connection open until the function returns. With Event, Lambda queues the request and replies at once with HTTP 202.',
    takeaway:
      'Invoke waits for the result unless the call sets InvocationType to Event, and the choice is made per call.',
    ask: 'A developer calls the Lambda Invoke API from a script without setting InvocationType. How is the function invoked?',
    docs: invokeApi,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'The Invoke API runs a function asynchronously by default, and the caller sets InvocationType to RequestResponse to wait for the result.',
        why: 'It is the other way round: RequestResponse is the default, and Event must be requested.',
      },
      {
        text: 'The Invoke API runs a function in the mode chosen when the function was created, and the caller cannot change InvocationType per call.',
        why: 'A function has no fixed invocation type. Each Invoke call picks RequestResponse, Event or DryRun.',
      },
      {
        text: 'The Invoke API runs a function as a dry run by default, and the caller sets InvocationType to Event to invoke it for real.',
        why: 'DryRun only checks parameters and permissions and must be asked for. The default, RequestResponse, runs the code and waits.',
      },
    ],
  },
  {
    id: 'invocation.api-gateway-sync-by-default',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'API Gateway invokes a Lambda function synchronously by default, and a REST API with a non-proxy integration can invoke it asynchronously instead.',
    why: 'The integration calls Invoke with RequestResponse unless the integration request sets the X-Amz-Invocation-Type header to Event. Then the method returns at once, without the function’s result.',
    takeaway:
      'API Gateway is a synchronous caller by default. For work the client need not wait for, a REST API non-proxy integration can send X-Amz-Invocation-Type set to Event.',
    ask: 'A REST API method starts a report job in a Lambda function that runs for several minutes, and clients do not need the result. How does API Gateway invoke the function, and can that change?',
    notesSaid: 'API Gateway / ALB: Synchronous (push)',
    docs: apiGatewayAsync,
    seed: '1. Lambda Triggers (Event Sources)',
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'API Gateway always invokes a Lambda function synchronously, and no setting of a REST API can make the call asynchronous.',
        why: 'Synchronous is only the default. A REST API non-proxy integration that sets X-Amz-Invocation-Type to Event invokes the function asynchronously.',
      },
      {
        text: 'API Gateway invokes a Lambda function asynchronously by default, and a REST API with a proxy integration can invoke it synchronously to wait for the result.',
        why: 'API Gateway waits for the function by default, and the asynchronous option is for non-proxy integrations, not proxy ones.',
      },
      {
        text: 'API Gateway invokes a Lambda function through an event source mapping, and a REST API can batch several requests into one invocation.',
        why: 'Event source mappings poll queues and streams. API Gateway pushes each request to Lambda itself, one invocation per request.',
      },
    ],
  },
  {
    id: 'invocation.caller-timeout',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'A REST API stops waiting when its integration timeout passes and returns a 504 error, while the function runs on to completion.',
    why: 'Each synchronous caller has its own timeout. A REST API integration gives up after 29 seconds by default, a quota that can be raised for Regional and private REST APIs, and the function keeps running until it returns or reaches its own timeout.',
    takeaway:
      'A function that succeeds while clients see 504 errors is outliving its caller’s timeout, not its own.',
    ask: 'A REST API fronts a function whose timeout is 5 minutes. Some requests take 2 minutes, and their clients receive a 504 error although the function succeeds. What explains this?',
    docs: cite(
      `${docsBase}apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html`,
    ),
    exams: bothExams,
    domains: ['dva-4', 'sap-2'],
    misconceptions: [
      {
        text: 'The function reaches its own timeout before it finishes, and the REST API passes the Lambda timeout error to the client as a 504 error.',
        why: 'The function timeout is 5 minutes and these requests take 2, so the function never times out: it succeeds after API Gateway has already stopped waiting at its integration timeout.',
      },
      {
        text: 'The function returns a response larger than the synchronous payload limit, and the REST API reports the oversized response as a 504 error.',
        why: 'A response over the 6 MB limit makes the invocation fail when the function returns, and API Gateway reports that as a 502 error, not a 504. A 504 after a long wait points to the integration timeout.',
      },
      {
        text: 'The client’s own HTTP timeout passes before the function finishes, and the REST API turns the closed connection into a 504 error.',
        why: 'A client that gives up closes its connection and receives no response at all. The 504 comes from API Gateway itself, when its integration timeout passes before the function returns.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const retryFacts = [
  {
    id: 'invocation.retry-attempts',
    kind: 'limit',
    topic: 'invocation',
    subject: 'allowed values of MaximumRetryAttempts for asynchronous invocation',
    value: { kind: 'range', min: 0, max: 2, unit: 'count' },
    statement:
      'For asynchronous invocation, MaximumRetryAttempts can be set from 0 to 2, and the default is 2.',
    why: 'After a function error Lambda makes at most three attempts: the first invocation and up to two retries. Setting 0 sends a failed event straight to the dead-letter queue or on-failure destination.',
    takeaway:
      'Asynchronous retries go from 0 to 2. Needing more attempts means a queue in front of the function, not a higher setting.',
    ask: 'A developer wants Lambda to retry a failing asynchronous invocation more often before giving up. Which values does MaximumRetryAttempts accept?',
    docs: eventInvokeConfigApi,
    exams: dva,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'For asynchronous invocation, MaximumRetryAttempts can be set from 0 to 10,000, and the default is 2.',
        why: 'Up to 10,000 retries is a setting of Kinesis and DynamoDB stream mappings. Asynchronous invocation allows at most 2.',
        figure: { kind: 'range', min: 0, max: 10000, unit: 'count' },
      },
      {
        text: 'For asynchronous invocation, MaximumRetryAttempts can be set from 1 to 2, because at least one retry always happens.',
        why: 'Retries can be turned off: 0 is a valid value and sends a failed event on at once.',
        figure: { kind: 'range', min: 1, max: 2, unit: 'count' },
      },
      {
        text: 'For asynchronous invocation, MaximumRetryAttempts can be set from 0 to 3, and the default is 3.',
        why: 'Three is the number of attempts by default, the first invocation plus two retries, not the number of retries.',
        figure: { kind: 'range', min: 0, max: 3, unit: 'count' },
      },
    ],
  },
  {
    id: 'invocation.retry-intervals',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'After a function error, Lambda waits 1 minute before the first asynchronous retry and 2 minutes before the second.',
    why: 'Lambda keeps the failed event in the function’s asynchronous queue and takes it out again for each retry once the wait is over, so the original caller never sees the failures.',
    takeaway:
      'With default settings a failing asynchronous event is tried three times over about three minutes, then discarded or sent on.',
    ask: 'An asynchronously invoked function throws an exception on every attempt. With default settings, how does Lambda space its retries?',
    docs: asyncErrors,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'After a function error, Lambda retries the asynchronous event at once, with no wait between the three attempts.',
        why: 'Lambda waits between attempts: 1 minute before the first retry and 2 minutes before the second.',
      },
      {
        text: 'After a function error, Lambda waits 5 minutes before the first asynchronous retry and 10 minutes before the second.',
        why: 'The waits are 1 and 2 minutes. Five minutes is the longest backoff step for throttled events, not for function errors.',
      },
      {
        text: 'After a function error, Lambda backs off exponentially from 1 second and keeps retrying the asynchronous event for up to 6 hours.',
        why: 'That backoff applies to throttles and system errors. A function error is retried at most twice, after 1 and then 2 minutes.',
      },
    ],
  },
  {
    id: 'invocation.event-age',
    kind: 'limit',
    topic: 'invocation',
    subject: 'allowed values of MaximumEventAgeInSeconds for asynchronous invocation',
    value: { kind: 'range', min: 60, max: 21600, unit: 's' },
    statement:
      'For asynchronous invocation, MaximumEventAgeInSeconds can be set from 60 seconds to 21,600 seconds, which is 6 hours.',
    why: 'Lambda discards an event that has waited in the asynchronous queue longer than this age, or sends it to the dead-letter queue or on-failure destination. The default is the maximum, 6 hours.',
    takeaway:
      'Lower the maximum event age when old events are worthless, so that Lambda stops retrying them sooner.',
    ask: 'An asynchronously invoked function is throttled for a long time, and its events are useless after ten minutes. Which values does MaximumEventAgeInSeconds accept?',
    docs: eventInvokeConfigApi,
    exams: dva,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'For asynchronous invocation, MaximumEventAgeInSeconds can be set from 60 seconds to 900 seconds, which is 15 minutes.',
        why: '900 seconds is the longest function timeout, not the longest event age, which is 6 hours.',
        figure: { kind: 'range', min: 60, max: 900, unit: 's' },
      },
      {
        text: 'For asynchronous invocation, MaximumEventAgeInSeconds can be set from 60 seconds to 1,209,600 seconds, which is 14 days.',
        why: 'Fourteen days is the longest message retention of an SQS queue. Lambda keeps an asynchronous event for at most 6 hours.',
        figure: { kind: 'range', min: 60, max: 1209600, unit: 's' },
      },
      {
        text: 'For asynchronous invocation, MaximumEventAgeInSeconds can be set from 60 seconds to 604,800 seconds, which is 7 days.',
        why: '604,800 seconds is the longest record age of a Kinesis or DynamoDB stream mapping, not of an asynchronous event.',
        figure: { kind: 'range', min: 60, max: 604800, unit: 's' },
      },
    ],
  },
  {
    id: 'invocation.throttle-retries',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'When an asynchronous invocation is throttled or hits a system error, Lambda returns the event to its queue and keeps retrying until the event reaches its maximum age.',
    why: 'Throttles and Lambda system errors are not function errors, so the retry limit does not apply. Lambda backs off from 1 second up to 5 minutes between attempts, for up to 6 hours by default.',
    takeaway:
      'Throttling delays asynchronous events but does not lose them, unless they outlive their maximum event age.',
    ask: 'Reserved concurrency throttles an asynchronously invoked function during a traffic spike. What happens to the throttled events?',
    docs: asyncErrors,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'When an asynchronous invocation is throttled or hits a system error, Lambda discards the event at once and sends it to the dead-letter queue without any retry.',
        why: 'A throttled asynchronous event goes back to the queue and is retried with backoff until it expires.',
      },
      {
        text: 'When an asynchronous invocation is throttled or hits a system error, Lambda returns an HTTP 429 error to the service that sent the event, which must then retry it later.',
        why: 'The sender already got HTTP 202 when the event was queued. Throttling happens later, inside Lambda, which retries on its own.',
      },
      {
        text: 'When an asynchronous invocation is throttled or hits a system error, Lambda counts the event as a function error and retries it at most twice before giving up.',
        why: 'The two-retry limit covers function errors only. Throttled events are retried with backoff until their maximum event age.',
      },
    ],
  },
  {
    id: 'invocation.timeout-is-error',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'A timeout counts as a function error, so Lambda retries a timed-out asynchronous invocation like one that threw an exception.',
    why: 'Function errors include errors returned by the runtime, such as timeouts, as well as exceptions from the code. Both use the same retry attempts and then go to the on-failure destination or dead-letter queue.',
    takeaway:
      'A timed-out asynchronous event is retried, so work that runs twice must be safe to repeat.',
    ask: 'An asynchronously invoked function sometimes reaches its timeout before it finishes. How does Lambda treat a timed-out asynchronous invocation?',
    docs: asyncErrors,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'A timeout counts as a success, so Lambda never retries a timed-out asynchronous invocation or reports it as failed.',
        why: 'A timeout is a function error returned by the runtime, so it is retried and can reach the on-failure destination.',
      },
      {
        text: 'A timeout counts as a throttle, so Lambda retries a timed-out asynchronous invocation with backoff for up to 6 hours.',
        why: 'Only throttles and system errors get that long backoff. A timeout is a function error, retried at most twice by default.',
      },
      {
        text: 'A timeout counts as a fatal error, so Lambda sends a timed-out asynchronous invocation straight to the dead-letter queue without running the function again.',
        why: 'Timeouts do not skip retries: Lambda retries them like any function error before it gives up on the event.',
      },
    ],
  },
  {
    id: 'invocation.idempotency',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'An asynchronously invoked function can receive the same event more than once even when nothing fails, so its code should be idempotent.',
    why: 'The asynchronous queue is eventually consistent, so Lambda can deliver an event twice without any error. Retries after errors add further duplicates.',
    takeaway:
      'Design every asynchronously invoked function to be idempotent, for example by recording the IDs of processed events.',
    ask: 'S3 invokes a function asynchronously, and the function charges a customer for each event it processes. Why must the code handle duplicate events?',
    docs: asyncErrors,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'An asynchronously invoked function receives each event exactly once, so duplicates can only come from the event source sending an event twice.',
        why: 'Lambda does not promise exactly-once delivery: its asynchronous queue can deliver an event more than once.',
      },
      {
        text: 'An asynchronously invoked function can receive the same event more than once only after it returns an error and Lambda retries it.',
        why: 'Duplicates can arrive without any error, because the asynchronous queue is eventually consistent.',
      },
      {
        text: 'An asynchronously invoked function can receive the same event twice only when reserved concurrency is set, so its code needs no checks once that is removed.',
        why: 'Concurrency settings do not cause duplicate delivery. Any asynchronous event may arrive more than once.',
      },
    ],
  },
  {
    id: 'invocation.mapping-at-least-once',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'An event source mapping processes each record at least once, so a function that reads a queue or a stream can receive the same record twice.',
    why: 'Lambda reads records from SQS, Kinesis or DynamoDB Streams and may deliver one of them again, after a retried batch or without any error. AWS therefore recommends idempotent function code.',
    takeaway:
      'Retry settings and partial batch responses reduce duplicates but never rule them out: make the code idempotent, for example by recording processed IDs with a conditional write.',
    ask: 'A function adds a payment to an account for each message it reads from an SQS queue through an event source mapping. Why must its code handle a message that arrives twice?',
    docs: eventSourceMappings,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'An event source mapping processes each record exactly once, so a function that reads a queue or a stream never receives the same record twice.',
        why: 'AWS documents event source mappings as at least once: duplicate processing of records can occur, so the code should be idempotent.',
      },
      {
        text: 'An event source mapping processes each record at least once, but turning on ReportBatchItemFailures makes sure that no record is ever received twice.',
        why: 'Partial batch responses cut the retries of records that succeeded, but AWS notes they do not entirely prevent a successful record from being retried.',
      },
      {
        text: 'An event source mapping processes each record at least once only for standard queues, so a function that reads a stream never receives the same record twice.',
        why: 'Duplicates can occur with every event source mapping, streams included: a retried stream batch sends records that had already succeeded.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const failureFacts = [
  {
    id: 'invocation.dlq-sqs',
    kind: 'member',
    set: 'invocation.dlq-targets',
    label: 'A standard SQS queue',
    topic: 'invocation',
    statement:
      'A standard SQS queue can be the dead-letter queue of an asynchronously invoked function.',
    why: 'Lambda sends an event that failed every attempt, without any details of the response, to the queue named in the function’s dead-letter configuration.',
    takeaway:
      'A dead-letter queue is a standard SQS queue or SNS topic, and it receives only the event.',
    docs: retainRecords,
    seed: destinationsSeed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'An SQS queue can be an on-failure destination, but it can never be the dead-letter queue of a function.',
        why: 'A standard SQS queue can be both: a dead-letter queue that gets the event, and a destination that gets the full record.',
      },
    ],
  },
  {
    id: 'invocation.dlq-sns',
    kind: 'member',
    set: 'invocation.dlq-targets',
    label: 'A standard SNS topic',
    topic: 'invocation',
    statement:
      'A standard SNS topic can be the dead-letter queue of an asynchronously invoked function.',
    why: 'The dead-letter configuration takes the ARN of an SQS queue or an SNS topic. A topic can fan failed events out to several subscribers.',
    takeaway:
      'Use an SNS topic as the dead-letter queue when several teams or systems must hear about failed events.',
    docs: retainRecords,
    seed: destinationsSeed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'A dead-letter queue must be an SQS queue, so Lambda rejects an SNS topic in the dead-letter configuration.',
        why: 'The dead-letter configuration accepts an SQS queue or an SNS topic, as long as it is a standard one.',
      },
    ],
  },
  {
    id: 'invocation.s3-on-failure',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'An S3 bucket can be the on-failure destination of an asynchronously invoked function, but not its on-success destination.',
    why: 'Lambda writes the invocation record of a failed event to the bucket as an object. S3 is supported for failures only, while SQS, SNS, EventBridge and Lambda targets work for both outcomes.',
    takeaway:
      'To archive failed asynchronous invocations cheaply, point the on-failure destination at an S3 bucket.',
    ask: 'A team wants to keep records of asynchronous invocations in an S3 bucket for later analysis. How can the bucket be used?',
    notesSaid:
      'Configure on-success and on-failure destinations: SQS queue, SNS topic, EventBridge bus, another Lambda function',
    docs: retainRecords,
    seed: destinationsSeed,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      {
        text: 'An S3 bucket can be the on-success destination of an asynchronously invoked function, but not its on-failure destination.',
        why: 'It is the reverse: Lambda supports S3 only for records of failed invocations.',
      },
      {
        text: 'An S3 bucket can be the dead-letter queue of an asynchronously invoked function, but not one of its destinations.',
        why: 'A dead-letter queue must be a standard SQS queue or SNS topic. S3 is supported as an on-failure destination.',
      },
      {
        text: 'An S3 bucket can be both the on-success and the on-failure destination of an asynchronously invoked function.',
        why: 'Records of successful invocations cannot go to S3. Only the on-failure destination may be a bucket.',
      },
    ],
  },
  {
    id: 'invocation.standard-destinations',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'A destination queue or topic must be a standard SQS queue or a standard SNS topic, because Lambda cannot deliver records to FIFO ones.',
    why: 'Lambda does not send invocation records to FIFO queues or topics. A FIFO target makes each delivery fail, which shows up in the DestinationDeliveryFailures metric in CloudWatch.',
    takeaway:
      'Destinations and dead-letter queues are always standard queues or topics, never FIFO.',
    ask: 'A developer wants the failure records of an asynchronous function in an SQS queue, in order. Which kind of queue or topic can a destination be?',
    docs: retainRecords,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      {
        text: 'A destination queue or topic must be a FIFO SQS queue or a FIFO SNS topic, because Lambda delivers records in order only to FIFO ones.',
        why: 'Lambda supports only standard queues and topics as destinations. A FIFO target makes delivery fail.',
      },
      {
        text: 'A destination queue or topic can be a standard or a FIFO one, because Lambda adds a message group ID to every record it sends.',
        why: 'FIFO queues and topics are unsupported destination types, and delivery to them fails with DestinationDeliveryFailures.',
      },
      {
        text: 'A destination queue or topic must be encrypted with a customer managed key, because Lambda cannot deliver records to unencrypted ones.',
        why: 'Encryption is optional. What Lambda requires is the type of the queue or topic: standard, not FIFO.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const invocationFacts = [
  ...callFacts,
  ...retryFacts,
  ...failureFacts,
] as const satisfies readonly Fact[];

export const invocationTopic = {
  id: 'invocation',
  title: 'Invocation types and asynchronous behaviour',
  summary:
    'Synchronous vs asynchronous calls, retries, maximum event age, dead-letter queues and idempotency.',
  section: destinationsSeed,
  intro: [
    'A caller either waits for the function’s response (synchronous) or hands the event to Lambda and moves on (asynchronous). The choice decides who retries, how large the payload may be and where failed events end up.',
    'Asynchronous events wait in an internal queue that Lambda manages. Lambda retries failed invocations, drops events that grow too old, and can send what still fails to a dead-letter queue or an on-failure destination.',
    'Neither path promises exactly one delivery. An asynchronous event, like a record read by an event source mapping, can reach the function twice, so work such as charging a card should check whether it has already been done.',
  ],
  tables: [invocationTable],
  facts: invocationFacts,
  sets: invocationSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
