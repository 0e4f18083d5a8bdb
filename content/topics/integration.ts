/**
 * What sits between an event and the function that handles it: S3 event notifications, SQS
 * queues (standard and FIFO), SNS fan-out, EventBridge rules, archives and schedules, Kinesis
 * Data Streams and DynamoDB Streams.
 */
import type { AttributeTable, Fact, FactSet, Topic } from '../schema';
import { bothExams, cite, docsBase, lambdaGuide, sqsGuide } from './authoring';
import { eventSources } from '../decisions/event-sources';
import { eventSourcesBuffering } from '../decisions/event-sources-buffering';

const domains = ['dva-1', 'sap-2'] as const;
const dvaOnly = ['DVA-C02'] as const;

const s3Notifications = cite(`${docsBase}AmazonS3/latest/userguide/NotificationHowTo.html`);
const s3FilterRule = cite(`${docsBase}AmazonS3/latest/API/API_FilterRule.html`);
const s3EventBridge = cite(`${docsBase}AmazonS3/latest/userguide/EventBridge.html`);
const s3Permissions = cite(
  `${docsBase}AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html`,
);
const sqsAttributes = cite(
  `${docsBase}AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html`,
);
const sqsStandard = cite(`${sqsGuide}standard-queues.html`);
const sqsFifoTerms = cite(`${sqsGuide}FIFO-key-terms.html`);
const snsFanout = cite(`${docsBase}sns/latest/dg/sns-sqs-as-subscriber.html`);
const snsFiltering = cite(`${docsBase}sns/latest/dg/message-filtering.html`);
const snsArchive = cite(`${docsBase}sns/latest/dg/fifo-message-archiving-replay.html`);
const snsFifoGrouping = cite(`${docsBase}sns/latest/dg/fifo-message-grouping.html`);
const snsPublish = cite(`${docsBase}sns/latest/api/API_Publish.html`);
const ebGuide = `${docsBase}eventbridge/latest/userguide/`;
const ebOperators = cite(`${ebGuide}eb-create-pattern-operators.html`);
const ebRulesPractices = cite(`${ebGuide}eb-rules-best-practices.html`);
const ebRetry = cite(`${ebGuide}eb-rule-retry-policy.html`);
const ebArchive = cite(`${ebGuide}eb-archive.html`);
const ebCustomBus = cite(`${ebGuide}eb-custom-bus-what-is.html`);
const ebCloudWatchEvents = cite(`${ebGuide}eb-cwe-now-eb.html`);
const ebCron = cite(`${ebGuide}eb-scheduled-rule-pattern.html`);
const schedulerTypes = cite(`${docsBase}scheduler/latest/UserGuide/schedule-types.html`);
const kinesisRetention = cite(`${docsBase}streams/latest/dev/kinesis-extended-retention.html`);
const kinesisConsumers = cite(`${docsBase}streams/latest/dev/building-consumers.html`);
const kinesisDuplicates = cite(
  `${docsBase}streams/latest/dev/kinesis-record-processor-duplicates.html`,
);
const lambdaKinesis = cite(`${lambdaGuide}with-kinesis.html`);
const ddbStreams = cite(`${docsBase}amazondynamodb/latest/developerguide/Streams.html`);
const lambdaDdb = cite(`${lambdaGuide}with-ddb.html`);
const lambdaAsync = cite(`${lambdaGuide}invocation-async.html`);

