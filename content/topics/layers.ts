import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, citeSection } from './authoring';

const section = '5. Lambda Layers' as const;
const seed = citeSection(section);
const domains = ['dva-3', 'sap-2'] as const;

export const layerSets = [
  {
    id: 'layers.common-uses',
    topic: 'layers',
    title: 'Common uses of layers',
    ask: 'Which of these is a common use of Lambda layers?',
    nonMembers: [
      'Database passwords and API keys',
      'Temporary files written during an invocation',
      'Per-environment secrets such as signing keys',
    ],
    source: seed,
  },
] as const satisfies readonly FactSet[];

const limits = [
  {
    id: 'layers.purpose',
    kind: 'rule',
    topic: 'layers',
    statement:
      'Layers package shared libraries and dependencies separately from the function code.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Layers hold the function’s handler code, while dependencies must stay inside the deployment package.',
      'Layers are a way to run several functions inside one execution environment.',
    ],
  },
  {
    id: 'layers.max-count',
    kind: 'limit',
    topic: 'layers',
    subject: 'layers per function',
    value: { kind: 'exact', n: 5, unit: 'count' },
    statement: 'A function can use up to 5 layers.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['A function can use up to 10 layers.', 'A function can use only one layer.'],
  },
  {
    id: 'layers.max-unzipped',
    kind: 'limit',
    topic: 'layers',
    subject: 'maximum unzipped size of the function plus all its layers',
    value: { kind: 'exact', n: 250, unit: 'MB' },
    statement: 'The maximum unzipped size is 250 MB for the function and all its layers combined.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Each layer may be 250 MB unzipped on its own, so five layers allow 1,250 MB.',
      'The maximum unzipped size of a function with its layers is 50 MB.',
    ],
  },
  {
    id: 'layers.cross-account',
    kind: 'rule',
    topic: 'layers',
    statement:
      'Layers can be shared across accounts: layer-based sharing suits internal libraries.',
    source: seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-1'],
    misconceptions: ['A layer can be used only by functions in the account that published it.'],
  },
  {
    id: 'layers.not-for-secrets',
    kind: 'rule',
    topic: 'layers',
    statement:
      'Layers are not for secrets: use Secrets Manager or Parameter Store, not environment variables or layers.',
    source: seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      'A private layer is the recommended place to ship database passwords to many functions.',
      'Environment variables are the recommended place for secrets, because Lambda hides them from the console.',
    ],
  },
] as const satisfies readonly Fact[];

const uses = [
  {
    id: 'layers.use-sdk-extensions',
    kind: 'member',
    set: 'layers.common-uses',
    label: 'AWS SDK extensions',
    topic: 'layers',
    statement: 'AWS SDK extensions are a common use of layers.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'The AWS SDK cannot be packaged in a layer; it must be bundled in each function.',
    ],
  },
  {
    id: 'layers.use-ml-libraries',
    kind: 'member',
    set: 'layers.common-uses',
    label: 'pandas/numpy (large ML libraries)',
    topic: 'layers',
    statement: 'Large ML libraries such as pandas and numpy are a common use of layers.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Large libraries such as pandas must never go into layers, only into /tmp at run time.',
    ],
  },
  {
    id: 'layers.use-custom-runtimes',
    kind: 'member',
    set: 'layers.common-uses',
    label: 'Custom runtimes',
    topic: 'layers',
    statement: 'Custom runtimes are a common use of layers.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['Custom runtimes can be delivered only as container images, never as layers.'],
  },
] as const satisfies readonly Fact[];

export const layerFacts = [...limits, ...uses] as const satisfies readonly Fact[];

export const layersTopic = {
  id: 'layers',
  title: 'Lambda layers',
  summary: 'Sharing libraries between functions: up to 5 layers, 250 MB unzipped, never secrets.',
  section,
  intro: [
    'A layer is an archive of libraries or other dependencies that several functions can include, so shared code is packaged once instead of in every deployment package.',
  ],
  tables: [],
  facts: layerFacts,
  sets: layerSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
