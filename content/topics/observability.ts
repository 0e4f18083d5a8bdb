/**
 * CloudWatch metrics and logs, X-Ray active tracing and the context object: how to see
 * what a function is doing.
 */
import type { Fact, Topic } from '../schema';
import { lambdaGuide } from './authoring';
import { beyond, citeAwsDocs, lambdaOperatorGuide } from './beyond-sources';

const metricsPage = citeAwsDocs(`${lambdaGuide}monitoring-metrics-types.html`);
const logsPage = citeAwsDocs(`${lambdaGuide}monitoring-cloudwatchlogs.html`);
const contextPage = citeAwsDocs(`${lambdaGuide}python-context.html`);
const domains = ['dva-4', 'sap-3'] as const;

const metricFacts = [
  {
    ...beyond,
    id: 'observability.metric-invocations',
    kind: 'definition',
    topic: 'observability',
    term: 'Invocations',
    definition:
      'How many times the function code ran, successful or not; throttled requests are not counted.',
    statement:
      'The Invocations metric counts every run of the function code, including failed ones, but not throttled requests.',
    source: metricsPage,
    domains,
    misconceptions: [
      'The Invocations metric counts only successful invocations.',
      'The Invocations metric includes requests that were throttled.',
    ],
  },
  {
    ...beyond,
    id: 'observability.metric-errors',
    kind: 'definition',
    topic: 'observability',
    term: 'Errors',
    definition: 'How many invocations ended in a function error, timeouts included.',
    statement:
      'The Errors metric counts invocations that end in a function error, including timeouts.',
    source: metricsPage,
    domains,
    misconceptions: [
      'The Errors metric counts throttled requests as well as failed invocations.',
      'The Errors metric leaves out timeouts, which have a separate metric.',
    ],
  },
  {
    ...beyond,
    id: 'observability.metric-throttles',
    kind: 'definition',
    topic: 'observability',
    term: 'Throttles',
    definition: 'How many invocation requests were rejected because no concurrency was available.',
    statement:
      'The Throttles metric counts invocation requests that Lambda rejected because no concurrency was available.',
    source: metricsPage,
    domains,
    misconceptions: [
      'The Throttles metric counts invocations that ran slower than their timeout.',
      'The Throttles metric counts requests that API Gateway rejected before reaching Lambda.',
    ],
  },
  {
    ...beyond,
    id: 'observability.metric-duration',
    kind: 'definition',
    topic: 'observability',
    term: 'Duration',
    definition: 'How long the function code spent processing an event.',
    statement:
      'The Duration metric measures how long the function code spends processing an event.',
    source: metricsPage,
    domains,
    misconceptions: [
      'The Duration metric measures how long an event waited in the asynchronous queue.',
      'The Duration metric measures the total lifetime of the execution environment.',
    ],
  },
  {
    ...beyond,
    id: 'observability.metric-concurrent-executions',
    kind: 'definition',
    topic: 'observability',
    term: 'ConcurrentExecutions',
    definition: 'How many function instances were processing events at the same moment.',
    statement:
      'The ConcurrentExecutions metric reports how many function instances are processing events at the same time.',
    source: metricsPage,
    domains,
    misconceptions: [
      'The ConcurrentExecutions metric reports the total number of invocations per minute.',
      'The ConcurrentExecutions metric reports how much reserved concurrency is still unused.',
    ],
  },
  {
    ...beyond,
    id: 'observability.metric-iterator-age',
    kind: 'definition',
    topic: 'observability',
    term: 'IteratorAge',
    definition:
      'For stream event sources, how old the last record of a batch is when the event source mapping hands it to the function.',
    statement:
      'The IteratorAge metric shows, for stream event sources, how old the last record of a batch is when it reaches the function.',
    source: metricsPage,
    domains,
    misconceptions: [
      'The IteratorAge metric shows how long an SQS message has been invisible.',
      'The IteratorAge metric shows how old the execution environment is.',
    ],
  },
  {
    ...beyond,
    id: 'observability.metric-dead-letter-errors',
    kind: 'definition',
    topic: 'observability',
    term: 'DeadLetterErrors',
    definition:
      'For asynchronous invocation, how many times Lambda failed to send an event to the dead-letter queue.',
    statement:
      'The DeadLetterErrors metric counts, for asynchronous invocation, the times Lambda failed to send an event to the dead-letter queue.',
    source: metricsPage,
    domains,
    misconceptions: [
      'The DeadLetterErrors metric counts every event that reached the dead-letter queue.',
      'The DeadLetterErrors metric counts failed synchronous invocations.',
    ],
  },
] as const satisfies readonly Fact[];

