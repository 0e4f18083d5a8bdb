import type { AttributeTable, Fact, FactSet, Topic } from '../schema';

const section = '1. Lambda Triggers (Event Sources)' as const;
const seed = { kind: 'seed', section } as const;

const sync = (text: string) => ({ text, means: ['synchronous'] }) as const;
const asyncPush = (text: string) => ({ text, means: ['asynchronous'] }) as const;
const polling = (text: string) => ({ text, means: ['polling'] }) as const;

export const triggerTable = {
  id: 'triggers.sources',
  topic: 'triggers',
  title: 'Lambda triggers (event sources)',
  source: seed,
  exams: ['DVA-C02', 'SAP-C02'],
  domains: ['dva-1', 'sap-2'],
  subject: { one: 'event source', many: 'event sources' },
  nameLabel: 'Source',
  columns: [
    {
      key: 'invocation',
      label: 'Invocation',
      ask: 'How does {row} invoke Lambda?',
      which: 'Which event source invokes Lambda this way: {value}?',
    },
    {
      key: 'concurrency',
      label: 'Concurrency',
      ask: 'How does concurrency scale for {row} as a Lambda trigger?',
      which: 'For which event source does Lambda concurrency scale {value}?',
    },
    {
      key: 'ordering',
      label: 'Ordering',
      ask: 'What ordering does {row} give a Lambda function?',
      which: 'Which event source gives this ordering: {value}?',
    },
  ],
  rows: [
    {
      id: 'api-gateway-alb',
      name: 'API Gateway / ALB',
      cells: {
        invocation: sync('Synchronous (push)'),
        concurrency: { text: 'Per-request', means: ['per-request'] },
        ordering: { text: 'N/A', means: ['n/a'] },
      },
    },
    {
      id: 's3',
      name: 'S3',
      cells: {
        invocation: asyncPush('Asynchronous (push)'),
        concurrency: { text: 'Per-event', means: ['per-event'] },
        ordering: { text: 'Not guaranteed', means: ['not-guaranteed'] },
      },
    },
    {
      id: 'sns',
      name: 'SNS',
      cells: {
        invocation: asyncPush('Asynchronous (push)'),
        concurrency: { text: 'Per-message', means: ['per-message'] },
        ordering: { text: 'Not guaranteed', means: ['not-guaranteed'] },
      },
    },
    {
      id: 'eventbridge',
      name: 'EventBridge',
      cells: {
        invocation: asyncPush('Asynchronous (push)'),
        concurrency: { text: 'Per-event', means: ['per-event'] },
        ordering: { text: 'Not guaranteed', means: ['not-guaranteed'] },
      },
    },
    {
      id: 'sqs',
      name: 'SQS',
      cells: {
        invocation: polling('Polling (event source mapping)'),
        concurrency: { text: 'Batch-based', means: ['batch-based'] },
        ordering: { text: 'FIFO within queue', means: ['fifo'] },
      },
      notes: {
        ordering: {
          says: 'Only FIFO queues keep order, and only within a message group ID; a standard queue gives no ordering.',
          source: {
            kind: 'aws-docs',
            url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html',
            checked: '2026-11',
          },
        },
      },
    },
    {
      id: 'dynamodb-streams',
      name: 'DynamoDB Streams',
      cells: {
        invocation: polling('Polling (event source mapping)'),
        concurrency: { text: 'Per-shard', means: ['per-shard'] },
        ordering: { text: 'Ordered per shard', means: ['per-shard'] },
      },
    },
    {
      id: 'kinesis',
      name: 'Kinesis Data Streams',
      cells: {
        invocation: polling('Polling (event source mapping)'),
        concurrency: { text: 'Per-shard', means: ['per-shard'] },
        ordering: { text: 'Ordered per shard', means: ['per-shard'] },
      },
    },
    {
      id: 'cognito',
      name: 'Cognito',
      cells: {
        invocation: sync('Synchronous (trigger type specific)'),
        concurrency: { text: 'Per-event', means: ['per-event'] },
        ordering: { text: 'N/A', means: ['n/a'] },
      },
    },
    {
      id: 'step-functions',
      name: 'Step Functions',
      cells: {
        invocation: { text: 'Synchronous or async', means: ['synchronous', 'asynchronous'] },
        concurrency: { text: 'Per-execution', means: ['per-execution'] },
        ordering: { text: 'N/A', means: ['n/a'] },
      },
    },
  ],
} as const satisfies AttributeTable;

