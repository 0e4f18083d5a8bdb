import type { ExamTip, Topic } from '../schema';
import { bothExams } from './authoring';

const seed = 'Exam Tips' as const;

/** Each tip restates, in plain sentences, facts that are asked elsewhere in the bank. */
export const examTips = [
  {
    id: 'exam-tips.sqs-batch-and-visibility',
    text: 'An SQS trigger can take batches of up to 10,000 messages from a standard queue, but only 10 from a FIFO queue. Lambda refuses to create or update the mapping when the function timeout is longer than the queue’s visibility timeout, and AWS recommends a visibility timeout of at least six times the function timeout, so that messages do not reappear and get processed twice while a batch is still running or being retried.',
    facts: ['esm.sqs-batch-size', 'esm.sqs-visibility-timeout'],
    seed,
    notesSaid:
      'SQS + Lambda: batch size up to 10,000; visibility timeout must be > Lambda timeout (to avoid duplicate processing during retries)',
    exams: bothExams,
    domains: ['dva-1', 'dva-4', 'sap-3'],
  },
  {
    id: 'exam-tips.provisioned-concurrency',
    text: 'Provisioned concurrency keeps a set number of execution environments initialized, so the requests they serve have no cold start. It is billed for as long as it is configured, even when the function is idle.',
    facts: [
      'concurrency.provisioned',
      'cold-starts.mitigation-provisioned-concurrency',
      'cold-starts.provisioned-cost',
    ],
    seed,
    notesSaid:
      'Provisioned concurrency = eliminates cold starts; costs money even when idle (pre-initialized environments running 24/7)',
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
  {
    id: 'exam-tips.role-vs-resource-policy',
    text: 'The execution role decides what the function can do: the AWS services and resources it can call. The function’s resource-based policy decides who can invoke it: other accounts and AWS services such as Amazon S3.',
    facts: ['key-concepts.execution-role', 'key-concepts.resource-policy'],
    seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-1'],
  },
  {
    id: 'exam-tips.max-timeout',
    text: 'A standard Lambda function can run for at most 15 minutes per invocation. For longer work, orchestrate the steps with Step Functions and run the long parts as Amazon ECS tasks on Fargate.',
    facts: ['key-concepts.max-timeout', 'key-concepts.long-tasks'],
    seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-4'],
  },
  {
    id: 'exam-tips.edge',
    text: 'Lambda@Edge functions are created only in US East (N. Virginia), and Lambda@Edge replicates them to run close to viewers around the world. CloudFront Functions cost less, finish in under a millisecond and suit simpler changes to requests and responses.',
    facts: [
      'edge.lambda-at-edge-us-east-1',
      'edge.cloudfront-functions-cheaper',
      'edge.cloudfront-functions-max-execution',
    ],
    seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-2'],
  },
  {
    id: 'exam-tips.layers',
    text: 'Layers share dependencies, such as a pinned AWS SDK or pandas, between functions. They are not for secrets, which belong in Secrets Manager or Parameter Store.',
    facts: ['layers.purpose', 'layers.not-for-secrets'],
    seed,
    exams: bothExams,
    domains: ['dva-2', 'dva-3', 'sap-2'],
  },
  {
    id: 'exam-tips.bisect-batch',
    text: 'For Kinesis and DynamoDB Streams, BisectBatchOnFunctionError splits a failing batch in half and retries each half, which isolates the bad records and reduces reprocessing.',
    facts: ['esm.bisect-batch'],
    seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
  {
    id: 'exam-tips.report-batch-item-failures',
    text: 'With ReportBatchItemFailures on an SQS trigger, the function returns the IDs of the messages that failed, and only those messages go back to the queue to be retried, not the whole batch.',
    facts: ['esm.report-batch-item-failures'],
    seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
  },
] as const satisfies readonly ExamTip[];

export const examTipsTopic = {
  id: 'exam-tips',
  title: 'Exam tips',
  summary: 'Eight short facts that DVA-C02 and SAP-C02 questions test again and again.',
  section: seed,
  intro: [
    'Preparing for the AWS DVA-C02 or SAP-C02 exam? A few facts decide questions again and again. Each tip restates some of them as AWS documents them today and links back to the facts it summarizes, which are asked in their own topics.',
  ],
  tables: [],
  facts: [],
  sets: [],
  checklist: [],
  tips: examTips,
} as const satisfies Topic;
