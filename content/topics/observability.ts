/**
 * CloudWatch metrics and logs, X-Ray active tracing and the context object: how to see
 * what a function is doing.
 */
import { observabilityChoices } from '../decisions/observability-choices';
import type { AttributeTable, Fact, Topic } from '../schema';
import { cite, docsBase, lambdaGuide, lambdaOperatorGuide } from './authoring';

const metricsPage = cite(`${lambdaGuide}monitoring-metrics-types.html`);
const logsPage = cite(`${lambdaGuide}monitoring-cloudwatchlogs.html`);
const logStructure = cite(`${lambdaOperatorGuide}log-structure.html`);
const xrayPage = cite(`${lambdaGuide}services-xray.html`);
const contextPage = cite(`${lambdaGuide}python-context.html`);
const dvaOnly = ['DVA-C02'] as const;
const troubleshooting = ['dva-4'] as const;
const cloudWatchGuide = `${docsBase}AmazonCloudWatch/latest/`;
const asyncMetricsPage = metricsPage;
const logsInsightsPage = cite(`${cloudWatchGuide}logs/CWL_AnalyzeLogData-discoverable-fields.html`);
const lambdaInsightsPage = cite(`${lambdaGuide}monitoring-insights.html`);
const emfPage = cite(`${cloudWatchGuide}monitoring/CloudWatch_Embedded_Metric_Format.html`);
const logRetentionPage = cite(`${cloudWatchGuide}logs/Working-with-log-groups-and-streams.html`);
const logLevelPage = cite(`${lambdaGuide}monitoring-cloudwatchlogs-log-level.html`);
const metricFilterPage = cite(`${cloudWatchGuide}logs/MonitoringLogData.html`);
const pythonTracingPage = cite(`${lambdaGuide}python-tracing.html`);
const xraySegmentsPage = cite(`${docsBase}xray/latest/devguide/xray-sdk-python-segment.html`);
const apiMetricsPage = cite(
  `${docsBase}apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html`,
);
const apiTracingPage = cite(`${docsBase}xray/latest/devguide/xray-services-apigateway.html`);

