/**
 * CloudWatch metrics and logs, X-Ray active tracing and the context object: how to see
 * what a function is doing.
 */
import type { Fact, Topic } from '../schema';
import { cite, lambdaGuide, lambdaOperatorGuide } from './authoring';

const metricsPage = cite(`${lambdaGuide}monitoring-metrics-types.html`);
const logsPage = cite(`${lambdaGuide}monitoring-cloudwatchlogs.html`);
const logStructure = cite(`${lambdaOperatorGuide}log-structure.html`);
const xrayPage = cite(`${lambdaGuide}services-xray.html`);
const contextPage = cite(`${lambdaGuide}python-context.html`);
const dvaOnly = ['DVA-C02'] as const;
const troubleshooting = ['dva-4'] as const;

const metricFacts = [
  {
    id: 'observability.metric-invocations',
    kind: 'definition',
    topic: 'observability',
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
    term: 'Duration',
    definition: 'How long the function code spent processing one event, in milliseconds.',
    statement:
      'The Duration metric measures the time that the function code spends processing an event, and the billed duration is based on it.',
    why: 'Lambda times each invocation of the handler. The billed duration of an invocation is Duration rounded up to the nearest millisecond.',
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
    term: 'DestinationDeliveryFailures',
    definition:
      'For asynchronous invocation, how many times Lambda tried to send an invocation record to a destination and could not.',
    statement:
      'The DestinationDeliveryFailures metric counts, for asynchronous invocation, the times Lambda could not send an invocation record to a destination.',
    why: 'After an asynchronous invocation succeeds or fails for good, Lambda sends the invocation record to the configured destination. When that send fails, because of permissions, a misconfigured resource or a size limit, the record is lost and this metric rises.',
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
        text: 'The context object’s get_remaining_time_in_millis method returns the number of milliseconds left before Lambda shuts down the execution environment.',
        why: 'Lambda does not publish when an environment will be shut down. The method counts down to the timeout of the current invocation.',
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
    'Lambda sends metrics to CloudWatch for every function: Invocations, Errors, Throttles, Duration and ConcurrentExecutions, plus IteratorAge for streams and DeadLetterErrors for asynchronous invocation. Troubleshooting questions usually start from one of them, so what each one counts matters: a throttled request is neither an Invocation nor an Error.',
    'Logs go to CloudWatch Logs when the execution role allows it, one log stream per execution environment. X-Ray traces a sample of requests when tracing is Active and the role may upload traces, and the context object tells the code about the current invocation.',
  ],
  tables: [],
  facts: observabilityFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
