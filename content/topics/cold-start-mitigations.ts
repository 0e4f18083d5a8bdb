/** Cold-start mitigations, and the numbers and costs that come with them. */
import type { Fact, FactSet } from '../schema';
import { bothExams, citeSection, lambdaGuide, noteFactCheck } from './authoring';

const seed = citeSection('3. Cold Starts');
const domains = ['dva-4', 'sap-3'] as const;

export const snapStartNote = noteFactCheck(
  'SnapStart now supports Java 11+, Python 3.12+ and .NET 8+, and AWS promises startup "as low as sub-second". It works on published versions and aliases only, and cannot be combined with provisioned concurrency or EFS.',
  `${lambdaGuide}snapstart.html`,
  'Older questions treat SnapStart as a Java-only feature.',
);

export const mitigationSet = {
  id: 'cold-starts.mitigations',
  topic: 'cold-starts',
  title: 'Cold-start mitigations',
  ask: 'Which of these does the study guide list as a cold-start mitigation?',
  nonMembers: [
    'Raising the function timeout',
    'Moving initialization code inside the handler',
    'Adding a dead-letter queue',
    'Adding more layers to the function',
  ],
  source: seed,
} as const satisfies FactSet;

const mitigations = [
  {
    id: 'cold-starts.mitigation-provisioned-concurrency',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'Provisioned concurrency',
    topic: 'cold-starts',
    statement:
      'Provisioned concurrency pre-initializes environments and eliminates cold starts, but costs money continuously.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Provisioned concurrency reduces cold starts only by a few milliseconds and is free when the function is idle.',
    ],
  },
  {
    id: 'cold-starts.mitigation-smaller-package',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'Smaller deployment package',
    topic: 'cold-starts',
    statement: 'A smaller deployment package means less code to load and a faster init.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Package size has no effect on init time, because Lambda caches all code in memory.',
    ],
  },
  {
    id: 'cold-starts.mitigation-minimize-init',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'Minimize imports and initialization code',
    topic: 'cold-starts',
    statement:
      'Minimize imports and initialization code, and move work outside the handler to module level, where it runs once per environment.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Initialization work should go inside the handler so that it runs fresh on every invocation.',
    ],
  },
  {
    id: 'cold-starts.mitigation-snapstart',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'SnapStart (Java)',
    topic: 'cold-starts',
    statement:
      'SnapStart (Java) snapshots the initialized environment and restores it on a cold start: sub-100 ms for Java.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'SnapStart keeps a pool of Java environments running all the time, billed like provisioned concurrency.',
    ],
    factCheck: snapStartNote,
  },
  {
    id: 'cold-starts.mitigation-keep-warm',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'Keep warm with scheduled pings (not recommended)',
    topic: 'cold-starts',
    statement:
      'Keeping functions warm with scheduled pings every 5 minutes is not recommended: it is not reliable and it is wasteful.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Scheduled keep-warm pings are the recommended way to guarantee that no request ever hits a cold start.',
    ],
  },
] as const satisfies readonly Fact[];

const numbersAndCosts = [
  {
    id: 'cold-starts.provisioned-cost',
    kind: 'rule',
    topic: 'cold-starts',
    statement:
      'Provisioned concurrency costs money even when idle, because the pre-initialized environments run 24/7.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Provisioned concurrency is billed only for the requests it serves, so an idle function costs nothing.',
    ],
  },
  {
    id: 'cold-starts.snapstart-restore',
    kind: 'limit',
    topic: 'cold-starts',
    subject: 'cold-start time that SnapStart brings Java functions under',
    value: { kind: 'exact', n: 100, unit: 'ms' },
    statement: 'SnapStart restores a Java function’s snapshot for sub-100 ms cold starts.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['SnapStart brings Java cold starts down to about 5 seconds.'],
    factCheck: snapStartNote,
  },
  {
    id: 'cold-starts.keep-warm-interval',
    kind: 'limit',
    topic: 'cold-starts',
    subject: 'interval between scheduled keep-warm pings',
    value: { kind: 'exact', n: 5, unit: 'min' },
    statement: 'Keep-warm schemes ping the function on a schedule every 5 minutes.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['Keep-warm schemes ping the function once every 24 hours.'],
  },
] as const satisfies readonly Fact[];

export const mitigationFacts = [
  ...mitigations,
  ...numbersAndCosts,
] as const satisfies readonly Fact[];
