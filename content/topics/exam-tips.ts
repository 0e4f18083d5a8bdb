import type { ExamTip, Topic } from '../schema';
import { bothExams, citeSection } from './authoring';

const section = 'Exam Tips' as const;
const seed = citeSection(section);

/** Each text is the document's tip word for word, with `[[…]]` around the words to hide. */
export const examTips = [
  {
    id: 'exam-tips.sqs-batch-and-visibility',
    text: 'SQS + Lambda: batch size up to [[10,000]]; visibility timeout must be > Lambda timeout (to avoid [[duplicate processing]] during retries)',
    facts: ['esm.sqs-batch-size', 'esm.sqs-visibility-timeout'],
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'dva-4', 'sap-3'],
  },
  {
    id: 'exam-tips.provisioned-concurrency',
    text: 'Provisioned concurrency = eliminates [[cold starts]]; costs money even when [[idle]] (pre-initialized environments running 24/7)',
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
    id: 'exam-tips.role-vs-resource-policy',
    text: 'Lambda [[execution role]] = what Lambda CAN do (outbound AWS API calls); [[resource policy]] = who CAN invoke Lambda (inbound)',
    facts: ['key-concepts.execution-role', 'key-concepts.resource-policy'],
    source: seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-1'],
  },
  {
    id: 'exam-tips.max-timeout',
    text: 'Max execution timeout = [[15 minutes]]; for longer tasks use [[Step Functions]] + Fargate or ECS tasks',
    facts: ['key-concepts.max-timeout', 'key-concepts.long-tasks'],
    source: seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-4'],
  },
  {
    id: 'exam-tips.edge',
    text: 'Lambda@Edge = deployed in [[us-east-1]] ONLY but runs globally at CloudFront edge; [[CloudFront Functions]] = cheaper, sub-millisecond, simpler',
    facts: ['edge.lambda-at-edge-us-east-1', 'edge.cloudfront-functions-cheaper'],
    source: seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-2'],
  },
  {
    id: 'exam-tips.layers',
    text: 'Layers = shared dependencies (SDK, pandas); NOT for [[secrets]] — use [[Secrets Manager]] or Parameter Store instead',
    facts: ['layers.purpose', 'layers.not-for-secrets'],
    source: seed,
    exams: bothExams,
    domains: ['dva-2', 'dva-3', 'sap-2'],
  },
  {
    id: 'exam-tips.bisect-batch',
    text: '[[BisectBatchOnFunctionError]] (Kinesis/DynamoDB Streams): splits failing batch in [[half]] to isolate bad records, reducing reprocessing',
    facts: ['esm.bisect-batch'],
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
  {
    id: 'exam-tips.report-batch-item-failures',
    text: '[[ReportBatchItemFailures]] (SQS): return failed message IDs — only those specific messages are retried, not the [[whole batch]]',
    facts: ['esm.report-batch-item-failures'],
    source: seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
] as const satisfies readonly ExamTip[];

export const examTipsTopic = {
  id: 'exam-tips',
  title: 'Exam tips',
  summary: 'Eight one-line facts that DVA-C02 and SAP-C02 questions test again and again.',
  section,
  intro: [
    'Preparing for the AWS DVA-C02 or SAP-C02 exam? These tips restate the facts that questions hinge on most often. Each one links back to the facts it summarizes.',
  ],
  tables: [],
  facts: [],
  sets: [],
  checklist: [],
  tips: examTips,
} as const satisfies Topic;
