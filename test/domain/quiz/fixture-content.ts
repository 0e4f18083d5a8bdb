/**
 * A small content bundle that exercises every generator: a table with overlapping and missing
 * cells, facts of each kind, a set, checklist items, tips and an edge comparison table. It is
 * written to the content rules, so its bank passes the linter.
 */
import type {
  AttributeTable,
  ChecklistItem,
  DecisionModel,
  DocRef,
  ExamTip,
  Fact,
  FactSet,
  Topic,
} from '../../../content/schema';

const docs: DocRef = {
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/x.html',
  checked: '2026-12',
};
const both = ['DVA-C02', 'SAP-C02'] as const;
const tags = { docs, exams: both, domains: ['dva-1', 'sap-2'] } as const;
const why = (text: string) => `${text} is what the fixture documentation says here.`;

export const sourcesTable = {
  id: 'fx.sources',
  topic: 'triggers',
  title: 'Fixture sources by invocation',
  ...tags,
  seed: '1. Lambda Triggers (Event Sources)',
  subject: { one: 'source', many: 'sources' },
  nameLabel: 'Source',
  columns: [
    {
      key: 'mode',
      label: 'Mode',
      ask: 'How does {row} reach the function?',
      which: 'Which source reaches the function this way: {value}?',
      distractors: [
        {
          text: 'Through a scheduled export',
          why: 'No source in the fixture exports on a schedule.',
        },
      ],
    },
    {
      key: 'order',
      label: 'Order',
      ask: 'What delivery order does {row} keep?',
      distractors: [
        {
          text: 'Global order across every source',
          why: 'No fixture source orders across sources.',
        },
        { text: 'Order by message size', why: 'Size never decides the order of a fixture source.' },
      ],
    },
  ],
  rows: [
    {
      id: 'api',
      name: 'API',
      cells: {
        mode: { text: 'Synchronous call', means: ['sync'], why: why('A synchronous call') },
      },
    },
    {
      id: 'bucket',
      name: 'Bucket',
      cells: {
        mode: { text: 'Asynchronous event', means: ['async'], why: why('An asynchronous event') },
        order: { text: 'No order at all', means: ['none'], why: why('No ordering') },
      },
    },
    {
      id: 'topic',
      name: 'Topic',
      cells: {
        mode: { text: 'Asynchronous event', means: ['async'], why: why('An asynchronous event') },
        order: { text: 'No order at all', means: ['none'], why: why('No ordering') },
      },
    },
    {
      id: 'flow',
      name: 'Flow',
      cells: {
        mode: {
          text: 'Synchronous or asynchronous',
          means: ['sync', 'async'],
          why: why('Either way of invoking'),
        },
        order: { text: 'No order at all', means: ['none'], why: why('No ordering') },
      },
    },
    {
      id: 'queue',
      name: 'Queue',
      cells: {
        mode: { text: 'Polled in batches', means: ['poll'], why: why('Polling in batches') },
        order: {
          text: 'Order within a message group',
          means: ['group'],
          why: why('Order within a group'),
          notesSaid: 'FIFO within queue',
        },
      },
    },
  ],
} as const satisfies AttributeTable;

const fact = <F extends Fact>(f: F): F => f;
const wrong = (text: string) => ({ text, why: `That is not how it works: ${text.toLowerCase()}` });

