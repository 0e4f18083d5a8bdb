import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, citeSection, lambdaGuide, noteFactCheck } from './authoring';

const section = '7. Lambda Destinations' as const;
const seed = citeSection(section);
const domains = ['dva-1', 'sap-3'] as const;

const targetsNote = noteFactCheck(
  'An S3 bucket can also be a destination, for on-failure only. SQS and SNS destinations must be a standard queue or topic, not FIFO.',
  `${lambdaGuide}invocation-async-retain-records.html`,
  'Older questions list only SQS, SNS, EventBridge and Lambda.',
);

export const destinationSets = [
  {
    id: 'destinations.target-types',
    topic: 'destinations',
    title: 'Destination targets',
    ask: 'Which of these can be a Lambda destination for asynchronous invocations?',
    nonMembers: [
      'Kinesis data stream',
      'DynamoDB table',
      'CloudWatch Logs log group',
      'Step Functions state machine',
    ],
    source: seed,
  },
] as const satisfies readonly FactSet[];

const rules = [
  {
    id: 'destinations.async-alternative',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'For async invocations, destinations are an alternative to try/catch inside the Lambda function.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Destinations apply to synchronous invocations from API Gateway, replacing the HTTP error response.',
    ],
  },
  {
    id: 'destinations.targets',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'You configure on-success and on-failure destinations; a destination is an SQS queue, an SNS topic, an EventBridge bus or another Lambda function.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Destinations can only be configured for failures; successful invocations cannot be routed anywhere.',
      'A destination must be another Lambda function; queues and topics need a DLQ instead.',
    ],
    factCheck: targetsNote,
  },
  {
    id: 'destinations.full-record',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'A destination receives the full invocation record: the input plus the output or error.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'A destination receives only the original event payload, without the result or error.',
    ],
  },
  {
    id: 'destinations.vs-dlq',
    kind: 'rule',
    topic: 'destinations',
    statement:
      'Destinations are more flexible than a DLQ, which only sends the failed event payload.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'A DLQ is more flexible than destinations because it also captures successful invocations.',
    ],
  },
] as const satisfies readonly Fact[];

const targets = [
  {
    id: 'destinations.target-sqs',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'SQS queue',
    topic: 'destinations',
    statement: 'An SQS queue can be a Lambda destination.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['SQS queues can be a DLQ but never a Lambda destination.'],
    factCheck: targetsNote,
  },
  {
    id: 'destinations.target-sns',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'SNS topic',
    topic: 'destinations',
    statement: 'An SNS topic can be a Lambda destination.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['SNS topics can trigger Lambda but cannot receive destination records.'],
    factCheck: targetsNote,
  },
  {
    id: 'destinations.target-eventbridge',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'EventBridge bus',
    topic: 'destinations',
    statement: 'An EventBridge event bus can be a Lambda destination.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['EventBridge can only schedule Lambda functions; it cannot be a destination.'],
  },
  {
    id: 'destinations.target-lambda',
    kind: 'member',
    set: 'destinations.target-types',
    label: 'Another Lambda function',
    topic: 'destinations',
    statement: 'Another Lambda function can be a Lambda destination.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'A Lambda function cannot be a destination; chaining functions requires Step Functions.',
    ],
  },
] as const satisfies readonly Fact[];

export const destinationFacts = [...rules, ...targets] as const satisfies readonly Fact[];

export const destinationsTopic = {
  id: 'destinations',
  title: 'Lambda destinations',
  summary: 'Routing the result of asynchronous invocations, on success or on failure.',
  section,
  intro: [
    'When a function is invoked asynchronously, nobody waits for its result. Destinations send a record of each invocation — on success, on failure or both — to another service, so failures are not silent and results can drive the next step.',
  ],
  tables: [],
  facts: destinationFacts,
  sets: destinationSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
