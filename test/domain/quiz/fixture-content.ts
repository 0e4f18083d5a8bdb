/**
 * A small content bundle that exercises every generator: a table with overlapping cells, facts
 * of each kind, a set, checklist items, exam tips with blanks and an edge comparison table.
 */
import type {
  AttributeTable,
  ChecklistItem,
  ExamTip,
  Fact,
  FactSet,
  Topic,
} from '../../../content/schema';

const seed = { kind: 'seed', section: '1. Lambda Triggers (Event Sources)' } as const;
const both = ['DVA-C02', 'SAP-C02'] as const;
const tags = { source: seed, exams: both, domains: ['dva-1'] } as const;

export const sourcesTable = {
  id: 'fx.sources',
  topic: 'triggers',
  title: 'Fixture sources',
  ...tags,
  subject: { one: 'source', many: 'sources' },
  nameLabel: 'Source',
  columns: [
    {
      key: 'mode',
      label: 'Mode',
      ask: 'How is {row} invoked?',
      which: 'Which source is invoked this way: {value}?',
    },
    { key: 'order', label: 'Order', ask: 'What order does {row} keep?' },
  ],
  rows: [
    {
      id: 'api',
      name: 'API',
      cells: {
        mode: { text: 'Sync (push)', means: ['sync'] },
        order: { text: 'None', means: ['none'] },
      },
    },
    {
      id: 'bucket',
      name: 'Bucket',
      cells: {
        mode: { text: 'Async (push)', means: ['async'] },
        order: { text: 'None', means: ['none'] },
      },
    },
    {
      id: 'topic',
      name: 'Topic',
      cells: {
        mode: { text: 'Async (push)', means: ['async'] },
        order: { text: 'None', means: ['none'] },
      },
    },
    {
      id: 'flow',
      name: 'Flow',
      cells: {
        mode: { text: 'Sync or async', means: ['sync', 'async'] },
        order: { text: 'None', means: ['none'] },
      },
    },
    {
      id: 'queue',
      name: 'Queue',
      cells: {
        mode: { text: 'Polling', means: ['poll'] },
        order: { text: 'FIFO', means: ['fifo'] },
      },
      notes: {
        order: {
          says: 'Order holds within a message group.',
          source: {
            kind: 'aws-docs',
            url: 'https://docs.aws.amazon.com/x.html',
            checked: '2026-11',
          },
        },
      },
    },
  ],
} as const satisfies AttributeTable;

const fact = <F extends Fact>(f: F): F => f;

export const triggerFixtureFacts = [
  fact({
    id: 'fx.push',
    kind: 'rule',
    topic: 'triggers',
    statement: 'Push sources invoke the function directly.',
    ...tags,
    misconceptions: ['Push sources are polled by Lambda.', 'Push sources need a queue in between.'],
  }),
  fact({
    id: 'fx.pull',
    kind: 'rule',
    topic: 'triggers',
    statement: 'Lambda polls pull sources.',
    ...tags,
    misconceptions: ['Pull sources invoke the function directly.'],
  }),
  fact({
    id: 'fx.member-api',
    kind: 'member',
    set: 'fx.pushers',
    label: 'API',
    topic: 'triggers',
    statement: 'API pushes events.',
    ...tags,
    misconceptions: ['API is polled.'],
  }),
  fact({
    id: 'fx.member-bucket',
    kind: 'member',
    set: 'fx.pushers',
    label: 'Bucket',
    topic: 'triggers',
    statement: 'Bucket pushes events.',
    ...tags,
    misconceptions: ['Bucket is polled.'],
  }),
  fact({
    id: 'fx.member-topic',
    kind: 'member',
    set: 'fx.pushers',
    label: 'Topic',
    topic: 'triggers',
    statement: 'Topic pushes events.',
    exams: ['SAP-C02'],
    source: seed,
    domains: ['sap-2'],
    misconceptions: [],
  }),
] as const;

export const pushersSet = {
  id: 'fx.pushers',
  topic: 'triggers',
  title: 'Pushing sources',
  ask: 'Which of these sources pushes events to Lambda?',
  nonMembers: ['Queue', 'Stream', 'Table stream', 'API'],
  source: seed,
} as const satisfies FactSet;

export const concurrencyFixtureFacts = [
  fact({
    id: 'fx.layers',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'maximum number of layers per function',
    value: { kind: 'exact', n: 5, unit: 'count' },
    statement: 'A function can use up to 5 layers.',
    ...tags,
    misconceptions: ['A function can use up to 10 layers.'],
  }),
  fact({
    id: 'fx.account',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'default account concurrency',
    value: { kind: 'exact', n: 1000, unit: 'count' },
    statement: 'The default account concurrency is 1,000.',
    ...tags,
    misconceptions: ['The default account concurrency is 100.'],
    factCheck: {
      says: 'At least 100 must stay unreserved.',
      source: { kind: 'aws-docs', url: 'https://docs.aws.amazon.com/y.html', checked: '2026-11' },
      examNote: 'Exams expect 1,000.',
    },
  }),
  fact({
    id: 'fx.cold',
    kind: 'limit',
    topic: 'concurrency',
    subject: 'typical cold start of a light runtime',
    value: { kind: 'range', min: 50, max: 200, unit: 'ms' },
    statement: 'Light runtimes start cold in 50–200 ms.',
    ...tags,
    misconceptions: ['Light runtimes start cold in 5–10 s.'],
  }),
  fact({
    id: 'fx.reserved',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Reserved concurrency',
    definition: 'A guarantee and a cap.',
    statement: 'Reserved concurrency is a guarantee and a cap.',
    ...tags,
    misconceptions: ['Reserved concurrency pre-warms environments.'],
  }),
  fact({
    id: 'fx.provisioned',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Provisioned concurrency',
    definition: 'Pre-initialized environments.',
    statement: 'Provisioned concurrency keeps environments pre-initialized.',
    ...tags,
    misconceptions: ['Provisioned concurrency only caps scaling.'],
  }),
  fact({
    id: 'fx.unreserved',
    kind: 'definition',
    topic: 'concurrency',
    term: 'Unreserved concurrency',
    definition: 'The shared pool.',
    statement: 'Unreserved concurrency is the shared pool.',
    ...tags,
    misconceptions: ['Unreserved concurrency belongs to one function.'],
  }),
] as const;