export const triggerSets = [
  {
    id: 'triggers.push-sources',
    topic: 'triggers',
    title: 'Push model sources (the service invokes Lambda directly)',
    ask: 'Which of these services pushes events to Lambda, invoking the function directly?',
    nonMembers: ['SQS', 'Kinesis Data Streams', 'DynamoDB Streams'],
    source: seed,
  },
  {
    id: 'triggers.poll-sources',
    topic: 'triggers',
    title: 'Pull model sources (Lambda polls through an event source mapping)',
    ask: 'Which of these sources does Lambda poll through an event source mapping?',
    nonMembers: ['API Gateway', 'S3', 'SNS'],
    source: seed,
  },
] as const satisfies readonly FactSet[];

const both = ['DVA-C02', 'SAP-C02'] as const;

export const triggerFacts = [
  {
    id: 'triggers.push-model',
    kind: 'rule',
    topic: 'triggers',
    statement:
      'In the push model (API Gateway, S3, SNS) the AWS service invokes the Lambda function directly.',
    source: seed,
    exams: both,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'In the push model (API Gateway, S3, SNS) Lambda polls the service for new events.',
      'In the push model the service writes events to a queue that the function must read itself.',
    ],
  },
  {
    id: 'triggers.pull-model',
    kind: 'rule',
    topic: 'triggers',
    statement:
      'In the pull model (SQS, Kinesis, DynamoDB Streams) Lambda polls the source through an event source mapping.',
    source: seed,
    exams: both,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'In the pull model (SQS, Kinesis, DynamoDB Streams) the source service invokes the function directly.',
      'In the pull model the function code must call ReceiveMessage or GetRecords itself.',
    ],
  },
  {
    id: 'triggers.push-api-gateway',
    kind: 'member',
    set: 'triggers.push-sources',
    label: 'API Gateway',
    topic: 'triggers',
    statement: 'API Gateway uses the push model: it invokes Lambda directly.',
    source: seed,
    exams: both,
    domains: ['dva-1', 'sap-2'],
    misconceptions: ['API Gateway invokes Lambda through an event source mapping that polls it.'],
  },
  {
    id: 'triggers.push-s3',
    kind: 'member',
    set: 'triggers.push-sources',
    label: 'S3',
    topic: 'triggers',
    statement: 'S3 uses the push model: it invokes Lambda directly.',
    source: seed,
    exams: both,
    domains: ['dva-1', 'sap-2'],
    misconceptions: ['Lambda polls S3 through an event source mapping to find new objects.'],
  },
  {
    id: 'triggers.push-sns',
    kind: 'member',
    set: 'triggers.push-sources',
    label: 'SNS',
    topic: 'triggers',
    statement: 'SNS uses the push model: it invokes Lambda directly.',
    source: seed,
    exams: both,
    domains: ['dva-1', 'sap-2'],
    misconceptions: ['Lambda polls SNS topics through an event source mapping.'],
  },
  {
    id: 'triggers.poll-sqs',
    kind: 'member',
    set: 'triggers.poll-sources',
    label: 'SQS',
    topic: 'triggers',
    statement: 'SQS uses the pull model: Lambda polls the queue through an event source mapping.',
    source: seed,
    exams: both,
    domains: ['dva-1', 'sap-2'],
    misconceptions: ['SQS pushes each message to Lambda as it arrives.'],
  },
  {
    id: 'triggers.poll-kinesis',
    kind: 'member',
    set: 'triggers.poll-sources',
    label: 'Kinesis Data Streams',
    topic: 'triggers',
    statement:
      'Kinesis Data Streams uses the pull model: Lambda polls the stream through an event source mapping.',
    source: seed,
    exams: both,
    domains: ['dva-1', 'sap-2'],
    misconceptions: ['Kinesis Data Streams invokes Lambda asynchronously for every record.'],
  },
  {
    id: 'triggers.poll-dynamodb-streams',
    kind: 'member',
    set: 'triggers.poll-sources',
    label: 'DynamoDB Streams',
    topic: 'triggers',
    statement:
      'DynamoDB Streams uses the pull model: Lambda polls the stream through an event source mapping.',
    source: seed,
    exams: both,
    domains: ['dva-1', 'sap-2'],
    misconceptions: ['DynamoDB Streams pushes each change to Lambda synchronously.'],
  },
] as const satisfies readonly Fact[];

export const triggersTopic = {
  id: 'triggers',
  title: 'Lambda triggers (event sources)',
  summary:
    'Which services push events to Lambda, which ones Lambda polls, and what that means for concurrency and ordering.',
  section,
  intro: [
    'Every Lambda function runs because something invoked it. How that happens — pushed synchronously, pushed asynchronously, or pulled by Lambda from a queue or stream — decides how failures are retried, how concurrency grows and whether order is kept.',
    'You need this whenever you build event-driven functions with AWS Lambda or design serverless architectures on AWS: picking the event source is the first design decision.',
  ],
  tables: [triggerTable],
  facts: triggerFacts,
  sets: triggerSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
