/**
 * The execution environment lifecycle (Init, Invoke, Shutdown), what survives between warm
 * invocations, and how fast Lambda scales. Extends the document's cold-start section.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { lambdaGuide, noteFactCheck } from './authoring';
import { beyond, citeAwsDocs } from './beyond-sources';

const lifecyclePage = citeAwsDocs(`${lambdaGuide}lambda-runtime-environment.html`);
const bestPractices = citeAwsDocs(`${lambdaGuide}best-practices.html`);
const scalingPage = citeAwsDocs(`${lambdaGuide}scaling-behavior.html`);
const scalingConfig = citeAwsDocs(`${lambdaGuide}API_ScalingConfig.html`);
const domains = ['dva-4', 'sap-3'] as const;

const scalingRateNote = noteFactCheck(
  'Current AWS docs give a per-function scaling rate; older Lambda documentation described an initial burst shared by the account that depended on the Region, followed by a slower fixed rate.',
  `${lambdaGuide}scaling-behavior.html`,
  'Older practice questions may quote the Region-dependent burst model instead of the per-function rate.',
);

export const lifecycleSets = [
  {
    id: 'lifecycle.phases',
    topic: 'lifecycle',
    title: 'Phases of the execution environment lifecycle',
    ask: 'Which of these is a phase of the Lambda execution environment lifecycle?',
    nonMembers: ['Compile', 'Rollback', 'Upgrade'],
    source: lifecyclePage,
  },
] as const satisfies readonly FactSet[];

const phaseFacts = [
  {
    ...beyond,
    id: 'lifecycle.phase-init',
    kind: 'member',
    set: 'lifecycle.phases',
    label: 'Init',
    topic: 'lifecycle',
    statement:
      'In the Init phase Lambda starts the extensions, bootstraps the runtime and runs the function’s static code.',
    source: lifecyclePage,
    domains,
    misconceptions: ['The Init phase runs before every invocation, even in a warm environment.'],
  },
  {
    ...beyond,
    id: 'lifecycle.phase-invoke',
    kind: 'member',
    set: 'lifecycle.phases',
    label: 'Invoke',
    topic: 'lifecycle',
    statement: 'In the Invoke phase Lambda runs the function handler for an event.',
    source: lifecyclePage,
    domains,
    misconceptions: ['The Invoke phase happens only once in the life of an execution environment.'],
  },
  {
    ...beyond,
    id: 'lifecycle.phase-shutdown',
    kind: 'member',
    set: 'lifecycle.phases',
    label: 'Shutdown',
    topic: 'lifecycle',
    statement:
      'Shutdown is the last lifecycle phase, when Lambda stops the runtime and extensions before removing the environment.',
    source: lifecyclePage,
    domains,
    misconceptions: ['The Shutdown phase runs after every invocation.'],
  },
] as const satisfies readonly Fact[];

const environmentFacts = [
  {
    ...beyond,
    id: 'lifecycle.init-limit',
    kind: 'limit',
    topic: 'lifecycle',
    subject: 'time limit on the Init phase of an on-demand function',
    value: { kind: 'exact', n: 10, unit: 's' },
    statement:
      'The Init phase of an on-demand function is limited to 10 seconds; if it runs longer, Lambda retries it at the first invocation within the function timeout.',
    source: lifecyclePage,
    domains,
    misconceptions: [
      'The Init phase of an on-demand function has no limit of its own and may run for hours.',
      'If Init runs past its limit, Lambda disables the function until it is redeployed.',
    ],
  },
  {
    ...beyond,
    id: 'lifecycle.init-limit-exception',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'The short Init time limit does not apply to provisioned concurrency or SnapStart, whose initialization may run much longer.',
    source: lifecyclePage,
    domains,
    misconceptions: [
      'Provisioned concurrency must finish initialization faster than on-demand environments.',
      'SnapStart skips initialization entirely, so its Init code never runs.',
    ],
  },
  {
    ...beyond,
    id: 'lifecycle.freeze',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'When the runtime and extensions have finished and no events are pending, Lambda freezes the execution environment until it is needed again.',
    source: lifecyclePage,
    domains,
    misconceptions: [
      'Lambda destroys the execution environment as soon as each invocation returns.',
      'Lambda keeps a finished environment running at full CPU to serve the next event faster.',
    ],
  },
  {
    ...beyond,
    id: 'lifecycle.reuse-clients',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'SDK clients and database connections created outside the handler can be reused by later invocations in the same execution environment.',
    source: bestPractices,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      'Objects created outside the handler are rebuilt at the start of every invocation.',
      'Connections opened outside the handler are shared by all execution environments of the function.',
    ],
  },
  {
    ...beyond,
    id: 'lifecycle.tmp-cache',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Static assets cached in /tmp can be reused by later invocations that the same execution environment serves.',
    source: bestPractices,
    domains: ['dva-1', 'sap-3'],
    misconceptions: [
      'Lambda wipes /tmp after every invocation, so nothing can be cached there.',
      'Files in /tmp are copied to every other execution environment of the function.',
    ],
  },
  {
    ...beyond,
    id: 'lifecycle.no-user-state',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Don’t keep user data or other security-sensitive state in the execution environment, because later invocations can reuse it.',
    source: bestPractices,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      'Lambda clears global variables between invocations for different users, so user data there is safe.',
      'Storing user data in global variables is recommended to save database calls.',
    ],
  },
  {
    ...beyond,
    id: 'lifecycle.scaling-rate',
    kind: 'limit',
    topic: 'lifecycle',
    subject: 'execution environments one function can add in each 10-second interval',
    value: { kind: 'exact', n: 1000, unit: 'count' },
    statement:
      'Each function can add up to 1,000 execution environments every 10 seconds, independently of the other functions in the account.',
    source: scalingPage,
    domains: ['dva-4', 'sap-2'],
    misconceptions: [
      'All functions in a Region share a single scaling rate, so one busy function slows the others’ scaling.',
      'A function can jump from zero to the full account concurrency limit in one step.',
    ],
    factCheck: scalingRateNote,
  },
  {
    ...beyond,
    id: 'lifecycle.throttle-status',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'When a function cannot scale fast enough or is at its concurrency limit, additional requests fail with a throttling error, status code 429.',
    source: scalingPage,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'Requests beyond the available concurrency fail with status code 503, Service Unavailable.',
      'Requests beyond the available concurrency are served by other functions in the account.',
    ],
  },
  {
    ...beyond,
    id: 'lifecycle.sqs-maximum-concurrency',
    kind: 'limit',
    topic: 'lifecycle',
    subject: 'allowed maximum concurrency of an SQS event source mapping',
    value: { kind: 'range', min: 2, max: 1000, unit: 'count' },
    statement:
      'The maximum concurrency of an SQS event source mapping can be set from 2 to 1,000 function instances.',
    source: scalingConfig,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'Maximum concurrency can be set on Kinesis event source mappings to limit shard readers.',
      'The maximum concurrency of an SQS event source mapping can be set as low as 0 to pause it.',
    ],
  },
  {
    ...beyond,
    id: 'lifecycle.maximum-concurrency-caps',
    kind: 'rule',
    topic: 'lifecycle',
    statement:
      'Maximum concurrency on an SQS event source mapping limits how many instances that source invokes; it reserves no capacity.',
    source: scalingConfig,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'Maximum concurrency on an SQS event source mapping reserves that many instances for the queue.',
      'Maximum concurrency on an SQS event source mapping sets how many messages each batch holds.',
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
  summary: 'Init, Invoke and Shutdown; what warm invocations reuse; how fast a function scales.',
  section: '3. Cold Starts',
  intro: [
    'An execution environment is created on demand, initialized once, then frozen and thawed for each invocation it serves. Whatever the code leaves in memory or in /tmp is still there for the next invocation in that environment, which is both a performance tool and a data-leak risk.',
    'When traffic grows, Lambda adds environments at a limited rate per function; requests beyond that rate or beyond the concurrency limit are throttled. An SQS event source can be capped separately with maximum concurrency.',
  ],
  tables: [],
  facts: lifecycleFacts,
  sets: lifecycleSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