const item = (i: Omit<ChecklistItem, 'source' | 'exams' | 'domains'>): ChecklistItem => ({
  ...i,
  ...tags,
});

export const fixtureChecklist = [
  item({
    id: 'fx.check-visibility',
    severity: 'critical',
    condition: 'Visibility timeout below the function timeout',
    why: 'Messages are processed twice',
    fix: 'Raise the visibility timeout to six times the function timeout',
    facts: ['fx.pull'],
  }),
  item({
    id: 'fx.check-async-errors',
    severity: 'critical',
    condition: 'No error handling on async invocations',
    why: 'Failures go unnoticed',
    fix: 'Add an on-failure destination',
    facts: ['fx.push'],
  }),
  item({
    id: 'fx.check-async-dlq',
    severity: 'warning',
    condition: 'No DLQ or destination for async failures',
    why: 'Failed events are lost',
    fix: 'Add an on-failure destination or a DLQ',
    facts: ['fx.push'],
  }),
  item({
    id: 'fx.check-package',
    severity: 'warning',
    condition: 'Large deployment package',
    why: 'Cold starts get slower',
    fix: 'Trim dependencies',
    facts: [],
  }),
  item({
    id: 'fx.check-layers',
    severity: 'suggestion',
    condition: 'Shared dependencies copied into every function',
    why: 'Packages grow and drift apart',
    fix: 'Move them into a layer',
    facts: ['fx.layers'],
  }),
] as const;

const tip = (t: Omit<ExamTip, 'source' | 'exams' | 'domains'>): ExamTip => ({ ...t, ...tags });

export const fixtureTips = [
  tip({
    id: 'fx.tip-timeout',
    text: 'Max execution timeout = [[15 minutes]]; for longer tasks use [[Step Functions]].',
    facts: [],
  }),
  tip({
    id: 'fx.tip-layers',
    text: 'Up to [[5]] layers; keep secrets in [[Secrets Manager]] or Parameter Store.',
    facts: ['fx.layers'],
  }),
  tip({ id: 'fx.tip-edge', text: 'Lambda@Edge is deployed in [[us-east-1]] only.', facts: [] }),
  tip({
    id: 'fx.tip-store',
    text: 'Parameter Store also holds configuration; the [[execution role]] must allow reading it.',
    facts: [],
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
      which: 'Which option supports {value}?',
    },
    { key: 'maxExecution', label: 'Max execution time', ask: 'How long can {row} run?' },
    { key: 'maxMemory', label: 'Max memory', ask: 'How much memory can {row} use?' },
    { key: 'triggerPoints', label: 'Trigger points', ask: 'Where can {row} run?' },
    { key: 'cost', label: 'Cost', ask: 'How is {row} billed?' },
    { key: 'state', label: 'State', ask: 'Does {row} keep state?' },
  ],
  rows: [
    {
      id: 'lambda-at-edge',
      name: 'Lambda@Edge',
      cells: {
        runtime: { text: 'Node.js, Python', means: ['nodejs', 'python'] },
        maxExecution: { text: '5s (viewer), 30s (origin)', means: ['5s-30s'] },
        maxMemory: { text: '128MB–10GB', means: ['128mb-10gb'] },
        triggerPoints: {
          text: 'Viewer request/response, Origin request/response',
          means: ['viewer', 'origin'],
        },
        cost: { text: 'Per request + duration', means: ['request-and-duration'] },
        state: { text: 'Stateless', means: ['stateless'] },
      },
    },
    {
      id: 'cloudfront-functions',
      name: 'CloudFront Functions',
      cells: {
        runtime: { text: 'JavaScript (ES5)', means: ['javascript'] },
        maxExecution: { text: '1ms', means: ['1ms'] },
        maxMemory: { text: '2MB', means: ['2mb'] },
        triggerPoints: { text: 'Viewer request/response only', means: ['viewer'] },
        cost: { text: 'Per request only (cheaper)', means: ['request-only'] },
        state: { text: 'Stateless', means: ['stateless'] },
      },
    },
  ],
} as const satisfies AttributeTable;

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
  }),
  topic({ id: 'concurrency', title: 'Fixture concurrency', facts: concurrencyFixtureFacts }),
  topic({ id: 'edge', title: 'Fixture edge', tables: [edgeTable] }),
  topic({ id: 'checklist', title: 'Fixture checklist', checklist: fixtureChecklist }),
  topic({ id: 'exam-tips', title: 'Fixture tips', tips: fixtureTips }),
] as const;

/** The whole fixture as quiz content. */
export const fixtureContent = { topics: fixtureTopics };