export const triggerFixtureFacts = [
  fact({
    id: 'fx.push',
    kind: 'rule',
    topic: 'triggers',
    statement: 'A push source invokes the function itself whenever an event occurs.',
    why: 'The service holds the permission to invoke the function and calls it for each event.',
    takeaway: 'Push sources call the function; nothing polls them.',
    ask: 'How does a push source deliver its events to the function?',
    ...tags,
    misconceptions: [
      wrong('A push source waits until the function polls it for the events that occurred.'),
      wrong('A push source writes every event to a queue that the function reads on a schedule.'),
      wrong('A push source batches the events of a minute and sends the batch to the function.'),
    ],
  }),
  fact({
    id: 'fx.pull',
    kind: 'rule',
    topic: 'triggers',
    statement: 'Lambda polls a pull source and invokes the function with batches of records.',
    why: 'An event source mapping reads the source and calls the function synchronously.',
    takeaway: 'Pull sources are read by an event source mapping.',
    ask: 'How does a pull source reach the function?',
    notesSaid: 'Pull sources push to Lambda',
    examNote: 'Older questions may call this the pull model.',
    ...tags,
    misconceptions: [
      wrong(
        'A pull source invokes the function by itself for each record it stores, one at a time.',
      ),
      wrong(
        'The function code calls the pull source in a loop and handles records as they arrive.',
      ),
      wrong('Lambda copies a pull source into the function package and reads it from local disk.'),
    ],
  }),
  fact({
    id: 'fx.member-api',
    kind: 'member',
    set: 'fx.pushers',
    label: 'An API front door',
    topic: 'triggers',
    statement: 'An API front door pushes requests to the function.',
    why: 'It calls the function for every request it receives.',
    takeaway: 'An API calls the function directly.',
    ...tags,
    misconceptions: [wrong('An API front door is polled by Lambda for new requests.')],
  }),
  fact({
    id: 'fx.member-bucket',
    kind: 'member',
    set: 'fx.pushers',
    label: 'A storage bucket',
    topic: 'triggers',
    statement: 'A storage bucket pushes its object events to the function.',
    why: 'The bucket sends each event notification to the function on its own.',
    takeaway: 'Bucket events are pushed.',
    ...tags,
    misconceptions: [wrong('A storage bucket is polled by Lambda for new objects.')],
  }),
  fact({
    id: 'fx.member-topic',
    kind: 'member',
    set: 'fx.pushers',
    label: 'A notification topic',
    topic: 'triggers',
    statement: 'A notification topic pushes its messages to the function.',
    why: 'The topic delivers every message to each subscribed function.',
    takeaway: 'Topics push to their subscribers.',
    docs,
    exams: ['SAP-C02'],
    domains: ['sap-2'],
    misconceptions: [wrong('A notification topic is polled by Lambda for new messages.')],
  }),
] as const;

export const pushersSet = {
  id: 'fx.pushers',
  topic: 'triggers',
  title: 'Pushing sources',
  ask: 'Which of these sources pushes its events to the function?',
  askMany: 'Which of these sources push their events to the function?',
  nonMembers: [
    wrong('A message queue'),
    wrong('A data stream'),
    wrong('A table change stream'),
    wrong('An API front door'),
  ],
  docs,
} as const satisfies FactSet;

const figure = (n: number, unit: 'count' | 'MB' | 'ms' | 'GB' = 'count') =>
  ({ kind: 'exact', n, unit }) as const;

