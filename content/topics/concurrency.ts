import type { AttributeTable, Fact, Topic } from '../schema';
import { bothExams, cite, lambdaGuide } from './authoring';

const seed = '2. Concurrency Management' as const;
const domains = ['dva-1', 'sap-2'] as const;

const concurrencyPage = cite(`${lambdaGuide}lambda-concurrency.html`);
const reservedPage = cite(`${lambdaGuide}configuration-concurrency.html`);
const provisionedPage = cite(`${lambdaGuide}provisioned-concurrency.html`);
const quotasPage = cite(`${lambdaGuide}gettingstarted-limits.html`);

export const concurrencyTable = {
  id: 'concurrency.types',
  topic: 'concurrency',
  title: 'Concurrency types',
  docs: concurrencyPage,
  seed,
  exams: bothExams,
  domains,
  subject: { one: 'concurrency type', many: 'concurrency types' },
  nameLabel: 'Type',
  columns: [
    {
      key: 'description',
      label: 'Description',
      ask: 'What is {row}?',
      which: 'Which concurrency type is this: {value}?',
      distractors: [
        {
          text: 'A burst allowance that lets one function exceed the account’s Regional quota for a few minutes',
          why: 'No setting lets a function go past the account’s concurrency quota; the scaling rate limits how fast environments are added, not how many in total.',
        },
        {
          text: 'A limit on requests per second for one function, enforced like API Gateway throttling',
          why: 'Lambda concurrency counts requests in flight at the same moment, not requests per second; throttling by request rate is an API Gateway setting.',
        },
      ],
    },
    {
      key: 'useCase',
      label: 'Use case',
      ask: 'What is {row} used for?',
      which: 'Which concurrency type is used for this: {value}?',
      distractors: [
        {
          text: 'Running a function for longer than the maximum timeout of one invocation, such as an hour-long batch job',
          why: 'No concurrency setting changes the timeout: each invocation still stops at the function’s timeout, at most 15 minutes.',
        },
        {
          text: 'Sharing one execution environment between several functions, so that together they use less memory',
          why: 'Each function always runs in its own execution environments; concurrency settings only decide how many of them may run or are kept ready.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'unreserved',
      name: 'Unreserved concurrency',
      cells: {
        description: {
          text: 'The shared pool of the account’s Regional capacity that no function has reserved',
          means: ['shared-pool'],
          why: 'Unreserved concurrency is whatever the account’s quota leaves after all reservations, one pool that every function without reserved concurrency draws from.',
        },
        useCase: {
          text: 'Running functions that need neither a guarantee nor a cap, which is the default',
          means: ['default-shared'],
          why: 'A new function has no reservation, so it runs on unreserved concurrency, competing for the same pool with every function that has none, and can be throttled when they are busy.',
        },
      },
    },
    {
      id: 'reserved',
      name: 'Reserved concurrency',
      cells: {
        description: {
          text: 'Capacity set aside for one function, which is both its guarantee and its cap',
          means: ['guarantee-and-cap'],
          why: 'Reserved concurrency is taken out of the shared pool for one function: no other function can use it, the function cannot scale beyond it, and it costs nothing extra.',
          docs: reservedPage,
        },
        useCase: {
          text: 'Guaranteeing capacity for a critical function, or capping one that could flood a database',
          means: ['guaranteed-capacity'],
          why: 'Because reserved concurrency is both a floor and a ceiling, it protects a critical function from its neighbours and protects a downstream system from a busy function.',
          docs: reservedPage,
        },
      },
    },
    {
      id: 'provisioned',
      name: 'Provisioned concurrency',
      cells: {
        description: {
          text: 'Execution environments that Lambda initializes in advance for a version or alias',
          means: ['pre-initialized'],
          why: 'With provisioned concurrency, Lambda runs the Init phase of the environments before requests arrive and keeps them ready, which is billed for as long as it is configured.',
          docs: provisionedPage,
        },
        useCase: {
          text: 'Avoiding cold starts for a latency-sensitive function at predictable traffic',
          means: ['no-cold-starts'],
          why: 'Requests served by provisioned concurrency reach environments that are already initialized and skip the Init phase, which suits interactive workloads whose peaks can be planned.',
          docs: provisionedPage,
        },
      },
    },
  ],
} as const satisfies AttributeTable;

const limits = [
  {
    id: 'concurrency.account-limit',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'default concurrent executions per Region for an account',
    value: { kind: 'exact', n: 1000, unit: 'count' },
    statement:
      'By default, all the functions of an account share a quota of 1,000 concurrent executions per Region, which can be raised.',
    why: 'Concurrency is a Regional quota of the account, not of a function: every function without reserved concurrency draws from the same pool. New accounts may start lower, and AWS raises the quota with usage or on request through Service Quotas.',
    takeaway:
      'One Regional pool of 1,000 by default serves every function of the account, so one busy function can throttle the others.',
    ask: 'What is the default quota of concurrent executions that all the functions of an account share in one Region?',
    examNote:
      'New accounts may start with a lower quota that AWS raises with usage; exam questions expect 1,000 as the default Regional quota.',
    docs: quotasPage,
    seed,
    exams: ['DVA-C02'],
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'By default, all the functions of an account share a quota of 100 concurrent executions per Region, which can be raised.',
        why: '100 is the part of the quota that must stay unreserved for functions without reserved concurrency, not the quota itself.',
        figure: { kind: 'exact', n: 100, unit: 'count' },
      },
      {
        text: 'By default, all the functions of an account share a quota of 3,000 concurrent executions per Region, which can be raised.',
        why: '3,000 was the initial burst of scaling in the largest Regions under Lambda’s older scaling rules; it was never the default concurrency quota.',
        figure: { kind: 'exact', n: 3000, unit: 'count' },
      },
      {
        text: 'By default, all the functions of an account share a quota of 10,000 concurrent executions per Region, which can be raised.',
        why: '10,000 is the default number of requests per second, ten times the concurrency quota; the concurrency quota itself is 1,000.',
        figure: { kind: 'exact', n: 10000, unit: 'count' },
      },
    ],
  },
  {
    id: 'concurrency.unreserved-minimum',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'concurrency that must stay unreserved in an account',
    value: { kind: 'exact', n: 100, unit: 'count' },
    statement:
      'Functions can reserve concurrency only while at least 100 concurrent executions stay unreserved for the other functions of the account.',
    why: 'Lambda keeps a minimum unreserved pool so that functions without a reservation can still run; a reservation that would leave less than that is refused.',
    takeaway:
      'The most you can reserve in total is the account quota minus 100, so with the default quota that is 900.',
    ask: 'An account has the default concurrency quota. How much concurrency must stay unreserved when the team reserves concurrency for its functions?',
    docs: reservedPage,
    seed,
    exams: ['DVA-C02'],
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'Functions can reserve concurrency only while at least 0 concurrent executions stay unreserved for the other functions of the account.',
        why: 'Lambda does not let reservations take the whole quota: at least 100 must stay unreserved so unreserved functions can still run.',
        figure: { kind: 'exact', n: 0, unit: 'count' },
      },
      {
        text: 'Functions can reserve concurrency only while at least 10 concurrent executions stay unreserved for the other functions of the account.',
        why: 'The unreserved minimum is 100, ten times that figure.',
        figure: { kind: 'exact', n: 10, unit: 'count' },
      },
      {
        text: 'Functions can reserve concurrency only while at least 500 concurrent executions stay unreserved for the other functions of the account.',
        why: 'Lambda keeps only 100 unreserved, so with the default quota up to 900 can be reserved, not just half.',
        figure: { kind: 'exact', n: 500, unit: 'count' },
      },
    ],
  },
  {
    id: 'concurrency.formula-example',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'concurrent executions needed for 500 req/s at a 0.2 s average duration',
    value: { kind: 'exact', n: 100, unit: 'count' },
    statement:
      'A function receiving 500 requests per second at 0.2 seconds each needs 100 concurrent executions, the rate times the duration.',
    why: 'Each request keeps one execution environment busy for its duration, so the number in flight at any moment is the arrival rate times the average duration.',
    takeaway: 'Multiply requests per second by the average duration in seconds; never divide.',
    ask: 'A function receives 500 requests per second, and each request takes 0.2 seconds on average. How many concurrent executions does it need?',
    docs: concurrencyPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A function receiving 500 requests per second at 0.2 seconds each needs 2,500 concurrent executions, the rate divided by the duration.',
        why: 'Concurrency is the rate multiplied by the duration; dividing by the duration inflates the figure twenty-five times.',
        figure: { kind: 'exact', n: 2500, unit: 'count' },
      },
      {
        text: 'A function receiving 500 requests per second at 0.2 seconds each needs 500 concurrent executions, one for every request arriving in a second.',
        why: 'A request lasting 0.2 seconds frees its environment for the next one, so each environment serves five requests a second.',
        figure: { kind: 'exact', n: 500, unit: 'count' },
      },
      {
        text: 'A function receiving 500 requests per second at 0.2 seconds each needs 1,000 concurrent executions, as if each request took 2 seconds.',
        why: 'The average duration is 0.2 seconds, not 2 seconds, so the product is 100.',
        figure: { kind: 'exact', n: 1000, unit: 'count' },
      },
    ],
  },
] as const satisfies readonly Fact[];

