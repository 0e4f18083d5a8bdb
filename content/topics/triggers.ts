import type { AttributeTable, Fact, FactSet, Topic } from '../schema';
import { bothExams, cite, docsBase, lambdaGuide, lambdaOperatorGuide, sqsGuide } from './authoring';

const seed = '1. Lambda Triggers (Event Sources)' as const;
const domains = ['dva-1', 'sap-2'] as const;

const invocationModes = cite(`${lambdaOperatorGuide}invocation-modes.html`);
const lambdaServices = cite(`${lambdaGuide}lambda-services.html`);
const eventSourceMappings = cite(`${lambdaGuide}invocation-eventsourcemapping.html`);
const asyncInvocation = cite(`${lambdaGuide}invocation-async.html`);
const withSqs = cite(`${lambdaGuide}with-sqs.html`);
const withKinesis = cite(`${lambdaGuide}with-kinesis.html`);
const withDynamoDb = cite(`${lambdaGuide}with-ddb.html`);
const apiGatewayAsync = cite(
  `${docsBase}apigateway/latest/developerguide/set-up-lambda-integration-async.html`,
);
const cognitoTriggers = cite(
  `${docsBase}cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html`,
);
const stepFunctionsLambda = cite(`${docsBase}step-functions/latest/dg/connect-lambda.html`);
const s3EventOrder = cite(
  `${docsBase}AmazonS3/latest/userguide/notification-content-structure.html`,
);
const sqsMessageGroups = cite(`${sqsGuide}using-messagegroupid-property.html`);
const kinesisParameters = cite(`${lambdaGuide}services-kinesis-parameters.html`);

/** Cells that mean the same thing share a `means` value, so they are never offered against each other. */
const pushedAsync =
  'The service invokes the function asynchronously, and Lambda queues the invocation';
const polledSync = 'Lambda polls the source and invokes the function synchronously with a batch';
const onePerEvent = ['one-invocation-per-event'] as const;
const unordered = 'No guarantee: events can arrive in any order';
const perShard = 'In order within each shard, one batch after another';

