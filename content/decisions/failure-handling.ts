/**
 * Where failures go for a function with two triggers: asynchronous events from Amazon S3 (retry
 * attempts, maximum event age, dead-letter queue or destinations) and an SQS queue read through
 * an event source mapping (partial batch responses and the redrive policy of the queue).
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const dlq = 'dlq-sqs';
const destSqs = 'destination-sqs';
const destS3 = 'destination-s3';
const destSns = 'destination-sns';
const errorsAlarm = 'errors-alarm';
const eventAge = 'event-age-destination';
const noRetry = 'no-retry-destination';
const onSuccess = 'success-and-failure';
const redrive = 'queue-redrive';
const partial = 'partial-batch-redrive';

export const failureHandling = {
  id: 'failure-handling',
  topic: 'destinations',
  title: 'Where failed asynchronous events and SQS messages go',
  exams: ['DVA-C02'],
  domains: ['dva-1', 'dva-4'],
  settings: [
    '{company} runs one Lambda function with two triggers: Amazon S3 invokes it asynchronously for each new {upload}, and an event source mapping feeds it {messages} from an SQS queue.',
    'A developer at {company} maintains a Lambda function that S3 event notifications invoke asynchronously for every new {upload}. The same function also reads {messages} from an SQS queue in batches.',
    'At {company}, a Lambda function processes each new {upload} that Amazon S3 sends it asynchronously, and it also handles {messages} from an SQS queue through an event source mapping.',
  ],
  slots: {
    company: ['a logistics company', 'an insurance company', 'a media company', 'a retailer'],
    upload: ['invoice file', 'product image', 'scanned claim form'],
    messages: ['order messages', 'payment messages', 'shipping updates'],
    days: ['30', '60', '90'],
  },
  options: [
    {
      id: dlq,
      text: 'Configure a standard SQS queue as the function’s dead-letter queue for failed events, and lower its retry attempts from 2 to 1.',
      why: 'After one retry, Lambda sends each discarded asynchronous event to the queue as it arrived, with the request ID, error code and error message as message attributes.',
      facts: [
        'destinations.vs-dlq',
        'invocation.dlq-sqs',
        'invocation.retry-attempts',
        'destinations.sqs-trigger-sync',
      ],
    },
    {
      id: destSqs,
      text: 'Add an on-failure destination that sends a record of each failed event to a standard SQS queue, and keep the default retry settings.',
      why: 'After the last retry, Lambda sends a JSON invocation record with the event, the error and the reason to the queue, where a worker can poll it.',
      facts: [
        'destinations.full-record',
        'destinations.target-sqs',
        'destinations.on-failure-timing',
      ],
    },
    {
      id: destS3,
      text: 'Add an on-failure destination that writes a record of each failed event to an S3 bucket, and keep the default retry settings.',
      why: 'Lambda writes the invocation record of each discarded event as an object in the bucket, which keeps it until someone deletes it.',
      facts: ['invocation.s3-on-failure', 'destinations.target-s3', 'destinations.full-record'],
    },
    {
      id: destSns,
      text: 'Add an on-failure destination that publishes the invocation record of each failed event to an SNS topic with an email subscription.',
      why: 'Lambda publishes the invocation record of each discarded event to the topic, and SNS emails it to every subscriber at once.',
      facts: ['destinations.target-sns', 'destinations.full-record'],
    },
    {
      id: errorsAlarm,
      text: 'Add a CloudWatch alarm that publishes to an SNS topic with an email subscription whenever the Errors metric shows failed events.',
      why: 'The alarm watches the count of invocations that end in a function error and emails the subscribers when that count crosses its threshold.',
      facts: ['observability.metric-errors', 'destinations.target-sns'],
    },
    {
      id: eventAge,
      text: 'Set the maximum event age to 3,600 seconds, and add an on-failure destination that sends records to a standard SQS queue.',
      why: 'Lambda discards an event that has waited in its asynchronous queue for more than an hour and sends its invocation record to the queue instead of running it.',
      facts: ['invocation.event-age', 'invocation.throttle-retries', 'destinations.full-record'],
    },
    {
      id: noRetry,
      text: 'Set the retry attempts to 0, and add an on-failure destination that sends each failed event’s record to a standard SQS queue.',
      why: 'With no retries, Lambda sends the record of an event to the queue as soon as its first attempt fails with a function error, timeouts included.',
      facts: [
        'invocation.retry-attempts',
        'invocation.timeout-is-error',
        'destinations.full-record',
      ],
    },
    {
      id: onSuccess,
      text: 'Add an on-success destination to an EventBridge bus with a rule on the response, and an on-failure destination to an SQS queue.',
      why: 'Lambda sends the record of each successful invocation, with the function’s response, to the event bus, where the rule matches the response and starts the next step, and sends failures to the queue.',
      facts: [
        'destinations.target-eventbridge',
        'destinations.async-alternative',
        'destinations.targets',
      ],
    },
    {
      id: redrive,
      text: 'Give the SQS queue a redrive policy with a maxReceiveCount of 5 and a standard SQS dead-letter queue in the same account and Region.',
      why: 'SQS counts how often each message is received, and after the fifth failed receive it moves the message to the dead-letter queue, without any change to the function.',
      facts: ['esm.sqs-on-failure', 'destinations.event-source-mappings'],
    },
    {
      id: partial,
      text: 'Turn on ReportBatchItemFailures for the SQS integration, and have the handler return the IDs of the failed items in batchItemFailures.',
      why: 'Lambda deletes the messages of the batch that the handler did not report, and only the reported ones become visible in the queue again.',
      facts: ['esm.report-batch-item-failures'],
    },
  ],
  requirements: [
    {
      id: 'event-and-error',
      label: 'the failed event with its error',
      text: 'For each S3 event that Lambda gives up on, the team must receive the event, the function’s error and the reason Lambda gave up, together in one JSON document.',
      meets: [destSqs, destS3, destSns, eventAge, noRetry, onSuccess],
      breaks: {
        [dlq]:
          'a dead-letter queue gets the event as it arrived, with only an error code and message in its attributes and nothing about why Lambda gave up.',
        [errorsAlarm]:
          'an alarm reports only that the Errors count crossed a threshold, with no event, no error message and no reason.',
        [redrive]:
          'a redrive policy acts only on the SQS messages, while the S3 events wait in Lambda’s own asynchronous queue.',
        [partial]:
          'partial batch responses and the redrive policy cover only the SQS messages, never the asynchronous S3 events.',
      },
      takeaway:
        'The event, its error and the reason Lambda gave up, in one JSON record, point to an on-failure destination, while a dead-letter queue keeps the event as it arrived.',
      facts: ['destinations.full-record', 'destinations.vs-dlq'],
    },
    {
      id: 'keep-for-days',
      label: 'failure records kept for the auditors',
      text: 'Records of the S3 events that fail must be kept in AWS for at least {days} days for the auditors.',
      meets: [destS3],
      breaks: {
        [dlq]:
          'a dead-letter queue in SQS keeps each message for 14 days at most, then deletes it.',
        [destSqs]:
          'the SQS destination queue keeps each record for 14 days at most, then deletes it.',
        [destSns]:
          'SNS pushes each record to its subscribers and keeps no copy that could be read later.',
        [errorsAlarm]:
          'the alarm keeps no copy of the failed events, so the auditors would have nothing to read.',
        [eventAge]:
          'the records wait in an SQS queue, which deletes every message after 14 days at most.',
        [noRetry]: 'the records land in an SQS queue, whose longest retention period is 14 days.',
        [onSuccess]:
          'the failure records go to an SQS queue, which keeps messages for no more than 14 days.',
        [redrive]:
          'the redrive policy covers only the SQS messages, and its dead-letter queue keeps them 14 days at most.',
        [partial]:
          'queue settings never capture the S3 events, and an SQS dead-letter queue keeps messages 14 days at most.',
      },
      takeaway:
        'Failure records kept longer than 14 days cannot live in SQS: send them to an S3 on-failure destination.',
      facts: ['integration.sqs-retention', 'invocation.s3-on-failure'],
    },
    {
      id: 'notify-on-call',
      label: 'a notice for every discarded event',
      text: 'Each S3 event that Lambda discards must reach the on-call engineer’s inbox within minutes, with its details.',
      meets: [destSns],
      breaks: {
        [dlq]:
          'a dead-letter queue holds the event until something polls it, and nothing sends it to an inbox.',
        [destSqs]:
          'the record waits in an SQS queue until a consumer polls it, and no one is notified.',
        [destS3]: 'the record becomes an object in S3, and nothing notifies the engineer about it.',
        [errorsAlarm]:
          'the email says only that the Errors metric crossed its threshold, without the event or its error, and it counts errors that a retry may still fix.',
        [eventAge]:
          'the record sits in an SQS queue until a consumer reads it, so no notice goes out.',
        [noRetry]:
          'the record stays in an SQS queue until it is polled, and nothing alerts the engineer.',
        [onSuccess]:
          'the failure record waits in an SQS queue, and the event bus receives only the successes.',
        [redrive]: 'the redrive policy handles the SQS messages only and notifies no one.',
        [partial]:
          'these settings handle the SQS messages only, and they notify no one about discarded S3 events.',
      },
      takeaway:
        'A person who must hear of each failed event, with its details, needs an SNS topic with an email subscription as the on-failure destination, not an alarm on the Errors count.',
      facts: ['destinations.target-sns'],
    },
    {
      id: 'stale-after-an-hour',
      label: 'discarding events older than an hour',
      text: 'While the function is throttled, S3 events more than an hour old are worthless and must be discarded instead of processed.',
      meets: [eventAge],
      breaks: {
        [dlq]:
          'the maximum event age stays at its default of six hours, so throttled events run hours late.',
        [destSqs]: 'keeping the default settings leaves the maximum event age at six hours.',
        [destS3]: 'the default maximum event age of six hours still lets stale events run.',
        [destSns]:
          'the maximum event age remains six hours, so events far older than an hour are still processed.',
        [errorsAlarm]:
          'an alarm changes nothing about how long Lambda keeps throttled events, which stays at six hours.',
        [noRetry]:
          'retry attempts cover only function errors, and throttled events are still kept for up to six hours.',
        [onSuccess]:
          'the maximum event age stays at six hours, so old events are still processed after throttling.',
        [redrive]:
          'a redrive policy acts on SQS messages and does not change how long Lambda keeps S3 events.',
        [partial]:
          'these settings act on the SQS messages and leave the six-hour event age of the S3 events alone.',
      },
      takeaway:
        'Events that lose their value with time call for a lower MaximumEventAgeInSeconds (60 seconds to 6 hours).',
      facts: ['invocation.event-age', 'invocation.throttle-retries'],
    },
    {
      id: 'no-second-run',
      label: 'no automatic retry',
      text: 'After a function error on an S3 event, Lambda must not automatically retry the function on that event, because an operator replays failures by hand.',
      meets: [noRetry],
      breaks: {
        [dlq]:
          'one retry attempt still runs the function on the event a second time after an error, before the event goes to the queue.',
        [destSqs]:
          'with the default settings Lambda retries each function error twice before giving up.',
        [destS3]:
          'the default retry settings make Lambda run the function twice more after an error.',
        [destSns]:
          'Lambda keeps the default of two retries, so the event runs again after an error.',
        [errorsAlarm]:
          'an alarm leaves the retry setting alone, so Lambda still retries each function error twice.',
        [eventAge]:
          'a shorter event age does not stop the two retries that follow a function error.',
        [onSuccess]:
          'the destinations do not change the retry setting, which retries each error twice.',
        [redrive]:
          'a redrive policy applies to SQS messages, and the S3 events are still retried twice.',
        [partial]:
          'these settings apply to the SQS messages, and Lambda still retries each failed S3 event twice.',
      },
      takeaway:
        'To stop automatic retries of asynchronous events, set MaximumRetryAttempts to 0 and keep an on-failure destination.',
      facts: ['invocation.retry-attempts', 'invocation.retry-intervals'],
    },
    {
      id: 'next-step-on-success',
      label: 'starting the next step on success',
      text: 'Each S3 event that succeeds must start the next step of the process, chosen by what the function returned for it.',
      meets: [onSuccess],
      breaks: {
        [dlq]: 'a dead-letter queue receives only failed events, so successful results go nowhere.',
        [destSqs]:
          'an on-failure destination sends only failed invocations, so nothing reports a success.',
        [destS3]:
          'S3 can only be an on-failure destination, so successful results are never recorded.',
        [destSns]:
          'an on-failure destination publishes only failures, so no rule sees a successful result.',
        [errorsAlarm]:
          'an alarm on errors says nothing about successful invocations or what they returned.',
        [eventAge]:
          'only failures are sent anywhere, and the results of successful invocations are dropped.',
        [noRetry]:
          'with only an on-failure destination, successful results never leave the function.',
        [redrive]:
          'a redrive policy moves failed SQS messages and never reports a successful S3 event.',
        [partial]:
          'these settings govern the SQS messages and report nothing about successful S3 events.',
      },
      takeaway:
        'Acting on the result of a successful asynchronous invocation points to an on-success destination, such as an EventBridge bus.',
      facts: ['destinations.targets', 'destinations.target-eventbridge'],
    },
    {
      id: 'sqs-keep-successes',
      label: 'no second delivery of successful messages',
      text: 'SQS messages that succeed must not be delivered to the function again when another message of their batch fails.',
      meets: [partial],
      breaks: {
        [dlq]:
          'the SQS trigger invokes the function synchronously, so its dead-letter queue never acts, and the batch returns whole.',
        [destSqs]:
          'destinations act only on asynchronous invocations, and a failed SQS batch still returns to the queue whole.',
        [destS3]:
          'the function’s destinations never see SQS batches, which return to the queue whole after a failure.',
        [destSns]:
          'a function destination does not cover its SQS trigger, so the whole batch still returns after a failure.',
        [errorsAlarm]:
          'an alarm changes nothing about SQS batches, which still return to the queue whole after a failure.',
        [eventAge]:
          'the maximum event age applies to asynchronous events, not to SQS batches, which still return whole.',
        [noRetry]:
          'retry attempts apply to asynchronous events, and a failed SQS batch still returns to the queue whole.',
        [onSuccess]:
          'destinations do not apply to the SQS trigger, so a failed batch still returns to the queue whole.',
        [redrive]:
          'a redrive policy acts only after a message has failed several receives, and without partial batch responses one failure sends the whole batch back each time.',
      },
      takeaway:
        'So that one bad SQS message does not send its whole batch back, turn on ReportBatchItemFailures.',
      facts: ['esm.report-batch-item-failures', 'destinations.sqs-trigger-sync'],
    },
    {
      id: 'sqs-set-aside',
      label: 'setting a failing message aside',
      text: 'An SQS message that keeps failing must be moved out of the queue for inspection after a few attempts, instead of being retried until it expires.',
      meets: [redrive],
      breaks: {
        [partial]:
          'partial batch responses return only the failed messages to the queue, and with no redrive policy each one is received again until it expires.',
        [dlq]:
          'the SQS trigger invokes the function synchronously, so the function’s dead-letter queue never receives the message.',
        [destSqs]:
          'SQS triggers ignore the function’s destinations, so the message is retried until its retention period ends.',
        [destS3]:
          'the function’s S3 destination receives only asynchronous failures, never the SQS message.',
        [destSns]:
          'the SNS destination hears only of asynchronous failures, so the SQS message keeps being retried.',
        [errorsAlarm]:
          'the alarm counts errors but moves no message, so a failing SQS message is retried until it expires.',
        [eventAge]:
          'the maximum event age has no effect on SQS messages, which are retried until they expire.',
        [noRetry]:
          'the retry attempts of asynchronous invocation do not limit how often an SQS message is received.',
        [onSuccess]:
          'the destinations of the function do not act on its SQS trigger, so the message is retried until it expires.',
      },
      takeaway:
        'Failed SQS messages are set aside by the redrive policy of the source queue (maxReceiveCount), not by the function.',
      facts: ['esm.sqs-on-failure', 'destinations.sqs-trigger-sync'],
    },
    {
      id: 'no-code-change',
      label: 'no change to the code',
      text: 'The solution must not require any change to the function’s code.',
      meets: [dlq, destSqs, destS3, destSns, errorsAlarm, eventAge, noRetry, onSuccess, redrive],
      breaks: {
        [partial]:
          'the handler must be changed to collect the failed message IDs and return them in batchItemFailures.',
      },
      takeaway:
        'Partial batch responses are the one failure setting that needs code, since the handler must return the IDs of the failed messages. A redrive policy, destinations and retry settings are configuration alone.',
      facts: ['esm.report-batch-item-failures'],
    },
    {
      id: 'replay-worker',
      label: 'a queue the existing worker polls',
      text: 'A worker that already exists must be able to poll the failed S3 events from an SQS queue and replay them.',
      meets: [dlq, destSqs, eventAge, noRetry, onSuccess],
      breaks: {
        [destS3]:
          'the records become objects in S3, not messages in a queue that the worker can poll.',
        [destSns]:
          'SNS pushes the records to email and never holds them in a queue for the worker.',
        [errorsAlarm]:
          'an alarm puts no event in a queue, so the worker has no failed events to poll.',
        [redrive]:
          'the dead-letter queue of the source queue receives only failed SQS messages, never S3 events.',
        [partial]:
          'these settings act on the SQS messages only, so no failed S3 event reaches a queue.',
      },
      takeaway:
        'Both a dead-letter queue and an SQS on-failure destination hold failed asynchronous events for a poller, and only the destination wraps each one in a record with its error and the reason.',
      facts: ['invocation.dlq-sqs', 'destinations.target-sqs'],
    },
  ],
  qualifiers: [
    {
      id: 'effort',
      label: 'the least development effort',
      ask: 'Which solution meets these requirements with the LEAST development effort?',
      rank: { [redrive]: 1, [partial]: 2 },
      worse: {
        [partial]:
          'the handler must also be changed to collect the failed message IDs and return them to Lambda.',
      },
      takeaway:
        'Setting failing SQS messages aside takes only a redrive policy, and partial batch responses are worth their code only when successes must not be retried.',
    },
  ],
  docs: cite(`${lambdaGuide}invocation-async-retain-records.html`),
} as const satisfies DecisionModel;
