/**
 * What the Learn index shows of each topic (title, summary, how many items it lists), apart
 * from the topics themselves, so that the list of topics does not load every topic's content.
 * A test keeps it equal to `summarizeTopic` of every topic in `content/index.ts`, in order.
 */
import type { Topic, TopicId } from './schema';

export type TopicSummary = Readonly<{
  id: TopicId;
  title: string;
  summary: string;
  /** A topic beyond the study document (`Topic.beyondSeed`). */
  beyondSeed: boolean;
  /** Facts, table rows, checklist items and exam tips the topic's page lists. */
  items: number;
}>;

/** A topic's entry in `topicSummaries`: what to write there when a topic changes. */
export function summarizeTopic(topic: Topic): TopicSummary {
  return {
    id: topic.id,
    title: topic.title,
    summary: topic.summary,
    beyondSeed: topic.beyondSeed === true,
    items:
      topic.facts.length +
      topic.tables.reduce((n, t) => n + t.rows.length, 0) +
      topic.checklist.length +
      topic.tips.length,
  };
}

/** Every topic, in the order of `topics` in `content/index.ts`. */
export const topicSummaries: readonly TopicSummary[] = [
  {
    id: 'triggers',
    title: 'Lambda triggers (event sources)',
    summary:
      'Which services invoke Lambda themselves, which ones Lambda polls, and what that means for concurrency and ordering.',
    beyondSeed: false,
    items: 20,
  },
  {
    id: 'concurrency',
    title: 'Concurrency management',
    summary:
      'Unreserved, reserved and provisioned concurrency, the default Regional quota and how to size concurrency.',
    beyondSeed: false,
    items: 12,
  },
  {
    id: 'cold-starts',
    title: 'Cold starts',
    summary:
      'What causes a cold start, roughly how long it takes per runtime, and how to reduce it.',
    beyondSeed: false,
    items: 16,
  },
  {
    id: 'event-source-mappings',
    title: 'Event source mapping configuration',
    summary:
      'Batching, visibility timeout and failure handling for SQS triggers; shards, bisecting, retry limits and parallelization for stream triggers.',
    beyondSeed: false,
    items: 27,
  },
  {
    id: 'layers',
    title: 'Lambda layers',
    summary: 'Sharing libraries between functions: up to 5 layers, 250 MB unzipped, never secrets.',
    beyondSeed: false,
    items: 12,
  },
  {
    id: 'edge',
    title: 'Lambda@Edge and CloudFront Functions',
    summary: 'Two ways to run code close to CloudFront viewers, and how to choose between them.',
    beyondSeed: false,
    items: 15,
  },
  {
    id: 'destinations',
    title: 'Lambda destinations',
    summary:
      'Routing the outcome of asynchronous invocations, and where failed SQS messages and stream batches end up.',
    beyondSeed: false,
    items: 14,
  },
  {
    id: 'key-concepts',
    title: 'Key concepts',
    summary:
      'Execution environment, handler, execution role vs resource policy, function URLs, extensions, SnapStart and /tmp.',
    beyondSeed: false,
    items: 12,
  },
  {
    id: 'checklist',
    title: 'Review checklist',
    summary:
      'The 🔴 critical, 🟡 warning and 🟢 suggestion findings to look for in a Lambda design.',
    beyondSeed: false,
    items: 9,
  },
  {
    id: 'exam-tips',
    title: 'Exam tips',
    summary: 'Eight short facts that DVA-C02 and SAP-C02 questions test again and again.',
    beyondSeed: false,
    items: 8,
  },
  {
    id: 'limits',
    title: 'Limits and quotas',
    summary:
      'Memory and CPU, timeout, payloads, package sizes and storage: the numbers behind a function.',
    beyondSeed: true,
    items: 14,
  },
  {
    id: 'invocation',
    title: 'Invocation types and asynchronous behaviour',
    summary:
      'Synchronous vs asynchronous calls, retries, maximum event age, dead-letter queues and idempotency.',
    beyondSeed: true,
    items: 16,
  },
  {
    id: 'versions',
    title: 'Versions and aliases',
    summary:
      '$LATEST, immutable published versions, weighted aliases and what attaches to a version.',
    beyondSeed: true,
    items: 13,
  },
  {
    id: 'permissions',
    title: 'Permissions',
    summary:
      'Execution role and resource-based policy, how services and other accounts get access, function URL auth, layer sharing.',
    beyondSeed: true,
    items: 27,
  },
  {
    id: 'configuration',
    title: 'Configuration and secrets',
    summary:
      'Environment variables and their KMS encryption, Parameter Store tiers and Secrets Manager, caching, rotation and sharing secrets.',
    beyondSeed: true,
    items: 18,
  },
  {
    id: 'networking',
    title: 'Networking: VPC access and RDS Proxy',
    summary:
      'Functions in a VPC: subnets and security groups, NAT gateways, VPC endpoints and RDS Proxy.',
    beyondSeed: true,
    items: 21,
  },
  {
    id: 'observability',
    title: 'Observability: logs, metrics and tracing',
    summary:
      'CloudWatch metrics, alarms and logs, Logs Insights, Lambda Insights, embedded metrics, X-Ray tracing and API Gateway metrics.',
    beyondSeed: true,
    items: 32,
  },
  {
    id: 'lifecycle',
    title: 'Execution environment lifecycle and scaling',
    summary:
      'Init, Invoke and Shutdown, what warm invocations reuse, and how fast a function scales.',
    beyondSeed: true,
    items: 14,
  },
  {
    id: 'deployment',
    title: 'Deployment: SAM, CodeDeploy and container images',
    summary:
      'SAM templates and CLI, canary and linear traffic shifting with alarms and hooks, images.',
    beyondSeed: true,
    items: 16,
  },
  {
    id: 'orchestration',
    title: 'Orchestration beyond 15 minutes',
    summary:
      'Step Functions Standard vs Express, integration patterns, error handling, ECS and Fargate.',
    beyondSeed: true,
    items: 12,
  },
  {
    id: 'integration',
    title: 'Integration patterns',
    summary:
      'Queues, topics, buses and streams between services and functions: buffering, fan-out, ordering and scheduling.',
    beyondSeed: true,
    items: 38,
  },
  {
    id: 'performance',
    title: 'Memory and performance',
    summary:
      'Memory buys CPU: sizing memory from measurements, arm64, timeouts, and choosing between the cold-start controls.',
    beyondSeed: true,
    items: 15,
  },
  {
    id: 'packaging',
    title: 'Packaging and deployment artifacts',
    summary:
      'The .zip layout and its errors, container images and base images, and how SAM and CloudFormation upload code.',
    beyondSeed: true,
    items: 12,
  },
  {
    id: 'api-gateway',
    title: 'HTTP front doors: API Gateway, function URLs, ALB',
    summary:
      'Proxy integrations, timeouts, stages and aliases, caching, throttling and usage plans, authorizers, CORS, streaming, and when to use a function URL or an ALB.',
    beyondSeed: true,
    items: 25,
  },
  {
    id: 'architecture',
    title: 'Architecture at organization scale',
    summary:
      'Lambda across accounts and Regions: Organizations, cross-account access, resilience, cost and migration.',
    beyondSeed: true,
    items: 37,
  },
];