export const concurrencyFixtureFacts = [
  fact({
    id: 'fx.layers',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'maximum number of layers per function',
    value: { kind: 'exact', n: 5, unit: 'count' },
    statement: 'A function can use up to 5 layers.',
    why: 'Five is the quota of layers per function, and it cannot be raised.',
    takeaway: 'Five layers per function at most.',
    ask: 'How many layers can one function use at most?',
    ...tags,
    misconceptions: [
      {
        text: 'A function can use up to 10 layers.',
        why: 'Ten is not the quota: it is five.',
        figure: figure(10),
      },
    ],
  }),
  fact({
    id: 'fx.account',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'default account concurrency',
    value: { kind: 'exact', n: 1000, unit: 'count' },
    statement: 'The default account concurrency is 1,000.',
    why: 'Each Region starts with a quota of one thousand concurrent executions.',
    takeaway: 'One thousand concurrent executions per Region by default.',
    ask: 'What is the default concurrency quota of an account in one Region?',
    examNote: 'Older questions expect 1,000 even for new accounts.',
    ...tags,
    misconceptions: [
      {
        text: 'The default account concurrency is 100.',
        why: '100 is what must stay unreserved, not the quota.',
        figure: figure(100),
      },
      {
        text: 'The default account concurrency is 3,000.',
        why: 'No default quota of 3,000 exists in the fixture.',
        figure: figure(3000),
      },
    ],
  }),
  fact({
    id: 'fx.payload',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'synchronous payload limit',
    value: { kind: 'exact', n: 6, unit: 'MB' },
    statement: 'A synchronous call carries up to 6 MB.',
    why: 'The synchronous request and response are each limited to six megabytes.',
    takeaway: 'Six megabytes each way for synchronous calls.',
    ask: 'How large can the payload of a synchronous call be?',
    ...tags,
    misconceptions: [
      {
        text: 'A synchronous call carries up to 1 MB.',
        why: 'One megabyte is the asynchronous limit.',
        figure: figure(1, 'MB'),
      },
      {
        text: 'A synchronous call carries up to 256 KB.',
        why: 'That figure is an older asynchronous limit.',
        figure: { kind: 'exact', n: 256, unit: 'KB' },
      },
      {
        text: 'A synchronous call carries up to 50 MB.',
        why: 'Fifty megabytes is the zipped package limit.',
        figure: figure(50, 'MB'),
      },
    ],
  }),
  fact({
    id: 'fx.package',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'unzipped package size',
    value: { kind: 'exact', n: 250, unit: 'MB' },
    statement: 'A package can be 250 MB unzipped.',
    why: 'The unzipped quota covers the function and its layers together.',
    takeaway: 'Two hundred and fifty megabytes unzipped in all.',
    ask: 'How large can a function package be once unzipped?',
    ...tags,
    misconceptions: [
      {
        text: 'A package can be 10 GB unzipped.',
        why: 'Ten gigabytes is the image limit.',
        figure: figure(10, 'GB'),
      },
    ],
  }),
  fact({
    id: 'fx.cold',
    kind: 'estimate',
    topic: 'concurrency',
    subject: 'typical cold start of a light runtime',
    value: { kind: 'range', min: 50, max: 200, unit: 'ms' },
    statement: 'Light runtimes usually start cold faster than heavy ones, by a wide margin.',
    why: 'Their runtimes load less before the handler can run.',
    takeaway: 'Runtime choice changes cold starts; no figure is published.',
    ask: 'How do light runtimes compare with heavy ones on a cold start?',
    ...tags,
    misconceptions: [
      wrong('Light runtimes usually start cold slower than heavy ones, by a wide margin.'),
      wrong('Light runtimes usually start cold exactly as fast as heavy ones, by design.'),
      wrong('Light runtimes never start cold at all, because their runtimes stay loaded.'),
    ],
  }),
  fact({
    id: 'fx.reserved',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Reserved concurrency',
    definition: 'A guarantee of capacity and a cap on scaling, set on one function',
    statement: 'Reserved concurrency is a guarantee of capacity and a cap on scaling.',
    why: 'The reserved executions are set aside for the function and it can use no more.',
    takeaway: 'Reserved is both a floor and a ceiling.',
    ...tags,
    misconceptions: [wrong('Reserved concurrency pre-warms environments for the function.')],
  }),
  fact({
    id: 'fx.provisioned',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Provisioned concurrency',
    definition: 'Environments initialized before requests arrive, billed while idle',
    statement: 'Provisioned concurrency keeps environments initialized before requests arrive.',
    why: 'Lambda runs the init code ahead of time for the configured number of environments.',
    takeaway: 'Provisioned removes cold starts at a price.',
    ...tags,
    misconceptions: [wrong('Provisioned concurrency only caps scaling and initializes nothing.')],
  }),
  fact({
    id: 'fx.unreserved',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Unreserved concurrency',
    definition: 'The pool that every function without a reservation draws from',
    statement: 'Unreserved concurrency is the pool shared by every function without a reservation.',
    why: 'What no function has reserved stays in one pool for all the others.',
    takeaway: 'Unreserved concurrency is shared by all.',
    ...tags,
    misconceptions: [wrong('Unreserved concurrency belongs to one function and no other.')],
  }),
  fact({
    id: 'fx.burst',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Scaling rate',
    definition: 'How fast a function may add execution environments when traffic rises',
    statement: 'The scaling rate is how fast a function may add execution environments.',
    why: 'Lambda adds environments at a bounded pace, whatever the quota.',
    takeaway: 'Quota and pace are different limits.',
    ...tags,
    misconceptions: [wrong('The scaling rate is how many requests one environment serves.')],
  }),
] as const;

const item = (
  i: Omit<ChecklistItem, 'docs' | 'exams' | 'domains' | 'wrongImpacts' | 'wrongFixes'> & {
    topic: string;
  },
): ChecklistItem => {
  const { topic: about, ...rest } = i;
  return {
    ...rest,
    ...tags,
    wrongImpacts: [
      wrong(`The ${about} makes every invocation fail at once with an access error`),
      wrong(`The ${about} raises the bill but changes nothing that users notice`),
      wrong(`The ${about} stops the function from being deployed until it is fixed`),
    ],
    wrongFixes: [
      wrong(`Raise the memory of the function so that the ${about} matters less`),
      wrong(`Turn on provisioned concurrency so that the ${about} cannot happen`),
      wrong(`Move the function into a VPC so that the ${about} is contained`),
    ],
  };
};

