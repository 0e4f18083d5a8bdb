/**
 * How an application's events should reach the Lambda functions that consume them: SQS standard
 * or FIFO, SNS alone or with one queue per consumer, EventBridge rules, Kinesis Data Streams,
 * DynamoDB Streams, or direct asynchronous invocation.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const sqsStandard = 'sqs-standard';
const sqsFifo = 'sqs-fifo';
const snsQueues = 'sns-sqs-fanout';
const snsDirect = 'sns-lambda';
const eventBridge = 'eventbridge-rules';
const kinesis = 'kinesis-stream';
const dynamoDb = 'dynamodb-stream';
const asyncInvoke = 'async-invoke';
const snsFifo = 'sns-fifo-fanout';

export const eventSources = {
  id: 'event-sources',
  topic: 'integration',
  title: 'Choosing how an application’s events reach the functions that consume them',
  // each case is one consumer's choice of event source, or one producer's fan-out: associate level
  exams: ['DVA-C02'],
  domains: ['dva-1'],
  settings: [
    '{company} runs {app}, which produces customer events, such as orders and payments, for a Lambda function to process.',
    'A developer at {company} is connecting {app}, which emits customer events such as orders and refunds, to a Lambda function.',
    '{company} is moving {app} to an event-driven design. One service produces customer events, and a Lambda function consumes them.',
  ],
  slots: {
    company: ['a retailer', 'a bank', 'a travel agency', 'a streaming service'],
    app: ['its online shop', 'its billing platform', 'its loyalty program', 'its mobile app'],
    days: ['two', 'three', 'five'],
    teams: ['three', 'four'],
    outage: ['two', 'three'],
    batch: ['500', '1,000', '2,000'],
  },
  options: [
    {
      id: sqsStandard,
      text: 'Send each customer event to an SQS standard queue that the consuming Lambda function reads through an event source mapping, in batches of up to 10,000.',
      why: 'The queue stores each message until the function has processed it, for four days by default and up to 14, and the event source mapping passes batches of up to 10,000 messages.',
      facts: ['integration.sqs-retention', 'integration.sqs-decouple', 'esm.sqs-batch-size'],
    },
    {
      id: sqsFifo,
      text: 'Send each customer event to an SQS FIFO queue that is read in batches of 10, with customer ID as group ID and event ID as deduplication ID.',
      why: 'A FIFO queue keeps the order within each message group, does not deliver a message whose deduplication ID it received in the last five minutes, and keeps messages until the function has processed them, at most ten per batch.',
      facts: [
        'triggers.sqs-fifo-order',
        'integration.fifo-deduplication',
        'integration.fifo-dedup-interval',
      ],
    },
    {
      id: snsQueues,
      text: 'Publish each customer event to an SNS standard topic, and subscribe one SQS standard queue per consumer, which its function reads in batches.',
      why: 'The topic puts a copy of every event in each subscribed queue, and each queue keeps its copy until its own function has processed it.',
      facts: ['integration.sns-fanout-sqs', 'integration.sqs-retention'],
    },
    {
      id: snsDirect,
      text: 'Publish each customer event to an SNS standard topic, and subscribe the consuming Lambda function to it directly, so that SNS invokes it.',
      why: 'SNS invokes every subscribed function asynchronously for each message, so each team that subscribes a function gets every event, with no queue to manage.',
      facts: ['triggers.push-sns', 'invocation.retry-attempts'],
    },
    {
      id: eventBridge,
      text: 'Put each customer event on an EventBridge event bus with an archive that keeps events indefinitely, and a rule that targets the function.',
      why: 'Each rule sends the matching events to its target asynchronously, so another team can add a rule of its own, and the archive keeps every event with no expiry, so that any time range can be replayed to the bus.',
      facts: ['integration.eventbridge-patterns', 'integration.eventbridge-archive-replay'],
    },
    {
      id: kinesis,
      text: 'Write each customer event to a provisioned Kinesis stream keyed by customer ID, with seven-day retention and an event source mapping for the function.',
      why: 'The stream keeps every record for seven days, whether or not it has been read, and each event source mapping reads all of them from its own position in batches.',
      facts: [
        'triggers.stream-order-per-shard',
        'integration.kinesis-consumers',
        'integration.kinesis-replay',
        'integration.kinesis-max-retention',
      ],
    },
    {
      id: dynamoDb,
      text: 'Insert each customer event as a new item in a DynamoDB table, and map the consuming Lambda function to the DynamoDB stream of that table.',
      why: 'The stream records every new item exactly once and keeps it for 24 hours, and each mapping reads it in batches.',
      facts: ['integration.dynamodb-streams-guarantees', 'integration.dynamodb-streams-readers'],
    },
    {
      id: asyncInvoke,
      text: 'Have the producer invoke the consuming Lambda function asynchronously with each customer event, and let Lambda queue the events and retry any that fail.',
      why: 'Lambda accepts each event at once, keeps it in its own queue for up to six hours, and by default retries a failed invocation twice.',
      facts: ['invocation.default-sync', 'invocation.event-age', 'invocation.retry-attempts'],
    },
    {
      id: snsFifo,
      text: 'Publish each event to an SNS FIFO topic with customer ID as group ID and event ID as deduplication ID, and subscribe one SQS FIFO queue per consumer.',
      why: 'The FIFO topic passes a copy of each event to every subscribed FIFO queue, in the order of its message group, and each queue keeps its copy until its own function has processed it.',
      facts: [
        'integration.sns-fifo-order',
        'integration.sns-fifo-dedup-interval',
        'integration.sns-fanout-sqs',
      ],
    },
  ],
  requirements: [
    {
      id: 'order',
      label: 'order per customer',
      text: 'Each customer’s events must be processed in the order in which they were sent.',
      meets: [sqsFifo, kinesis, snsFifo],
      breaks: {
        [sqsStandard]:
          'a standard queue only makes a best-effort attempt at order and can deliver messages out of sequence.',
        [snsQueues]:
          'neither a standard topic nor a standard queue guarantees order, so each consumer can get events out of sequence.',
        [snsDirect]:
          'SNS invokes the functions asynchronously with no ordering guarantee, and Lambda’s retries can reorder events further.',
        [eventBridge]:
          'rules deliver events to their targets with no ordering guarantee, and Lambda’s asynchronous queue can reorder them.',
        [dynamoDb]:
          'a DynamoDB stream keeps order per item only, and every event here is inserted as a separate item.',
        [asyncInvoke]:
          'asynchronous invocations are queued and retried independently, so events can be processed out of sequence.',
      },
      takeaway:
        'Order per key points to FIFO message groups (an SQS FIFO queue, or an SNS FIFO topic with a FIFO queue per consumer) or a Kinesis stream with the key as partition key.',
      facts: [
        'triggers.sqs-fifo-order',
        'integration.sns-fifo-order',
        'triggers.stream-order-per-shard',
        'integration.sqs-standard-delivery',
        'integration.dynamodb-streams-guarantees',
      ],
    },
    {
      id: 'replay',
      label: 'reprocessing past days',
      text: 'After a bug fix, the team must be able to reprocess all events of the last {days} days.',
      meets: [kinesis, eventBridge],
      breaks: {
        [sqsStandard]:
          'Lambda deletes each message once it is processed, so the queue holds nothing from past days.',
        [sqsFifo]:
          'a FIFO queue also loses each message once it is processed and deleted, so past events are gone.',
        [snsQueues]:
          'each queue deletes its copy once it is processed, and a standard topic keeps no archive to replay.',
        [snsDirect]:
          'a standard topic keeps no copy of what it delivered, and only FIFO topics can archive and replay.',
        [dynamoDb]:
          'a DynamoDB stream removes its records after 24 hours, so at most the last day could be read again.',
        [asyncInvoke]:
          'Lambda keeps no copy of an asynchronous event once the function has processed it.',
        [snsFifo]:
          'the FIFO topic in this design has no message archive to replay from, and each queue deletes a message once it is processed.',
      },
      takeaway:
        'Reprocessing past events needs a source that keeps them: a Kinesis stream with enough retention, or an EventBridge archive to replay.',
      facts: [
        'integration.kinesis-replay',
        'integration.kinesis-max-retention',
        'integration.eventbridge-archive-replay',
        'integration.sns-fifo-archive',
      ],
    },
    {
      id: 'fan-out',
      label: 'every event to several teams',
      text: '{teams} other teams must each also get every event, for a function of their own.',
      meets: [snsQueues, snsDirect, eventBridge, kinesis, snsFifo],
      breaks: {
        [sqsStandard]:
          'each message of a queue is processed by one consumer only, so the teams would compete for the events.',
        [sqsFifo]:
          'a FIFO queue also gives each message to a single consumer, so the other teams would never see it.',
        [dynamoDb]:
          'Lambda advises at most two functions reading each shard of a DynamoDB stream, so the extra teams would be throttled.',
        [asyncInvoke]:
          'an asynchronous invocation reaches one function, so the producer would have to invoke every team’s function itself.',
      },
      takeaway:
        'To give every event to several consumers, use an SNS topic with a queue per consumer, EventBridge rules, or a stream that each consumer reads, with enhanced fan-out once a shard has more than a few readers.',
      facts: [
        'integration.sns-fanout-sqs',
        'integration.sns-fifo-order',
        'integration.kinesis-consumers',
        'integration.eventbridge-targets-per-rule',
        'integration.dynamodb-streams-readers',
      ],
    },
    {
      id: 'dedup',
      label: 'dropping duplicate sends',
      text: 'The producer’s retries can repeat an event within a minute, and the repeated copy must never reach a function.',
      meets: [sqsFifo, snsFifo],
      breaks: {
        [sqsStandard]:
          'a standard queue delivers every message it receives, and it can even deliver a message twice on its own.',
        [snsQueues]:
          'a standard topic and standard queues pass every published copy on, so the duplicate reaches the functions.',
        [snsDirect]:
          'a standard topic delivers every published message, and each one becomes an invocation of every function.',
        [eventBridge]:
          'the rules forward every event put on the bus, so the second copy invokes the functions as well.',
        [kinesis]:
          'Kinesis stores each write as a new record with its own sequence number, so the retry becomes a second record.',
        [dynamoDb]:
          'each send inserts a new item, so the copy becomes a second item and a second stream record.',
        [asyncInvoke]:
          'each invocation is a separate event, and Lambda’s asynchronous queue can deliver an event more than once on its own.',
      },
      takeaway:
        'To drop duplicates before they reach the consumer, use an SQS FIFO queue or an SNS FIFO topic, which do not deliver a deduplication ID repeated within five minutes.',
      facts: [
        'integration.fifo-deduplication',
        'integration.fifo-dedup-interval',
        'integration.sns-fifo-dedup-interval',
        'integration.kinesis-duplicates',
        'invocation.idempotency',
      ],
    },
    {
      id: 'outage',
      label: 'keeping events while the consumer is down',
      text: 'The function’s database can be down for {outage} days, and the events of that time must then be processed automatically.',
      meets: [sqsStandard, sqsFifo, snsQueues, kinesis, snsFifo],
      breaks: {
        [snsDirect]:
          'Lambda retries a failed asynchronous event at most twice, within minutes, and then discards it.',
        [eventBridge]:
          'the rules invoke the function asynchronously, so Lambda discards each event after at most two failed retries, and only a manual replay from the archive would bring it back.',
        [dynamoDb]:
          'a DynamoDB stream removes its records after 24 hours, long before the database is back.',
        [asyncInvoke]:
          'Lambda keeps an asynchronous event for at most six hours and retries a failure at most twice.',
      },
      takeaway:
        'A consumer that can be down for days needs a source that keeps events for days: an SQS queue (up to 14 days) or a Kinesis stream with enough retention.',
      facts: [
        'integration.sqs-retention',
        'integration.s3-sqs-durability',
        'esm.stream-retry-limits',
        'invocation.event-age',
        'invocation.retry-attempts',
      ],
    },
    {
      id: 'batch',
      label: 'large batches',
      text: 'To cut the number of invocations, each invocation must receive up to {batch} events at once.',
      meets: [sqsStandard, snsQueues, kinesis, dynamoDb],
      breaks: {
        [sqsFifo]: 'an event source mapping on a FIFO queue takes at most ten messages per batch.',
        [snsDirect]:
          'SNS invokes each subscribed function once for every message, never with a batch.',
        [eventBridge]:
          'a rule invokes its target once for every matching event, never with a batch.',
        [asyncInvoke]: 'each asynchronous invocation carries a single event from the producer.',
        [snsFifo]:
          'each consumer reads a FIFO queue, and an event source mapping on a FIFO queue takes at most ten messages per batch.',
      },
      takeaway:
        'Large batches come only from event source mappings: standard queues and streams allow up to 10,000 records, FIFO queues only 10.',
      facts: ['esm.sqs-batch-size', 'esm.sqs-fifo-batch-size', 'triggers.pull-model'],
    },
    {
      id: 'year',
      label: 'a year of events on request',
      text: 'For audits, any event from the last 12 months must be deliverable again to the function on request.',
      meets: [eventBridge],
      breaks: {
        [sqsStandard]:
          'a queue deletes each message once it is processed and keeps none for longer than 14 days.',
        [sqsFifo]:
          'a FIFO queue deletes each message after processing, and no queue keeps messages beyond 14 days.',
        [snsQueues]:
          'the queues delete their copies once processed, and a standard topic keeps nothing for later delivery.',
        [snsDirect]:
          'a standard topic keeps no copy of the events it delivered, so there is nothing to send again.',
        [kinesis]:
          'the stream in this design keeps records for seven days, so older events can no longer be read.',
        [dynamoDb]:
          'a DynamoDB stream keeps its records for 24 hours only, and then they are gone.',
        [asyncInvoke]: 'Lambda keeps no copy of an asynchronous event after it has been processed.',
        [snsFifo]:
          'the FIFO topic in this design archives nothing, and no queue keeps a message for longer than 14 days.',
      },
      takeaway:
        'Events that must be delivered again long after they were processed need an archive, such as an EventBridge archive that keeps them indefinitely.',
      facts: [
        'integration.eventbridge-archive-replay',
        'integration.kinesis-max-retention',
        'integration.sqs-retention',
      ],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [sqsStandard]: 1,
        [sqsFifo]: 1,
        [snsQueues]: 2,
        [snsFifo]: 2,
        [eventBridge]: 2,
        [kinesis]: 3,
      },
      worse: {
        [snsQueues]:
          'it adds a topic in front of the queue, with a subscription and a queue access policy that lets the topic send to it.',
        [eventBridge]:
          'it adds an event bus, an archive and a rule to create and run, more than a single queue needs.',
        [snsFifo]:
          'it adds a FIFO topic in front of the FIFO queue, with a subscription and a queue access policy to manage.',
        [kinesis]:
          'a provisioned stream needs its shards sized for the peak load and resharded as traffic grows, which queues, topics and buses never need.',
      },
      takeaway:
        'The least operational overhead goes to the design that meets every stated requirement with the fewest resources to create and no capacity to size.',
    },
  ],
  docs: cite(`${lambdaGuide}invocation-eventsourcemapping.html`),
} as const satisfies DecisionModel;
