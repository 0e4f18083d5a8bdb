import type { Fact, Topic } from '../schema';
import { bothExams, citeSection } from './authoring';
import {
  cloudFrontFunctionsTimeNote,
  edgeLocationNote,
  edgeMemoryNote,
  edgeTable,
  usEast1Note,
} from './edge-comparison';

const section = '6. Lambda@Edge and CloudFront Functions' as const;
const seed = citeSection(section);
const domains = ['dva-3', 'sap-2'] as const;

const choosing = [
  {
    id: 'edge.use-cloudfront-functions',
    kind: 'rule',
    topic: 'edge',
    statement:
      'CloudFront Functions are for simple transformations: URL rewrite, header manipulation, redirect.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'CloudFront Functions are the choice for calling a database to authenticate each request.',
      'CloudFront Functions are meant for heavy work such as resizing images at the edge.',
    ],
  },
  {
    id: 'edge.use-lambda-at-edge',
    kind: 'rule',
    topic: 'edge',
    statement:
      'Lambda@Edge is for complex logic: auth, A/B testing, geo-routing, dynamic origin selection.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Lambda@Edge is meant only for simple header rewrites; complex logic must run at the origin.',
    ],
  },
  {
    id: 'edge.lambda-at-edge-us-east-1',
    kind: 'rule',
    topic: 'edge',
    statement:
      'Lambda@Edge functions are deployed in us-east-1 only, but run globally at CloudFront edge locations.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Lambda@Edge functions must be deployed separately in every Region where viewers are located.',
      'Lambda@Edge functions run only in us-east-1, so viewers far away see higher latency.',
    ],
    factCheck: usEast1Note,
  },
  {
    id: 'edge.cloudfront-functions-cheaper',
    kind: 'rule',
    topic: 'edge',
    statement:
      'CloudFront Functions are cheaper, sub-millisecond and simpler than Lambda@Edge: they are billed per request only.',
    source: citeSection('Exam Tips'),
    exams: bothExams,
    domains,
    misconceptions: [
      'CloudFront Functions cost more than Lambda@Edge because they are billed per request and per duration.',
    ],
  },
] as const satisfies readonly Fact[];

const numbers = [
  {
    id: 'edge.lambda-at-edge-viewer-timeout',
    kind: 'limit',
    topic: 'edge',
    subject: 'maximum execution time of Lambda@Edge on a viewer trigger',
    value: { kind: 'exact', n: 5, unit: 's' },
    statement: 'Lambda@Edge can run for at most 5 seconds on a viewer trigger.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Lambda@Edge can run for up to 15 minutes on a viewer trigger, like any Lambda function.',
    ],
  },
  {
    id: 'edge.lambda-at-edge-origin-timeout',
    kind: 'limit',
    topic: 'edge',
    subject: 'maximum execution time of Lambda@Edge on an origin trigger',
    value: { kind: 'exact', n: 30, unit: 's' },
    statement: 'Lambda@Edge can run for at most 30 seconds on an origin trigger.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'Lambda@Edge origin triggers have the same 5-second limit as viewer triggers.',
    ],
  },
  {
    id: 'edge.cloudfront-functions-max-execution',
    kind: 'limit',
    topic: 'edge',
    subject: 'maximum execution time of a CloudFront Function',
    value: { kind: 'exact', n: 1, unit: 'ms' },
    statement: 'A CloudFront Function can run for at most 1 ms.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'A CloudFront Function can run for up to 5 seconds, like a Lambda@Edge viewer trigger.',
    ],
    factCheck: cloudFrontFunctionsTimeNote,
  },
  {
    id: 'edge.lambda-at-edge-memory',
    kind: 'limit',
    topic: 'edge',
    subject: 'memory available to a Lambda@Edge function',
    value: { kind: 'range', min: 128, max: 10240, unit: 'MB' },
    statement: 'A Lambda@Edge function can have 128 MB to 10 GB of memory.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['A Lambda@Edge function is limited to 2 MB of memory.'],
    factCheck: edgeMemoryNote,
  },
  {
    id: 'edge.cloudfront-functions-memory',
    kind: 'limit',
    topic: 'edge',
    subject: 'memory available to a CloudFront Function',
    value: { kind: 'exact', n: 2, unit: 'MB' },
    statement: 'A CloudFront Function has 2 MB of memory.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: ['A CloudFront Function can be given up to 10 GB of memory.'],
  },
  {
    id: 'edge.edge-location-count',
    kind: 'limit',
    topic: 'edge',
    subject: 'edge locations where Lambda@Edge and CloudFront Functions run (400+)',
    value: { kind: 'exact', n: 400, unit: 'count' },
    statement: 'Both Lambda@Edge and CloudFront Functions run at 400+ edge locations.',
    source: seed,
    exams: bothExams,
    domains,
    misconceptions: [
      'CloudFront Functions run at 400+ edge locations, but Lambda@Edge runs only in us-east-1.',
    ],
    factCheck: edgeLocationNote,
  },
] as const satisfies readonly Fact[];

export const edgeFacts = [...choosing, ...numbers] as const satisfies readonly Fact[];

export const edgeTopic = {
  id: 'edge',
  title: 'Lambda@Edge and CloudFront Functions',
  summary: 'Two ways to run code at CloudFront edge locations, and how to choose between them.',
  section,
  intro: [
    'Both options run your code at CloudFront edge locations, close to viewers. CloudFront Functions are tiny, sub-millisecond JavaScript functions for simple request and response changes; Lambda@Edge is a full Lambda function for complex logic, with more time, memory and trigger points.',
    'Deploying Lambda@Edge or CloudFront Functions for edge computing is a core job: pick the lighter tool unless the requirement needs what only Lambda@Edge offers.',
  ],
  tables: [edgeTable],
  facts: edgeFacts,
  sets: [],
  checklist: [],
  tips: [],
} as const satisfies Topic;
