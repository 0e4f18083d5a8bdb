/** The synchronous vs asynchronous comparison of the invocation topic. */
import type { AttributeTable } from '../schema';
import { bothExams, cite, lambdaApi, lambdaGuide } from './authoring';

export const invocationTable = {
  id: 'invocation.types',
  topic: 'invocation',
  title: 'Synchronous vs asynchronous invocation',
  docs: cite(`${lambdaApi}API_Invoke.html`),
  exams: bothExams,
  domains: ['dva-1', 'sap-3'],
  subject: { one: 'invocation type', many: 'invocation types' },
  nameLabel: 'Invocation type',
  display: { kind: 'transposed', label: 'Attribute' },
  columns: [
    {
      key: 'caller',
      label: 'What the caller gets back',
      ask: 'With the {row} invocation type, what does the caller get back?',
      which: 'With which invocation type does the caller get this back: {value}?',
      distractors: [
        {
          text: 'A request ID to poll later for the function’s result',
          why: 'Lambda has no API to poll for a result. An asynchronous caller learns the outcome only through a destination.',
        },
        {
          text: 'Nothing, because the call returns before Lambda accepts the event',
          why: 'Lambda confirms every asynchronous event with HTTP 202 once it is queued, so the caller knows it was accepted.',
        },
      ],
    },
    {
      key: 'retries',
      label: 'Who retries after a function error',
      ask: 'With the {row} invocation type, who retries after a function error?',
      which: 'For which invocation type is this the retry behaviour: {value}?',
      distractors: [
        {
          text: 'Lambda, again and again until the event source record expires',
          why: 'Retrying until records expire is the default of Kinesis and DynamoDB stream mappings, not of an invocation type.',
        },
        {
          text: 'Nobody, because a failed event is discarded at once',
          why: 'A failed Lambda invocation always has someone to retry it: a synchronous caller decides whether to try again, and Lambda retries an asynchronous event twice by default.',
        },
      ],
    },
    {
      key: 'payload',
      label: 'Maximum payload',
      ask: 'With the {row} invocation type, what is the maximum payload?',
      which: 'Which invocation type has this maximum payload: {value}?',
      distractors: [
        {
          text: '256 KB for the event',
          why: '256 KB was the asynchronous limit of the Invoke API before AWS raised it to 1 MB. Only the deprecated InvokeAsync API still caps an event at 256 KB, and older exam questions may still expect that figure.',
        },
        {
          text: '50 MB for the request and 50 MB for the response',
          why: '50 MB is the zipped size of a deployment package uploaded directly, not an invocation payload limit.',
        },
      ],
    },
    {
      key: 'unprocessed',
      label: 'Where an event that keeps failing ends up',
      ask: 'With the {row} invocation type, where does an event end up when it keeps failing?',
      which: 'For which invocation type can an event that keeps failing end up here: {value}?',
      distractors: [
        {
          text: 'Back in its event source queue, for another batch',
          why: 'Returning messages to the source queue is how an SQS event source mapping behaves, not an invocation type.',
        },
        {
          text: 'In the function’s CloudWatch log group, as the full event',
          why: 'Logs hold what the function printed, not the event for reprocessing. Only a dead-letter queue or a destination keeps it.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'synchronous',
      name: 'Synchronous',
      cells: {
        caller: {
          text: 'The function’s response, after waiting for it to finish',
          means: ['waits'],
          why: 'With RequestResponse the caller holds the connection open until the function returns its result or an error.',
        },
        retries: {
          text: 'The caller, which decides whether to try again',
          means: ['caller'],
          why: 'Lambda does not retry a synchronous invocation. The client or AWS service that called decides whether to try again.',
          docs: cite(`${lambdaGuide}invocation-retries.html`),
        },
        payload: {
          text: '6 MB for the request and 6 MB for the response',
          means: ['6-mb'],
          why: 'The Invoke API caps a synchronous request and its buffered response at 6 MB each.',
        },
        unprocessed: {
          text: 'The error goes back to the caller in the response',
          means: ['caller'],
          why: 'A synchronous invocation has no queue in between, so the caller receives the function error in the response and must handle it itself.',
        },
      },
    },
    {
      id: 'asynchronous',
      name: 'Asynchronous',
      cells: {
        caller: {
          text: 'An HTTP 202 status code once the event is queued',
          means: ['queued'],
          why: 'With Event, Lambda stores the event in its asynchronous queue and replies at once, before the function runs.',
        },
        retries: {
          text: 'Lambda itself, up to two more attempts by default',
          means: ['lambda'],
          why: 'Lambda retries an asynchronous event that ends in a function error twice by default, 1 minute and then 2 minutes apart, and MaximumRetryAttempts can lower this to 0.',
          docs: cite(`${lambdaGuide}invocation-async-error-handling.html`),
        },
        payload: {
          text: '1 MB for the event',
          means: ['1-mb'],
          why: 'The Invoke API accepts an asynchronous event of up to 1 MB, which Lambda queues before the function runs. Older exam questions still expect 256 KB, the limit before AWS raised it.',
        },
        unprocessed: {
          text: 'A dead-letter queue or an on-failure destination',
          means: ['dlq'],
          why: 'After its retries Lambda discards an asynchronous event unless a dead-letter queue or an on-failure destination is set to keep it.',
          docs: cite(`${lambdaGuide}invocation-async-retain-records.html`),
        },
      },
    },
  ],
} as const satisfies AttributeTable;