export const fixtureChecklist = [
  item({
    id: 'fx.check-visibility',
    topic: 'short visibility timeout',
    severity: 'critical',
    condition: 'Visibility timeout below the function timeout',
    situation:
      'A queue with a visibility timeout of 30 seconds triggers a function that runs for up to 60 seconds.',
    why: 'Messages become visible again while they are still being processed, so they are processed twice',
    fix: 'Raise the visibility timeout to six times the function timeout',
    facts: ['fx.pull'],
  }),
  item({
    id: 'fx.check-async-errors',
    topic: 'missing error handling',
    severity: 'critical',
    condition: 'No error handling on asynchronous invocations',
    situation:
      'A bucket invokes a function asynchronously, and the function has no destination and no dead-letter queue.',
    why: 'Events that still fail after the retries are dropped and nobody notices the failures',
    fix: 'Send each event that still fails after the retries to an on-failure target',
    facts: ['fx.push'],
  }),
  item({
    id: 'fx.check-package',
    topic: 'large package',
    severity: 'warning',
    condition: 'Large deployment package',
    situation: 'A function ships 200 MB of libraries it rarely uses in its deployment package.',
    why: 'Cold starts get slower because more code must be loaded and initialized',
    fix: 'Trim the dependencies to what the function imports',
    facts: [],
  }),
] as const;

const tip = (t: Omit<ExamTip, 'exams' | 'domains'>): ExamTip => ({
  ...t,
  exams: both,
  domains: ['dva-1', 'sap-2'],
});

export const fixtureTips = [
  tip({
    id: 'fx.tip-timeout',
    text: 'A function runs for at most 15 minutes. Longer work belongs in Step Functions.',
    facts: [],
  }),
  tip({
    id: 'fx.tip-layers',
    text: 'Keep secrets in Secrets Manager, never in layers.',
    facts: ['fx.layers'],
  }),
] as const;

