/**
 * The execution environment lifecycle (Init, Invoke, Shutdown), what survives between warm
 * invocations, and how fast Lambda scales. Extends the document's cold-start section.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { cite, lambdaApi, lambdaGuide } from './authoring';

const lifecyclePage = cite(`${lambdaGuide}lambda-runtime-environment.html`);
const bestPractices = cite(`${lambdaGuide}best-practices.html`);
const scalingPage = cite(`${lambdaGuide}scaling-behavior.html`);
const scalingConfig = cite(`${lambdaApi}API_ScalingConfig.html`);
const sqsScaling = cite(`${lambdaGuide}services-sqs-scaling.html`);
const dvaOnly = ['DVA-C02'] as const;
const domains = ['dva-1', 'dva-4'] as const;

export const lifecycleSets = [
  {
    id: 'lifecycle.phases',
    topic: 'lifecycle',
    title: 'Phases of the execution environment lifecycle',
    ask: 'A developer traces how Lambda creates, uses and finally removes an execution environment. Which of these is a phase of that lifecycle?',
    askMany:
      'A developer traces how Lambda creates, uses and finally removes an execution environment. Which of these are phases of that lifecycle?',
    nonMembers: [
      {
        text: 'Build',
        why: 'Building the deployment package, for example with sam build, happens on the developer’s side before deployment. The lifecycle starts with Init.',
      },
      {
        text: 'Warm-up',
        why: 'A warm start is a frozen environment thawed for another Invoke. Preparing environments ahead of traffic is what provisioned concurrency does, during Init.',
      },
      {
        text: 'Publish',
        why: 'Publishing creates an immutable version of a function through the API. It is a deployment action, not a phase of an execution environment.',
      },
      {
        text: 'Rollback',
        why: 'A rollback moves an alias back to an earlier version during a deployment. Execution environments have no rollback phase.',
      },
    ],
    docs: lifecyclePage,
  },
] as const satisfies readonly FactSet[];

const phaseFacts = [
  {
    id: 'lifecycle.phase-init',
    kind: 'member',
    set: 'lifecycle.phases',
    label: 'Init',
    topic: 'lifecycle',
    statement:
      'In the Init phase, Lambda starts the extensions, bootstraps the runtime and runs the function’s static code outside the handler.',
    why: 'Init prepares a new execution environment once, so the code outside the handler runs once per environment and later invocations skip it.',
    takeaway: 'Init runs once per execution environment: it is the cold start.',
    docs: lifecyclePage,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'The Init phase runs before every invocation, even when a warm execution environment is reused for the next event.',
        why: 'A warm environment goes straight to Invoke. Init runs only when an environment is created, or again after a reset that follows a crash or timeout.',
      },
    ],
  },
  {
    id: 'lifecycle.phase-restore',
    kind: 'member',
    set: 'lifecycle.phases',
    label: 'Restore',
    topic: 'lifecycle',
    statement:
      'In the Restore phase, used only with SnapStart, Lambda resumes a new execution environment from the snapshot taken after Init.',
    why: 'With SnapStart, Init runs when a version is published and Lambda saves a snapshot of the initialized environment. New environments are restored from it instead of running Init again.',
    takeaway: 'Restore replaces Init for new environments of a SnapStart function.',
    docs: lifecyclePage,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'The Restore phase runs for every function when an environment is thawed, and it reloads the code from the deployment package.',
        why: 'Restore exists only for SnapStart functions. Thawing a frozen environment simply resumes it, without reloading anything.',
      },
    ],
  },
  {
    id: 'lifecycle.phase-invoke',
    kind: 'member',
    set: 'lifecycle.phases',
    label: 'Invoke',
    topic: 'lifecycle',
    statement:
      'In the Invoke phase, Lambda runs the function handler for an event, and the function timeout limits the whole phase, extensions included.',
    why: 'Each event is handled in its own Invoke phase. A frozen environment is thawed for it, and the same environment can go through many Invoke phases.',
    takeaway: 'One Invoke per event, many Invokes per environment.',
    docs: lifecyclePage,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'The Invoke phase happens only once in the life of an execution environment, which Lambda then removes.',
        why: 'Lambda keeps the environment after an invocation, frozen, and reuses it for later events of the same function.',
      },
    ],
  },
  {
    id: 'lifecycle.phase-shutdown',
    kind: 'member',
    set: 'lifecycle.phases',
    label: 'Shutdown',
    topic: 'lifecycle',
    statement:
      'In the Shutdown phase, Lambda stops the runtime, lets the extensions finish their cleanup and then removes the execution environment.',
    why: 'Lambda sends a Shutdown event to the registered extensions so they can flush data before the environment is removed, for example after it has been idle for a while.',
    takeaway:
      'Shutdown happens once, at the end of an environment’s life, not after every invocation.',
    docs: lifecyclePage,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'The Shutdown phase runs after every invocation, so each event is handled by a fresh execution environment.',
        why: 'After an invocation the environment is frozen, not shut down. Shutdown ends the environment’s life once.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const environmentFacts = [
  {
    id: 'lifecycle.init-limit',
    kind: 'limit',
    topic: 'lifecycle',
    subject: 'time limit on the Init phase of an on-demand function',
    value: { kind: 'exact', n: 10, unit: 's' },
    statement:
      'The Init phase of an on-demand function is limited to 10 seconds, and if it runs longer Lambda retries it at the first invocation.',
    why: 'Lambda bounds the initialization of on-demand environments. When the static code is too slow, Lambda runs Init again as part of the first invocation, so that attempt counts against the function timeout.',
    takeaway:
      'Keep static initialization of on-demand functions under 10 seconds, or use provisioned concurrency or SnapStart.',
    ask: 'An on-demand function loads a large model in its static initialization code. How long can its Init phase take before Lambda retries it at the first invocation?',
    docs: lifecyclePage,
    exams: dvaOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'The Init phase of an on-demand function is limited to 3 seconds, the default timeout, and if it runs longer Lambda retries it at the first invocation.',
        why: 'Three seconds is the default timeout of an invocation. The Init phase of an on-demand function has its own limit of 10 seconds.',
        figure: { kind: 'exact', n: 3, unit: 's' },
      },
      {
        text: 'The Init phase of an on-demand function is limited to 130 seconds, or the function timeout if longer, and then Lambda retries it at the first invocation.',
        why: 'That longer limit applies to functions that use provisioned concurrency or SnapStart. On-demand Init is limited to 10 seconds.',
        figure: { kind: 'exact', n: 130, unit: 's' },
      },
      {
        text: 'The Init phase of an on-demand function is limited to 900 seconds, the maximum function timeout, like any invocation.',
        why: 'Nine hundred seconds is the maximum invocation timeout. Initialization of an on-demand environment is limited to 10 seconds.',
        figure: { kind: 'exact', n: 900, unit: 's' },
      },
    ],
  },
  {
    id: 'lifecycle.init-limit-exception',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Provisioned concurrency and SnapStart allow a longer Init phase than on-demand functions, because they initialize environments before any invocation arrives.',
    why: 'These environments are prepared ahead of traffic, when a version is published or provisioned concurrency is allocated, so no caller waits for them. Their initialization can run for up to 15 minutes.',
    takeaway:
      'Heavy initialization that cannot fit the on-demand Init limit belongs with provisioned concurrency or SnapStart.',
    ask: 'A function’s static initialization takes longer than the Init limit of an on-demand environment. Which configurations allow a longer Init phase?',
    docs: lifecyclePage,
    exams: dvaOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'Reserved concurrency and SnapStart allow a longer Init phase than on-demand functions, because they keep environments set aside for the function.',
        why: 'Reserved concurrency only guarantees and caps concurrency. It initializes nothing in advance, so its environments are on-demand ones.',
      },
      {
        text: 'Lambda extensions and layers allow a longer Init phase than on-demand functions, because code in /opt is initialized before the limit starts.',
        why: 'Starting the extensions is part of Init and counts toward the same limit. Layers only add files to /opt.',
      },
      {
        text: 'No configuration allows a longer Init phase than on-demand functions, because every execution environment must finish initializing within the same time limit.',
        why: 'Environments initialized for provisioned concurrency or SnapStart may take much longer, up to 15 minutes.',
      },
    ],
  },
  {
    id: 'lifecycle.freeze',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Lambda freezes the execution environment when the runtime and extensions have finished and no event is pending, and thaws it for the next invocation.',
    why: 'Keeping a finished environment frozen lets Lambda reuse it without another Init. Background work the code left running is suspended and only resumes when the environment is thawed.',
    takeaway:
      'Finish background work before the handler returns: a frozen environment does not run it.',
    ask: 'A function finishes an invocation and no other event is waiting for it. What does Lambda do with its execution environment?',
    docs: lifecyclePage,
    seed: 'Key Concepts',
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'Lambda destroys the execution environment as soon as the invocation returns, and creates a new one with a fresh Init for the next event it receives.',
        why: 'Lambda keeps the environment, frozen, and reuses it. That reuse is what makes warm invocations faster than cold starts.',
      },
      {
        text: 'Lambda keeps the execution environment running at full CPU, so that background work can go on until the next invocation or the next event arrives for it.',
        why: 'A frozen environment gets no CPU. Background processes are suspended and resume only when Lambda thaws the environment.',
      },
      {
        text: 'Lambda moves the execution environment to a pool that the account shares, where another function can reuse it for that function’s next invocation.',
        why: 'Execution environments are never shared across functions: each one serves a single function.',
      },
    ],
  },
  {
    id: 'lifecycle.reuse-clients',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Objects created outside the handler are initialized once per execution environment, and later invocations in that environment reuse them.',
    why: 'Code outside the handler runs during Init. The objects it creates stay in memory while the environment is frozen, so warm invocations skip creating SDK clients and database connections again.',
    takeaway:
      'Create SDK clients and connections outside the handler and check that a connection is still open before using it.',
    ask: 'A function creates a new SDK client and a new database connection inside its handler on every invocation. What changes if they are created outside the handler instead?',
    docs: bestPractices,
    seed: '3. Cold Starts',
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'Objects created outside the handler are initialized again at the start of every invocation, so moving them there changes nothing at all.',
        why: 'Code outside the handler runs once, during Init. Warm invocations reuse what it created.',
      },
      {
        text: 'Objects created outside the handler are shared by all execution environments of the function, so one connection serves every concurrent request.',
        why: 'Each execution environment has its own memory. Ten concurrent environments open ten connections.',
      },
      {
        text: 'Objects created outside the handler are kept by Lambda after the execution environment shuts down, so a new environment reuses them without initializing.',
        why: 'Everything in memory is lost when an environment shuts down. A new environment runs Init again, which is the cold start.',
      },
    ],
  },
  {
    id: 'lifecycle.tmp-cache',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Files written to /tmp stay there for the life of the execution environment, so a later invocation in the same environment can reuse them.',
    why: 'The /tmp directory belongs to one execution environment and is kept while the environment is frozen. It is not shared with other environments, and a new environment starts with an empty one.',
    takeaway:
      '/tmp is a per-environment cache: reuse it across warm invocations, but never expect another environment to see it.',
    ask: 'A function downloads a large reference file to /tmp on every invocation. What happens to the file when the same execution environment serves the next request?',
    notesSaid:
      'Ephemeral storage /tmp — 512MB to 10GB per execution environment; NOT shared between invocations',
    docs: bestPractices,
    seed: 'Key Concepts',
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'Files written to /tmp are deleted when each invocation ends, so a later invocation in the same environment must download them again.',
        why: 'Lambda does not clear /tmp between invocations. The content stays as long as the execution environment does.',
      },
      {
        text: 'Files written to /tmp are copied to every other execution environment of the function, so all of its concurrent instances can read them too.',
        why: '/tmp is local to one environment. Files that concurrent instances must share belong in Amazon S3 or Amazon EFS.',
      },
      {
        text: 'Files written to /tmp are kept after the execution environment shuts down, so a new environment finds them already in place.',
        why: '/tmp is ephemeral storage. It disappears with the environment, and a new environment starts with an empty /tmp.',
      },
    ],
  },
  {
    id: 'lifecycle.no-user-state',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Caching a customer’s data in a global variable can expose it to a later invocation in the same execution environment, possibly for another customer.',
    why: 'Lambda does not clear memory or /tmp between invocations of one environment. AWS advises against keeping user data, events or other security-sensitive state there.',
    takeaway:
      'Cache clients and static assets in the environment, never user data: it can leak into the next invocation.',
    ask: 'A multi-tenant function caches the current customer’s profile in a global variable to save database calls. What is the risk?',
    docs: bestPractices,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'Caching a customer’s data in a global variable is safe, because Lambda clears global variables and /tmp between invocations for different customers.',
        why: 'Lambda does not know who the customer is and clears nothing between invocations of an environment.',
      },
      {
        text: 'Caching a customer’s data in a global variable saves no database calls, because Lambda clears global variables at the end of each invocation.',
        why: 'Global variables survive between warm invocations. That persistence is what makes the cache useful, and also what makes it a leak.',
      },
      {
        text: 'Caching a customer’s data in a global variable exposes it to every concurrent execution environment, because global variables are shared by all instances.',
        why: 'Global variables live in one environment’s memory. The leak is to later invocations in that same environment.',
      },
    ],
  },
  {
    id: 'lifecycle.scaling-rate',
    kind: 'limit',
    topic: 'lifecycle',
    subject: 'execution environments one function can add in each 10-second interval',
    value: { kind: 'exact', n: 1000, unit: 'count' },
    statement:
      'Each function can add up to 1,000 execution environments every 10 seconds, independently of the other functions in the account.',
    why: 'Lambda limits how fast each function scales, to protect against over-scaling on sudden bursts. The rate is per function and per Region, so one function’s burst does not slow the others.',
    takeaway:
      'Scaling is per function: 1,000 more environments every 10 seconds, up to the account’s concurrency limit.',
    ask: 'A function receives a sudden burst of synchronous requests. How many additional execution environments can Lambda add to that function every 10 seconds?',
    examNote:
      'Older practice questions describe an initial burst of 500 to 3,000 concurrent executions per Region, depending on the Region, followed by 500 more each minute. AWS replaced that model with the per-function rate of 1,000 every 10 seconds.',
    docs: scalingPage,
    exams: dvaOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'Each function can add up to 500 execution environments every 10 seconds, after an initial burst shared by the account.',
        why: 'Five hundred a minute after a Regional burst was the older account-level model. Today each function adds up to 1,000 environments every 10 seconds.',
        figure: { kind: 'exact', n: 500, unit: 'count' },
      },
      {
        text: 'Each function can add up to 3,000 execution environments every 10 seconds, the initial burst that the largest Regions allowed.',
        why: 'Three thousand was the largest initial burst of the older Regional model. The current rate is 1,000 environments every 10 seconds per function.',
        figure: { kind: 'exact', n: 3000, unit: 'count' },
      },
      {
        text: 'Each function can add up to 10,000 execution environments every 10 seconds, independently of all the other functions in the account.',
        why: 'Ten thousand is the number of requests per second that the rate can absorb, not the number of environments.',
        figure: { kind: 'exact', n: 10000, unit: 'count' },
      },
    ],
  },
  {
    id: 'lifecycle.throttle-status',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Requests beyond the available concurrency fail with a throttling error, TooManyRequestsException, which the caller should retry with backoff.',
    why: 'When the function cannot scale fast enough or is at its concurrency limit, Lambda rejects the extra synchronous requests instead of queueing them. The error is returned with HTTP status code 429.',
    takeaway:
      'A 429 TooManyRequestsException means throttling: retry with backoff, raise the concurrency, or lower the load.',
    ask: 'A function is at its reserved concurrency and a client keeps sending synchronous requests. What does the client get for the extra requests?',
    docs: scalingPage,
    exams: dvaOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'Requests beyond the available concurrency fail with a service error, ServiceException, which the caller should report instead of retrying.',
        why: 'ServiceException is for internal Lambda errors. Running out of concurrency returns TooManyRequestsException with status 429.',
      },
      {
        text: 'Requests beyond the available concurrency wait in a queue inside Lambda until concurrency is free, and the caller receives each response later.',
        why: 'Lambda queues events only for asynchronous invocation. Synchronous requests are rejected at once with a throttling error.',
      },
      {
        text: 'Requests beyond the available concurrency run on the unreserved concurrency of the account, so the caller never notices any error.',
        why: 'Reserved concurrency is also a maximum. The function cannot borrow from the unreserved pool, so extra requests are throttled.',
      },
    ],
  },
  {
    id: 'lifecycle.sqs-maximum-concurrency',
    kind: 'limit',
    topic: 'lifecycle',
    subject: 'allowed maximum concurrency of an SQS event source mapping',
    value: { kind: 'range', min: 2, max: 1000, unit: 'count' },
    statement: 'The maximum concurrency of an SQS event source mapping can be set from 2 to 1,000.',
    why: 'The ScalingConfig of an SQS event source mapping takes a MaximumConcurrency between 2 and 1,000, and the setting can be removed by passing an empty value.',
    takeaway:
      'Maximum concurrency on an SQS trigger accepts 2 to 1,000. To stop a trigger, disable the event source mapping instead.',
    ask: 'A developer sets maximum concurrency on an SQS event source mapping. Which values does Lambda accept?',
    docs: scalingConfig,
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'The maximum concurrency of an SQS event source mapping can be set from 0 to 1,000, where 0 pauses the queue.',
        why: 'The minimum is 2. Pausing a queue trigger is done by disabling the event source mapping.',
        figure: { kind: 'range', min: 0, max: 1000, unit: 'count' },
      },
      {
        text: 'The maximum concurrency of an SQS event source mapping can be set from 1 to 10,000.',
        why: 'Ten thousand is the largest batch size for a standard queue. Maximum concurrency ranges from 2 to 1,000.',
        figure: { kind: 'range', min: 1, max: 10000, unit: 'count' },
      },
      {
        text: 'The maximum concurrency of an SQS event source mapping can be set from 5 to 1,000, starting at the initial number of pollers.',
        why: 'Lambda starts polling with five concurrent batches, but that is not the minimum of the setting, which is 2.',
        figure: { kind: 'range', min: 5, max: 1000, unit: 'count' },
      },
    ],
  },
  {
    id: 'lifecycle.maximum-concurrency-caps',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Maximum concurrency limits how many concurrent instances that one event source mapping invokes, and it sets aside no concurrency for the function.',
    why: 'The setting belongs to one SQS event source mapping, so each queue mapped to the function can have its own. It caps that queue’s share of the function, while reserving concurrency is what reserved concurrency does.',
    takeaway:
      'Maximum concurrency caps one queue’s trigger. To guarantee capacity as well, add reserved concurrency.',
    ask: 'Two SQS queues trigger the same function, and the team sets maximum concurrency on one queue’s event source mapping. What does this setting do?',
    docs: sqsScaling,
    exams: ['DVA-C02', 'SAP-C02'],
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'Maximum concurrency reserves that many concurrent instances for the queue and sets them aside, so other functions in the account can never use them.',
        why: 'That describes reserved concurrency, a function setting. Maximum concurrency only caps how many instances one event source mapping invokes.',
      },
      {
        text: 'Maximum concurrency limits how many concurrent instances all event source mappings of the function invoke together, across every queue that triggers it.',
        why: 'The setting is per event source mapping. The other queue’s mapping has its own setting, or none.',
      },
      {
        text: 'Maximum concurrency limits how many messages each batch from that queue’s event source mapping can hold, so the function receives smaller batches.',
        why: 'The number of messages per batch is the batch size. Maximum concurrency limits the number of concurrent invocations.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const lifecycleFacts = [
  ...phaseFacts,
  ...environmentFacts,
] as const satisfies readonly Fact[];

export const lifecycleTopic = {
  id: 'lifecycle',
  title: 'Execution environment lifecycle and scaling',
  summary:
    'Init, Invoke and Shutdown, what warm invocations reuse, and how fast a function scales.',
  section: '3. Cold Starts',
  intro: [
    'An execution environment is created on demand, initialized once, then frozen and thawed for each invocation it serves. Whatever the code leaves in memory or in /tmp is still there for the next invocation in that environment, which is both a performance tool and a data-leak risk.',
    'When traffic grows, Lambda adds environments at a limited rate per function, and requests beyond that rate or beyond the concurrency limit are throttled. An SQS event source can be capped separately with maximum concurrency, which caps but reserves nothing.',
  ],
  tables: [],
  facts: lifecycleFacts,
  sets: lifecycleSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