export const triggerTable = {
  id: 'triggers.sources',
  topic: 'triggers',
  title: 'Lambda triggers (event sources)',
  docs: invocationModes,
  seed,
  exams: bothExams,
  domains,
  subject: { one: 'event source', many: 'event sources' },
  nameLabel: 'Source',
  columns: [
    {
      key: 'invocation',
      label: 'Invocation',
      ask: 'How is a function triggered by {row}?',
      which: 'Which event source works this way: {value}?',
      distractors: [
        {
          text: 'Lambda polls the source and invokes the function asynchronously, one event at a time, without batches',
          why: 'Event source mappings invoke the function synchronously with batches of records; asynchronous invocation is how push sources such as S3 and SNS hand over events.',
        },
        {
          text: 'The function polls the source itself on a schedule with the AWS SDK',
          why: 'A Lambda trigger needs no polling code in the function: a push source invokes the function itself, and for a queue or a stream Lambda runs the pollers of an event source mapping.',
        },
      ],
    },
    {
      key: 'concurrency',
      label: 'Concurrency',
      ask: 'How does concurrency grow with traffic from {row}?',
      which: 'With which event source does concurrency grow this way: {value}?',
      distractors: [
        {
          text: 'A single execution environment that handles every event in turn, whatever the traffic',
          why: 'Lambda scales out by creating more execution environments as traffic grows, each serving one invocation at a time, so a trigger is never held to a single environment.',
        },
        {
          text: 'A fixed number of environments, chosen when the trigger is created and never changed',
          why: 'Lambda adds and removes environments as traffic changes; only provisioned concurrency keeps a chosen number ready, and it is set on a version or alias, not on a trigger.',
        },
      ],
    },
    {
      key: 'ordering',
      label: 'Ordering',
      ask: 'In what order does a function receive events from {row}?',
      which: 'Which event source delivers events in this order: {value}?',
      distractors: [
        {
          text: 'Strict order across the whole source, whatever shard or message group an event is in',
          why: 'No event source keeps one global order: streams keep order within a shard, and FIFO queues keep it within a message group.',
        },
        {
          text: 'In order within each batch only, with batches processed in any order',
          why: 'Where a source keeps order, Lambda also keeps it across batches: the next batch of a shard or message group waits until the current one is done.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'api-gateway-alb',
      name: 'API Gateway and ALB',
      cells: {
        invocation: {
          text: 'The service invokes the function synchronously by default and waits for the response',
          means: ['synchronous'],
          why: 'API Gateway and an Application Load Balancer hold the client’s HTTP request open until the function returns. An ALB always waits, while a REST API non-proxy integration can switch to asynchronous invocation with the X-Amz-Invocation-Type: Event header.',
          docs: apiGatewayAsync,
        },
        concurrency: {
          text: 'One concurrent execution for each request in flight',
          means: onePerEvent,
          why: 'Behind API Gateway or an ALB, each request that waits for its response occupies one execution environment, so concurrency follows the number of requests in progress.',
        },
      },
    },
    {
      id: 's3',
      name: 'Amazon S3',
      cells: {
        invocation: {
          text: pushedAsync,
          means: ['asynchronous'],
          why: 'S3 hands each event notification to Lambda, which places it in the function’s event queue, returns at once and retries failures itself.',
          docs: asyncInvocation,
        },
        concurrency: {
          text: 'One concurrent execution for each new object being processed',
          means: onePerEvent,
          why: 'Lambda takes each S3 event notification from the function’s asynchronous queue and runs it in its own environment, so concurrency follows the rate of new objects.',
        },
        ordering: {
          text: unordered,
          means: ['unordered'],
          why: 'S3 event notifications are not guaranteed to arrive in the order the events happened; the sequencer key in each record lets the function order events for one object.',
          docs: s3EventOrder,
        },
      },
    },
    {
      id: 'sns',
      name: 'Amazon SNS topics',
      cells: {
        invocation: {
          text: pushedAsync,
          means: ['asynchronous'],
          why: 'SNS invokes a subscribed function asynchronously for each message, so Lambda queues the message and handles retries.',
          docs: asyncInvocation,
        },
        concurrency: {
          text: 'One concurrent execution for each message being processed',
          means: onePerEvent,
          why: 'Every message published to an SNS topic becomes its own asynchronous invocation of the subscribed function, so concurrency follows the publish rate.',
        },
        ordering: {
          text: unordered,
          means: ['unordered'],
          why: 'A standard SNS topic delivers messages to a function asynchronously without an ordering guarantee, so the function must not rely on order.',
        },
      },
    },
    {
      id: 'eventbridge',
      name: 'Amazon EventBridge rules',
      cells: {
        invocation: {
          text: pushedAsync,
          means: ['asynchronous'],
          why: 'An EventBridge rule invokes a Lambda target asynchronously, so Lambda queues each matching event and retries failures.',
          docs: asyncInvocation,
        },
        concurrency: {
          text: 'One concurrent execution for each matching event being processed',
          means: onePerEvent,
          why: 'Each event that matches an EventBridge rule becomes its own asynchronous invocation of the target function, run in its own environment.',
        },
        ordering: {
          text: unordered,
          means: ['unordered'],
          why: 'EventBridge delivers events to targets without an ordering guarantee, and retries from Lambda’s asynchronous queue can reorder them further.',
        },
      },
    },
    {
      id: 'sqs',
      name: 'Amazon SQS',
      cells: {
        invocation: {
          text: polledSync,
          means: ['event-source-mapping'],
          why: 'SQS never calls Lambda: the pollers of an event source mapping read messages from the queue and invoke the function synchronously with each batch.',
          docs: withSqs,
        },
        concurrency: {
          text: 'More batches run at once as the backlog of messages rises, one invocation per batch',
          means: ['per-batch'],
          why: 'An SQS event source mapping adds pollers while messages are waiting, and each invocation handles one batch; the mapping’s maximum concurrency can cap the growth.',
          docs: withSqs,
        },
        ordering: {
          text: 'None for a standard queue, and order within each message group for a FIFO queue',
          means: ['unordered', 'per-message-group'],
          why: 'A standard SQS queue gives no ordering. An SQS FIFO queue keeps order only within a message group ID, and Lambda processes different groups in parallel.',
          notesSaid: 'FIFO within queue',
          docs: sqsMessageGroups,
        },
      },
    },
    {
      id: 'dynamodb-streams',
      name: 'Amazon DynamoDB Streams',
      cells: {
        invocation: {
          text: polledSync,
          means: ['event-source-mapping'],
          why: 'Lambda’s event source mapping reads the shards of a DynamoDB stream and invokes the function synchronously with batches of stream records.',
          docs: withDynamoDb,
        },
        concurrency: {
          text: 'One concurrent batch per shard by default, up to ten with a parallelization factor',
          means: ['per-shard'],
          why: 'A DynamoDB Streams event source mapping processes one batch per shard at a time by default; its ParallelizationFactor allows up to ten concurrent batches per shard.',
          docs: withDynamoDb,
        },
        ordering: {
          text: perShard,
          means: ['per-shard'],
          why: 'A DynamoDB stream records the changes to an item in one shard, in the order they were made, and Lambda does not start a shard’s next batch until the current one is done.',
          docs: withDynamoDb,
        },
      },
    },
    {
      id: 'kinesis',
      name: 'Amazon Kinesis Data Streams',
      cells: {
        invocation: {
          text: polledSync,
          means: ['event-source-mapping'],
          why: 'Lambda’s event source mapping reads each shard of a Kinesis data stream and invokes the function synchronously with batches of records.',
          docs: withKinesis,
        },
        concurrency: {
          text: 'One concurrent batch per shard by default, up to ten with a parallelization factor',
          means: ['per-shard'],
          why: 'A Kinesis event source mapping processes one batch per shard at a time by default; its ParallelizationFactor allows up to ten concurrent batches per shard.',
          docs: kinesisParameters,
        },
        ordering: {
          text: perShard,
          means: ['per-shard'],
          why: 'Lambda reads the records of each Kinesis shard in sequence order, and the next batch waits for the current one; with a parallelization factor above one, order is kept per partition key.',
          docs: withKinesis,
        },
      },
    },
    {
      id: 'cognito',
      name: 'Amazon Cognito user pools',
      cells: {
        invocation: {
          text: 'The service invokes the function synchronously and waits for the response',
          means: ['synchronous'],
          why: 'A user pool calls its Lambda triggers, such as pre sign-up or pre token generation, and waits for the function’s response before it continues the flow.',
          docs: cognitoTriggers,
        },
        concurrency: {
          text: 'One concurrent execution for each sign-up or sign-in in progress',
          means: onePerEvent,
          why: 'Every sign-up, sign-in or token request that reaches a Cognito user pool trigger is one invocation, run in its own environment.',
        },
      },
    },
    {
      id: 'step-functions',
      name: 'AWS Step Functions',
      cells: {
        invocation: {
          text: 'The service waits for a synchronous result by default, or invokes asynchronously when asked',
          means: ['synchronous', 'asynchronous'],
          why: 'A Task state with the Lambda invoke integration waits for the result by default; setting InvocationType to Event invokes the function asynchronously.',
          docs: stepFunctionsLambda,
        },
        concurrency: {
          text: 'One concurrent execution for each Task state that runs',
          means: onePerEvent,
          why: 'Each Step Functions Task state that invokes the function is one invocation, so a Map state running many iterations in parallel creates many concurrent executions.',
        },
      },
    },
  ],
} as const satisfies AttributeTable;

export const triggerSets = [
  {
    id: 'triggers.push-sources',
    topic: 'triggers',
    title: 'Services that invoke a function directly',
    ask: 'A developer wants a service to call a function itself whenever an event happens, with no event source mapping. Which of these services invokes a Lambda function directly?',
    askMany:
      'A developer wants services that call a function themselves whenever an event happens, with no event source mapping. Which of these services invoke a Lambda function directly?',
    nonMembers: [
      {
        text: 'Amazon SQS',
        why: 'SQS never calls Lambda: an event source mapping polls the queue and invokes the function with batches of messages.',
      },
      {
        text: 'Amazon Kinesis Data Streams',
        why: 'A Kinesis stream is read by the pollers of a Lambda event source mapping, shard by shard; the stream does not invoke the function.',
      },
      {
        text: 'Amazon DynamoDB Streams',
        why: 'Lambda reads a DynamoDB stream through an event source mapping; the table and its stream never call the function themselves.',
      },
      {
        text: 'Amazon MQ',
        why: 'Lambda consumes an Amazon MQ broker through an event source mapping that polls its queue, so the broker never calls the function.',
      },
    ],
    docs: lambdaServices,
    seed,
  },
  {
    id: 'triggers.poll-sources',
    topic: 'triggers',
    title: 'Sources that Lambda polls through an event source mapping',
    ask: 'A developer must decide which sources need an event source mapping. Which of these sources does Lambda poll for records through an event source mapping?',
    askMany:
      'A developer must decide which sources need an event source mapping. Which of these sources does Lambda poll for records through an event source mapping?',
    nonMembers: [
      {
        text: 'Amazon API Gateway REST APIs',
        why: 'API Gateway invokes the function itself for each request, synchronously by default; there is nothing for Lambda to poll.',
      },
      {
        text: 'Amazon S3 bucket notifications',
        why: 'S3 pushes each event notification to Lambda as an asynchronous invocation; its trigger is configured on the bucket.',
      },
      {
        text: 'Amazon SNS topics',
        why: 'SNS pushes each message to a subscribed function as an asynchronous invocation; no event source mapping is involved.',
      },
      {
        text: 'Amazon EventBridge rules',
        why: 'An EventBridge rule invokes its Lambda target asynchronously for each matching event; Lambda does not poll the event bus.',
      },
    ],
    docs: eventSourceMappings,
    seed,
  },
] as const satisfies readonly FactSet[];

const models = [
  {
    id: 'triggers.push-model',
    kind: 'rule',
    topic: 'triggers',
    statement:
      'In the push model, the source service invokes the function itself when an event occurs, synchronously or asynchronously depending on the service.',
    why: 'The trigger is stored and managed by the service that produces the event; that service calls the Lambda Invoke API, so it must be allowed to invoke the function, usually by the function’s resource-based policy.',
    takeaway:
      'A push source such as API Gateway, S3 or SNS calls the function itself, so it needs permission to invoke it, usually in the function’s resource-based policy.',
    ask: 'An S3 bucket, an SNS topic and an API Gateway API all trigger functions through the push model. What does the push model mean?',
    docs: lambdaServices,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'In the push model, Lambda polls the source service for new events and invokes the function with the batches of records it collected.',
        why: 'That is the pull model of event source mappings, used for SQS, Kinesis and DynamoDB Streams; push sources call Lambda themselves.',
      },
      {
        text: 'In the push model, the source service writes each event to a queue that the function code must poll on a schedule and then delete.',
        why: 'The function never polls: the source invokes it, and for asynchronous calls Lambda’s own internal queue holds the event.',
      },
      {
        text: 'In the push model, the source service always invokes the function asynchronously, so it never waits for the function’s response or sees its errors.',
        why: 'API Gateway, Application Load Balancers and Cognito invoke synchronously and wait; only some push sources, such as S3 and SNS, invoke asynchronously.',
      },
    ],
  },
  {
    id: 'triggers.pull-model',
    kind: 'rule',
    topic: 'triggers',
    statement:
      'A Lambda event source mapping polls the queue or stream and invokes the function synchronously with batches of records.',
    why: 'The event source mapping is a Lambda resource: its pollers read the source, build a batch and invoke the function, then delete the messages or move on in the stream once the batch succeeds.',
    takeaway:
      'For SQS, Kinesis and DynamoDB Streams, Lambda does the polling; the function only receives batches, and the execution role needs permission to read the source.',
    ask: 'A function processes messages from an SQS queue and records from a Kinesis stream. How do those records reach the function?',
    docs: eventSourceMappings,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'SQS and Kinesis invoke the function asynchronously whenever a message or record arrives in the queue or stream, one at a time.',
        why: 'SQS and Kinesis never call Lambda themselves; an event source mapping polls the queue and the stream and invokes the function synchronously with batches.',
      },
      {
        text: 'The function code calls ReceiveMessage or GetRecords itself on a schedule to fetch new records from the queue or stream.',
        why: 'Lambda runs the pollers for an event source mapping; the function receives a ready batch in its event and needs no polling code.',
      },
      {
        text: 'A Lambda event source mapping polls the queue or stream and invokes the function asynchronously, one record at a time.',
        why: 'An event source mapping invokes the function synchronously, with batches whose size and window are configurable, and handles the failures itself.',
      },
    ],
  },
  {
    id: 'triggers.api-gateway-async',
    kind: 'rule',
    topic: 'triggers',
    statement:
      'A Lambda non-proxy integration invokes the function asynchronously when its integration request sets X-Amz-Invocation-Type to Event.',
    why: 'A REST API invokes its backend function synchronously by default; the X-Amz-Invocation-Type header tells API Gateway which Lambda invocation type to use, and Event means asynchronous.',
    takeaway:
      'API Gateway waits for the function by default; only a REST API non-proxy integration with X-Amz-Invocation-Type set to Event invokes it asynchronously.',
    ask: 'A REST API in API Gateway starts a long report job in a Lambda function, and the client must get a response at once instead of waiting. How can the API invoke the function asynchronously?',
    docs: apiGatewayAsync,
    seed,
    exams: ['DVA-C02'],
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A Lambda proxy integration invokes the function asynchronously by default, so the API needs no extra header, mapping or setting.',
        why: 'A proxy integration invokes the function synchronously and returns its response; the invocation type header is set on a non-proxy integration.',
      },
      {
        text: 'API Gateway invokes a function asynchronously once asynchronous invocation is configured on the Lambda function itself.',
        why: 'The function’s asynchronous settings (retries, event age, destinations) apply only to events already invoked asynchronously; they do not change how API Gateway calls it.',
      },
      {
        text: 'API Gateway invokes a function asynchronously whenever the integration timeout is set shorter than the Lambda function’s usual duration.',
        why: 'When the integration timeout passes, the client gets an error, not a success; the invocation itself is still synchronous.',
      },
    ],
  },
  {
    id: 'triggers.sqs-fifo-order',
    kind: 'rule',
    topic: 'triggers',
    statement:
      'With an SQS FIFO queue as event source, messages are processed in order within each message group ID, and different groups in parallel.',
    why: 'A FIFO queue orders messages per message group ID; Lambda does not process the next batch of a group until the current one is done, but it works on several groups at once.',
    takeaway:
      'To keep related messages in order, give them the same message group ID; a standard queue gives no ordering at all.',
    ask: 'A team uses an SQS FIFO queue as a Lambda event source so that each customer’s orders are processed in sequence. What ordering does the function get?',
    notesSaid: 'FIFO within queue',
    docs: sqsMessageGroups,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'With an SQS FIFO queue as event source, messages are processed in the order they entered the whole queue, whatever their message group ID.',
        why: 'FIFO ordering holds only within a message group ID; Lambda processes different groups in parallel, so there is no queue-wide order.',
      },
      {
        text: 'With an SQS FIFO queue as event source, messages are processed in order only within each batch, and batches of one group can run in parallel.',
        why: 'Lambda waits for a group’s current batch to finish before it processes that group’s next messages, so order holds across batches.',
      },
      {
        text: 'With an SQS FIFO queue as event source, messages are processed in no particular order, because Lambda reads it like a standard queue.',
        why: 'The event source mapping respects FIFO semantics and keeps the order of each message group.',
      },
    ],
  },
  {
    id: 'triggers.stream-order-per-shard',
    kind: 'rule',
    topic: 'triggers',
    statement:
      'With a Kinesis stream as event source, records are processed in order within each shard, and a shard’s next batch waits for the current one.',
    why: 'By default the event source mapping reads one batch per shard at a time, in sequence order; a failing batch therefore blocks its shard until it succeeds, expires or runs out of retries.',
    takeaway:
      'Streams give order per shard, not per stream; a poison record blocks its shard until retries, record age or bisecting deal with it.',
    ask: 'A function consumes a Kinesis data stream with several shards. What ordering of records does the function get by default?',
    docs: withKinesis,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'With a Kinesis stream as event source, records are processed in order across the whole stream, whatever shard they were written to.',
        why: 'Order is kept only within a shard; Lambda processes different shards in parallel.',
      },
      {
        text: 'With a Kinesis stream as event source, records are processed in no particular order, because batches of one shard run in parallel by default.',
        why: 'The parallelization factor is one by default, so each shard has one batch in flight at a time and keeps its order.',
      },
      {
        text: 'With a Kinesis stream as event source, records are processed in order only within each batch, and a shard’s next batch starts at once.',
        why: 'Lambda does not start a shard’s next batch until the current one succeeds or is given up, which is why one bad record can block a shard.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const pushSources = [
  {
    id: 'triggers.push-api-gateway',
    kind: 'member',
    set: 'triggers.push-sources',
    label: 'Amazon API Gateway',
    topic: 'triggers',
    statement:
      'API Gateway invokes the function directly for each request, synchronously by default.',
    why: 'An API Gateway Lambda integration calls the Invoke API when a request arrives and, by default, returns the function’s response to the client.',
    takeaway:
      'API Gateway is a push source: the function’s resource-based policy lets it invoke, or the integration names an IAM role that may call lambda:InvokeFunction.',
    docs: lambdaServices,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'API Gateway delivers requests to the function through an event source mapping that Lambda polls.',
        why: 'Event source mappings exist for queues and streams; API Gateway calls the function itself for every request.',
      },
    ],
  },
  {
    id: 'triggers.push-s3',
    kind: 'member',
    set: 'triggers.push-sources',
    label: 'Amazon S3',
    topic: 'triggers',
    statement: 'S3 invokes the function directly and asynchronously for each event notification.',
    why: 'The bucket’s notification configuration names the function; S3 calls Lambda with each event, and Lambda queues it for an asynchronous invocation.',
    takeaway:
      'An S3 trigger is configured on the bucket and needs permission in the function’s resource-based policy.',
    docs: asyncInvocation,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Lambda polls an S3 bucket through an event source mapping to find new objects.',
        why: 'S3 pushes each event notification to Lambda; event source mappings are for queues and streams, not buckets.',
      },
    ],
  },
  {
    id: 'triggers.push-sns',
    kind: 'member',
    set: 'triggers.push-sources',
    label: 'Amazon SNS',
    topic: 'triggers',
    statement: 'SNS invokes a subscribed function directly and asynchronously for each message.',
    why: 'A Lambda subscription makes the topic call the function for every published message, as an asynchronous invocation that Lambda queues.',
    takeaway:
      'SNS fan-out to Lambda is push and asynchronous: failures are retried by Lambda’s asynchronous invocation settings.',
    docs: asyncInvocation,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Lambda polls an SNS topic through an event source mapping and invokes the function with batches of messages.',
        why: 'A topic has nothing to poll: SNS pushes each message to its subscribers, and Lambda invokes the function once per message.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const pollSources = [
  {
    id: 'triggers.poll-sqs',
    kind: 'member',
    set: 'triggers.poll-sources',
    label: 'Amazon SQS',
    topic: 'triggers',
    statement:
      'An SQS queue is a source that Lambda polls for messages, so its trigger is an event source mapping.',
    why: 'The mapping’s pollers receive messages, invoke the function synchronously with a batch and delete the messages when the batch succeeds.',
    takeaway:
      'An SQS trigger is an event source mapping: the execution role needs permission to receive and delete messages.',
    docs: withSqs,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'SQS pushes each message to the function as soon as it arrives in the queue.',
        why: 'SQS never calls Lambda; an event source mapping polls the queue and hands batches to the function.',
      },
    ],
  },
  {
    id: 'triggers.poll-kinesis',
    kind: 'member',
    set: 'triggers.poll-sources',
    label: 'Amazon Kinesis Data Streams',
    topic: 'triggers',
    statement:
      'A Kinesis data stream is a source that Lambda polls shard by shard, so its trigger is an event source mapping.',
    why: 'The mapping reads each shard and invokes the function synchronously with a batch of records from that shard.',
    takeaway: 'A Kinesis trigger is an event source mapping that reads shard by shard, in order.',
    docs: withKinesis,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Kinesis Data Streams invokes the function asynchronously for every record written to the stream.',
        why: 'A stream does not call Lambda; the event source mapping reads it and invokes the function synchronously with batches.',
      },
    ],
  },
  {
    id: 'triggers.poll-dynamodb-streams',
    kind: 'member',
    set: 'triggers.poll-sources',
    label: 'Amazon DynamoDB Streams',
    topic: 'triggers',
    statement:
      'A DynamoDB stream is a source that Lambda polls for item changes, so its trigger is an event source mapping rather than a table setting.',
    why: 'The mapping reads the stream’s shards and invokes the function synchronously with batches of item changes.',
    takeaway:
      'Reacting to table changes means a DynamoDB stream plus an event source mapping, not a trigger on the table.',
    docs: withDynamoDb,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'DynamoDB pushes each item change to the function synchronously as each item is written.',
        why: 'The table never calls the function; Lambda polls its stream through an event source mapping after the write is done.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const triggerFacts = [
  ...models,
  ...pushSources,
  ...pollSources,
] as const satisfies readonly Fact[];

export const triggersTopic = {
  id: 'triggers',
  title: 'Lambda triggers (event sources)',
  summary:
    'Which services invoke Lambda themselves, which ones Lambda polls, and what that means for concurrency and ordering.',
  section: seed,
  intro: [
    'Serverless architectures on AWS are built from event-driven functions: every Lambda function runs because something invoked it. A push source such as API Gateway, S3 or SNS calls the function itself, synchronously or asynchronously depending on the service. For queues and streams such as SQS, Kinesis and DynamoDB Streams, Lambda polls the source through an event source mapping and invokes the function with batches.',
    'The way events arrive decides who retries failures, how concurrency grows and whether order is kept, so choosing the event source is the first design decision of an event-driven function.',
  ],
  tables: [triggerTable],
  facts: triggerFacts,
  sets: triggerSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