export const edgeTable = {
  id: 'edge.comparison',
  topic: 'edge',
  title: 'Fixture edge comparison',
  ...tags,
  subject: { one: 'edge option', many: 'edge options' },
  nameLabel: 'Feature',
  columns: [
    {
      key: 'runtime',
      label: 'Runtime',
      ask: 'Which runtimes does {row} support?',
      distractors: [
        { text: 'Java and .NET', why: 'Neither edge option runs Java or .NET in the fixture.' },
        { text: 'Go and Rust', why: 'Neither edge option runs Go or Rust in the fixture.' },
      ],
    },
    {
      key: 'maxExecution',
      label: 'Maximum execution time',
      ask: 'How long can {row} run?',
      distractors: [
        {
          text: '15 minutes on every trigger',
          why: 'Fifteen minutes is the limit of a Regional function.',
        },
        { text: '1 second on every trigger', why: 'No edge option is limited to one second.' },
      ],
    },
    {
      key: 'maxMemory',
      label: 'Maximum memory',
      ask: 'How much memory can {row} use?',
      distractors: [
        { text: '64 MB on every trigger', why: 'No edge option has 64 MB in the fixture.' },
        { text: '1 GB on every trigger', why: 'No edge option has 1 GB in the fixture.' },
      ],
    },
    {
      key: 'triggerPoints',
      label: 'Trigger points',
      ask: 'Where in the request flow can {row} run?',
      distractors: [
        {
          text: 'Only on origin responses',
          why: 'Every edge option can run on viewer events too.',
        },
        {
          text: 'Only inside the origin server',
          why: 'Edge functions run before or after the origin.',
        },
      ],
    },
    {
      key: 'cost',
      label: 'Cost',
      ask: 'How is {row} billed?',
      distractors: [
        {
          text: 'Per hour of provisioned capacity',
          why: 'Edge functions are not billed per provisioned hour.',
        },
        {
          text: 'A flat monthly fee per distribution',
          why: 'Edge functions are not billed at a flat rate.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'lambda-at-edge',
      name: 'Lambda@Edge',
      cells: {
        runtime: {
          text: 'Node.js and Python',
          means: ['nodejs', 'python'],
          why: why('Node.js and Python'),
        },
        maxExecution: {
          text: '5 seconds on viewer triggers, 30 seconds on origin triggers',
          means: ['5s-30s'],
          why: why('Five and thirty seconds'),
        },
        maxMemory: {
          text: '128 MB on viewer triggers, up to 10,240 MB on origin triggers',
          means: ['128mb-10240mb'],
          why: why('Those memory limits'),
          notesSaid: '128MB–10GB',
        },
        triggerPoints: {
          text: 'Viewer and origin requests and responses',
          means: ['viewer', 'origin'],
          why: why('All four events'),
        },
        cost: {
          text: 'Per request and per duration',
          means: ['request-and-duration'],
          why: why('Both dimensions'),
        },
      },
    },
    {
      id: 'cloudfront-functions',
      name: 'CloudFront Functions',
      cells: {
        runtime: { text: 'JavaScript', means: ['javascript'], why: why('JavaScript only') },
        maxExecution: {
          text: 'Sub-millisecond',
          means: ['sub-ms'],
          why: why('A sub-millisecond budget'),
        },
        maxMemory: { text: '2 MB', means: ['2mb'], why: why('Two megabytes') },
        triggerPoints: {
          text: 'Viewer requests and responses only',
          means: ['viewer'],
          why: why('Viewer events'),
        },
        cost: { text: 'Per request only', means: ['request-only'], why: why('Requests only') },
      },
    },
  ],
} as const satisfies AttributeTable;

const opt = (id: string, text: string) => ({
  id,
  text,
  why: `${text.replace(/\.$/, '')} works this way in the fixture.`,
  facts: ['fx.push'],
});

/** A small decision model: where to send events, by ordering, replay and fan-out. */
export const deliveryModel = {
  id: 'fx-delivery',
  topic: 'triggers',
  title: 'Where to send events',
  exams: ['DVA-C02', 'SAP-C02'],
  domains: ['dva-1', 'sap-2'],
  settings: ['{company} sends order events from its checkout to a function that records them.'],
  slots: { company: ['a shop', 'a bakery'], days: ['two', 'three'] },
  options: [
    opt('queue', 'Send each event to a plain queue that the function polls in batches.'),
    opt('ordered-queue', 'Send each event to an ordered queue that the function polls in batches.'),
    opt('stream', 'Write each event to a sharded stream that the function reads in batches.'),
    opt('topic', 'Publish each event to a topic that pushes it to the subscribed function.'),
    opt('direct', 'Invoke the function directly for each event and wait for it to return.'),
  ],
  requirements: [
    {
      id: 'order',
      label: 'order per customer',
      text: 'Events of one customer must be handled in the order they occurred.',
      meets: ['ordered-queue', 'stream'],
      breaks: {
        queue: 'a plain queue delivers events in no particular order at all.',
        topic: 'a topic pushes events in no particular order at all.',
        direct: 'separate direct calls run in parallel and in no fixed order.',
      },
      takeaway: 'Order per key needs an ordered queue or a stream.',
      facts: ['fx.pull'],
    },
    {
      id: 'replay',
      label: 'replaying past events',
      text: 'The team must be able to process the events of the last {days} days a second time.',
      meets: ['stream'],
      breaks: {
        queue: 'a queue deletes each event once the function has handled it.',
        'ordered-queue': 'an ordered queue deletes each event once it is handled.',
        topic: 'a topic keeps no events after it has pushed them out.',
        direct: 'a direct call keeps nothing once the function has returned.',
      },
      takeaway: 'Replay points to a stream that keeps records.',
      facts: ['fx.pull'],
    },
    {
      id: 'fan-out',
      label: 'several consumers',
      text: 'Two other teams must each receive every event with their own function.',
      meets: ['stream', 'topic'],
      breaks: {
        queue: 'each queued event goes to one consumer only and is then gone.',
        'ordered-queue': 'each event in the ordered queue goes to one consumer only.',
        direct: 'a direct call reaches exactly one function and no other.',
      },
      takeaway: 'Fan-out points to a topic or a stream with several readers.',
      facts: ['fx.push'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: { topic: 1, queue: 1, 'ordered-queue': 2, stream: 3 },
      worse: {
        'ordered-queue': 'an ordered queue needs group keys chosen and managed by the team.',
        stream: 'a stream needs its shards sized and watched by the team.',
      },
      takeaway: 'Prefer the managed option that needs no capacity planning.',
    },
  ],
  docs,
} as const satisfies DecisionModel;

const topic = (t: Pick<Topic, 'id' | 'title'> & Partial<Topic>): Topic => ({
  summary: t.title,
  section: '1. Lambda Triggers (Event Sources)',
  intro: [],
  tables: [],
  facts: [],
  sets: [],
  checklist: [],
  tips: [],
  ...t,
});

export const fixtureTopics = [
  topic({
    id: 'triggers',
    title: 'Fixture triggers',
    tables: [sourcesTable],
    facts: triggerFixtureFacts,
    sets: [pushersSet],
    decisions: [deliveryModel],
  }),
  topic({ id: 'concurrency', title: 'Fixture concurrency', facts: concurrencyFixtureFacts }),
  topic({ id: 'edge', title: 'Fixture edge', tables: [edgeTable] }),
  topic({ id: 'checklist', title: 'Fixture checklist', checklist: fixtureChecklist }),
  topic({ id: 'exam-tips', title: 'Fixture tips', tips: fixtureTips }),
] as const;

/** The whole fixture as quiz content. */
export const fixtureContent = { topics: fixtureTopics };