const logAndTraceFacts = [
  {
    ...beyond,
    id: 'observability.log-group',
    kind: 'rule',
    topic: 'observability',
    statement:
      'By default a function sends its logs to a CloudWatch Logs log group named /aws/lambda/<function name>.',
    source: logsPage,
    domains,
    misconceptions: [
      'By default Lambda writes function logs to an S3 bucket named after the function.',
      'All functions in an account share one default log group.',
    ],
  },
  {
    ...beyond,
    id: 'observability.log-permissions',
    kind: 'rule',
    topic: 'observability',
    statement:
      'To send logs, the execution role needs logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents.',
    source: logsPage,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      'Lambda writes logs with its own service credentials, so the execution role needs no logging permissions.',
      'Sending logs needs only the logs:GetLogEvents permission.',
    ],
  },
  {
    ...beyond,
    id: 'observability.log-stream-per-environment',
    kind: 'rule',
    topic: 'observability',
    statement:
      'Each execution environment writes to its own log stream, so concurrent instances produce separate streams.',
    source: citeAwsDocs(`${lambdaOperatorGuide}log-structure.html`),
    domains,
    misconceptions: [
      'All concurrent instances of a function write to one shared log stream.',
      'Lambda creates a new log stream for every single invocation.',
    ],
  },
  {
    ...beyond,
    id: 'observability.active-tracing',
    kind: 'rule',
    topic: 'observability',
    statement:
      'Setting the tracing mode to Active makes Lambda sample incoming requests and record traces in X-Ray.',
    source: citeAwsDocs(`${lambdaGuide}API_TracingConfig.html`),
    domains,
    misconceptions: [
      'Active tracing records every single request in X-Ray, without sampling.',
      'X-Ray tracing is switched on by setting the function’s log level to DEBUG.',
    ],
  },
  {
    ...beyond,
    id: 'observability.context-remaining-time',
    kind: 'rule',
    topic: 'observability',
    statement:
      'The context object’s get_remaining_time_in_millis (Python) returns the milliseconds left before the invocation times out.',
    source: contextPage,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      'get_remaining_time_in_millis returns how long the invocation has already been running.',
      'get_remaining_time_in_millis returns the time left before the execution environment is recycled.',
    ],
  },
  {
    ...beyond,
    id: 'observability.context-request-id',
    kind: 'rule',
    topic: 'observability',
    statement: 'The context object’s aws_request_id identifies the invocation request.',
    source: contextPage,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      'aws_request_id identifies the execution environment and stays the same for all its invocations.',
      'aws_request_id is the ID of the AWS account that invoked the function.',
    ],
  },
] as const satisfies readonly Fact[];

export const observabilityFacts = [
  ...metricFacts,
  ...logAndTraceFacts,
] as const satisfies readonly Fact[];

export const observabilityTopic = {
  id: 'observability',
  title: 'Observability: logs, metrics and tracing',
  summary: 'CloudWatch metrics and logs, X-Ray active tracing, and the context object.',
  section: 'Key Concepts',
  intro: [
    'Lambda sends metrics to CloudWatch for every function: invocations, errors, throttles, duration and concurrency, plus IteratorAge for streams and DeadLetterErrors for asynchronous calls. Troubleshooting questions usually start from one of them.',
    'Logs go to CloudWatch Logs when the execution role allows it, X-Ray traces requests when tracing is Active, and the context object tells the code about the current invocation.',
  ],
  tables: [],
  facts: observabilityFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