const rules = [
  {
    id: 'concurrency.reserved-zero',
    kind: 'rule',
    topic: 'concurrency',
    statement:
      'With reserved concurrency set to zero, Lambda throttles every invocation of the function until the reservation is raised.',
    why: 'Reserved concurrency is the function’s maximum as well as its guarantee, so a maximum of zero leaves no execution environment that may run; synchronous callers get throttling errors at once.',
    takeaway:
      'Setting reserved concurrency to zero is the emergency brake: the function stays deployed, but nothing runs.',
    ask: 'An operator must stop a Lambda function from running at once, without deleting it or its triggers. What does setting its reserved concurrency to zero do?',
    docs: reservedPage,
    seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'With reserved concurrency set to zero, the function has no limit of its own and can use the whole account quota.',
        why: 'Removing the reservation is what lifts the cap; a reservation of zero is a cap of zero.',
      },
      {
        text: 'With reserved concurrency set to zero, Lambda moves the function back to the shared pool, where it runs when capacity is free.',
        why: 'A reservation of zero does not fall back to the shared pool: it caps the function at zero, so it never runs.',
      },
      {
        text: 'With reserved concurrency set to zero, Lambda holds every invocation of the function and runs them all once the reservation is raised.',
        why: 'Synchronous calls fail at once with a throttling error; only asynchronous events and event source mappings retry later, within their own limits.',
      },
    ],
  },
  {
    id: 'concurrency.formula',
    kind: 'rule',
    topic: 'concurrency',
    statement:
      'Concurrency equals the average request rate multiplied by the average duration of a request.',
    why: 'Each request occupies one execution environment for as long as it runs, so the number of requests in flight is how many arrive per second times how long each one stays.',
    takeaway:
      'Faster code lowers concurrency as much as less traffic does: halving the duration halves the environments needed.',
    ask: 'A team estimates how much concurrency a function needs before a launch. How is the concurrency of a function calculated?',
    docs: concurrencyPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Concurrency equals the average request rate divided by the average duration of a request.',
        why: 'Dividing by the duration makes faster functions need more environments, the opposite of what happens.',
      },
      {
        text: 'Concurrency equals the average request rate, whatever the average duration of a request.',
        why: 'A request that finishes in a fraction of a second frees its environment for the next one, so duration always matters.',
      },
      {
        text: 'Concurrency equals the average request rate multiplied by the memory size configured for the function.',
        why: 'Memory sets the CPU and price of each environment, not how many environments are busy at once.',
      },
    ],
  },
  {
    id: 'concurrency.provisioned-version-alias',
    kind: 'rule',
    topic: 'concurrency',
    statement:
      'Provisioned concurrency is configured on a published version or an alias, never on the unpublished $LATEST version.',
    why: 'Lambda initializes provisioned environments with one fixed version of the code, which $LATEST is not; an alias simply points the configuration at the version it routes to. Calls to the unqualified function name run $LATEST and never use those environments.',
    takeaway:
      'Publish a version, point an alias at it and put provisioned concurrency on the alias that clients call.',
    ask: 'A developer tries to add provisioned concurrency to a function’s $LATEST version, and the request fails. Where can provisioned concurrency be configured?',
    docs: provisionedPage,
    exams: ['DVA-C02'],
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'Provisioned concurrency is configured on the function as a whole, so it covers $LATEST and every one of its published versions.',
        why: 'That is how reserved concurrency works; provisioned concurrency belongs to one version or alias.',
      },
      {
        text: 'Provisioned concurrency is configured on the event source mapping or trigger, never on the function’s versions.',
        why: 'An event source mapping can have provisioned pollers, but a function’s provisioned concurrency is set with PutProvisionedConcurrencyConfig on a version or alias.',
      },
      {
        text: 'Provisioned concurrency is configured on $LATEST only, and aliases and published versions inherit it.',
        why: '$LATEST is the one version that cannot have provisioned concurrency, and versions do not inherit each other’s settings.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const definitions = [
  {
    id: 'concurrency.unreserved',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Unreserved concurrency',
    definition:
      'The part of the account’s Regional concurrency that no function has reserved, shared by every function without a reservation.',
    statement:
      'Unreserved concurrency is the part of the account’s Regional concurrency that no function has reserved, shared by all the others.',
    why: 'The account quota minus all reservations forms one pool; functions without reserved concurrency take environments from it on demand, first come, first served.',
    takeaway:
      'Functions without reserved concurrency compete for one shared pool, so one busy function can throttle all the others.',
    ask: 'What is unreserved concurrency in a Lambda account?',
    docs: reservedPage,
    seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-1'],
    misconceptions: [
      {
        text: 'Unreserved concurrency is a fixed share of the account’s Regional concurrency that each new function receives when it is first created.',
        why: 'Nothing is set aside per function unless it has reserved concurrency; unreserved functions share one pool.',
      },
      {
        text: 'Unreserved concurrency is the extra concurrency that a function with a reservation may borrow whenever the account has spare capacity.',
        why: 'A reservation is also a cap: a function with reserved concurrency never borrows from the unreserved pool.',
      },
      {
        text: 'Unreserved concurrency is the set of pre-initialized environments that the account keeps ready for functions without a reservation.',
        why: 'Nothing in the unreserved pool is initialized in advance; pre-initialized environments are provisioned concurrency.',
      },
    ],
  },
  {
    id: 'concurrency.reserved',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Reserved concurrency',
    definition:
      'Concurrency set aside for one function that no other function can use, and also the most that function can use.',
    statement:
      'Reserved concurrency sets aside capacity for one function that no other function can use, and it is also that function’s maximum.',
    why: 'The reservation is subtracted from the shared pool and acts as both a lower and an upper bound for the function; it applies to all its versions and costs nothing extra.',
    takeaway:
      'Use reserved concurrency to protect a critical function or to cap one that could overwhelm a database; it is free and does not prevent cold starts.',
    ask: 'What does reserved concurrency do for a Lambda function?',
    docs: reservedPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Reserved concurrency sets aside capacity for one function, which can still scale beyond it by drawing on the unreserved pool when busy.',
        why: 'The reservation is also a ceiling: the function is throttled once it reaches it, even if the shared pool has room.',
      },
      {
        text: 'Reserved concurrency keeps that many execution environments initialized for one function, so that it never has cold starts.',
        why: 'Reserved concurrency initializes nothing in advance; keeping environments initialized is provisioned concurrency, which is billed.',
      },
      {
        text: 'Reserved concurrency caps how much one function can use, but other functions can borrow the reserved part whenever it is idle.',
        why: 'No other function can use reserved concurrency, even when the function that owns it is idle.',
      },
    ],
  },
  {
    id: 'concurrency.provisioned',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Provisioned concurrency',
    definition:
      'Execution environments that Lambda initializes in advance for a version or alias, so requests within them avoid cold starts.',
    statement:
      'Provisioned concurrency is a number of execution environments that Lambda initializes in advance for a version or alias.',
    why: 'Lambda runs the Init phase for these environments when the configuration is applied and keeps them ready; requests beyond them use on-demand environments that can still cold-start.',
    takeaway:
      'Provisioned concurrency buys latency with money: it is billed while configured, and traffic above it can still cold-start.',
    ask: 'What is provisioned concurrency for a Lambda function?',
    docs: provisionedPage,
    seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      {
        text: 'Provisioned concurrency is a number of execution environments that Lambda sets aside for the function without initializing them, at no extra charge.',
        why: 'Setting capacity aside without initializing it, for free, is reserved concurrency; provisioned environments are initialized and billed.',
      },
      {
        text: 'Provisioned concurrency is a maximum number of execution environments for the function, so any requests above it are throttled.',
        why: 'Requests above the provisioned amount are served by on-demand environments if concurrency is available; only reserved concurrency caps a function.',
      },
      {
        text: 'Provisioned concurrency is a number of execution environments that Lambda initializes in advance for $LATEST, which every deployment updates.',
        why: 'Provisioned concurrency can be set only on a published version or an alias, never on $LATEST.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const concurrencyFacts = [
  ...limits,
  ...rules,
  ...definitions,
] as const satisfies readonly Fact[];

export const concurrencyTopic = {
  id: 'concurrency',
  title: 'Concurrency management',
  summary:
    'Unreserved, reserved and provisioned concurrency, the default Regional quota and how to size concurrency.',
  section: seed,
  intro: [
    'Concurrency is the number of requests your functions are serving at the same moment. Every account has a Regional quota shared by all its functions, so one busy function can starve the others unless you manage it.',
    'Size concurrency by multiplying the request rate by the average duration, protect or cap critical functions with reserved concurrency, and keep latency-sensitive versions initialized with provisioned concurrency, which is billed while it is configured.',
  ],
  tables: [concurrencyTable],
  facts: concurrencyFacts,
  sets: [],
  checklist: [],
  tips: [],
} as const satisfies Topic;
