/**
 * Synchronous vs asynchronous invocation, and how Lambda retries, ages out and dead-letters
 * asynchronous events. Extends the document's section on destinations.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { lambdaGuide } from './authoring';
import { beyond, citeAwsDocs, lambdaApi, lambdaOperatorGuide } from './beyond-sources';
import { invocationTable } from './invocation-types';

const invokeApi = citeAwsDocs(`${lambdaApi}API_Invoke.html`);
const asyncErrors = citeAwsDocs(`${lambdaGuide}invocation-async-error-handling.html`);
const asyncConfig = citeAwsDocs(`${lambdaGuide}API_FunctionEventInvokeConfig.html`);
const dlqConfig = citeAwsDocs(`${lambdaGuide}API_DeadLetterConfig.html`);
const domains = ['dva-1', 'sap-3'] as const;

export const invocationSets = [
  {
    id: 'invocation.dlq-targets',
    topic: 'invocation',
    title: 'Dead-letter queue targets for asynchronous invocation',
    ask: 'Which of these can be the dead-letter queue of an asynchronously invoked function?',
    nonMembers: ['EventBridge event bus', 'Another Lambda function', 'S3 bucket', 'Kinesis stream'],
    source: dlqConfig,
  },
] as const satisfies readonly FactSet[];

const retryFacts = [
  {
    ...beyond,
    id: 'invocation.default-sync',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'Invoke runs synchronously by default (InvocationType RequestResponse); InvocationType Event makes it asynchronous.',
    source: invokeApi,
    domains,
    misconceptions: [
      'Invoke runs asynchronously by default; RequestResponse must be requested explicitly.',
      'The invocation type is fixed when the function is created and cannot be chosen per call.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.retry-attempts',
    kind: 'limit',
    topic: 'invocation',
    subject: 'allowed values of MaximumRetryAttempts for asynchronous invocation',
    value: { kind: 'range', min: 0, max: 2, unit: 'count' },
    statement:
      'For asynchronous invocation you can set MaximumRetryAttempts from 0 to 2; the default is 2.',
    source: asyncConfig,
    domains,
    misconceptions: [
      'MaximumRetryAttempts for asynchronous invocation can be set as high as 10.',
      'Asynchronous retries cannot be turned off: at least one retry always happens.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.retry-intervals',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'After a function error Lambda waits 1 minute before the first asynchronous retry and 2 minutes before the second.',
    source: asyncErrors,
    domains,
    misconceptions: [
      'Lambda retries a failed asynchronous invocation immediately, with no wait.',
      'Lambda waits 1 hour between retries of a failed asynchronous invocation.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.event-age',
    kind: 'limit',
    topic: 'invocation',
    subject: 'allowed values of MaximumEventAgeInSeconds for asynchronous invocation',
    value: { kind: 'range', min: 60, max: 21600, unit: 's' },
    statement:
      'MaximumEventAgeInSeconds for asynchronous invocation ranges from 60 seconds to 6 hours (21,600 seconds).',
    source: asyncConfig,
    domains,
    misconceptions: [
      'Asynchronous events can wait in the queue for at most 15 minutes, the function timeout.',
      'Lambda keeps unprocessed asynchronous events for up to 14 days, like an SQS queue.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.throttle-retries',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'When an asynchronous invocation is throttled or hits a system error, Lambda returns the event to its queue and retries for up to 6 hours by default.',
    source: asyncErrors,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'A throttled asynchronous invocation is discarded at once, without any retry.',
      'A throttled asynchronous invocation is retried exactly once, after one minute.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.timeout-is-error',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'A timeout counts as a function error, so a timed-out asynchronous invocation is retried like one that threw an exception.',
    source: asyncErrors,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'A timed-out asynchronous invocation counts as a success and is never retried.',
      'A timed-out asynchronous invocation goes straight to the dead-letter queue, skipping retries.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.idempotency',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'An asynchronously invoked function can receive the same event more than once even without errors, so its code should be idempotent.',
    source: asyncErrors,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'Lambda delivers each asynchronous event exactly once, so duplicate handling is unnecessary.',
      'Duplicate asynchronous events can occur only after the function returns an error.',
    ],
  },
] as const satisfies readonly Fact[];

const failureFacts = [
  {
    ...beyond,
    id: 'invocation.dlq-sqs',
    kind: 'member',
    set: 'invocation.dlq-targets',
    label: 'SQS queue',
    topic: 'invocation',
    statement: 'An SQS queue can be the dead-letter queue of an asynchronously invoked function.',
    source: dlqConfig,
    domains,
    misconceptions: ['An SQS queue can receive destination records but never be a function’s DLQ.'],
  },
  {
    ...beyond,
    id: 'invocation.dlq-sns',
    kind: 'member',
    set: 'invocation.dlq-targets',
    label: 'SNS topic',
    topic: 'invocation',
    statement: 'An SNS topic can be the dead-letter queue of an asynchronously invoked function.',
    source: dlqConfig,
    domains,
    misconceptions: [
      'A function’s asynchronous dead-letter queue must be an SQS queue; SNS topics are rejected.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.s3-on-failure',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'An S3 bucket can be an on-failure destination for asynchronous invocation, but not an on-success destination.',
    source: asyncConfig,
    domains,
    misconceptions: [
      'An S3 bucket can receive records of successful invocations but not of failed ones.',
      'An S3 bucket can never be a destination for asynchronous invocation.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.standard-destinations',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'An SQS queue or SNS topic used as a destination must be a standard queue or topic, not FIFO.',
    source: asyncConfig,
    domains,
    misconceptions: [
      'Destinations must be FIFO queues or topics so that records keep their order.',
      'Any SQS queue or SNS topic can be a destination, FIFO or standard.',
    ],
  },
  {
    ...beyond,
    id: 'invocation.caller-timeout',
    kind: 'rule',
    topic: 'invocation',
    statement:
      'A synchronous caller can give up before the function finishes, for example when an API Gateway integration timeout is shorter than the function timeout.',
    source: citeAwsDocs(`${lambdaOperatorGuide}invocation-modes.html`),
    domains: ['dva-4', 'sap-2'],
    misconceptions: [
      'Synchronous callers always wait for the function, however long its timeout is.',
      'API Gateway extends its timeout to match the function’s timeout automatically.',
    ],
  },
] as const satisfies readonly Fact[];

export const invocationFacts = [...retryFacts, ...failureFacts] as const satisfies readonly Fact[];

export const invocationTopic = {
  id: 'invocation',
  title: 'Invocation types and asynchronous behaviour',
  summary:
    'Synchronous vs asynchronous calls, retries, maximum event age, dead-letter queues and idempotency.',
  section: '7. Lambda Destinations',
  intro: [
    'A caller either waits for the function’s response (synchronous) or hands the event to Lambda and moves on (asynchronous). The choice decides who retries, how large the payload may be and where failed events end up.',
    'Asynchronous events wait in an internal queue that Lambda manages. Lambda retries failed invocations, drops events that grow too old, and can send what still fails to a dead-letter queue or a destination.',
  ],
  tables: [invocationTable],
  facts: invocationFacts,
  sets: invocationSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
