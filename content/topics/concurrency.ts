import type { AttributeTable, Fact, Topic } from '../schema';
import { bothExams, citeSection, lambdaGuide, noteFactCheck } from './authoring';

const section = '2. Concurrency Management' as const;
const seed = citeSection(section);

export const concurrencyTable = {
  id: 'concurrency.types',
  topic: 'concurrency',
  title: 'Concurrency types',
  source: seed,
  exams: bothExams,
  domains: ['dva-1', 'sap-2'],
  subject: { one: 'concurrency type', many: 'concurrency types' },
  nameLabel: 'Type',
  columns: [
    {
      key: 'description',
      label: 'Description',
      ask: 'What is {row}?',
      which: 'Which concurrency type is described as: {value}?',
    },
    {
      key: 'useCase',
      label: 'Use case',
      ask: 'What is {row} used for?',
      which: 'Which concurrency type do you use to: {value}?',
    },
  ],
  rows: [
    {
      id: 'unreserved',
      name: 'Unreserved concurrency',
      cells: {
        description: { text: 'Shared pool across all functions', means: ['shared-pool'] },
        useCase: { text: 'Default; functions share account limit', means: ['default-shared'] },
      },
    },
    {
      id: 'reserved',
      name: 'Reserved concurrency',
      cells: {
        description: { text: 'Guaranteed + maximum cap', means: ['guarantee-and-cap'] },
        useCase: {
          text: 'Ensure function always has capacity; prevent throttling other functions',
          means: ['guaranteed-capacity'],
        },
      },
    },
    {
      id: 'provisioned',
      name: 'Provisioned concurrency',
      cells: {
        description: { text: 'Pre-initialized execution environments', means: ['pre-initialized'] },
        useCase: {
          text: 'Eliminate cold starts for latency-sensitive functions',
          means: ['no-cold-starts'],
        },
      },
    },
  ],
} as const satisfies AttributeTable;

export const concurrencyFacts = [
  {
    id: 'concurrency.account-limit',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'default concurrent executions per Region for an account',
    value: { kind: 'exact', n: 1000, unit: 'count' },
    statement:
      'An account can run 1,000 concurrent executions per Region by default, and you can request an increase.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-1'],
    misconceptions: [
      'Each function gets its own 1,000 concurrent executions per Region, independent of the other functions.',
      'The account limit of 1,000 concurrent executions is global across all Regions and cannot be raised.',
    ],
    factCheck: noteFactCheck(
      '1,000 is the default quota; new accounts may start lower and AWS raises it with usage. You can reserve concurrency only while at least 100 stays unreserved for the other functions.',
      `${lambdaGuide}gettingstarted-limits.html`,
      'Exam questions expect 1,000 as the default Regional limit.',
    ),
  },
  {
    id: 'concurrency.reserved-zero',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'reserved concurrency that effectively disables a function',
    value: { kind: 'exact', n: 0, unit: 'count' },
    statement:
      'Setting reserved concurrency to 0 effectively disables the function: every invocation is throttled.',
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'Setting reserved concurrency to 0 removes the cap, so the function can use the whole account limit.',
      'Setting reserved concurrency to 0 makes the function fall back to the shared unreserved pool.',
    ],
  },
  {
    id: 'concurrency.formula',
    kind: 'rule',
    topic: 'concurrency',
    statement:
      'Concurrency = requests per second × average function duration in seconds; for example 500 req/s × 0.2 s = 100 concurrent executions.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'Concurrency = requests per second ÷ average duration in seconds, so 500 req/s at 0.2 s needs 2,500 concurrent executions.',
      'Concurrency equals the number of requests per second, whatever the function duration.',
    ],
  },
  {
    id: 'concurrency.formula-example',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'concurrent executions needed for 500 req/s at a 0.2 s average duration',
    value: { kind: 'exact', n: 100, unit: 'count' },
    statement:
      '500 requests per second × 0.2 s average duration = 100 concurrent executions needed.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      '500 requests per second at a 0.2 s average duration needs 500 concurrent executions.',
      '500 requests per second at a 0.2 s average duration needs 2,500 concurrent executions.',
    ],
  },
  {
    id: 'concurrency.unreserved',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Unreserved concurrency',
    definition:
      'The shared pool across all functions; the default, in which functions share the account limit.',
    statement:
      'Unreserved concurrency is the shared pool across all functions: by default, functions share the account limit.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'Unreserved concurrency is a fixed slice of the account limit that each function owns by default.',
    ],
  },
  {
    id: 'concurrency.reserved',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Reserved concurrency',
    definition:
      'A guarantee plus a maximum cap: the function always has that capacity and cannot throttle other functions by taking more.',
    statement:
      'Reserved concurrency is both a guarantee and a maximum cap: it ensures the function always has capacity and prevents it from throttling other functions.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'Reserved concurrency is only a guarantee: the function can still scale beyond it by borrowing from the shared pool.',
      'Reserved concurrency keeps execution environments initialized so that the function has no cold starts.',
    ],
  },
  {
    id: 'concurrency.provisioned',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Provisioned concurrency',
    definition:
      'Pre-initialized execution environments, used to eliminate cold starts for latency-sensitive functions.',
    statement:
      'Provisioned concurrency keeps execution environments pre-initialized to eliminate cold starts for latency-sensitive functions.',
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      'Provisioned concurrency only caps how many instances a function may run; it does not pre-initialize anything.',
    ],
  },
] as const satisfies readonly Fact[];

export const concurrencyTopic = {
  id: 'concurrency',
  title: 'Concurrency management',
  summary:
    'Unreserved, reserved and provisioned concurrency, the 1,000 default account limit and how to size concurrency.',
  section,
  intro: [
    'Concurrency is the number of requests your functions are serving at the same moment. Every account has a Regional limit shared by all its functions, so one busy function can starve the others unless you manage it.',
    'Managing Lambda concurrency — together with cold starts and provisioned concurrency — is a core job: size it with the formula, protect critical functions with reserved concurrency, and pre-warm latency-sensitive ones with provisioned concurrency.',
  ],
  tables: [concurrencyTable],
  facts: concurrencyFacts,
  sets: [],
  checklist: [],
  tips: [],
} as const satisfies Topic;