export const deliveryTable = {
  id: 'integration.delivery',
  topic: 'integration',
  title: 'How queues, topics, buses and streams keep and deliver events',
  docs: cite(`${lambdaGuide}invocation-eventsourcemapping.html`),
  exams: bothExams,
  domains,
  subject: { one: 'service', many: 'services' },
  nameLabel: 'Service',
  columns: [
    {
      key: 'keeps',
      label: 'Holds an unprocessed event',
      ask: 'With {row}, how long can an event wait if nobody processes it?',
      which: 'Which service holds an unprocessed event like this: {value}?',
      distractors: [
        {
          text: 'Until a consumer reads it, however many weeks or months that takes',
          why: 'An event is never held until a consumer reads it: queues and streams keep it for a retention period of days, Lambda’s own queue for hours, and SNS, or an EventBridge bus with rules and no archive, not at all.',
        },
      ],
    },
    {
      key: 'consumers',
      label: 'Who gets each event',
      ask: 'With {row}, who receives each event?',
      which: 'In which service does each event reach its consumers like this: {value}?',
      distractors: [
        {
          text: 'Only the consumer that registered first, whatever the others need',
          why: 'AWS messaging services never deliver by registration order: queues share messages among competing pollers, and topics, buses and streams give every subscriber or reader its own copy.',
        },
      ],
    },
    {
      key: 'replay',
      label: 'Processing past events again',
      ask: 'With {row}, how can past events be processed again?',
      which: 'Which service offers this way to process past events again: {value}?',
      distractors: [
        {
          text: 'By asking the function’s log group to resend what it logged earlier',
          why: 'Logs hold what the code printed and cannot be sent back as events. A second pass needs a source that still holds the events, such as a stream or an archive.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'sqs',
      name: 'SQS queues',
      cells: {
        keeps: {
          text: 'Four days by default, and up to 14 days, until a consumer deletes it',
          means: ['days-14'],
          why: 'An SQS queue’s MessageRetentionPeriod is 345,600 seconds by default and can be set from 60 seconds to 1,209,600 seconds. Lambda deletes a message only after the function has processed it.',
          docs: sqsAttributes,
        },
        consumers: {
          text: 'One consumer, since the pollers compete and a handled message is deleted',
          means: ['one-consumer'],
          why: 'An SQS message is hidden while one poller handles it and deleted afterwards, so each message reaches one consumer. Several consumers need a queue each.',
          docs: sqsStandard,
        },
        replay: {
          text: 'Not possible, because each message is deleted after its batch succeeds',
          means: ['no-replay'],
          why: 'Once Lambda deletes an SQS message it is gone. Only messages that failed, and moved to a dead-letter queue, can be redriven to the source queue.',
          docs: sqsStandard,
        },
      },
    },
    {
      id: 'sns',
      name: 'SNS standard topics',
      cells: {
        keeps: {
          text: 'Not at all, as each message is pushed to the current subscriptions only',
          means: ['not-kept'],
          why: 'A standard SNS topic delivers each message to the subscriptions it has when the message is published, retrying a failed delivery under its delivery policy. It keeps no copy for consumers that come later or want it again.',
          docs: snsArchive,
        },
        consumers: {
          text: 'Every subscription, with its own copy unless a filter policy excludes it',
          means: ['every-subscriber'],
          why: 'By default each subscriber of an SNS topic receives every message published to it, and a subscription filter policy narrows that down to the messages it matches.',
          docs: snsFiltering,
        },
        replay: {
          text: 'Not possible, since message archiving and replay exist only for FIFO',
          means: ['no-replay'],
          why: 'Message archiving and replay is a feature of SNS FIFO topics. A standard topic keeps nothing to replay.',
          docs: snsArchive,
        },
      },
    },
    {
      id: 'eventbridge',
      name: 'Amazon EventBridge',
      cells: {
        keeps: {
          text: 'Nothing on a bus with rules, but an archive can retain copies for days',
          means: ['archive'],
          why: 'A bus with rules, now called Custom Event Bus - Classic, passes each event to the targets of the matching rules. An archive keeps the events it matches for a set number of days, or indefinitely by default. The newer Custom Event Bus retains events itself.',
          docs: ebArchive,
        },
        consumers: {
          text: 'The targets of every rule whose pattern matches, five at most per rule',
          means: ['every-matching-rule'],
          why: 'Each EventBridge rule compares the event with its own pattern and sends a match to its targets, up to five per rule, so several rules can act on the same event.',
          docs: ebRulesPractices,
        },
        replay: {
          text: 'By replaying a chosen time range from an archive back to the same bus',
          means: ['archive-replay'],
          why: 'An EventBridge replay sends archived events back to the bus they came from, where the rules handle them again.',
          docs: ebArchive,
        },
      },
    },
    {
      id: 'kinesis',
      name: 'Kinesis Data Streams',
      cells: {
        keeps: {
          text: '24 hours by default, and up to 365 days, whether it was read or not',
          means: ['days-365'],
          why: 'A Kinesis record stays in its shard for the stream’s retention period, 24 hours by default and up to 8,760 hours, however many consumers have read it.',
          docs: kinesisRetention,
        },
        consumers: {
          text: 'Every consumer application, each reading all records at its own position',
          means: ['every-reader'],
          why: 'A Kinesis consumer processes all the data of the stream, and each Lambda event source mapping keeps its own position in each shard.',
          docs: kinesisConsumers,
        },
        replay: {
          text: 'With a new mapping that starts at a timestamp within the retention period',
          means: ['timestamp'],
          why: 'Kinesis records stay in the stream after they are read, so a mapping that starts at AT_TIMESTAMP reads them again from the chosen time.',
          docs: lambdaKinesis,
        },
      },
    },
    {
      id: 'dynamodb',
      name: 'DynamoDB Streams',
      cells: {
        keeps: {
          text: '24 hours, whether it was read or not, after which the record is removed',
          means: ['hours-24'],
          why: 'DynamoDB Streams stores each item change of a table in a log for up to 24 hours, and reading a record does not remove it.',
          docs: ddbStreams,
        },
        consumers: {
          text: 'Up to two functions reading each shard at the same time, by design',
          means: ['two-readers'],
          why: 'Lambda advises designing for at most two functions reading the same shard of a DynamoDB stream, because more readers can be throttled.',
          docs: lambdaDdb,
        },
        replay: {
          text: 'With a new mapping that starts at TRIM_HORIZON, the oldest record held',
          means: ['trim-horizon'],
          why: 'A DynamoDB stream mapping starts at TRIM_HORIZON or LATEST, and TRIM_HORIZON reads everything from the last 24 hours again.',
          docs: lambdaDdb,
        },
      },
    },
    {
      id: 'lambda-async',
      name: 'Lambda asynchronous invocation',
      cells: {
        keeps: {
          text: 'Up to six hours by default and at most, while the service retries it',
          means: ['hours-6'],
          why: 'Lambda keeps an asynchronous event until it succeeds, fails every retry, or passes its maximum event age, which is six hours by default and at most.',
          docs: lambdaAsync,
        },
        consumers: {
          text: 'Only the one function that the caller named in its request, and no other',
          means: ['one-function'],
          why: 'An asynchronous invocation names one function. Reaching several functions takes a topic, a bus or several invocations.',
          docs: lambdaAsync,
        },
        replay: {
          text: 'Not possible, because nothing is left once the function has succeeded',
          means: ['no-replay'],
          why: 'Lambda keeps no copy of an event that was processed. A destination keeps a record of each outcome, but only for events that finished.',
          docs: lambdaAsync,
        },
      },
    },
  ],
} as const satisfies AttributeTable;

export const integrationSets = [
  {
    id: 'integration.s3-destinations',
    topic: 'integration',
    title: 'Where S3 can send event notifications',
    ask: 'Besides invoking a Lambda function directly, where can an S3 bucket send its event notifications?',
    askMany:
      'Besides invoking a Lambda function directly, where can an S3 bucket send its event notifications?',
    nonMembers: [
      {
        text: 'An SQS FIFO queue',
        why: 'S3 event notifications support only standard SQS queues as a destination, not FIFO queues.',
      },
      {
        text: 'An SNS FIFO topic',
        why: 'Only standard SNS topics can be an S3 notification destination. FIFO topics are not supported.',
      },
      {
        text: 'A Kinesis data stream',
        why: 'A notification configuration names SQS queues, SNS topics and Lambda functions, or turns on EventBridge. Kinesis is not a notification destination.',
      },
      {
        text: 'A Step Functions state machine',
        why: 'S3 cannot start a workflow from a notification configuration. An EventBridge rule on the S3 events can.',
      },
    ],
    docs: s3Notifications,
  },
] as const satisfies readonly FactSet[];

const s3Facts = [
  {
    id: 'integration.s3-sqs-durability',
    kind: 'rule',
    topic: 'integration',
    part: 'S3 event notifications',
    statement:
      'When S3 sends its event notifications to an SQS queue that triggers the function, each event waits in the queue until it is processed, up to the queue’s retention period.',
    why: 'The queue stores each notification, and the event source mapping deletes a message only after the function succeeds. A failed message becomes visible again, so an outage of the function or its database delays events instead of losing them.',
    takeaway:
      'For uploads that must not be lost while the consumer is down or slow, put an SQS queue between S3 and the function.',
    ask: 'Uploads to a bucket must each be processed, and the processing function’s database is sometimes down for a day. How does an SQS queue between S3 and the function help?',
    docs: s3Notifications,
    exams: bothExams,
    domains: ['dva-1', 'sap-2', 'sap-3'],
    misconceptions: [
      {
        text: 'When S3 invokes the function directly, each event waits in Lambda’s asynchronous queue until it is processed, for up to 14 days after the object was uploaded.',
        why: 'Lambda keeps an asynchronous event for at most six hours and retries a function error twice, so a day-long outage loses the events.',
      },
      {
        text: 'When S3 sends its event notifications to an SNS topic that invokes the function, each event waits in the topic until it is processed, for up to four days after the upload.',
        why: 'A standard topic keeps no copy of its messages: it hands each one to Lambda as an asynchronous invocation, with Lambda’s limits on retries and event age.',
      },
      {
        text: 'When S3 sends its event notifications to an SQS queue that triggers the function, the queue pushes each event to the function once and deletes it at once, processed or not.',
        why: 'A queue never pushes: the event source mapping polls it, and a message is deleted only after the function has processed it successfully.',
      },
    ],
  },
  {
    id: 'integration.s3-overlapping-filters',
    kind: 'rule',
    topic: 'integration',
    part: 'S3 event notifications',
    statement:
      'S3 does not accept two notification configurations whose key prefix and suffix filters overlap for one event type, so one upload cannot reach two destinations directly.',
    why: 'S3 has to resolve each event to a single configuration, so overlapping prefixes and suffixes are not supported. To fan one event out, S3 sends it to an SNS topic or to EventBridge, which deliver it to several consumers.',
    takeaway:
      'Two functions for every new object means S3 to one SNS topic or to EventBridge, never two overlapping notification configurations.',
    ask: 'A team wants every new object in a bucket to invoke two different functions, each through its own notification configuration. What applies?',
    docs: s3FilterRule,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'S3 accepts any number of notification configurations for the same event type and key prefix, and it sends each upload to the destinations of every one of them.',
        why: 'Overlapping prefixes and suffixes for the same event type are not supported, so S3 rejects the second configuration.',
      },
      {
        text: 'S3 accepts overlapping notification configurations for the same event type only when every destination is a Lambda function that belongs to the bucket’s own account.',
        why: 'There is no such exception: overlapping filters are not supported whatever the destinations are.',
      },
      {
        text: 'S3 accepts two overlapping notification configurations for the same event type, but it sends each new upload only to the configuration that was created first of the two.',
        why: 'S3 does not pick one silently: a configuration with overlapping prefixes and suffixes is not supported.',
      },
    ],
  },
  {
    id: 'integration.s3-eventbridge',
    kind: 'rule',
    topic: 'integration',
    part: 'S3 event notifications',
    statement:
      'Once EventBridge is turned on for a bucket, S3 sends all of its events to EventBridge, where rules match them on fields such as the object size and route them to many kinds of targets.',
    why: 'Unlike the other destinations, EventBridge receives every S3 event type without a selection. Event patterns can compare fields of the event with prefixes, suffixes, numeric ranges or wildcards, and each rule has targets of its own.',
    takeaway:
      'Filtering uploads on anything beyond the key prefix and suffix, such as the object size, or routing them to several targets, points to S3 events in EventBridge.',
    ask: 'Only uploads larger than 100 MB should start a processing workflow, and smaller ones must be ignored. What does turning on EventBridge for the bucket make possible?',
    docs: s3EventBridge,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Once EventBridge is turned on for a bucket, S3 sends only the event types and key prefixes chosen in a notification configuration, and each one goes to a single target.',
        why: 'S3 sends all of its events to EventBridge without any selection, and rules decide which events go where, to several targets if needed.',
      },
      {
        text: 'Once EventBridge is turned on for a bucket, S3 sends all of its events to EventBridge, where rules can match them only on the key prefix and suffix, as notifications do.',
        why: 'Event patterns can match any field of the event, with operators such as numeric ranges, wildcards and anything-but.',
      },
      {
        text: 'Once EventBridge is turned on for a bucket, S3 sends all of its events to EventBridge, whose rules can target only the Lambda functions, SQS queues and SNS topics that notifications reach.',
        why: 'EventBridge rules can target many other services, such as Step Functions state machines, that a notification configuration cannot reach.',
      },
    ],
  },
  {
    id: 'integration.s3-destination-policy',
    kind: 'rule',
    topic: 'integration',
    part: 'S3 event notifications',
    statement:
      'S3 can send event notifications to an SQS queue or an SNS topic only when the resource policy of that queue or topic allows the S3 service principal to send to it.',
    why: 'S3 calls SendMessage or Publish as the s3.amazonaws.com principal, so the destination’s own policy must grant it, usually limited to the bucket with aws:SourceArn. For a function, the grant is lambda:InvokeFunction in its resource-based policy.',
    takeaway:
      'When S3 notifications never reach a queue or topic, check the destination’s resource policy for the S3 service principal.',
    ask: 'A developer points a bucket’s event notifications at a new SQS queue, but no message ever arrives. What permission does the delivery need?',
    docs: s3Permissions,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'S3 can send event notifications to an SQS queue or an SNS topic only when the bucket policy allows that queue or topic to read the objects that were just uploaded.',
        why: 'A notification carries only metadata about the object, and the grant that is missing is on the destination, which must allow S3 to send to it.',
      },
      {
        text: 'S3 can send event notifications to an SQS queue or an SNS topic only when the execution role of the consuming function allows S3 to assume that role and send messages.',
        why: 'S3 never assumes a function’s role. It calls the destination as its own service principal, which the queue or topic policy must allow.',
      },
      {
        text: 'S3 can send event notifications to an SQS queue or an SNS topic without any policy change at all, because AWS services in the same account trust each other by default.',
        why: 'Nothing is trusted by default: the queue or topic policy must allow s3.amazonaws.com to send or publish.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const s3Destinations = [
  {
    id: 'integration.s3-dest-sqs',
    kind: 'member',
    set: 'integration.s3-destinations',
    label: 'A standard SQS queue',
    topic: 'integration',
    statement: 'A standard SQS queue can receive S3 event notifications.',
    why: 'S3 sends each notification as a message to the queue, where it waits until a consumer, such as a Lambda event source mapping, processes it.',
    takeaway: 'S3 to a standard queue, then to the function, buffers uploads durably.',
    docs: s3Notifications,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'S3 can send event notifications only to FIFO queues, to keep the uploads in order.',
        why: 'It is the other way round: S3 supports standard queues as notification destinations and not FIFO queues.',
      },
    ],
  },
  {
    id: 'integration.s3-dest-sns',
    kind: 'member',
    set: 'integration.s3-destinations',
    label: 'A standard SNS topic',
    topic: 'integration',
    statement: 'A standard SNS topic can receive S3 event notifications.',
    why: 'S3 publishes each notification to the topic, which pushes a copy to every subscription, such as several queues or functions.',
    takeaway: 'S3 to an SNS topic is how one upload reaches several consumers.',
    docs: s3Notifications,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'S3 cannot publish to SNS, so uploads reach a topic only through a function.',
        why: 'A standard SNS topic is one of the destinations a notification configuration can name directly.',
      },
    ],
  },
  {
    id: 'integration.s3-dest-eventbridge',
    kind: 'member',
    set: 'integration.s3-destinations',
    label: 'Amazon EventBridge',
    topic: 'integration',
    statement: 'EventBridge can receive S3 events once it is turned on for the bucket.',
    why: 'With EventBridge turned on, S3 sends every event of the bucket to the default event bus, where rules select and route them.',
    takeaway:
      'S3 events in EventBridge can be filtered on more fields and sent to many kinds of targets.',
    docs: s3EventBridge,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'EventBridge receives S3 events only through CloudTrail data events, never from S3.',
        why: 'S3 sends its events to EventBridge directly once the bucket’s EventBridge setting is turned on.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const sqsFacts = [
  {
    id: 'integration.sqs-retention',
    kind: 'rule',
    topic: 'integration',
    part: 'Queues',
    statement:
      'An SQS queue keeps a message for four days by default, and its retention period can be set from one minute to 14 days.',
    why: 'MessageRetentionPeriod takes 60 to 1,209,600 seconds and defaults to 345,600 seconds. A message that nobody deletes within that time is removed from the queue, so records that must be kept longer, such as failure records for auditors, belong in S3.',
    takeaway:
      'A queue holds messages for up to 14 days, so a consumer can be down for days without losing them, if the retention is set long enough.',
    ask: 'A consumer of an SQS queue may be offline for up to ten days. How long can the queue keep its messages?',
    docs: sqsAttributes,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      {
        text: 'An SQS queue keeps a message for six hours by default, and its retention period can be set from one minute to 24 hours.',
        why: 'Six hours is the maximum event age of Lambda’s asynchronous queue. An SQS queue keeps messages for four days by default and up to 14 days.',
      },
      {
        text: 'An SQS queue keeps a message for 24 hours by default, and its retention period can be set from one hour to seven days.',
        why: 'Twenty-four hours and seven days are the default and the former maximum of a Kinesis stream. An SQS queue defaults to four days and allows up to 14.',
      },
      {
        text: 'An SQS queue keeps a message for 14 days by default, and its retention period can be set from one day to 365 days.',
        why: 'Fourteen days is the maximum, not the default, and 365 days is the longest retention of a Kinesis stream.',
      },
    ],
  },
  {
    id: 'integration.sqs-standard-delivery',
    kind: 'rule',
    topic: 'integration',
    part: 'Queues',
    statement:
      'A standard SQS queue delivers each message at least once and in best-effort order, so a consumer can receive a message twice or out of order.',
    why: 'Standard queues trade guarantees for nearly unlimited throughput: their distributed design can deliver a second copy of a message and can deliver messages in a different order from the one they were sent in.',
    takeaway:
      'With a standard queue the consumer must be idempotent and must not depend on order. Strict order and deduplication need a FIFO queue.',
    ask: 'A developer moves order messages to a standard SQS queue that triggers a function. What delivery does the function get?',
    docs: sqsStandard,
    exams: bothExams,
    domains: ['dva-1', 'dva-4', 'sap-2'],
    misconceptions: [
      {
        text: 'A standard SQS queue delivers each message exactly once and in the order sent, so a consumer never receives a message twice or out of order.',
        why: 'Only FIFO queues deduplicate and keep order, within a message group. Standard queues are at least once with best-effort order.',
      },
      {
        text: 'A standard SQS queue delivers each message at most once and in the order sent, so a consumer may miss a message but never receives one out of order.',
        why: 'SQS stores each message redundantly until it is deleted, so it does not drop messages. What it does not guarantee is a single delivery and the order.',
      },
      {
        text: 'A standard SQS queue delivers each message exactly once but in best-effort order, so a consumer never receives a message twice but may receive it out of order.',
        why: 'A standard queue can deliver more than one copy of a message. Deduplication is a feature of FIFO queues.',
      },
    ],
  },
  {
    id: 'integration.sqs-decouple',
    kind: 'rule',
    topic: 'integration',
    part: 'Queues',
    statement:
      'An SQS queue between two functions decouples them: the producer finishes once SendMessage succeeds, and the consumer takes the messages at its own pace.',
    why: 'The queue stores each message across several Availability Zones before it acknowledges it, and the consumer’s event source mapping reads batches as capacity allows, so a slow or failing consumer never slows or fails the producer.',
    takeaway:
      'When one function calls another synchronously and fails whenever the second one is slow, put an SQS queue between them.',
    ask: 'Function A calls function B synchronously, and A fails whenever B’s database slows down. What changes when A sends its work to an SQS queue that B reads instead?',
    docs: sqsStandard,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      {
        text: 'An SQS queue between two functions keeps them coupled: the producer still waits for the consumer’s result, which the queue returns once the message has been processed.',
        why: 'A queue returns nothing from the consumer: SendMessage succeeds as soon as the message is stored, and the producer moves on.',
      },
      {
        text: 'An SQS queue between two functions decouples them: the producer finishes once SendMessage succeeds, and the queue pushes every message to the consumer at once.',
        why: 'A queue never pushes. The consumer’s event source mapping polls it and takes batches, so messages wait in the queue while the consumer is busy.',
      },
      {
        text: 'An SQS queue between two functions decouples them: the producer finishes once SendMessage succeeds, and each message reaches the consumer exactly once.',
        why: 'Event source mappings process each message at least once, and a standard queue can deliver duplicates, so the consumer must still be idempotent.',
      },
    ],
  },
  {
    id: 'integration.fifo-deduplication',
    kind: 'rule',
    topic: 'integration',
    part: 'Queues',
    statement:
      'A FIFO queue accepts a message whose deduplication ID it has already received within the deduplication interval, but it does not deliver that message again.',
    why: 'The producer sets a MessageDeduplicationId, or the queue derives one from a SHA-256 hash of the body when content-based deduplication is on. SQS keeps tracking the ID even after the first copy is deleted.',
    takeaway:
      'When a producer may send the same message twice, a FIFO queue with deduplication IDs drops the copy before it reaches the consumer.',
    ask: 'A producer retries SendMessage after a network timeout, so the same order can be sent twice. How does an SQS FIFO queue keep the second copy from reaching the consumer?',
    docs: sqsFifoTerms,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'A FIFO queue rejects with an error a message whose body it has already received that day, so that the producer knows it must not send that message again.',
        why: 'A duplicate send succeeds, and the copy is simply not delivered. The check uses the deduplication ID within a five-minute interval, not a day.',
      },
      {
        text: 'A FIFO queue delivers a message whose deduplication ID it has already received within the deduplication interval, but it marks that copy so the consumer can skip it.',
        why: 'The duplicate is not delivered at all, so the consumer never sees it.',
      },
      {
        text: 'A FIFO queue accepts a message whose message group ID it has already received within the deduplication interval, but it does not deliver that message again.',
        why: 'The message group ID orders messages. Deduplication works on the deduplication ID, and a group holds many messages.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const snsFacts = [
  {
    id: 'integration.sns-fanout-sqs',
    kind: 'rule',
    topic: 'integration',
    part: 'Topics and fan-out',
    statement:
      'In the fan-out pattern, an SNS topic sends a copy of each message to every subscribed SQS queue, and each consumer processes its own queue at its own pace.',
    why: 'Each subscription gets its own delivery, and each queue stores its copy until its consumer deletes it, so one slow or failing consumer neither delays nor loses the messages of the others.',
    takeaway:
      'Several consumers that each need every event and may each be slow or down: SNS topic with one SQS queue per consumer.',
    ask: 'Three teams each need every order event, and each team’s consumer is sometimes down for hours. How does an SNS topic with one subscribed SQS queue per team serve them?',
    docs: snsFanout,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'In the fan-out pattern, an SNS topic sends each message to one of the subscribed SQS queues in turn, so that the consumers share the work between them.',
        why: 'SNS sends every message to every subscription. Sharing work among consumers is what the pollers of one queue do.',
      },
      {
        text: 'In the fan-out pattern, an SNS topic keeps each message until every subscribed SQS queue has polled the topic for it, so no consumer misses a message.',
        why: 'A topic is never polled: SNS pushes each message to the queues, and the queues, not the topic, keep the copies.',
      },
      {
        text: 'In the fan-out pattern, an SNS topic sends one shared copy of each message to the subscribed SQS queues, so the first consumer that deletes it removes it for the others.',
        why: 'Each queue holds its own copy. Deleting a message from one queue does not touch the copies in the other queues.',
      },
    ],
  },
  {
    id: 'integration.sns-queue-policy',
    kind: 'rule',
    topic: 'integration',
    part: 'Topics and fan-out',
    statement:
      'An SNS topic can deliver to a subscribed SQS queue only when the queue’s access policy allows sqs:SendMessage for that topic, usually matched with aws:SourceArn.',
    why: 'SNS writes to the queue on the topic’s behalf, so the queue, as the resource, must allow it. Limiting the grant with the topic ARN keeps other topics out.',
    takeaway:
      'Messages published to a topic that never reach a subscribed queue usually mean a queue policy without sqs:SendMessage for the topic.',
    ask: 'A developer subscribes an SQS queue to an SNS topic, but published messages never reach the queue. What does the delivery need?',
    docs: snsFanout,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'An SNS topic can deliver to a subscribed SQS queue only when the topic’s access policy allows sns:Subscribe for that queue, and the queue needs no change.',
        why: 'Subscribe governs who may create the subscription. Delivery is a SendMessage call on the queue, which the queue policy must allow.',
      },
      {
        text: 'An SNS topic can deliver to a subscribed SQS queue only when the publisher’s IAM role allows sqs:SendMessage for that queue, since SNS delivers with its credentials.',
        why: 'SNS delivers as itself, not with the publisher’s credentials, so the grant belongs in the queue policy.',
      },
      {
        text: 'An SNS topic can deliver to a subscribed SQS queue without any policy change, because a topic and a queue in the same account trust each other by default.',
        why: 'No such default trust exists: without a queue policy that allows the topic, SNS cannot send to the queue.',
      },
    ],
  },
  {
    id: 'integration.sns-filter-policy',
    kind: 'rule',
    topic: 'integration',
    part: 'Topics and fan-out',
    statement:
      'A subscription filter policy makes SNS send a subscriber only the messages whose attributes or body match it, and a subscription without one gets every message.',
    why: 'SNS compares each published message with the filter policy of every subscription, on message attributes by default or on the body when the filter policy scope is MessageBody, and skips the subscriptions that do not match.',
    takeaway:
      'To give each subscriber of a topic only the messages it needs, set a filter policy on its subscription instead of filtering in code.',
    ask: 'Only refund events should reach the refunds team’s queue, which is subscribed to an orders topic with other queues. What should the team use?',
    docs: snsFiltering,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A topic access policy makes SNS send a subscriber only the messages whose attributes or body match it, and a topic without one sends no message to anybody.',
        why: 'A topic policy controls who may publish or subscribe. Filtering per subscriber is what a subscription filter policy does.',
      },
      {
        text: 'A queue access policy makes SQS accept from SNS only the messages whose attributes or body match it, and a queue without one accepts every message that SNS sends.',
        why: 'Queue policy conditions control who may send, not which message content is accepted. SNS filters messages per subscription.',
      },
      {
        text: 'A message group ID makes SNS send a subscriber only the messages of the groups it has chosen, and a subscription without one gets the messages of every group.',
        why: 'Message group IDs order messages in FIFO topics and queues. Choosing messages by content is the job of a filter policy.',
      },
    ],
  },
  {
    id: 'integration.sns-fifo-archive',
    kind: 'rule',
    topic: 'integration',
    part: 'Topics and fan-out',
    statement:
      'Only an SNS FIFO topic can archive its messages and replay them to a subscription later, while a standard topic keeps no copy of what it delivered.',
    why: 'The topic owner sets an archive policy of up to 365 days on a FIFO topic, and a subscriber starts a replay from a chosen time. A standard topic only pushes each message to its current subscriptions.',
    takeaway:
      'Replay from SNS needs a FIFO topic with an archive policy. A standard topic needs a queue or an archive elsewhere to keep its messages.',
    ask: 'A team wants to redeliver last week’s messages from an SNS topic to a subscriber that lost them. What does SNS offer?',
    docs: snsArchive,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      {
        text: 'Any SNS topic, standard or FIFO, archives its messages for 14 days by default and replays them to a subscription on request, with no setting to turn on.',
        why: 'Archiving is off until the owner sets an archive policy, and only FIFO topics support it.',
      },
      {
        text: 'Only an SNS standard topic can archive its messages and replay them to a subscription later, while a FIFO topic keeps no copy of what it delivered.',
        why: 'It is the other way round: message archiving and replay is a feature of FIFO topics.',
      },
      {
        text: 'No SNS topic can replay messages, but a standard topic keeps each delivered message for four days, so a subscriber can read it again through the API.',
        why: 'Subscribers never read from a topic, and a standard topic keeps nothing after delivery. Replay exists for FIFO topics with an archive policy.',
      },
    ],
  },
  {
    id: 'integration.sns-fifo-order',
    kind: 'rule',
    topic: 'integration',
    part: 'Topics and fan-out',
    statement:
      'An SNS FIFO topic delivers the messages of each message group in order, and passes the group ID to its subscribed SQS FIFO queues, which keep that order for their consumers.',
    why: 'The publisher sets a message group ID on every message. The topic delivers each group in the order it was published to every subscribed queue, subject to filter policies, and groups are independent of each other. A subscribed standard queue does not receive the group ID and does not keep the order.',
    takeaway:
      'Ordered fan-out is an SNS FIFO topic with one SQS FIFO queue per consumer, grouped by the key whose order matters.',
    ask: 'Price updates for each product must reach three consuming services in the order they were published. How does an SNS FIFO topic with subscribed SQS FIFO queues keep that order?',
    docs: snsFifoGrouping,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'An SNS FIFO topic delivers all of its messages in one single order across every group, and passes that order to its subscribed SQS FIFO queues, which keep it for their consumers.',
        why: 'Order is kept within each message group. Messages of different groups are delivered in parallel, with no order between them.',
      },
      {
        text: 'An SNS FIFO topic delivers each message group to only one of its subscribed SQS FIFO queues, so that the one consumer reading that queue gets the whole group in published order.',
        why: 'There is no affinity between a message group and a subscription: every subscribed queue receives the messages of every group.',
      },
      {
        text: 'An SNS FIFO topic delivers the messages of each message group in order, and any subscribed SQS queue, standard or FIFO alike, passes that same order on to each of its consumers.',
        why: 'The group ID is not passed to standard queues, which do not guarantee order. Only FIFO queues keep the order of each group.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const eventBridgeFacts = [
  {
    id: 'integration.eventbridge-patterns',
    kind: 'rule',
    topic: 'integration',
    part: 'EventBridge and schedules',
    statement:
      'An EventBridge rule routes events by content: its event pattern can match any field of an event, with operators such as numeric ranges and prefixes, and only matches go to its targets.',
    why: 'The bus compares every event with the pattern of each rule. Patterns match on the event’s fields, including nested fields in detail, so routing needs no code in the producer or the consumers.',
    takeaway:
      'Sending different kinds of events to different functions, chosen by fields of the event, is what EventBridge rules are for.',
    ask: 'Order events of every kind go to one EventBridge event bus. How can only orders with a total above 1,000 be sent to the fraud-check function?',
    docs: ebOperators,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'An EventBridge rule routes events by their origin: its event pattern can match only the source and detail-type of an event, so any finer routing needs a function between the bus and the target.',
        why: 'A pattern can match any field of the event, including values inside detail, with numeric, prefix, wildcard and other operators.',
      },
      {
        text: 'An EventBridge rule routes every event of its bus to all of its targets, and each target function must check the fields itself and ignore the events that it does not need.',
        why: 'Only events that match the rule’s pattern reach its targets, so the filtering happens on the bus.',
      },
      {
        text: 'An EventBridge rule routes events by their attributes: its event pattern can match only attributes that the producer adds outside the event, never any field inside the event itself.',
        why: 'Patterns match the fields of the event JSON itself, such as detail.total, with no separate attributes needed.',
      },
    ],
  },
  {
    id: 'integration.eventbridge-retry',
    kind: 'rule',
    topic: 'integration',
    part: 'EventBridge and schedules',
    statement:
      'When an EventBridge rule cannot deliver an event to a target, it retries for up to 24 hours and 185 times by default, then drops it unless the target has a dead-letter queue.',
    why: 'Delivery failures such as an unavailable target are retried with exponential backoff and jitter, within the target’s retry policy. A standard SQS queue set as the target’s dead-letter queue keeps the events that still fail.',
    takeaway:
      'Give each EventBridge target a dead-letter queue, or events that cannot be delivered are lost after the retry policy.',
    ask: 'The target of an EventBridge rule is unavailable for a while. What does EventBridge do with the events it cannot deliver?',
    docs: ebRetry,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'When an EventBridge rule cannot deliver an event to a target, it retries twice over about three minutes by default, then sends the event to the target’s on-failure destination.',
        why: 'Two retries are Lambda’s asynchronous retries of a function error. EventBridge retries a delivery for 24 hours and up to 185 times by default, and uses a dead-letter queue.',
      },
      {
        text: 'When an EventBridge rule cannot deliver an event to a target, it keeps the event on the bus for up to 14 days by default, then drops it unless the bus has an archive.',
        why: 'A bus with rules does not hold events for its targets. The target’s retry policy, 24 hours and 185 attempts by default, decides how long EventBridge keeps trying.',
      },
      {
        text: 'When an EventBridge rule cannot deliver an event to a target, it drops the event at once by default, and only a retry policy that is set on the rule makes it try again.',
        why: 'Retrying is the default: 24 hours and up to 185 attempts, which a target’s retry policy can shorten.',
      },
    ],
  },
  {
    id: 'integration.eventbridge-archive-replay',
    kind: 'rule',
    topic: 'integration',
    part: 'EventBridge and schedules',
    statement:
      'An EventBridge archive keeps the events of a bus that match its pattern, for a set number of days or indefinitely, and a replay sends those of a chosen time range back to the bus.',
    why: 'The archive filters the events of one source bus with an optional pattern and keeps them indefinitely by default. A replayed event goes through the bus’s rules again, so fixed consumers can reprocess it.',
    takeaway:
      'To reprocess past events after a bug fix on a bus with rules, create an archive ahead of time and replay the affected time range.',
    ask: 'A bug in a consumer spoiled the results of last week’s order events on an EventBridge bus with rules. How can the fixed consumer process those events again?',
    docs: ebArchive,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      {
        text: 'An EventBridge archive is created automatically for every bus and keeps all of its events for 24 hours, and a replay sends archived events of a chosen time range to a new bus.',
        why: 'An archive exists only once someone creates it, keeps events indefinitely by default, and replays them to the bus they came from.',
      },
      {
        text: 'An EventBridge archive keeps the events of a bus that match its pattern, and a replay sends archived events straight to one target function, without going through the bus’s rules.',
        why: 'A replay sends the events to the source bus, where rules evaluate them again as they did the first time.',
      },
      {
        text: 'An EventBridge archive keeps only the events that a rule failed to deliver, and a replay sends them back to the targets from the dead-letter queues that those targets use.',
        why: 'An archive keeps every event of the bus that matches its pattern, delivered or not. Dead-letter queues are a separate feature of targets.',
      },
    ],
  },
  {
    id: 'integration.eventbridge-custom-bus',
    kind: 'rule',
    topic: 'integration',
    part: 'EventBridge and schedules',
    statement:
      'An EventBridge Custom Event Bus keeps every event for 1 to 365 days, and its subscribers can deliver in order within an event group and start from a past position.',
    why: 'Unlike a bus with rules and targets, now called Custom Event Bus - Classic, the Custom Event Bus retains events itself. Each subscriber filters events for one target, is UNORDERED or FIFO, and has a starting position, so it can catch up after a pause.',
    takeaway:
      'EventBridge now offers two kinds of custom bus: Classic, with rules, targets and archives, and the Custom Event Bus, with retention, subscribers and ordered delivery.',
    examNote:
      'Exam questions written before the Custom Event Bus existed treat EventBridge as unordered, with an archive and a replay as the way to process events again.',
    ask: 'A platform team builds a new EventBridge bus and wants consumers to read past events and get each customer’s events in order. What does a Custom Event Bus offer?',
    docs: ebCustomBus,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'An EventBridge Custom Event Bus keeps no events after delivery, and its rules deliver in no particular order, so a past event can be read again only from an archive.',
        why: 'That describes a Custom Event Bus - Classic. The Custom Event Bus retains every event for the period set on it and supports FIFO subscribers.',
      },
      {
        text: 'An EventBridge Custom Event Bus keeps every event for 24 hours, and all of its subscribers together receive the events in one global order across the whole bus.',
        why: 'Retention is set from 1 to 365 days, and order is kept within an event group for each FIFO subscriber, not across the bus.',
      },
      {
        text: 'An EventBridge Custom Event Bus keeps every event for up to 14 days, and its subscribers are SQS queues that the bus owner creates for each consuming team.',
        why: 'Consumers create their own subscribers, each with one target of any supported kind, and retention goes up to 365 days.',
      },
    ],
  },
  {
    id: 'integration.scheduler',
    kind: 'rule',
    topic: 'integration',
    part: 'EventBridge and schedules',
    statement:
      'EventBridge Scheduler runs one-time and recurring schedules, from cron or rate expressions, in a time zone you choose, and AWS recommends it over scheduled rules.',
    why: 'A schedule evaluates its expression in its own time zone, handles daylight saving time, and invokes its target, such as a Lambda function, with one-minute precision. Scheduled rules are a legacy feature of EventBridge.',
    takeaway:
      'To run a function at set times, or once at a future time, create an EventBridge Scheduler schedule.',
    ask: 'A function must run at 07:00 on every weekday in Berlin time, through daylight saving changes, and another must run once next Friday. What should invoke them?',
    docs: schedulerTypes,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'EventBridge scheduled rules run one-time and recurring schedules, from cron or rate expressions, in a time zone you choose, and AWS recommends them over EventBridge Scheduler.',
        why: 'Scheduled rules are the legacy option and evaluate their expressions in UTC, and AWS recommends EventBridge Scheduler instead.',
      },
      {
        text: 'Lambda runs one-time and recurring schedules that are set in the function configuration, from cron or rate expressions, with no other service involved.',
        why: 'A function has no schedule setting of its own. A schedule in EventBridge Scheduler, or a scheduled rule, invokes it.',
      },
      {
        text: 'EventBridge Scheduler runs only recurring schedules, from rate expressions, in UTC, so a job at a local hour or a single run must be built some other way.',
        why: 'Scheduler supports rate, cron and one-time schedules, each evaluated in the time zone you choose.',
      },
    ],
  },
  {
    id: 'integration.schedule-expressions',
    kind: 'rule',
    topic: 'integration',
    part: 'EventBridge and schedules',
    statement:
      'A rate expression such as rate(15 minutes) runs a schedule at a fixed interval, while a cron expression with six fields runs it at set times and dates.',
    why: 'A rate expression has a value and a unit of minutes, hours or days. A cron expression lists minutes, hours, day of month, month, day of week and year, so it can say 08:00 on the first Monday of every month.',
    takeaway: 'Every N minutes, hours or days is rate(). A time on given days is cron().',
    ask: 'One schedule must run every 15 minutes, and another at 08:00 on the first Monday of each month. Which kinds of schedule expression fit?',
    docs: ebCron,
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A cron expression such as cron(15 minutes) runs a schedule at a fixed interval, while a rate expression with six fields runs it at set times and dates.',
        why: 'The two are swapped: rate() takes an interval, and cron() takes six fields for times and dates.',
      },
      {
        text: 'A rate expression such as rate(15 minutes) runs a schedule at a fixed interval, while a cron expression with five fields, as on Linux, runs it at set times and dates.',
        why: 'AWS cron expressions have six required fields, with the year as the sixth.',
      },
      {
        text: 'A rate expression such as rate(15 seconds) runs a schedule at a fixed interval, while a cron expression with six fields runs it at set times and dates.',
        why: 'Rate units are minutes, hours and days. Schedules have one-minute precision, so seconds are not available.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const streamFacts = [
  {
    id: 'integration.kinesis-replay',
    kind: 'rule',
    topic: 'integration',
    part: 'Streams',
    statement:
      'Records stay in a Kinesis stream until they expire, so a new event source mapping that starts at AT_TIMESTAMP can process them again from a time within the retention period.',
    why: 'Reading a record does not remove it, and StartingPosition AT_TIMESTAMP with StartingPositionTimestamp tells the new mapping where to begin in each shard. Records older than the retention period cannot be read.',
    takeaway:
      'To reprocess a stream after a bug fix, start a mapping at the time the bug began, within the stream’s retention period.',
    ask: 'A bug spoiled the output of a Kinesis consumer for the last 12 hours. How can the fixed function process those records again?',
    docs: lambdaKinesis,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      {
        text: 'Records leave a Kinesis stream once a consumer has read them, so a new event source mapping can process them again only from a backup that was taken in S3 beforehand.',
        why: 'A record stays in the stream for the whole retention period, however many consumers read it.',
      },
      {
        text: 'Records stay in a Kinesis stream until they expire, so a new event source mapping that starts at LATEST can process every record that is still held in the stream once more.',
        why: 'LATEST starts just after the newest record. Rereading old records needs TRIM_HORIZON or AT_TIMESTAMP.',
      },
      {
        text: 'Records stay in a Kinesis stream even after they expire, so a new event source mapping that starts at AT_TIMESTAMP can process them again from any time in the past at all.',
        why: 'Expired records are no longer accessible, even if the retention period is raised later.',
      },
    ],
  },
  {
    id: 'integration.kinesis-consumers',
    kind: 'rule',
    topic: 'integration',
    part: 'Streams',
    statement:
      'Every consumer of a Kinesis stream reads all of its records at its own position, and an enhanced fan-out consumer gets 2 MB per second of its own per shard.',
    why: 'Consumers do not take records away from each other. Standard consumers share the read throughput of each shard, while enhanced fan-out pushes records to each registered consumer over dedicated throughput.',
    takeaway:
      'Several functions can each process every record of a stream, each with its own event source mapping, and enhanced fan-out keeps them from competing for throughput.',
    ask: 'Three teams must each process every record of a Kinesis stream with their own function. What does Kinesis allow?',
    docs: kinesisConsumers,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Each record of a Kinesis stream goes to only one consumer, as with a queue, and an enhanced fan-out consumer copies the records it received to the other consumers.',
        why: 'Every consumer reads all records of the stream. Enhanced fan-out gives each consumer its own throughput, not a copy from another consumer.',
      },
      {
        text: 'All consumers of a Kinesis stream share one position, so the slowest consumer holds back the others, and enhanced fan-out gives each of them a separate position.',
        why: 'Each consumer, and each event source mapping, already keeps its own position. Enhanced fan-out is about read throughput.',
      },
      {
        text: 'A Kinesis stream accepts only one Lambda event source mapping, so other teams need a copy of the stream, and enhanced fan-out is the feature that makes that copy.',
        why: 'Several event source mappings can read the same stream, each for its own function.',
      },
    ],
  },
  {
    id: 'integration.kinesis-duplicates',
    kind: 'rule',
    topic: 'integration',
    part: 'Streams',
    statement:
      'A Kinesis consumer can receive the same data more than once, because a producer retry writes a second record and a consumer retry reads records again.',
    why: 'A producer that times out before its acknowledgement retries PutRecord, and both copies get their own sequence numbers. Lambda retries a failed batch as well, so the application must handle duplicates.',
    takeaway:
      'Kinesis never deduplicates: embed a unique key in each record and make the consumer idempotent.',
    ask: 'A function that consumes a Kinesis stream stores the same payment twice now and then. Why can that happen?',
    docs: kinesisDuplicates,
    exams: bothExams,
    domains: ['dva-1', 'dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'A Kinesis consumer receives each record exactly once, because the stream drops a record whose partition key it has already received in the last five minutes.',
        why: 'Kinesis never deduplicates: two writes of the same data become two records with their own sequence numbers.',
      },
      {
        text: 'A Kinesis consumer can receive the same data more than once only when enhanced fan-out is on, because each fan-out consumer receives a copy of every record.',
        why: 'Duplicates come from producer and consumer retries, with or without enhanced fan-out. Each consumer getting its own stream of records is not duplication.',
      },
      {
        text: 'A Kinesis consumer can receive the same data more than once only when the stream has several shards, because a record is written to every shard of its stream.',
        why: 'A record goes to the one shard its partition key maps to. Duplicates come from retries.',
      },
    ],
  },
  {
    id: 'integration.dynamodb-streams-guarantees',
    kind: 'rule',
    topic: 'integration',
    part: 'Streams',
    statement:
      'A DynamoDB stream keeps each item change for 24 hours, shows each change exactly once, and keeps the changes to one item in the order they were made.',
    why: 'DynamoDB writes a stream record for every create, update or delete of an item, in near real time. Order holds per item, not across a whole table, and the log keeps records for 24 hours.',
    takeaway:
      'A DynamoDB stream gives per-item order and no duplicates in the stream, but only 24 hours to read it.',
    ask: 'A function reacts to changes in an orders table through DynamoDB Streams. What does the stream guarantee?',
    docs: ddbStreams,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A DynamoDB stream keeps each item change for seven days, shows each change at least once, and keeps all changes across a table in the order they were made.',
        why: 'Records are kept for 24 hours, each appears exactly once, and order is guaranteed per item, not across the whole table.',
      },
      {
        text: 'A DynamoDB stream keeps each item change for 24 hours, shows each change exactly once, and keeps no order at all, even among the changes to one item.',
        why: 'The changes to an item appear in the order in which they were made.',
      },
      {
        text: 'A DynamoDB stream keeps each item change until a consumer reads it, shows each change exactly once, and keeps the changes to one item in the order they were made.',
        why: 'Reading does not decide how long a record stays: the stream removes it after 24 hours, read or not.',
      },
    ],
  },
  {
    id: 'integration.dynamodb-streams-readers',
    kind: 'rule',
    topic: 'integration',
    part: 'Streams',
    statement:
      'Lambda advises designing for at most two functions reading the same shard of a DynamoDB stream at a time, because more readers can be throttled.',
    why: 'Every event source mapping on the stream polls each shard, and the shard’s read capacity is shared, so a third or fourth reader causes throttling. More consumers are reached by fanning out from one function, for example through EventBridge or SNS.',
    takeaway:
      'For more than two consumers of a table’s changes, let one function fan the changes out, or stream them to Kinesis, instead of adding mappings.',
    ask: 'Five teams each want their own function on the DynamoDB stream of one table. What should the architect take into account?',
    docs: lambdaDdb,
    exams: bothExams,
    domains: ['sap-2', 'dva-1'],
    misconceptions: [
      {
        text: 'Lambda allows any number of functions to read the same shard of a DynamoDB stream at a time, because each mapping gets its own read throughput.',
        why: 'The readers share the shard, and Lambda advises at most two of them. Dedicated throughput per consumer is enhanced fan-out in Kinesis.',
      },
      {
        text: 'Lambda rejects a second function reading the same shard of a DynamoDB stream, because each stream can have only one event source mapping in all.',
        why: 'Two readers per shard are fine. The advice is a ceiling of two, not one, and it is not enforced by rejecting mappings.',
      },
      {
        text: 'Lambda allows up to twenty functions to read the same shard of a DynamoDB stream at a time, when each of them is registered as an enhanced fan-out consumer.',
        why: 'Enhanced fan-out, with up to 20 consumers, is a Kinesis Data Streams feature that DynamoDB Streams does not offer.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const limits = [
  {
    id: 'integration.fifo-dedup-interval',
    kind: 'limit',
    topic: 'integration',
    part: 'Queues',
    subject: 'deduplication interval of an SQS FIFO queue',
    value: { kind: 'exact', n: 5, unit: 'min' },
    statement:
      'An SQS FIFO queue does not deliver a message again if its deduplication ID was used in the previous 5 minutes.',
    why: 'The deduplication interval is fixed at five minutes: a message sent with the same deduplication ID within it is accepted but not delivered.',
    takeaway:
      'FIFO deduplication covers retries within five minutes. Duplicates sent later need an idempotent consumer.',
    ask: 'For how long does an SQS FIFO queue remember a deduplication ID to drop repeated sends?',
    docs: sqsFifoTerms,
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'An SQS FIFO queue drops repeated sends for 15 minutes.',
        why: 'Fifteen minutes is the longest delay SQS allows for a message. The deduplication interval is five minutes.',
        figure: { kind: 'exact', n: 15, unit: 'min' },
      },
      {
        text: 'An SQS FIFO queue drops repeated sends for 1 minute.',
        why: 'The interval is five minutes, long enough to cover a producer’s retries after a timeout.',
        figure: { kind: 'exact', n: 1, unit: 'min' },
      },
      {
        text: 'An SQS FIFO queue drops repeated sends for 24 hours.',
        why: 'Deduplication lasts five minutes. A producer that repeats a send a day later creates a new message.',
        figure: { kind: 'exact', n: 24, unit: 'h' },
      },
    ],
  },
  {
    id: 'integration.sns-fifo-dedup-interval',
    kind: 'limit',
    topic: 'integration',
    part: 'Topics and fan-out',
    subject: 'deduplication interval of an SNS FIFO topic',
    value: { kind: 'exact', n: 5, unit: 'min' },
    statement:
      'An SNS FIFO topic accepts but does not deliver a message whose deduplication ID was already published in the previous 5 minutes.',
    why: 'Every message published to a FIFO topic has a deduplication ID, set by the publisher or, with content-based deduplication, hashed from the body. A repeat within the five-minute interval is accepted but reaches no subscription, whether the scope is the whole topic or one message group.',
    takeaway:
      'Retries of a publish within five minutes send no duplicate through an SNS FIFO topic. Repeats after that need an idempotent consumer.',
    ask: 'A service retries Publish on an SNS FIFO topic after timeouts, with the same deduplication ID each time. For how long does the topic drop the repeated messages?',
    docs: snsPublish,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'An SNS FIFO topic drops a repeated deduplication ID for 1 minute.',
        why: 'The deduplication interval of a FIFO topic is five minutes, not one.',
        figure: { kind: 'exact', n: 1, unit: 'min' },
      },
      {
        text: 'An SNS FIFO topic drops a repeated deduplication ID for 15 minutes.',
        why: 'Fifteen minutes is not an SNS interval; a FIFO topic remembers a deduplication ID for five minutes.',
        figure: { kind: 'exact', n: 15, unit: 'min' },
      },
      {
        text: 'An SNS FIFO topic drops a repeated deduplication ID for 24 hours.',
        why: 'Deduplication lasts five minutes. A message published again a day later is delivered as a new one.',
        figure: { kind: 'exact', n: 24, unit: 'h' },
      },
    ],
  },
  {
    id: 'integration.eventbridge-targets-per-rule',
    kind: 'limit',
    topic: 'integration',
    part: 'EventBridge and schedules',
    subject: 'targets per EventBridge rule',
    value: { kind: 'exact', n: 5, unit: 'count' },
    statement: 'An EventBridge rule can have up to 5 targets.',
    why: 'Each rule sends a matching event to at most five targets. AWS suggests one target per rule, duplicating the rule when several targets need the same events.',
    takeaway: 'Five targets per rule. More consumers mean more rules on the same bus.',
    ask: 'What is the largest number of targets that one EventBridge rule can have?',
    docs: ebRulesPractices,
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'An EventBridge rule can have only 1 target.',
        why: 'One target per rule is AWS’s advice for easier maintenance, but a rule accepts up to five.',
        figure: { kind: 'exact', n: 1, unit: 'count' },
      },
      {
        text: 'An EventBridge rule can have up to 10 targets.',
        why: 'Ten is the most entries one PutTargets request can carry. A rule holds at most five targets.',
        figure: { kind: 'exact', n: 10, unit: 'count' },
      },
      {
        text: 'An EventBridge rule can have up to 100 targets.',
        why: 'A rule has at most five targets. Reaching many consumers takes many rules.',
        figure: { kind: 'exact', n: 100, unit: 'count' },
      },
    ],
  },
  {
    id: 'integration.kinesis-max-retention',
    kind: 'limit',
    topic: 'integration',
    part: 'Streams',
    subject: 'longest retention period of a Kinesis data stream',
    value: { kind: 'exact', n: 8760, unit: 'h' },
    statement:
      'A Kinesis data stream keeps records for 24 hours by default, and its retention can be raised to 8,760 hours (365 days).',
    why: 'IncreaseStreamRetentionPeriod raises the retention in hours up to 8,760. Raising it does not bring back records that had already expired.',
    takeaway:
      'A stream can keep records for up to a year, which sets how far back a consumer can replay.',
    ask: 'What is the longest retention period that a Kinesis data stream can be set to?',
    docs: kinesisRetention,
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A Kinesis data stream can keep records for at most 168 hours.',
        why: 'Seven days was the ceiling before long-term retention. A stream can now keep records for up to 8,760 hours.',
        figure: { kind: 'exact', n: 168, unit: 'h' },
      },
      {
        text: 'A Kinesis data stream can keep records for at most 24 hours.',
        why: 'Twenty-four hours is the default retention, which can be raised.',
        figure: { kind: 'exact', n: 24, unit: 'h' },
      },
      {
        text: 'A Kinesis data stream can keep records for at most 2,160 hours.',
        why: '2,160 hours is 90 days, a common retention elsewhere in AWS, such as the CloudTrail event history. A stream can keep records for 8,760 hours.',
        figure: { kind: 'exact', n: 2160, unit: 'h' },
      },
    ],
  },
] as const satisfies readonly Fact[];

