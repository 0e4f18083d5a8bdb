import type { Fact, Topic } from '../schema';
import { bothExams, citeSection, lambdaGuide, noteFactCheck } from './authoring';
import { snapStartNote } from './cold-start-mitigations';

const section = 'Key Concepts' as const;
const seed = citeSection(section);
const fromTips = citeSection('Exam Tips');

const tmpNote = noteFactCheck(
  '/tmp belongs to one execution environment and survives across the warm invocations it serves; it is not shared between concurrent environments. Its size is 512–10,240 MB.',
  `${lambdaGuide}configuration-ephemeral-storage.html`,
);

const runtimeConcepts = [
  {
    id: 'key-concepts.execution-environment',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Execution environment',
    definition:
      'An isolated container with the function code, runtime, layers and environment variables; reused for warm invocations.',
    statement:
      'An execution environment is an isolated container with the function code, runtime, layers and environment variables, reused for warm invocations.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'A new execution environment is created for every invocation and never reused.',
    ],
  },
  {
    id: 'key-concepts.handler',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Handler',
    definition:
      'The entry-point function that Lambda invokes, written as module.handler (for Node.js and for Python).',
    statement:
      'The handler is the entry-point function Lambda invokes, written as module.handler for Node.js and for Python.',
    source: seed,
    exams: ['DVA-C02'],
    domains: ['dva-1'],
    misconceptions: ['The handler is the IAM role that Lambda assumes when it runs the function.'],
  },
  {
    id: 'key-concepts.extensions',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Lambda extensions',
    definition:
      'Lightweight processes that run alongside the Lambda function, such as observability agents and secrets caching.',
    statement:
      'Lambda extensions are lightweight processes running alongside the function, for example observability agents and secrets caching.',
    source: seed,
    exams: ['DVA-C02'],
    domains: ['dva-1'],
    misconceptions: [
      'Lambda extensions are separate Lambda functions that the handler invokes over HTTP.',
    ],
  },
  {
    id: 'key-concepts.snapstart',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'SnapStart',
    definition:
      'A Java 11+ feature that snapshots the initialized state of the execution environment for sub-100 ms cold starts.',
    statement:
      'SnapStart is a Java 11+ feature that snapshots the initialized state of the execution environment for sub-100 ms cold starts.',
    source: seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      'SnapStart periodically backs up the contents of /tmp to S3 so that files survive cold starts.',
    ],
    factCheck: snapStartNote,
  },
  {
    id: 'key-concepts.snapstart-min-java',
    kind: 'limit',
    topic: 'key-concepts',
    subject: 'minimum Java version for SnapStart (Java N+)',
    value: { kind: 'exact', n: 11, unit: 'count' },
    statement: 'SnapStart needs Java 11 or later.',
    source: seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: ['SnapStart works on Java 8 and later.'],
    factCheck: snapStartNote,
  },
  {
    id: 'key-concepts.tmp-storage',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Ephemeral storage /tmp',
    definition:
      '512 MB to 10 GB of storage per execution environment; NOT shared between invocations.',
    statement:
      'Ephemeral storage in /tmp gives 512 MB to 10 GB per execution environment and is not shared between invocations.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      '/tmp is a network file system shared by all execution environments of the function.',
    ],
    factCheck: tmpNote,
  },
  {
    id: 'key-concepts.tmp-size',
    kind: 'limit',
    topic: 'key-concepts',
    subject: 'size of /tmp ephemeral storage per execution environment',
    value: { kind: 'range', min: 512, max: 10240, unit: 'MB' },
    statement: 'Ephemeral storage in /tmp can be 512 MB to 10 GB per execution environment.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: ['/tmp is fixed at 512 MB and cannot be increased.'],
    factCheck: tmpNote,
  },
] as const satisfies readonly Fact[];

const accessConcepts = [
  {
    id: 'key-concepts.execution-role',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Execution role',
    definition:
      'The IAM role Lambda assumes; it defines which AWS services the function can call — what Lambda CAN do (outbound).',
    statement:
      'The execution role is the IAM role Lambda assumes; it defines what AWS services the function can call (outbound).',
    source: seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      'The execution role decides which accounts and services are allowed to invoke the function.',
    ],
  },
  {
    id: 'key-concepts.resource-policy',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Resource-based policy',
    definition:
      'A policy on the Lambda function itself that controls who can invoke it (other accounts, services) — inbound.',
    statement:
      'A resource-based policy is a policy on the Lambda function itself that controls who can invoke it, such as other accounts and services (inbound).',
    source: seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      'The resource-based policy lists the AWS APIs that the function code is allowed to call.',
    ],
  },
  {
    id: 'key-concepts.function-url',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Lambda function URL',
    definition:
      'A built-in HTTPS endpoint for a Lambda function without API Gateway; supports IAM or no auth.',
    statement:
      'A Lambda function URL is a built-in HTTPS endpoint for a function without API Gateway, with IAM auth or no auth.',
    source: seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      'A function URL needs an API Gateway stage in front of it and supports only Cognito authorizers.',
    ],
  },
] as const satisfies readonly Fact[];

const timeouts = [
  {
    id: 'key-concepts.max-timeout',
    kind: 'limit',
    topic: 'key-concepts',
    subject: 'maximum execution timeout of a Lambda function',
    value: { kind: 'exact', n: 15, unit: 'min' },
    statement: 'The maximum execution timeout of a Lambda function is 15 minutes.',
    source: fromTips,
    exams: bothExams,
    domains: ['dva-1', 'sap-4'],
    misconceptions: [
      'A Lambda function can run for up to 60 minutes.',
      'A Lambda function can run for up to 5 minutes.',
    ],
    factCheck: noteFactCheck(
      'Right for standard functions. Newer Lambda features can run longer, but they are outside the exam scope.',
      `${lambdaGuide}gettingstarted-limits.html`,
      'Exam questions expect 15 minutes.',
    ),
  },
  {
    id: 'key-concepts.long-tasks',
    kind: 'rule',
    topic: 'key-concepts',
    statement:
      'For tasks longer than the 15-minute maximum, use Step Functions with Fargate or ECS tasks.',
    source: fromTips,
    exams: bothExams,
    domains: ['dva-1', 'sap-4'],
    misconceptions: [
      'For tasks longer than 15 minutes, raise the function timeout through a Service Quotas request.',
    ],
  },
] as const satisfies readonly Fact[];

export const keyConceptFacts = [
  ...runtimeConcepts,
  ...accessConcepts,
  ...timeouts,
] as const satisfies readonly Fact[];

export const keyConceptsTopic = {
  id: 'key-concepts',
  title: 'Key concepts',
  summary:
    'Execution environment, handler, execution role vs resource policy, function URLs, extensions, SnapStart and /tmp.',
  section,
  intro: [
    'These terms come up in almost every Lambda question. The most tested pair is the execution role (what the function can call) versus the resource-based policy (who can invoke the function).',
  ],
  tables: [],
  facts: keyConceptFacts,
  sets: [],
  checklist: [],
  tips: [],
} as const satisfies Topic;
