/**
 * How uploads to S3 should reach a function whose downstream is limited, slow or sometimes down:
 * direct notifications, with or without reserved concurrency, an SQS queue with maximum
 * concurrency, reserved concurrency or a batch size, SNS fan-out, EventBridge rules, or a nightly
 * run from an EventBridge Scheduler schedule (in a time zone) or a scheduled rule (in UTC).
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const direct = 's3-lambda';
const directReserved = 's3-lambda-reserved';
const queueMaxConcurrency = 's3-sqs-maximum-concurrency';
const queueReserved = 's3-sqs-reserved';
const snsQueues = 's3-sns-sqs';
const eventBridge = 's3-eventbridge';
const queueBatch = 's3-sqs-batch-size';
const nightly = 'scheduler-nightly';
const ruleUtc = 'scheduled-rule-nightly';

export const eventSourcesBuffering = {
  id: 'event-sources-buffering',
  topic: 'integration',
  title: 'Getting S3 uploads to a function whose database is limited or sometimes down',
  exams: ['DVA-C02'],
  domains: ['dva-1'],
  settings: [
    '{company} stores {files} that its customers upload in an S3 bucket. A Lambda function processes each file and writes the results to {database}. A whole day’s files take it about eight minutes.',
    'A developer at {company} is building the import of {files} that arrive in an S3 bucket. A Lambda function loads the data of each file into {database}. A whole day’s files take it about eight minutes.',
  ],
  slots: {
    company: ['a retailer', 'an insurance company', 'a logistics company', 'a bank'],
    files: ['invoices', 'scanned claim forms', 'delivery receipts', 'product photos'],
    database: [
      'an Amazon RDS for PostgreSQL database',
      'an Amazon Aurora MySQL database',
      'a database in the company’s data center',
    ],
    connections: ['20', '30', '50'],
    outage: ['two', 'three'],
    teams: ['two', 'three'],
    size: ['20', '50', '100'],
    hour: ['01:00', '02:00'],
  },
  options: [
    {
      id: direct,
      text: 'Configure the bucket to invoke the processing Lambda function directly for each new object, and keep the function’s default concurrency settings.',
      why: 'S3 invokes the function asynchronously for each new object, and Lambda scales the function out with the uploads, up to the account’s unreserved concurrency.',
      facts: ['triggers.push-s3', 'lifecycle.scaling-rate'],
    },
    {
      id: directReserved,
      text: 'Configure the bucket to invoke the processing Lambda function directly for each new object, and set the function’s reserved concurrency to 10.',
      why: 'Reserved concurrency caps the function at 10 instances at once, and Lambda keeps the throttled asynchronous events in its own queue and retries them for up to six hours.',
      facts: ['concurrency.reserved', 'invocation.throttle-retries'],
    },
    {
      id: queueMaxConcurrency,
      text: 'Send the bucket’s notifications to an SQS standard queue, and set the maximum concurrency of its Lambda event source mapping to 10.',
      why: 'The queue keeps every upload event until it is processed, for four days by default, and the mapping invokes at most 10 instances at once without reserving any concurrency.',
      facts: [
        'integration.s3-sqs-durability',
        'lifecycle.sqs-maximum-concurrency',
        'lifecycle.maximum-concurrency-caps',
      ],
    },
    {
      id: queueReserved,
      text: 'Send the bucket’s notifications to an SQS standard queue that triggers the Lambda function, and set its reserved concurrency to 10.',
      why: 'The queue keeps every upload event until it is processed, for four days by default, and reserved concurrency caps the function at 10, though the mapping’s pollers can scale past that cap and get throttled, which is why AWS advises maximum concurrency instead.',
      facts: ['integration.s3-sqs-durability', 'concurrency.reserved'],
    },
    {
      id: snsQueues,
      text: 'Send the bucket’s notifications to an SNS topic, and subscribe an SQS standard queue to it that triggers the processing Lambda function.',
      why: 'The topic puts a copy of every upload event in each subscribed queue, so another team can subscribe a queue of its own, and each queue keeps its copy, for four days by default, until its function has processed it.',
      facts: ['integration.sns-fanout-sqs', 'integration.s3-overlapping-filters'],
    },
    {
      id: eventBridge,
      text: 'Turn on EventBridge for the bucket, and add a rule whose event pattern matches new objects and targets the processing Lambda function.',
      why: 'S3 sends every event of the bucket to EventBridge, each rule’s pattern can test fields such as the object size before it invokes its target, and another team can add a rule of its own.',
      facts: ['integration.s3-eventbridge', 'integration.eventbridge-patterns'],
    },
    {
      id: queueBatch,
      text: 'Send the bucket’s notifications to an SQS standard queue, and set the batch size of its Lambda event source mapping to 10 messages.',
      why: 'The queue keeps every upload event until it is processed, for four days by default, and the mapping hands the function up to 10 messages in each invocation.',
      facts: [
        'integration.s3-sqs-durability',
        'esm.sqs-setting-batch-size',
        'integration.sqs-retention',
      ],
    },
    {
      id: nightly,
      text: 'Create an EventBridge Scheduler cron schedule with a time zone that runs the function nightly, at its maximum timeout, on that day’s new objects.',
      why: 'Scheduler evaluates the cron expression in the schedule’s time zone and follows daylight saving time, so one invocation of up to 15 minutes loads the day’s files at the same local hour all year.',
      facts: [
        'integration.scheduler',
        'integration.schedule-expressions',
        'architecture.scheduler-time-zones',
      ],
    },
    {
      id: ruleUtc,
      text: 'Create an EventBridge scheduled rule with a cron expression that runs the function nightly, at its maximum timeout, on that day’s new objects.',
      why: 'The rule evaluates its cron expression in UTC, so it invokes the function once a night at a fixed UTC time, and that invocation of up to 15 minutes loads the day’s files.',
      facts: ['architecture.scheduler-time-zones', 'integration.schedule-expressions'],
    },
  ],
  requirements: [
    {
      id: 'cap',
      label: 'a ceiling on database sessions',
      text: 'Each running instance of the function holds one database session, the database accepts at most {connections} sessions, and a burst of hundreds of uploads must never exceed that limit.',
      meets: [directReserved, queueMaxConcurrency, queueReserved, nightly, ruleUtc],
      breaks: {
        [direct]:
          'with default settings the function scales out with the burst, one instance and one session for each upload in progress.',
        [snsQueues]:
          'each queue’s event source mapping scales its function with the backlog, and no setting here keeps it under the database’s ceiling.',
        [eventBridge]:
          'each rule invokes its function asynchronously for every object, so the function scales out with the burst.',
        [queueBatch]:
          'the batch size sets how many messages one invocation receives, not how many invocations run at once, so the mapping still scales out with the backlog.',
      },
      takeaway:
        'A function that must not overwhelm its database needs a concurrency ceiling: reserved concurrency on the function, or maximum concurrency on its SQS event source mapping.',
      facts: [
        'concurrency.reserved',
        'lifecycle.sqs-maximum-concurrency',
        'lifecycle.scaling-rate',
      ],
    },
    {
      id: 'no-reservation',
      label: 'no reserved concurrency',
      text: 'The function must not reserve any concurrency, because many other functions in the account rely on the shared pool.',
      meets: [direct, queueMaxConcurrency, snsQueues, eventBridge, nightly, ruleUtc, queueBatch],
      breaks: {
        [directReserved]:
          'reserved concurrency sets capacity aside for this function, out of the pool that the other functions share.',
        [queueReserved]:
          'reserved concurrency takes its share out of the account’s shared pool, even while the queue is empty.',
      },
      takeaway:
        'Reserved concurrency takes its amount out of the pool that the account’s other functions share, even while the function is idle.',
      facts: [
        'lifecycle.maximum-concurrency-caps',
        'concurrency.reserved',
        'concurrency.unreserved',
      ],
    },
    {
      id: 'outage',
      label: 'surviving a database outage of days',
      text: 'The database can be down for up to {outage} days, and the files uploaded in that time must then be processed automatically.',
      meets: [queueMaxConcurrency, queueReserved, snsQueues, queueBatch],
      breaks: {
        [direct]:
          'after a function error Lambda retries the event only twice, within about three minutes, and then discards it, so those uploads are never processed.',
        [directReserved]:
          'throttled events wait in Lambda’s queue for at most six hours and failed ones are retried only twice, far short of an outage of days.',
        [eventBridge]:
          'the rules invoke the function asynchronously, so Lambda discards each failed event after two retries.',
        [nightly]:
          'each daily run reads only that day’s new objects, so the files from the days of the outage are skipped.',
        [ruleUtc]:
          'each nightly run loads only the objects of its own day, so the files uploaded during the outage are never loaded.',
      },
      takeaway:
        'Uploads that must survive a downstream outage of days go through an SQS queue, which keeps each message for its retention period, four days by default and up to 14 days.',
      facts: [
        'integration.s3-sqs-durability',
        'integration.sqs-retention',
        'invocation.retry-intervals',
      ],
    },
    {
      id: 'during-the-day',
      label: 'processing as files arrive',
      text: 'Files must be processed throughout the day as they arrive, not in one run at night.',
      meets: [
        direct,
        directReserved,
        queueMaxConcurrency,
        queueReserved,
        snsQueues,
        eventBridge,
        queueBatch,
      ],
      breaks: {
        [nightly]: 'the schedule invokes the function once a day, so files wait until that run.',
        [ruleUtc]: 'the rule invokes the function once a night, so each file waits for that run.',
      },
      takeaway:
        'Processing as files arrive means an event-driven trigger. A schedule fits work that must run at set times.',
      facts: ['triggers.push-s3', 'integration.scheduler'],
    },
    {
      id: 'fan-out',
      label: 'every file to several teams',
      text: '{teams} teams must each run a function of their own on every uploaded file.',
      meets: [snsQueues, eventBridge],
      breaks: {
        [direct]:
          'S3 does not accept a second notification configuration with overlapping filters, so only one function can be invoked.',
        [directReserved]:
          'overlapping notification configurations are not supported, so the bucket can invoke just this one function.',
        [queueMaxConcurrency]:
          'each message of the queue goes to one consumer, and S3 cannot notify a second queue for the same uploads.',
        [queueReserved]:
          'one queue hands each message to one consumer only, and the bucket cannot send the same uploads to another queue.',
        [queueBatch]:
          'the queue hands each message to the one function it triggers, and the bucket cannot notify a second queue for the same uploads.',
        [nightly]:
          'the schedule invokes one function, so the other teams would need schedules and listing code of their own.',
        [ruleUtc]:
          'the rule’s target is the one function, so every other team would need a rule and listing code of its own.',
      },
      takeaway:
        'One upload to several consumers: S3 to one SNS topic with a queue per consumer, or S3 events in EventBridge with a rule per consumer.',
      facts: [
        'integration.s3-overlapping-filters',
        'integration.sns-fanout-sqs',
        'integration.s3-eventbridge',
      ],
    },
    {
      id: 'size-filter',
      label: 'only files above a size',
      text: 'Only files larger than {size} MB may invoke a function, and smaller files must not cause any invocation.',
      meets: [eventBridge],
      breaks: {
        [direct]:
          'a notification configuration can filter only on the key prefix and suffix, not on the object size.',
        [directReserved]:
          'S3 notification filters match key prefixes and suffixes only, so every file invokes the function.',
        [queueMaxConcurrency]:
          'the notification filter knows only key prefixes and suffixes, so every file reaches the queue and the function.',
        [queueReserved]:
          'S3 cannot filter notifications by size, so each file’s message reaches the queue and invokes the function.',
        [snsQueues]:
          'the bucket’s notification filter cannot test the size, so every file reaches the topic and each queue.',
        [queueBatch]:
          'S3 notification filters test only key prefixes and suffixes, so every file reaches the queue whatever its size.',
        [nightly]:
          'the schedule invokes the function every day, whatever the sizes of the files that arrived.',
        [ruleUtc]:
          'the rule invokes the function every night, whether or not any large file has arrived.',
      },
      takeaway:
        'Filtering uploads on the object size or other fields beyond the key points to S3 events in EventBridge and a rule with an event pattern.',
      facts: ['integration.s3-eventbridge', 'integration.eventbridge-patterns'],
    },
    {
      id: 'nightly-run',
      label: 'one run at a set local hour',
      text: 'The day’s files must be loaded in a single run each night at {hour} in Berlin, all year round.',
      meets: [nightly],
      breaks: {
        [direct]:
          'S3 invokes the function for each file as soon as it is uploaded, during the business day.',
        [directReserved]:
          'the bucket invokes the function for every upload as it happens, not once at night.',
        [queueMaxConcurrency]:
          'the event source mapping processes the messages as soon as they reach the queue, all day long.',
        [queueReserved]:
          'the queue’s messages are picked up by the mapping within seconds of each upload, not at night.',
        [snsQueues]:
          'every queue’s function processes its copy of each upload right away, during the day.',
        [eventBridge]:
          'each rule invokes its function as soon as the upload event arrives, not at a set hour.',
        [queueBatch]:
          'the mapping polls the queue all day and invokes the function as soon as messages arrive.',
        [ruleUtc]:
          'a scheduled rule evaluates its cron expression in UTC, so its run moves an hour against Berlin time whenever daylight saving time begins or ends.',
      },
      takeaway:
        'A run at a set local hour all year round is an EventBridge Scheduler schedule in that time zone, because scheduled rules recur in UTC.',
      facts: ['integration.scheduler', 'architecture.scheduler-time-zones'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [directReserved]: 1,
        [queueMaxConcurrency]: 2,
        [queueReserved]: 3,
        [snsQueues]: 4,
        [nightly]: 4,
        [ruleUtc]: 4,
      },
      worse: {
        [queueMaxConcurrency]:
          'it adds a queue, a queue policy that lets S3 send to it, and an event source mapping to run.',
        [queueReserved]:
          'reserved concurrency below what the mapping’s pollers use makes Lambda throttle them, so the team must watch the throttles and tune the queue’s visibility timeout around them.',
        [snsQueues]:
          'it adds a topic and a queue, the access policies that let them send on, and an event source mapping.',
        [nightly]:
          'the team must write and maintain code that lists each day’s objects and tracks which ones it has processed.',
        [ruleUtc]:
          'the team must maintain code that lists each night’s objects and tracks its progress, and keep the rule’s UTC hour in step with local time.',
      },
      takeaway:
        'Among designs that work, the fewest added resources win: a setting on the function before a new queue, a queue before a topic, and any managed trigger before code that tracks its own progress.',
    },
  ],
  docs: cite(`${lambdaGuide}services-sqs-scaling.html`),
} as const satisfies DecisionModel;
