/**
 * The document's Lambda@Edge vs CloudFront Functions table, turned around: its 8
 * feature rows are the columns here and the two products are the rows. Columns on
 * which both products have the same value carry no `which` phrasing.
 */
import type { AttributeTable } from '../schema';
import { bothExams, citeSection, cloudFrontGuide, noteFactCheck } from './authoring';

export const edgeLocationNote = noteFactCheck(
  'Not stated by AWS docs; treat as approximate. The CloudFront documentation describes edge functions running at edge locations close to viewers but gives no count.',
  `${cloudFrontGuide}edge-functions.html`,
);

export const edgeMemoryNote = noteFactCheck(
  'Viewer triggers get 128 MB; origin triggers can use up to 10,240 MB.',
  `${cloudFrontGuide}edge-functions-choosing.html`,
  'Older questions may quote 128 MB for all Lambda@Edge functions.',
);

export const cloudFrontFunctionsTimeNote = noteFactCheck(
  'AWS describes CloudFront Functions as "sub-millisecond" and enforces the limit as a compute-utilization score from 0 to 100, not as a 1 ms timer.',
  `${cloudFrontGuide}cloudfront-function-restrictions.html`,
  'Exam questions say "sub-millisecond" or "less than 1 ms".',
);

export const usEast1Note = noteFactCheck(
  'Right: the function must be in US East (N. Virginia). It must also be a numbered version, not $LATEST or an alias.',
  `${cloudFrontGuide}lambda-at-edge-function-restrictions.html`,
);

export const edgeTable = {
  id: 'edge.comparison',
  topic: 'edge',
  title: 'Lambda@Edge vs CloudFront Functions',
  source: citeSection('6. Lambda@Edge and CloudFront Functions'),
  exams: bothExams,
  domains: ['dva-3', 'sap-2'],
  subject: { one: 'edge compute option', many: 'edge compute options' },
  nameLabel: 'Feature',
  columns: [
    {
      key: 'runtime',
      label: 'Runtime',
      ask: 'Which runtime does {row} support?',
      which: 'Which edge option runs on {value}?',
    },
    {
      key: 'maxExecution',
      label: 'Max execution time',
      ask: 'What is the maximum execution time of {row}?',
      which: 'Which edge option has a maximum execution time of {value}?',
    },
    {
      key: 'maxMemory',
      label: 'Max memory',
      ask: 'How much memory can {row} use?',
      which: 'Which edge option has {value} of memory?',
    },
    { key: 'location', label: 'Location', ask: 'Where does {row} run?' },
    {
      key: 'triggerPoints',
      label: 'Trigger points',
      ask: 'At which trigger points can {row} run?',
      which: 'Which edge option can run at these trigger points: {value}?',
    },
    {
      key: 'cost',
      label: 'Cost',
      ask: 'How is {row} billed?',
      which: 'Which edge option is billed {value}?',
    },
    { key: 'state', label: 'State', ask: 'Does {row} keep state between requests?' },
    {
      key: 'deploymentRegion',
      label: 'Deployment region',
      ask: 'Where is {row} deployed?',
      which: 'Which edge option has this deployment rule: {value}?',
    },
  ],
  rows: [
    {
      id: 'lambda-at-edge',
      name: 'Lambda@Edge',
      cells: {
        runtime: { text: 'Node.js, Python', means: ['nodejs-python'] },
        maxExecution: { text: '5s (viewer), 30s (origin)', means: ['5s-viewer-30s-origin'] },
        maxMemory: { text: '128MB–10GB', means: ['128mb-10gb'] },
        location: { text: '400+ edge locations', means: ['400-plus-edge-locations'] },
        triggerPoints: {
          text: 'Viewer request/response, Origin request/response',
          means: ['viewer-and-origin'],
        },
        cost: { text: 'Per request + duration', means: ['per-request-and-duration'] },
        state: { text: 'Stateless', means: ['stateless'] },
        deploymentRegion: { text: 'Must deploy in us-east-1', means: ['us-east-1'] },
      },
      notes: {
        maxMemory: edgeMemoryNote,
        location: edgeLocationNote,
        deploymentRegion: usEast1Note,
      },
    },
    {
      id: 'cloudfront-functions',
      name: 'CloudFront Functions',
      cells: {
        runtime: { text: 'JavaScript (ES5)', means: ['javascript-es5'] },
        maxExecution: { text: '1ms', means: ['1ms'] },
        maxMemory: { text: '2MB', means: ['2mb'] },
        location: { text: '400+ edge locations', means: ['400-plus-edge-locations'] },
        triggerPoints: { text: 'Viewer request/response only', means: ['viewer-only'] },
        cost: { text: 'Per request only (cheaper)', means: ['per-request-only'] },
        state: { text: 'Stateless', means: ['stateless'] },
        deploymentRegion: { text: 'Global via CloudFront', means: ['global-via-cloudfront'] },
      },
      notes: {
        runtime: noteFactCheck(
          'The runtime is ECMAScript 5.1 plus selected features of ES 6 to 12. JavaScript runtime 2.0 is recommended, and it is required for CloudFront KeyValueStore.',
          `${cloudFrontGuide}functions-javascript-runtime-features.html`,
          'Older questions describe the runtime simply as ES5 / ES 5.1 JavaScript.',
        ),
        maxExecution: cloudFrontFunctionsTimeNote,
        location: edgeLocationNote,
        triggerPoints: noteFactCheck(
          'Besides viewer request and viewer response, CloudFront Functions can also run on a connection request during TLS setup, for mutual TLS.',
          `${cloudFrontGuide}cloudfront-functions.html`,
          'Exam questions expect viewer request/response only.',
        ),
      },
    },
  ],
} as const satisfies AttributeTable;