const definitions = [
  {
    id: 'integration.cloudwatch-events',
    kind: 'definition',
    topic: 'integration',
    part: 'EventBridge and schedules',
    term: 'Amazon CloudWatch Events',
    definition:
      'The former name of Amazon EventBridge, whose API EventBridge still uses, so rules created under the old name appear in EventBridge.',
    statement:
      'Amazon CloudWatch Events is the former name of EventBridge, which uses the same API, so rules created under the old name appear in EventBridge.',
    why: 'EventBridge grew out of CloudWatch Events and kept its API, default event bus and rules, adding features such as partner events, Pipes and Scheduler.',
    takeaway:
      'An older question that says CloudWatch Events, or a CloudWatch Events rule, means EventBridge.',
    ask: 'An older runbook says a Lambda function runs from a CloudWatch Events rule. What is CloudWatch Events?',
    docs: ebCloudWatchEvents,
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'Amazon CloudWatch Events is the CloudWatch feature that sends metric alarm notifications to SNS topics, separate from EventBridge and its rules.',
        why: 'Alarms are CloudWatch alarms. CloudWatch Events is the old name of EventBridge, with the same rules and API.',
      },
      {
        text: 'Amazon CloudWatch Events is the subscription that streams the log events of a CloudWatch Logs group to a Lambda function, separate from EventBridge.',
        why: 'That is a CloudWatch Logs subscription filter. CloudWatch Events is what EventBridge was called before.',
      },
      {
        text: 'Amazon CloudWatch Events is a retired service whose rules stopped working when EventBridge replaced it with a new API that is not compatible.',
        why: 'EventBridge uses the same API as CloudWatch Events, and the rules created there still run in EventBridge.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const integrationFacts = [
  ...s3Facts,
  ...s3Destinations,
  ...sqsFacts,
  ...snsFacts,
  ...eventBridgeFacts,
  ...streamFacts,
  ...limits,
  ...definitions,
] as const satisfies readonly Fact[];

export const integrationTopic = {
  id: 'integration',
  title: 'Integration patterns',
  summary:
    'Queues, topics, buses and streams between services and functions: buffering, fan-out, ordering and scheduling.',
  section: '1. Lambda Triggers (Event Sources)',
  intro: [
    'A function rarely receives events straight from where they happen. Between the two sits a queue, a topic, an event bus or a stream, and that choice decides what happens when the function is slow, fails or is down, whether events stay in order, whether several consumers get them, and whether they can be read again.',
    'An SQS queue buffers work for one consumer and keeps messages for up to 14 days. A FIFO queue adds order within each message group and drops repeated sends. An SNS topic pushes a copy of each message to every subscription, and subscribing one queue per consumer combines that fan-out with buffering. An SNS FIFO topic with SQS FIFO queues keeps that fan-out in order per message group and drops repeated sends. S3 can notify a function, a queue or a topic, or send all its events to EventBridge.',
    'EventBridge, formerly called CloudWatch Events, routes events by their content to the targets of its rules, can archive them for replay, and its Scheduler invokes functions on cron, rate or one-time schedules in a chosen time zone. Kinesis Data Streams and DynamoDB Streams keep records in order per shard for a retention period, so several consumers can read them and a consumer can go back.',
    'For queues and streams, a Lambda event source mapping polls the source and invokes the function synchronously with batches. S3, SNS and EventBridge rules invoke it asynchronously, one event at a time, so Lambda’s own queue and retries apply.',
  ],
  tables: [deliveryTable],
  facts: integrationFacts,
  sets: integrationSets,
  checklist: [],
  tips: [],
  decisions: [eventSources, eventSourcesBuffering],
  beyondSeed: true,
} as const satisfies Topic;
