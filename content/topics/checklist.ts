import type { ChecklistItem, Topic } from '../schema';
import { bothExams, citeSection } from './authoring';

const section = 'Checklist' as const;
const seed = citeSection(section);

const critical = [
  {
    id: 'checklist.sqs-visibility-below-timeout',
    severity: 'critical',
    condition: 'SQS visibility timeout < Lambda timeout',
    why: 'Guarantees duplicate processing: a message becomes visible again while the function is still working on it, so another invocation picks it up.',
    fix: 'Set the queue’s visibility timeout above the function timeout — at least 6 × the function timeout.',
    facts: ['esm.sqs-visibility-timeout', 'esm.sqs-setting-visibility-timeout'],
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
  {
    id: 'checklist.function-takes-account-concurrency',
    severity: 'critical',
    condition: 'Lambda function consuming full account concurrency',
    why: 'Starves other functions: they share the same account limit and get throttled.',
    fix: 'Give the function reserved concurrency, a guarantee plus a maximum cap, so it cannot take the whole pool; request an account limit increase if the total demand is real.',
    facts: ['concurrency.reserved', 'concurrency.unreserved', 'concurrency.account-limit'],
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-1', 'sap-3'],
  },
  {
    id: 'checklist.async-no-error-handling',
    severity: 'critical',
    condition: 'No error handling on async invocations',
    why: 'Silent failures: nobody waits for the result of an async invocation, so an error goes unnoticed.',
    fix: 'Configure an on-failure destination (or a DLQ) instead of relying on try/catch inside the function.',
    facts: ['destinations.async-alternative', 'destinations.targets'],
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
] as const satisfies readonly ChecklistItem[];

const warnings = [
  {
    id: 'checklist.cold-starts-user-facing',
    severity: 'warning',
    condition: 'Cold starts affecting user-facing API (provisioned concurrency not configured)',
    why: 'Users wait for a new execution environment to initialize on every cold start.',
    fix: 'Configure provisioned concurrency for the latency-sensitive function, keeping in mind it costs money even when idle.',
    facts: [
      'concurrency.provisioned',
      'cold-starts.mitigation-provisioned-concurrency',
      'cold-starts.provisioned-cost',
    ],
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
  {
    id: 'checklist.async-no-dlq-or-destination',
    severity: 'warning',
    condition: 'No DLQ/destination for async function failures',
    why: 'A failed async event is dropped with no record to inspect or replay.',
    fix: 'Add an on-failure destination, which receives the full invocation record, or at least a DLQ, which receives the failed event payload.',
    facts: ['destinations.targets', 'destinations.full-record', 'destinations.vs-dlq'],
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
  {
    id: 'checklist.large-package',
    severity: 'warning',
    condition: 'Large deployment package',
    why: 'Slow cold starts: more code to load during init.',
    fix: 'Shrink the deployment package and minimize imports; move shared dependencies into layers (250 MB unzipped in total).',
    facts: [
      'cold-starts.mitigation-smaller-package',
      'cold-starts.mitigation-minimize-init',
      'layers.max-unzipped',
    ],
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
] as const satisfies readonly ChecklistItem[];

const suggestions = [
  {
    id: 'checklist.java-no-snapstart',
    severity: 'suggestion',
    condition: 'Java function without Lambda SnapStart',
    why: 'JVM initialization makes Java cold starts take roughly 500 ms to 2 s.',
    fix: 'Turn on SnapStart so that cold starts restore a snapshot of the initialized environment (sub-100 ms for Java).',
    facts: [
      'cold-starts.mitigation-snapstart',
      'cold-starts.runtime-jvm',
      'key-concepts.snapstart',
    ],
    source: seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
  },
  {
    id: 'checklist.function-url-for-simple-api',
    severity: 'suggestion',
    condition: 'API Gateway used for a simple use case',
    why: 'A function URL is a built-in HTTPS endpoint that needs no API Gateway.',
    fix: 'Use a Lambda function URL instead of API Gateway, with IAM auth or no auth.',
    facts: ['key-concepts.function-url'],
    source: seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-3'],
  },
  {
    id: 'checklist.layers-for-shared-deps',
    severity: 'suggestion',
    condition: 'Shared dependencies packaged into every function',
    why: 'The same libraries are duplicated in each deployment package.',
    fix: 'Package the shared libraries and dependencies once as a layer (up to 5 layers per function).',
    facts: ['layers.purpose', 'layers.max-count'],
    source: seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
  },
] as const satisfies readonly ChecklistItem[];

export const checklistItems = [
  ...critical,
  ...warnings,
  ...suggestions,
] as const satisfies readonly ChecklistItem[];

export const checklistTopic = {
  id: 'checklist',
  title: 'Review checklist',
  summary: 'The 🔴 critical, 🟡 warning and 🟢 suggestion findings to look for in a Lambda design.',
  section,
  intro: [
    'Use this checklist to review a Lambda design or template. Critical findings cause duplicates, outages or silent data loss; warnings hurt latency or reliability; suggestions make things simpler or faster.',
  ],
  tables: [],
  facts: [],
  sets: [],
  checklist: checklistItems,
  tips: [],
} as const satisfies Topic;
