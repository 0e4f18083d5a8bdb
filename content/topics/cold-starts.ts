import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, citeSection, lambdaGuide, noteFactCheck } from './authoring';
import { mitigationFacts, mitigationSet } from './cold-start-mitigations';

const section = '3. Cold Starts' as const;
const seed = citeSection(section);
const domains = ['dva-4', 'sap-3'] as const;

const roughFigures = noteFactCheck(
  'Not stated by AWS docs; treat as approximate. No AWS page gives cold-start ranges per runtime: these are rough, typical figures. AWS documents the Init phase (extensions, runtime, function static code) that a cold start adds.',
  `${lambdaGuide}lambda-runtime-environment.html`,
);

const causeSet = {
  id: 'cold-starts.causes',
  topic: 'cold-starts',
  title: 'When a cold start occurs',
  ask: 'Which of these causes a cold start?',
  nonMembers: [
    'A warm execution environment is free when the request arrives',
    'Function invoked again a few seconds after its last call',
    'Traffic stays within the number of warm environments',
  ],
  source: seed,
} as const satisfies FactSet;

export const coldStartSets = [causeSet, mitigationSet] as const satisfies readonly FactSet[];

const causes = [
  {
    id: 'cold-starts.cause-no-warm-environment',
    kind: 'member',
    set: 'cold-starts.causes',
    label: 'No warm execution environment available',
    topic: 'cold-starts',
    statement: 'A cold start occurs when no warm execution environment is available.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['A cold start occurs only the very first time a function is ever invoked.'],
  },
  {
    id: 'cold-starts.cause-idle-recycled',
    kind: 'member',
    set: 'cold-starts.causes',
    label: 'Function not invoked for several minutes (environment recycled)',
    topic: 'cold-starts',
    statement:
      'A cold start occurs when the function was not invoked for several minutes and its environment was recycled.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Lambda keeps an idle function’s execution environment warm indefinitely, so idle time never causes a cold start.',
    ],
  },
  {
    id: 'cold-starts.cause-burst',
    kind: 'member',
    set: 'cold-starts.causes',
    label: 'Burst traffic exceeds warm environments',
    topic: 'cold-starts',
    statement:
      'A cold start occurs when burst traffic exceeds the warm environments, so new ones must be created.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'During a burst, extra requests wait for a warm environment to become free instead of starting new ones.',
    ],
  },
] as const satisfies readonly Fact[];

const runtimes = [
  {
    id: 'cold-starts.runtime-jvm',
    kind: 'limit',
    topic: 'cold-starts',
    subject: 'approximate cold start for Java, .NET and Kotlin (JVM initialization)',
    value: { kind: 'range', min: 500, max: 2000, unit: 'ms' },
    statement:
      'Java, .NET and Kotlin cold starts take roughly 500 ms to 2 s, because of JVM initialization.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Java, .NET and Kotlin have the fastest cold starts, around 10–50 ms, because their code is compiled ahead of time.',
    ],
    factCheck: roughFigures,
  },
  {
    id: 'cold-starts.runtime-light',
    kind: 'limit',
    topic: 'cold-starts',
    subject: 'approximate cold start for Python, Node.js, Go and Ruby',
    value: { kind: 'range', min: 50, max: 200, unit: 'ms' },
    statement:
      'Python, Node.js, Go and Ruby cold starts take roughly 50–200 ms (lighter runtimes).',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Python, Node.js, Go and Ruby cold starts typically take 2–5 seconds, slower than Java.',
    ],
    factCheck: roughFigures,
  },
  {
    id: 'cold-starts.runtime-container',
    kind: 'rule',
    topic: 'cold-starts',
    statement: 'Cold starts of custom container images vary: pulling the container adds overhead.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Container images always have the fastest cold starts, because the image is already fully initialized.',
    ],
  },
] as const satisfies readonly Fact[];

export const coldStartFacts = [
  ...causes,
  ...runtimes,
  ...mitigationFacts,
] as const satisfies readonly Fact[];

export const coldStartsTopic = {
  id: 'cold-starts',
  title: 'Cold starts',
  summary: 'What causes a cold start, how long it takes per runtime, and how to reduce it.',
  section,
  intro: [
    'A cold start is the extra time Lambda needs to create and initialize a new execution environment before your handler can run. Warm invocations reuse an environment and skip it.',
    'Managing cold starts — and paying for provisioned concurrency only where it matters — is part of managing Lambda concurrency.',
  ],
  tables: [],
  facts: coldStartFacts,
  sets: coldStartSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