const metricFacts = [
  {
    id: 'observability.metric-invocations',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'Invocations',
    definition:
      'How many times the function code ran, whether it succeeded or ended in a function error. Throttled requests are not counted.',
    statement:
      'The Invocations metric counts each time the function code runs, whether it succeeds or ends in a function error, and leaves out throttled requests.',
    why: 'Lambda records Invocations only when the code actually runs, which is also what is billed. A throttled request never reaches the code, so it appears in Throttles instead.',
    takeaway:
      'Invocations equals billed requests: errors are included, throttles are not. Error rate is Errors divided by Invocations.',
    ask: 'During a traffic spike, some requests to a function are throttled and some runs end in a function error. What does the Invocations metric count?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The Invocations metric counts only the runs of the function code that succeed, and leaves out runs that end in a function error.',
        why: 'Invocations includes runs that end in a function error. Those are also counted in Errors, which is why the error rate is Errors divided by Invocations.',
      },
      {
        text: 'The Invocations metric counts every request sent to the function, including throttled requests that Lambda rejected and that never ran the function code.',
        why: 'Throttled requests and other invocation errors are not recorded as Invocations. Lambda counts them in the Throttles metric.',
      },
      {
        text: 'The Invocations metric counts each execution environment that Lambda starts, whether it goes on to serve one request or many of them.',
        why: 'A warm execution environment serves many invocations, and each run of the code is counted once. No standard metric counts the environments that Lambda starts.',
      },
    ],
  },
  {
    id: 'observability.metric-errors',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'Errors',
    definition:
      'How many invocations failed inside the function, from an exception in the code or a runtime problem such as a timeout.',
    statement:
      'The Errors metric counts invocations that end in a function error, such as an exception from the code or a timeout, but not throttled requests.',
    why: 'Function errors are raised by the code or by the runtime, which reports timeouts and configuration errors. A throttled request never ran, so it is neither an Invocation nor an Error.',
    takeaway:
      'Timeouts show up in Errors. Throttles have their own metric and are never in Errors.',
    ask: 'A function times out on some invocations and throws exceptions on others, while some of its requests are throttled. What does the Errors metric count?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The Errors metric counts invocations that end in an exception thrown by the code, but not timeouts, which Lambda reports in a separate timeout metric.',
        why: 'The runtime reports a timeout as a function error, so it is counted in Errors. Lambda has no separate timeout metric.',
      },
      {
        text: 'The Errors metric counts every failed request, including throttled requests that Lambda rejected before it ran the function code.',
        why: 'Throttled requests and other invocation errors count neither as Invocations nor as Errors. They are counted in Throttles.',
      },
      {
        text: 'The Errors metric counts failed asynchronous events that Lambda could not deliver to the dead-letter queue or to an on-failure destination.',
        why: 'Failed deliveries are counted by DeadLetterErrors and DestinationDeliveryFailures. Errors counts invocations whose code ended in a function error.',
      },
    ],
  },
  {
    id: 'observability.metric-throttles',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'Throttles',
    definition:
      'How many invocation requests Lambda rejected because no concurrency was available to scale up.',
    statement:
      'The Throttles metric counts invocation requests that Lambda rejected because no concurrency was available, and they are not counted as Invocations.',
    why: 'When every instance is busy and the function cannot scale further, Lambda rejects the request with TooManyRequestsException instead of running it, so only Throttles records it.',
    takeaway:
      'Throttles rising while Errors stays flat points to concurrency limits, not to a bug in the code.',
    ask: 'A function with a reserved concurrency of 10 receives a burst of requests. What does the Throttles metric count?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The Throttles metric counts invocations that ran longer than the function timeout and were stopped, and these invocations also count as Errors.',
        why: 'A timeout is a function error counted in Errors. Throttles counts requests that were rejected before they ran because no concurrency was left.',
      },
      {
        text: 'The Throttles metric counts requests that API Gateway rejected with its own throttling limits before the requests could ever reach the Lambda function.',
        why: 'Requests that API Gateway throttles never reach Lambda and appear in API Gateway metrics. Lambda counts only the requests it rejected itself.',
      },
      {
        text: 'The Throttles metric counts invocations that ran on standard concurrency because all of the provisioned concurrency of the alias was in use.',
        why: 'Those requests still ran: ProvisionedConcurrencySpilloverInvocations counts them. Throttles counts requests that did not run at all.',
      },
    ],
  },
  {
    id: 'observability.metric-duration',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'Duration',
    definition: 'How long the function code spent processing one event, in milliseconds.',
    statement:
      'The Duration metric measures the time that the function code spends processing an event, and the billed duration is based on it.',
    why: 'Lambda times each invocation of the handler, and billing is based on that time, rounded up to the nearest millisecond. Since 1 August 2025 Lambda also bills the Init phase, so the billed duration of an on-demand cold start includes its Init Duration.',
    takeaway:
      'Watch the Duration percentiles, such as p95, against the timeout to catch slow invocations before they time out.',
    ask: 'A developer wants to know how long a function takes to handle each event it receives. What does the Duration metric measure?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The Duration metric measures the time that an asynchronous event waits in the internal queue before the function code starts processing it.',
        why: 'Time spent waiting in the asynchronous queue is reported by AsyncEventAge. Duration starts only when the code begins processing the event.',
      },
      {
        text: 'The Duration metric measures the whole lifetime of an execution environment, from its Init phase until its Shutdown.',
        why: 'Duration is reported for each invocation. One execution environment serves many invocations, and no standard metric reports how long it lives.',
      },
      {
        text: 'The Duration metric measures the time that extensions spend running after the function code has already returned its response to the caller.',
        why: 'That time is reported separately, by PostRuntimeExtensionsDuration. Duration is the time the function code spends on the event.',
      },
    ],
  },
  {
    id: 'observability.metric-concurrent-executions',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'ConcurrentExecutions',
    definition: 'How many function instances were processing events at the same moment.',
    statement:
      'The ConcurrentExecutions metric reports how many function instances are processing events at the same moment, and Lambda throttles new requests when it reaches the limit.',
    why: 'Each instance handles one event at a time, so the count of busy instances is the concurrency in use. When it reaches the Region quota or the reserved concurrency, new requests are throttled.',
    takeaway:
      'Read ConcurrentExecutions with the Maximum statistic and compare it with reserved concurrency or the account quota.',
    ask: 'An operations team wants to see how close a function is to its reserved concurrency before requests start to be throttled. What does the ConcurrentExecutions metric report?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The ConcurrentExecutions metric reports how many invocations the function completed in each one-minute period, and Lambda throttles new requests when it reaches the limit.',
        why: 'A count per minute is the Sum of Invocations. Concurrency is how many instances are busy at one moment, which depends on duration as well as on the request rate.',
      },
      {
        text: 'The ConcurrentExecutions metric reports how much of the reserved concurrency of the function is still unused, and Lambda throttles new requests when it reaches zero.',
        why: 'No metric reports unused reserved concurrency. ConcurrentExecutions counts the instances that are busy, which is what the reserved concurrency is compared with.',
      },
      {
        text: 'The ConcurrentExecutions metric reports how many execution environments are initialized, whether or not they are processing events, and Lambda throttles new requests at the limit.',
        why: 'An idle, frozen environment is not counted. The metric counts instances that are processing events at that moment.',
      },
    ],
  },
  {
    id: 'observability.metric-iterator-age',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'IteratorAge',
    definition:
      'For stream event sources, how long the last record of a batch waited between reaching the stream and being sent to the function.',
    statement:
      'The IteratorAge metric measures, for stream event sources, how long the last record of a batch waited in the stream before being sent to the function.',
    why: 'The event source mapping reads each shard in order, so when the function falls behind, records wait longer in the stream and the age of the records it sends keeps growing.',
    takeaway:
      'A growing IteratorAge means the function cannot keep up with the stream: look at errors, duration, batch size and the parallelization factor.',
    ask: 'A function reads from a Kinesis data stream, and its IteratorAge keeps growing. What does the IteratorAge metric measure?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The IteratorAge metric measures, for Amazon SQS event sources, how long a message has stayed invisible in the queue since it was sent to the function.',
        why: 'IteratorAge applies to streams such as Kinesis and DynamoDB Streams. How long a received message stays invisible is set by the visibility timeout of the queue.',
      },
      {
        text: 'The IteratorAge metric measures, for stream event sources, how long the function took to process the last batch of records that was sent to the function.',
        why: 'Processing time is the Duration metric. IteratorAge is how long the record waited in the stream before it was sent to the function.',
      },
      {
        text: 'The IteratorAge metric measures, for stream event sources, how long a shard iterator stays valid before the event source mapping must request a new one.',
        why: 'Despite its name, the metric does not report on shard iterators. It reports the age of the last record in the batch when it is sent to the function.',
      },
    ],
  },
  {
    id: 'observability.metric-dead-letter-errors',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'DeadLetterErrors',
    definition:
      'For asynchronous invocation, how many times Lambda tried to send a failed event to the dead-letter queue and could not.',
    statement:
      'The DeadLetterErrors metric counts, for asynchronous invocation, the times Lambda could not send a failed event to the dead-letter queue.',
    why: 'After the retries of an asynchronous invocation are used up, Lambda sends the event to the dead-letter queue. When that send fails, because of the queue configuration or a size limit, the event is lost and this metric rises.',
    takeaway:
      'Alarm on DeadLetterErrors: each one is an event that failed and could not even be kept for later.',
    ask: 'A function invoked asynchronously has a dead-letter queue, and its DeadLetterErrors metric is above zero. What does that metric count?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The DeadLetterErrors metric counts, for asynchronous invocation, every failed event that Lambda delivered to the dead-letter queue after using up its retries.',
        why: 'A successful delivery to the dead-letter queue is not an error. The metric counts only the sends that failed, and the queue’s own metrics count the messages it received.',
      },
      {
        text: 'The DeadLetterErrors metric counts, for synchronous invocation, the function errors that Lambda returned to the caller.',
        why: 'Dead-letter queues apply only to asynchronous invocation. A synchronous caller receives the error itself, and it is counted in Errors.',
      },
      {
        text: 'The DeadLetterErrors metric counts, for asynchronous invocation, the times Lambda tried to send an invocation record to an on-failure destination and could not.',
        why: 'Failed sends to a destination are counted by DestinationDeliveryFailures. DeadLetterErrors is about the dead-letter queue.',
      },
    ],
  },
  {
    id: 'observability.metric-destination-delivery-failures',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'DestinationDeliveryFailures',
    definition:
      'For asynchronous invocation, how many times Lambda tried to send an invocation record to a destination and could not.',
    statement:
      'The DestinationDeliveryFailures metric counts, for asynchronous invocation, the times Lambda could not send an invocation record to a destination.',
    why: 'After an asynchronous invocation succeeds or fails for good, Lambda sends the invocation record to the configured destination. When that send fails, for example because the execution role lacks permission or the destination resource is misconfigured, the record does not reach the destination and this metric rises.',
    takeaway:
      'Alarm on DestinationDeliveryFailures as on DeadLetterErrors: each one is a record that never reached its destination.',
    ask: 'A function invoked asynchronously has an on-failure destination, and its DestinationDeliveryFailures metric rises. What does that metric count?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The DestinationDeliveryFailures metric counts, for asynchronous invocation, every invocation record that Lambda delivered to the on-failure destination.',
        why: 'A successful delivery is not a failure. The metric counts only the sends to a destination that did not succeed.',
      },
      {
        text: 'The DestinationDeliveryFailures metric counts, for asynchronous invocation, the times Lambda could not send a failed event to the dead-letter queue.',
        why: 'Failed sends to a dead-letter queue are counted by DeadLetterErrors. This metric is about destinations.',
      },
      {
        text: 'The DestinationDeliveryFailures metric counts, for asynchronous invocation, the events that Lambda dropped because they grew older than the maximum event age.',
        why: 'Events dropped for their age or after the last retry are counted by AsyncEventsDropped. This metric counts failed sends to a destination.',
      },
    ],
  },
  {
    id: 'observability.metric-provisioned-spillover',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'ProvisionedConcurrencySpilloverInvocations',
    definition:
      'How many times the function code ran on standard concurrency because all the provisioned concurrency was in use.',
    statement:
      'The ProvisionedConcurrencySpilloverInvocations metric counts invocations that ran on standard concurrency because all the provisioned concurrency was in use.',
    why: 'When every provisioned environment of a version or alias is busy, Lambda serves extra requests with on-demand environments, which may need a cold start. Those invocations are counted as spillover.',
    takeaway:
      'Spillover above zero means provisioned concurrency is too low for the peak: cold starts are back for those requests.',
    ask: 'An alias with provisioned concurrency still shows some slow, cold-start invocations during a spike. What does its ProvisionedConcurrencySpilloverInvocations metric count?',
    docs: metricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The ProvisionedConcurrencySpilloverInvocations metric counts requests that Lambda throttled because all the provisioned concurrency was in use.',
        why: 'Spillover requests are not throttled: they run on standard concurrency. They are throttled only if no other concurrency is left either.',
      },
      {
        text: 'The ProvisionedConcurrencySpilloverInvocations metric counts invocations that ran on provisioned concurrency, including those that found a warm environment waiting.',
        why: 'Invocations served by provisioned environments are counted by ProvisionedConcurrencyInvocations. Spillover counts the ones that did not fit.',
      },
      {
        text: 'The ProvisionedConcurrencySpilloverInvocations metric counts invocations of $LATEST, which cannot use the provisioned concurrency of a version or alias.',
        why: 'Invocations of another qualifier are not spillover. The metric counts invocations of the alias or version itself that found its provisioned concurrency busy.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const logAndTraceFacts = [
  {
    id: 'observability.log-group',
    kind: 'rule',
    topic: 'observability',
    part: 'Logs',
    statement:
      'By default, Lambda sends a function’s logs to the CloudWatch Logs log group named /aws/lambda/ followed by the function name.',
    why: 'Lambda captures everything the function writes to standard output and standard error and sends it to CloudWatch Logs. A custom log group can be configured instead, and several functions can then share it.',
    takeaway:
      'Look for a function’s logs in CloudWatch Logs, in /aws/lambda/ followed by its name, unless a custom log group is configured.',
    ask: 'A developer creates a function with the default logging settings and looks for its output in CloudWatch Logs. Where are the logs by default?',
    docs: logsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'By default, Lambda sends a function’s logs to an Amazon S3 bucket named after the function, and CloudWatch Logs receives them only when configured.',
        why: 'CloudWatch Logs is the default destination. Logs go elsewhere only when the function’s logging configuration says so.',
      },
      {
        text: 'By default, Lambda sends the logs of every function in the account to one shared CloudWatch Logs log group named /aws/lambda.',
        why: 'Each function gets its own log group by default. Functions share a log group only when a custom log group is configured for them.',
      },
      {
        text: 'By default, Lambda keeps a function’s logs inside its execution environment, and they reach CloudWatch Logs only if the code uploads them.',
        why: 'Lambda streams the function’s output to CloudWatch Logs itself, so the code only has to write to standard output or use a logging library.',
      },
    ],
  },
  {
    id: 'observability.log-permissions',
    kind: 'rule',
    topic: 'observability',
    part: 'Logs',
    statement:
      'To write its logs, a function’s execution role needs logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents, as in AWSLambdaBasicExecutionRole.',
    why: 'Lambda writes a function’s logs with the function’s execution role. Without these actions, the log group and streams cannot be created and no log events are written.',
    takeaway:
      'No logs and no log group usually means the execution role lacks AWSLambdaBasicExecutionRole or the same three actions.',
    ask: 'A function runs without errors, but nothing appears in CloudWatch Logs and its log group was never created. What does the execution role need?',
    docs: logsPage,
    exams: dvaOnly,
    domains: ['dva-2', 'dva-4'],
    misconceptions: [
      {
        text: 'To write its logs, a function’s execution role needs no logging permissions at all, because Lambda uses its own service credentials for CloudWatch Logs.',
        why: 'Lambda uses the execution role to write logs. If the role does not allow it, the logs are not written.',
      },
      {
        text: 'To write its logs, a function’s execution role needs logs:GetLogEvents and logs:FilterLogEvents, as in the CloudWatchLogsReadOnlyAccess managed policy.',
        why: 'Those actions read logs that already exist. Writing them needs logs:CreateLogStream and logs:PutLogEvents, and logs:CreateLogGroup for the group.',
      },
      {
        text: 'To write its logs, a function needs logs:CreateLogStream and logs:PutLogEvents in its resource-based policy, granted to the CloudWatch Logs service principal.',
        why: 'A resource-based policy controls who may invoke the function. Calls the function makes, including writing logs, are allowed by the execution role.',
      },
    ],
  },
  {
    id: 'observability.log-stream-per-environment',
    kind: 'rule',
    topic: 'observability',
    part: 'Logs',
    statement:
      'Each execution environment writes to its own log stream for its whole lifetime, so concurrent instances of a function produce separate log streams.',
    why: 'A log stream name ends with the GUID of the execution environment. A new stream starts when a new environment is created, and a warm environment keeps writing to the same one.',
    takeaway:
      'To follow one request across streams, search the log group for its request ID instead of reading a single stream.',
    ask: 'A function scales out to twenty concurrent instances during a spike. How are its log streams organized?',
    docs: logStructure,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'All execution environments of a function write to one shared log stream for its whole lifetime, so messages from concurrent instances are interleaved.',
        why: 'Each instance has a dedicated log stream. Messages from concurrent instances end up in different streams of the same log group.',
      },
      {
        text: 'Each invocation writes to a new log stream of its own, so a warm execution environment writes to a different log stream every time it is invoked.',
        why: 'A single execution environment writes to the same log stream during its lifetime. Stream names identify environments, not requests.',
      },
      {
        text: 'Each function version writes to one log stream per day, and Lambda starts new log streams at midnight whatever the number of concurrent instances.',
        why: 'Stream names start with a date, but they also carry the execution environment’s GUID: every environment has its own stream.',
      },
    ],
  },
  {
    id: 'observability.active-tracing',
    kind: 'rule',
    topic: 'observability',
    part: 'Tracing with X-Ray',
    statement:
      'With active tracing, Lambda creates trace segments and sends them to X-Ray only for the requests that are sampled, not for every invocation.',
    why: 'X-Ray traces a sample of requests to keep overhead and cost low. By default Lambda records the first request each second and five percent of the others, and the rate cannot be configured for a function. An upstream service such as API Gateway can make the sampling decision in the tracing header.',
    takeaway:
      'Active tracing samples requests: missing traces for some requests is expected, not a fault.',
    ask: 'A developer turns on active tracing for a function and then finds that only some invocations appear in X-Ray. What does Lambda send to X-Ray?',
    docs: xrayPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'With active tracing, Lambda creates trace segments and sends them to X-Ray for every invocation, because active tracing turns sampling off for the function.',
        why: 'Active tracing still samples. Lambda’s default sampling rate applies and cannot be changed to record every invocation of the function.',
      },
      {
        text: 'With active tracing, Lambda creates trace segments and sends them to X-Ray only for invocations that end in an error.',
        why: 'Sampling does not depend on the outcome. Sampled requests are traced whether they succeed or fail.',
      },
      {
        text: 'With active tracing, Lambda only passes the tracing header downstream, and trace segments reach X-Ray only when the function code creates them with the SDK.',
        why: 'That describes PassThrough mode. In Active mode Lambda creates the segments for the invocation itself.',
      },
    ],
  },
  {
    id: 'observability.xray-permissions',
    kind: 'rule',
    topic: 'observability',
    part: 'Tracing with X-Ray',
    statement:
      'Active tracing needs X-Ray write permissions on the execution role, such as xray:PutTraceSegments from the AWSXRayDaemonWriteAccess managed policy.',
    why: 'Trace data is uploaded with the function’s execution role. The Lambda console adds the permissions when tracing is switched on there, but a template or the API does not, so the role must include them.',
    takeaway:
      'Active tracing set in a template also needs AWSXRayDaemonWriteAccess, or the same X-Ray actions, on the execution role.',
    ask: 'A team enables active tracing on a function through a CloudFormation template, but no traces ever appear in X-Ray. What is missing?',
    docs: xrayPage,
    exams: dvaOnly,
    domains: ['dva-2', 'dva-4'],
    misconceptions: [
      {
        text: 'Active tracing needs a statement in the function’s resource-based policy that allows the X-Ray service principal to invoke the function.',
        why: 'X-Ray does not call the function. The function’s environment pushes trace segments to X-Ray with the execution role.',
      },
      {
        text: 'Active tracing needs CloudWatch Logs write permissions on the execution role, such as logs:PutLogEvents from the AWSLambdaBasicExecutionRole managed policy.',
        why: 'Log permissions let the function write logs, not traces. Uploading traces needs X-Ray actions such as xray:PutTraceSegments.',
      },
      {
        text: 'Active tracing needs an X-Ray daemon layer on the function, which every function must add before Lambda can send its trace segments to X-Ray.',
        why: 'With active tracing, Lambda runs the X-Ray daemon for the function. No layer is needed, only the permissions on the execution role.',
      },
    ],
  },
  {
    id: 'observability.context-remaining-time',
    kind: 'rule',
    topic: 'observability',
    part: 'The context object',
    statement:
      'The context object’s get_remaining_time_in_millis method returns the number of milliseconds left before the invocation times out.',
    why: 'Lambda knows the deadline of each invocation from the configured timeout. The method counts down to it, so the code can stop and save its progress before Lambda ends the invocation.',
    takeaway:
      'Check the remaining time in long loops and stop cleanly, instead of letting the invocation time out.',
    ask: 'A Python function processes a long list of files and must stop cleanly before it times out. What does the context object’s get_remaining_time_in_millis method return?',
    docs: contextPage,
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'The context object’s get_remaining_time_in_millis method returns the number of milliseconds the invocation has run so far.',
        why: 'It returns the time that is left, which shrinks as the invocation runs, not the time already spent.',
      },
      {
        text: 'The context object’s get_remaining_time_in_millis method returns the number of milliseconds left before the 15-minute maximum of any invocation.',
        why: 'The countdown ends at the function’s configured timeout, which is often far shorter than the 15-minute maximum, so code that plans for 15 minutes is cut off early.',
      },
      {
        text: 'The context object’s get_remaining_time_in_millis method returns the function’s configured timeout, which stays the same until the invocation times out.',
        why: 'The configured timeout is a fixed setting. The method returns how much of it remains at the moment it is called.',
      },
    ],
  },
  {
    id: 'observability.context-request-id',
    kind: 'rule',
    topic: 'observability',
    part: 'The context object',
    statement:
      'The context object’s aws_request_id property identifies the invocation request, so it is different for each invocation that an execution environment serves.',
    why: 'Lambda gives every invocation its own request ID and prints it in the START, END and REPORT lines, so logging it ties the function’s own log lines to one request.',
    takeaway: 'Log aws_request_id to follow one invocation through CloudWatch Logs.',
    ask: 'A developer wants every log line of an invocation to carry an ID that ties it to that one request. What does the context object’s aws_request_id property identify?',
    docs: contextPage,
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'The context object’s aws_request_id property identifies the execution environment, so it stays the same for every invocation that the environment serves.',
        why: 'The environment is identified by its log stream, available as log_stream_name. aws_request_id changes with every invocation.',
      },
      {
        text: 'The context object’s aws_request_id property identifies the AWS account that invoked the function, so it is the same for every request sent from that account.',
        why: 'The request ID identifies one invocation, not the caller. It is unique for each request, whoever sends it.',
      },
      {
        text: 'The context object’s aws_request_id property identifies the version or alias used to invoke the function, so it changes only when the caller changes it.',
        why: 'The qualifier used by the caller is in invoked_function_arn. aws_request_id identifies the request itself.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const asyncMetricFacts = [
  {
    id: 'observability.metric-async-event-age',
    kind: 'definition',
    topic: 'observability',
    part: 'Metrics',
    term: 'AsyncEventAge',
    definition:
      'For asynchronous invocation, the time between Lambda queueing an event and invoking the function with it.',
    statement:
      'The AsyncEventAge metric measures, for asynchronous invocation, the time between Lambda queueing an event and invoking the function with it, and it grows while events are retried.',
    why: 'Lambda puts every asynchronous event in its own internal queue before it invokes the function. Retries after function errors or throttling keep events in that queue longer, so the age of the events rises.',
    takeaway:
      'A rising AsyncEventAge means asynchronous events are waiting: look at Errors and Throttles, which cause the retries.',
    ask: 'Amazon S3 invokes a function asynchronously, and uploads are now processed minutes after they arrive. What does the AsyncEventAge metric of the function measure?',
    docs: asyncMetricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The AsyncEventAge metric measures, for asynchronous invocation, the time that the function code spends on each event, from the start of the handler until the handler returns its result.',
        why: 'The time the code spends on an event is the Duration metric. AsyncEventAge is the time an event waits in the queue before the function is invoked with it.',
      },
      {
        text: 'The AsyncEventAge metric measures, for stream event sources, how long the last record of each batch waited in its shard before the event source mapping sent it to the function.',
        why: 'The age of stream records is the IteratorAge metric. AsyncEventAge belongs to asynchronous invocation, such as events sent by Amazon S3 or Amazon SNS.',
      },
      {
        text: 'The AsyncEventAge metric measures, for asynchronous invocation, how long a failed event has stayed in the dead-letter queue of the function since Lambda sent it there.',
        why: 'Lambda reports nothing about messages once they are in the dead-letter queue; the queue’s own metrics, such as ApproximateAgeOfOldestMessage, do.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const toolFacts = [
  {
    id: 'observability.logs-insights',
    kind: 'rule',
    topic: 'observability',
    part: 'Logs',
    statement:
      'CloudWatch Logs Insights queries the log events already stored in log groups, and it reads the fields of Lambda REPORT lines, such as @duration and @maxMemoryUsed, without any setup.',
    why: 'Logs Insights discovers fields in the logs of AWS services. For Lambda it reads the request ID, duration, billed duration, memory size and maximum memory used from each REPORT line, so a query can filter, sort and aggregate them over any past period the log group still holds.',
    takeaway:
      'To study past invocations, such as the highest memory used last week, query the log group with Logs Insights: nothing has to be installed first.',
    ask: 'A team wants to find, in the logs of the past two weeks, the invocations of a function that used the most memory. What does CloudWatch Logs Insights offer?',
    docs: logsInsightsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'CloudWatch Logs Insights queries only the log events that arrive after it is turned on for a log group, and it needs an agent in the function to parse the fields of Lambda REPORT lines.',
        why: 'Logs Insights queries the events already stored in the log groups you pick, and it discovers the fields of Lambda REPORT lines without any agent.',
      },
      {
        text: 'CloudWatch Logs Insights collects memory, CPU and network figures from an extension that runs in each execution environment, and it publishes them as metrics for every function.',
        why: 'That describes Lambda Insights, which is added to a function as a layer. Logs Insights is a query tool over log groups that already exist.',
      },
      {
        text: 'CloudWatch Logs Insights queries the traces that X-Ray records for a function, and it reads the time of every downstream call that the sampled requests of the function made.',
        why: 'Traces are searched in X-Ray, with filter expressions. Logs Insights queries log events stored in CloudWatch Logs.',
      },
    ],
  },
  {
    id: 'observability.lambda-insights',
    kind: 'rule',
    topic: 'observability',
    part: 'Custom metrics and Lambda Insights',
    statement:
      'Lambda Insights adds an extension, as a layer, that collects system metrics of each function, such as memory, CPU time and network use, and cold starts, and sends them to CloudWatch.',
    why: 'The extension writes one log event per invocation, in embedded metric format, to the /aws/lambda-insights log group, and CloudWatch extracts metrics such as memory_utilization and cpu_total_time from it. The execution role needs the permissions of the CloudWatchLambdaInsightsExecutionRolePolicy managed policy.',
    takeaway:
      'Memory, CPU and network metrics per function, which Lambda does not publish on its own, come from Lambda Insights.',
    ask: 'An operations team needs the memory utilization, CPU time and network traffic of each function as CloudWatch metrics. What does Lambda Insights do?',
    docs: lambdaInsightsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'Lambda Insights runs saved queries over the log groups of all the functions, and it turns the REPORT lines already stored there into memory, CPU and network metrics for each function.',
        why: 'Lambda Insights collects its data with an extension inside the execution environment. REPORT lines hold the maximum memory used, but no CPU time or network traffic.',
      },
      {
        text: 'Lambda Insights records a trace of each sampled request, with the time of every downstream call that the function makes, and draws a service map of the whole application.',
        why: 'Traces and service maps come from X-Ray. Lambda Insights collects system-level metrics and cold-start information.',
      },
      {
        text: 'Lambda Insights is turned on for every function by default, so the memory, CPU and network metrics of each function appear in CloudWatch without any change to the function.',
        why: 'It is opt-in: the extension has to be added to each function, and the execution role has to allow it to send its data.',
      },
    ],
  },
  {
    id: 'observability.embedded-metric-format',
    kind: 'rule',
    topic: 'observability',
    part: 'Custom metrics and Lambda Insights',
    statement:
      'The embedded metric format turns JSON log lines that the function writes into CloudWatch custom metrics, so the code publishes metrics without calling the CloudWatch API.',
    why: 'CloudWatch Logs reads the metric definitions in each structured log event and extracts the metrics asynchronously. The function only writes to its log, which adds no network call to the invocation, and the detailed event stays available to Logs Insights.',
    takeaway:
      'Custom business metrics from Lambda without PutMetricData calls: write them as log lines in the embedded metric format.',
    ask: 'A function must publish the value of each order as a CloudWatch metric without adding calls to the CloudWatch API. What does the embedded metric format offer?',
    docs: emfPage,
    exams: dvaOnly,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'The embedded metric format sends each metric to CloudWatch with a PutMetricData call that the runtime makes for the code, so the function publishes metrics without writing any log lines.',
        why: 'No PutMetricData call is made. The metrics are extracted from log events that the function writes in the format.',
      },
      {
        text: 'The embedded metric format stores metrics inside the X-Ray segment of each sampled request, so the code publishes metrics only for the requests that X-Ray happens to trace.',
        why: 'The format is a log format that CloudWatch Logs reads. It covers every log event written in it, whether or not the request is traced.',
      },
      {
        text: 'The embedded metric format lets Logs Insights compute metrics from plain-text log lines at query time, so the code publishes metrics without changing the way it writes its logs.',
        why: 'The log lines must be JSON objects whose _aws metadata declares the metrics, and CloudWatch extracts the metrics when the events are ingested, not at query time.',
      },
    ],
  },
  {
    id: 'observability.metric-filter',
    kind: 'rule',
    topic: 'observability',
    part: 'Custom metrics and Lambda Insights',
    statement:
      'A metric filter on a log group turns matching log events into CloudWatch metric data as they are ingested, and it does not process events logged before it was created.',
    why: 'CloudWatch Logs applies the filter pattern to each incoming event and publishes the value it extracts, so values that the code already logs can become a metric without a code change. Filters never look back at events already stored.',
    takeaway:
      'Values a function already logs become a metric through a metric filter, with no code change, but only from the moment the filter exists.',
    ask: 'A function already logs each payment as a JSON line with its amount, and the team wants the amounts as a CloudWatch metric without changing the code. What does a metric filter do?',
    docs: metricFilterPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'A metric filter on a log group turns matching log events into CloudWatch metric data as they are ingested, and it also processes every event stored in the log group before it was created.',
        why: 'Metric filters are not retroactive: they publish data points only for events that arrive after the filter was created.',
      },
      {
        text: 'A metric filter on a log group removes the matching log events before they are stored, so that only the events that do not match its pattern remain in the log group.',
        why: 'A metric filter removes nothing. It reads each event and publishes metric data, and every event is still stored.',
      },
      {
        text: 'A metric filter on a log group turns log events into CloudWatch metric data only when the function writes them in the embedded metric format, with the _aws metadata in each line.',
        why: 'A filter pattern works on ordinary text or JSON lines. Lines in the embedded metric format need no filter: CloudWatch extracts their metrics itself.',
      },
    ],
  },
  {
    id: 'observability.xray-subsegments',
    kind: 'rule',
    topic: 'observability',
    part: 'Tracing with X-Ray',
    statement:
      'Active tracing records the invocation of the function, but its calls to other services appear as subsegments only when the code is instrumented, for example with OpenTelemetry (ADOT) or Powertools Tracer.',
    why: 'Lambda creates the segments for the invocation itself. An instrumentation library, such as AWS Distro for OpenTelemetry (ADOT) or the Tracer of Powertools for AWS Lambda, wraps the AWS SDK and HTTP clients and records each call, with its duration and any error, as a subsegment.',
    takeaway:
      'To see which downstream call is slow, turn on active tracing and instrument the clients in the code.',
    examNote:
      'The X-Ray SDKs and daemon entered maintenance mode on 25 February 2026 and reach end of support on 25 February 2027, and AWS recommends OpenTelemetry instead. Older exam questions still name the X-Ray SDK for this instrumentation.',
    ask: 'A function with active tracing calls DynamoDB and a partner’s HTTP API, but X-Ray shows only one block for each whole request. What records each of those calls?',
    docs: pythonTracingPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'Active tracing records every call that the function makes to other services as a subsegment on its own, with no change at all to the function code or to the libraries that it uses.',
        why: 'Lambda traces the invocation itself. Downstream calls are recorded only by a library that instruments the clients in the code.',
      },
      {
        text: 'Calls to other services appear as subsegments only when active tracing is also turned on for each of the called services, such as DynamoDB, in the settings of that service itself.',
        why: 'DynamoDB has no tracing setting of its own. The instrumented client in the calling code records the call as a subsegment.',
      },
      {
        text: 'Calls to other services appear in the log stream of the function with their durations, and X-Ray reads them from CloudWatch Logs to build one subsegment for each of those calls.',
        why: 'X-Ray does not read CloudWatch Logs. Subsegments are sent by the instrumented code, through the X-Ray daemon that Lambda runs for the function.',
      },
    ],
  },
  {
    id: 'observability.xray-annotations',
    kind: 'rule',
    topic: 'observability',
    part: 'Tracing with X-Ray',
    statement:
      'X-Ray annotations are indexed key-value pairs that filter expressions can search, while metadata is stored with the trace but cannot be used in a search.',
    why: 'X-Ray indexes annotations, which hold strings, numbers or Boolean values, so traces can be grouped and found by them in the console or with the GetTraceSummaries API. Metadata can hold values of any type, including objects and lists, and is only read inside a trace that was already found.',
    takeaway:
      'A value used to find traces, such as a customer ID, goes in an annotation. Details to read once a trace is found go in metadata.',
    ask: 'Support engineers must find every trace of a customer by the customer ID. How do X-Ray annotations and metadata differ?',
    docs: xraySegmentsPage,
    exams: dvaOnly,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'X-Ray metadata is made of indexed key-value pairs that filter expressions can search, while annotations are stored with the trace but cannot be used in a search.',
        why: 'It is the other way round: annotations are indexed for filter expressions, and metadata is not.',
      },
      {
        text: 'X-Ray annotations and metadata are both indexed key-value pairs that filter expressions can search, and they differ only in the types of value that each of them can hold.',
        why: 'Only annotations are indexed. Metadata can hold any type of value, but it cannot be searched.',
      },
      {
        text: 'X-Ray annotations and metadata are both stored with the trace without an index, so a trace is first found by its trace ID and then read to check the values they hold.',
        why: 'Annotations are indexed precisely so that traces can be found by their values, with filter expressions or GetTraceSummaries.',
      },
    ],
  },
  {
    id: 'observability.api-latency-metrics',
    kind: 'rule',
    topic: 'observability',
    part: 'API Gateway monitoring',
    statement:
      'The API Gateway Latency metric covers a request from its arrival to the response, while IntegrationLatency covers only the time the backend, such as the function, takes to answer.',
    why: 'IntegrationLatency runs from when API Gateway relays the request to the backend until it receives the response. Latency also includes the overhead of API Gateway itself, so the gap between the two metrics is time spent in API Gateway.',
    takeaway:
      'High Latency with low IntegrationLatency points at API Gateway. High IntegrationLatency points at the function behind it.',
    ask: 'Users say that an API on API Gateway with a Lambda integration is slow. How do the Latency and IntegrationLatency metrics of the API differ?',
    docs: apiMetricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'The API Gateway IntegrationLatency metric covers a request from its arrival to the response, while Latency covers only the time the backend, such as the function, takes to answer.',
        why: 'The names are swapped: Latency is the whole request, and IntegrationLatency is the backend part of it.',
      },
      {
        text: 'The API Gateway Latency metric covers only the network time between the client and API Gateway, while IntegrationLatency covers the whole request, including the time of the function.',
        why: 'Latency runs from when API Gateway receives the request to when it returns the response, and it includes the integration latency.',
      },
      {
        text: 'The API Gateway Latency and IntegrationLatency metrics measure the same interval, and IntegrationLatency is reported only for the requests that the cache of the stage did not answer.',
        why: 'The two metrics measure different intervals: IntegrationLatency is the part spent waiting for the backend, inside Latency.',
      },
    ],
  },
  {
    id: 'observability.api-error-metrics',
    kind: 'rule',
    topic: 'observability',
    part: 'API Gateway monitoring',
    statement:
      'API Gateway counts client-side errors in its 4XXError metric and server-side errors, such as a failing Lambda integration, in its 5XXError metric.',
    why: 'A request rejected for bad input, a missing authorization or throttling by API Gateway gets a 4XX status. When the integration fails or returns a response API Gateway cannot use, API Gateway answers with a 5XX status.',
    takeaway:
      'Alarm on 5XXError to catch a failing backend. A rise in 4XXError usually means that callers send bad requests or too many of them.',
    ask: 'A REST API returns errors to some callers, some for malformed requests and some because its Lambda integration fails. How does API Gateway count these errors?',
    docs: apiMetricsPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'API Gateway counts every error, whether it comes from the client or from the Lambda integration, in one Errors metric, and splits the errors by status code only in its access logs.',
        why: 'API Gateway publishes separate 4XXError and 5XXError metrics, for client-side and server-side errors.',
      },
      {
        text: 'API Gateway counts errors of the Lambda integration in its 4XXError metric, and errors that API Gateway raises itself, such as throttling, in its 5XXError metric.',
        why: 'Throttling by API Gateway is a client-side 429 error, counted in 4XXError. A failing integration is a server-side error, counted in 5XXError.',
      },
      {
        text: 'API Gateway counts no errors of its own for a Lambda integration, so the failures of the integration appear only in the Errors metric of the function behind it.',
        why: 'API Gateway publishes 4XXError and 5XXError for every API. The function’s Errors metric does not count requests that API Gateway rejected.',
      },
    ],
  },
  {
    id: 'observability.api-tracing',
    kind: 'rule',
    topic: 'observability',
    part: 'API Gateway monitoring',
    statement:
      'X-Ray tracing for API Gateway is turned on per stage and works for REST APIs only, not for HTTP APIs.',
    why: 'With active tracing on a REST API stage, API Gateway samples incoming requests with the X-Ray sampling rules and passes the trace header to the function, so one trace shows both. Without it, a stage is traced only when an upstream service already traced the request.',
    takeaway:
      'One trace from API Gateway through the function needs a REST API stage with X-Ray tracing turned on.',
    ask: 'A team wants each X-Ray trace to cover a request from API Gateway through to its Lambda function. Where is tracing turned on in API Gateway?',
    docs: apiTracingPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'X-Ray tracing for API Gateway is turned on per stage and works for HTTP APIs only, not for REST APIs.',
        why: 'It is the other way round: X-Ray supports tracing through API Gateway only for REST APIs.',
      },
      {
        text: 'X-Ray tracing for API Gateway is turned on once for the whole account, and it then covers every REST API and HTTP API in that Region.',
        why: 'Tracing is a setting of each REST API stage, and HTTP APIs cannot be traced by X-Ray.',
      },
      {
        text: 'X-Ray tracing for API Gateway needs no setting of its own, because active tracing on the function also traces the stage that invokes it.',
        why: 'Active tracing on the function starts the trace at the function. The stage is traced only with its own setting, or when an upstream caller is traced.',
      },
    ],
  },
  {
    id: 'observability.log-retention',
    kind: 'rule',
    topic: 'observability',
    part: 'Logs',
    statement:
      'By default, the log group of a function keeps its log events forever, so the stored data only grows until a retention period is set on the log group.',
    why: 'CloudWatch Logs stores log data indefinitely unless the log group has a retention setting, and a log group that Lambda creates has none. A retention period makes CloudWatch Logs delete older events on its own.',
    takeaway: 'To cap log storage costs, set a retention period on every /aws/lambda/ log group.',
    ask: 'A company has run hundreds of functions for years, and its CloudWatch Logs storage keeps growing. How long are the logs of a function kept by default?',
    docs: logRetentionPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'By default, the log group of a function keeps its log events for 30 days, and older events are deleted unless a longer retention period is set on the log group.',
        why: 'No retention applies unless one is set: CloudWatch Logs keeps the events indefinitely.',
      },
      {
        text: 'By default, the log group of a function keeps its log events for 15 months, like CloudWatch metrics, and then moves them to Amazon S3 Glacier on its own.',
        why: 'Fifteen months is how long CloudWatch keeps metric data. Log events are kept indefinitely, and nothing moves them to S3 unless an export is set up.',
      },
      {
        text: 'By default, the log events of a function are deleted when the execution environment that wrote them shuts down, unless the log group is exported to Amazon S3.',
        why: 'Log events live in CloudWatch Logs, independent of the environment that wrote them, and they are kept indefinitely by default.',
      },
    ],
  },
  {
    id: 'observability.log-level-filtering',
    kind: 'rule',
    topic: 'observability',
    part: 'Logs',
    statement:
      'With the JSON log format, Lambda can filter the logs of a function by level, so lines below the chosen application log level never reach CloudWatch Logs.',
    why: 'Log-level filtering works only with the JSON log format, and the default format is plain text. Lambda reads the level of each line, from a supported logging method or a "level" key, and drops the lines below the configured level before sending the rest.',
    takeaway:
      'To keep DEBUG lines out of production logs, set the JSON log format and an application log level such as INFO.',
    ask: 'A function writes many DEBUG lines, and the team wants only INFO and more severe lines to reach CloudWatch Logs in production. What can Lambda do?',
    docs: logLevelPage,
    exams: dvaOnly,
    domains: troubleshooting,
    misconceptions: [
      {
        text: 'With the plain-text log format, Lambda can filter the logs of a function by level, so lines below the chosen application log level never reach CloudWatch Logs.',
        why: 'Log-level filtering needs the JSON log format. With plain text, Lambda sends every line the function writes.',
      },
      {
        text: 'With the JSON log format, Lambda still sends every line to CloudWatch Logs, and the lines below the chosen level are removed later by the retention setting of the log group.',
        why: 'Lambda drops the filtered lines before sending them. A retention setting deletes events by age, never by level.',
      },
      {
        text: 'With any log format, a subscription filter on the log group can drop the lines below a chosen level before CloudWatch Logs stores any of them.',
        why: 'A subscription filter streams matching events to another destination. It does not stop events from being stored in the log group.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const observabilityToolsTable = {
  id: 'observability.tools',
  topic: 'observability',
  title: 'CloudWatch and X-Ray tools for functions',
  docs: lambdaInsightsPage,
  exams: dvaOnly,
  domains: troubleshooting,
  subject: { one: 'monitoring tool', many: 'monitoring tools' },
  nameLabel: 'Tool',
  columns: [
    {
      key: 'gives',
      label: 'What it gives',
      ask: 'What does {row} give a team that operates serverless applications?',
      which: 'Which of these tools gives a team this: {value}?',
      distractors: [
        {
          text: 'A copy of every request and response body, kept so the traffic can be replayed later',
          why: 'CloudWatch and X-Ray never keep whole request and response bodies for replay. They give queries over logs, metrics, and traces of sampled requests.',
        },
        {
          text: 'A forecast of the concurrency each function will need, with reserved capacity set to match',
          why: 'CloudWatch and X-Ray observe a function and never change its concurrency settings. Concurrency is read from the ConcurrentExecutions metric and reserved by the team.',
        },
      ],
    },
    {
      key: 'needs',
      label: 'What the function needs first',
      ask: 'What has to be in place before a team can use {row}?',
      which: 'Which of these tools needs this in place first: {value}?',
      distractors: [
        {
          text: 'A VPC attachment, so that the tool can reach the execution environment over the network',
          why: 'Monitoring a function needs no VPC attachment, because nothing connects to its execution environment. Lambda delivers logs and traces itself, and an extension sends its data from inside the environment.',
        },
        {
          text: 'Provisioned concurrency, so that a warm environment is always there to collect the data',
          why: 'Logs, metrics and traces are collected from on-demand environments as well. Provisioned concurrency only keeps environments initialized and collects nothing.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'logs-insights',
      name: 'CloudWatch Logs Insights',
      cells: {
        gives: {
          text: 'Answers to ad hoc queries over the log events already stored in log groups',
          means: ['log-queries'],
          why: 'Logs Insights runs queries over log groups, and for Lambda it discovers the fields of each REPORT line, such as duration and maximum memory used.',
          docs: logsInsightsPage,
        },
        needs: {
          text: 'Nothing new, because it queries the log groups that the function already writes to',
          means: ['nothing'],
          why: 'Lambda already sends the output of each function to its log group, so Logs Insights can query past events at once.',
          docs: logsInsightsPage,
        },
      },
    },
    {
      id: 'lambda-insights',
      name: 'CloudWatch Lambda Insights',
      cells: {
        gives: {
          text: 'Memory, CPU time and network metrics for each function, with its cold starts',
          means: ['system-metrics'],
          why: 'The Lambda Insights extension collects system-level metrics and cold-start information that Lambda does not publish on its own.',
        },
        needs: {
          text: 'An extension added to each function as a layer, with its managed policy on the role',
          means: ['extension-layer'],
          why: 'The Lambda Insights extension runs in the execution environment and needs the CloudWatchLambdaInsightsExecutionRolePolicy permissions to send its data.',
        },
      },
    },
    {
      id: 'xray',
      name: 'AWS X-Ray tracing',
      cells: {
        gives: {
          text: 'Traces of sampled requests, with the time spent in each call to another service',
          means: ['traces'],
          why: 'X-Ray records a sample of requests, and instrumented clients add a subsegment for every downstream call.',
          docs: pythonTracingPage,
        },
        needs: {
          text: 'Traces switched on for the function, permission to upload them, and wrapped SDK clients',
          means: ['tracing-setup'],
          why: 'Lambda traces the invocation when tracing is Active and the role may upload traces; downstream calls need instrumented clients.',
          docs: pythonTracingPage,
        },
      },
    },
    {
      id: 'emf',
      name: 'CloudWatch embedded metric format',
      cells: {
        gives: {
          text: 'Custom measurements extracted from structured log lines that the code writes',
          means: ['custom-metrics'],
          why: 'With the embedded metric format, CloudWatch extracts the metrics declared in each log event, so the code needs no PutMetricData calls.',
          docs: emfPage,
        },
        needs: {
          text: 'Code that writes JSON log lines, each with an _aws block naming the values to extract',
          means: ['emf-code'],
          why: 'For the embedded metric format, each log event must carry the _aws metadata that names its metrics, written by the code or by a client library.',
          docs: emfPage,
        },
      },
    },
  ],
} as const satisfies AttributeTable;

export const observabilityFacts = [
  ...metricFacts,
  ...asyncMetricFacts,
  ...logAndTraceFacts,
  ...toolFacts,
] as const satisfies readonly Fact[];

export const observabilityTopic = {
  id: 'observability',
  title: 'Observability: logs, metrics and tracing',
  summary:
    'CloudWatch metrics, alarms and logs, Logs Insights, Lambda Insights, embedded metrics, X-Ray tracing and API Gateway metrics.',
  section: 'Key Concepts',
  intro: [
    'Lambda sends metrics to CloudWatch for every function: Invocations, Errors, Throttles, Duration and ConcurrentExecutions, plus IteratorAge for streams and AsyncEventAge and DeadLetterErrors for asynchronous invocation. Troubleshooting questions usually start from one of them, so what each one counts matters: a throttled request is neither an Invocation nor an Error. An alarm on the right metric, such as IteratorAge for a stream that falls behind, turns it into a page.',
    'Everything a function writes to standard output or standard error goes to its CloudWatch Logs log group, one log stream per execution environment, when the execution role allows it. Logs Insights queries those logs after the fact, including the duration and memory of every REPORT line. The embedded metric format turns log lines into custom metrics without API calls, and Lambda Insights adds an extension that publishes memory, CPU and network metrics that Lambda does not publish on its own.',
    'X-Ray traces a sample of requests when tracing is Active and the role may upload traces. Calls to other services show up as subsegments once the code is instrumented, and annotations, unlike metadata, make traces searchable. In front of the function, API Gateway separates its own time (Latency) from the backend’s (IntegrationLatency), and client errors (4XXError) from server errors (5XXError). Inside the handler, the context object gives the request ID and the time left before the timeout.',
  ],
  tables: [observabilityToolsTable],
  facts: observabilityFacts,
  sets: [],
  checklist: [],
  tips: [],
  decisions: [observabilityChoices],
  beyondSeed: true,
} as const satisfies Topic;
