/**
 * Every claim of the study document, quoted verbatim, with the content ids that encode it;
 * and the lines that are only headings. Used by coverage.test.ts.
 */
import { allTables, allTips } from '../../content/index';

export type DocumentClaim = Readonly<{
  quote: string;
  ids: readonly string[];
  introMentions?: string;
}>;

/**
 * The row id plus the id of each of its cells. A cell the content leaves out, because it does
 * not apply (the document's "N/A"), is covered by the row.
 */
const row = (table: string, id: string, columns: readonly string[]) => {
  const cells = allTables.find((t) => t.id === table)?.rows.find((r) => r.id === id)?.cells ?? {};
  return [
    `${table}#${id}`,
    ...columns.filter((c) => cells[c] !== undefined).map((column) => `${table}#${id}.${column}`),
  ];
};
const trigger = (id: string) =>
  row('triggers.sources', id, ['invocation', 'concurrency', 'ordering']);
const concurrencyType = (id: string) => row('concurrency.types', id, ['description', 'useCase']);
const edgeCells = (column: string) => [
  `edge.comparison#lambda-at-edge.${column}`,
  `edge.comparison#cloudfront-functions.${column}`,
];

/** The document's exam tips, word for word. */
const tipLines = [
  'SQS + Lambda: batch size up to 10,000; visibility timeout must be > Lambda timeout (to avoid duplicate processing during retries)',
  'Provisioned concurrency = eliminates cold starts; costs money even when idle (pre-initialized environments running 24/7)',
  'Lambda execution role = what Lambda CAN do (outbound AWS API calls); resource policy = who CAN invoke Lambda (inbound)',
  'Max execution timeout = 15 minutes; for longer tasks use Step Functions + Fargate or ECS tasks',
  'Lambda@Edge = deployed in us-east-1 ONLY but runs globally at CloudFront edge; CloudFront Functions = cheaper, sub-millisecond, simpler',
  'Layers = shared dependencies (SDK, pandas); NOT for secrets — use Secrets Manager or Parameter Store instead',
  'BisectBatchOnFunctionError (Kinesis/DynamoDB Streams): splits failing batch in half to isolate bad records, reducing reprocessing',
  'ReportBatchItemFailures (SQS): return failed message IDs — only those specific messages are retried, not the whole batch',
] as const;

/** Lines that are only titles, headings or table rules: they carry no claim. */
export const headingLines = [
  'AWS Lambda Serverless',
  'When to Use',
  'Core Jobs',
  '1. Lambda Triggers (Event Sources)',
  '|---|',
  '2. Concurrency Management',
  '3. Cold Starts',
  '4. Event Source Mapping Configuration',
  '5. Lambda Layers',
  '6. Lambda@Edge and CloudFront Functions',
  '7. Lambda Destinations',
  'Key Concepts',
  'Checklist',
  'Output Format',
  'Exam Tips',
];

/** Every claim of the study document, quoted verbatim, with the content that encodes it. */
export const documentClaims: readonly DocumentClaim[] = [
  // When to Use: each bullet is covered by the intro of the topic that teaches it.
  {
    quote: 'Building event-driven functions with AWS Lambda',
    ids: ['triggers'],
    introMentions: 'event-driven functions',
  },
  {
    quote: 'Designing serverless architectures on AWS',
    ids: ['triggers'],
    introMentions: 'serverless architectures',
  },
  {
    quote: 'Configuring event source mappings (SQS, DynamoDB Streams, Kinesis)',
    ids: ['event-source-mappings'],
    introMentions: 'Configuring event source mappings',
  },
  {
    quote: 'Managing Lambda concurrency, cold starts, and provisioned concurrency',
    ids: ['concurrency', 'cold-starts'],
    introMentions: 'provisioned concurrency',
  },
  {
    quote: 'Deploying Lambda@Edge or CloudFront Functions for edge computing',
    ids: ['edge'],
    introMentions: 'edge computing',
  },
  {
    quote: 'Preparing for AWS DVA-C02 or SAP-C02 exams',
    ids: ['exam-tips'],
    introMentions: 'DVA-C02 or SAP-C02',
  },
  // 1. Triggers
  { quote: '| Source | Invocation | Concurrency | Ordering |', ids: ['triggers.sources'] },
  {
    quote: '| API Gateway / ALB | Synchronous (push) | Per-request | N/A |',
    ids: trigger('api-gateway-alb'),
  },
  { quote: '| S3 | Asynchronous (push) | Per-event | Not guaranteed |', ids: trigger('s3') },
  { quote: '| SNS | Asynchronous (push) | Per-message | Not guaranteed |', ids: trigger('sns') },
  {
    quote: '| EventBridge | Asynchronous (push) | Per-event | Not guaranteed |',
    ids: trigger('eventbridge'),
  },
  {
    quote: '| SQS | Polling (event source mapping) | Batch-based | FIFO within queue |',
    ids: trigger('sqs'),
  },
  {
    quote: '| DynamoDB Streams | Polling (event source mapping) | Per-shard | Ordered per shard |',
    ids: trigger('dynamodb-streams'),
  },
  {
    quote:
      '| Kinesis Data Streams | Polling (event source mapping) | Per-shard | Ordered per shard |',
    ids: trigger('kinesis'),
  },
  {
    quote: '| Cognito | Synchronous (trigger type specific) | Per-event | N/A |',
    ids: trigger('cognito'),
  },
  {
    quote: '| Step Functions | Synchronous or async | Per-execution | N/A |',
    ids: trigger('step-functions'),
  },
  {
    quote: 'Push model (API GW, S3, SNS): AWS service invokes Lambda directly.',
    ids: [
      'triggers.push-model',
      'triggers.push-sources',
      'triggers.push-api-gateway',
      'triggers.push-s3',
      'triggers.push-sns',
    ],
  },
  {
    quote:
      'Pull model / Event source mapping (SQS, Kinesis, DynamoDB Streams): Lambda polls the source.',
    ids: [
      'triggers.pull-model',
      'triggers.poll-sources',
      'triggers.poll-sqs',
      'triggers.poll-kinesis',
      'triggers.poll-dynamodb-streams',
    ],
  },
  // 2. Concurrency
  { quote: '| Type | Description | Use Case |', ids: ['concurrency.types'] },
  {
    quote:
      '| Unreserved concurrency | Shared pool across all functions | Default; functions share account limit |',
    ids: [...concurrencyType('unreserved'), 'concurrency.unreserved'],
  },
  {
    quote:
      '| Reserved concurrency | Guaranteed + maximum cap | Ensure function always has capacity; prevent throttling other functions |',
    ids: [...concurrencyType('reserved'), 'concurrency.reserved'],
  },
  {
    quote:
      '| Provisioned concurrency | Pre-initialized execution environments | Eliminate cold starts for latency-sensitive functions |',
    ids: [...concurrencyType('provisioned'), 'concurrency.provisioned'],
  },
  {
    quote:
      'Account limit: 1,000 concurrent executions per region by default (can request increase).',
    ids: ['concurrency.account-limit'],
  },
  {
    quote:
      'Reserved concurrency = 0: effectively disables the function (throttles all invocations).',
    ids: ['concurrency.reserved-zero'],
  },
  {
    quote:
      'Concurrency calculation: concurrency = (requests/second) × (average function duration in seconds)',
    ids: ['concurrency.formula'],
  },
  {
    quote: 'Example: 500 req/s × 0.2s average = 100 concurrent executions needed.',
    ids: ['concurrency.formula', 'concurrency.formula-example'],
  },
  // 3. Cold starts
  { quote: 'Cold start occurs when:', ids: ['cold-starts.causes'] },
  {
    quote: 'No warm execution environment available',
    ids: ['cold-starts.cause-no-warm-environment'],
  },
  {
    quote: 'Function not invoked for several minutes (environment recycled)',
    ids: ['cold-starts.cause-idle-recycled'],
  },
  { quote: 'Burst traffic exceeds warm environments', ids: ['cold-starts.cause-burst'] },
  {
    quote: 'Cold start duration by runtime (approximate):',
    ids: ['cold-starts.runtime-jvm', 'cold-starts.runtime-light', 'cold-starts.runtime-container'],
  },
  { quote: 'Java, .NET, Kotlin: 500ms–2s (JVM initialization)', ids: ['cold-starts.runtime-jvm'] },
  {
    quote: 'Python, Node.js, Go, Ruby: 50–200ms (lighter runtimes)',
    ids: ['cold-starts.runtime-light'],
  },
  {
    quote: 'Custom container: varies (container pull adds overhead)',
    ids: ['cold-starts.runtime-container'],
  },
  { quote: 'Cold start mitigations:', ids: ['cold-starts.mitigations'] },
  {
    quote: 'Provisioned concurrency — pre-initialize environments; eliminates cold starts',
    ids: ['cold-starts.mitigation-provisioned-concurrency'],
  },
  {
    quote: '(costs money continuously)',
    ids: ['cold-starts.provisioned-cost', 'cold-starts.mitigation-provisioned-concurrency'],
  },
  {
    quote: 'Smaller deployment package — less code to load; faster init',
    ids: ['cold-starts.mitigation-smaller-package'],
  },
  {
    quote:
      'Minimize imports/initialization code — move work outside handler to module-level (runs once)',
    ids: ['cold-starts.mitigation-minimize-init'],
  },
  {
    quote:
      'SnapStart (Java) — snapshot initialized environment; restore on cold start (sub-100ms for Java)',
    ids: ['cold-starts.mitigation-snapstart', 'cold-starts.snapstart-restore'],
  },
  {
    quote:
      'Keep warm (not recommended) — scheduled pings every 5 minutes; not reliable and wasteful',
    ids: ['cold-starts.mitigation-keep-warm', 'cold-starts.keep-warm-interval'],
  },
  // 4. Event source mappings
  { quote: 'SQS + Lambda:', ids: ['esm.sqs-settings'] },
  {
    quote: 'Batch size: 1–10,000 messages',
    ids: ['esm.sqs-batch-size', 'esm.sqs-setting-batch-size'],
  },
  {
    quote: 'Batch window: 0–300 seconds (wait to fill batch before invocation)',
    ids: ['esm.sqs-batch-window', 'esm.sqs-setting-batch-window'],
  },
  {
    quote:
      'Visibility timeout: must be > Lambda function timeout × 6 (to prevent duplicate processing during retries)',
    ids: ['esm.sqs-visibility-timeout', 'esm.sqs-setting-visibility-timeout'],
  },
  {
    quote: 'On failure: DLQ on SQS queue or Lambda destination (failure destination)',
    ids: ['esm.sqs-on-failure', 'esm.sqs-setting-on-failure'],
  },
  {
    quote:
      'ReportBatchItemFailures: Lambda reports specific failed messages → only failed items retried (not whole batch)',
    ids: ['esm.report-batch-item-failures', 'esm.sqs-setting-report-batch-item-failures'],
  },
  { quote: 'Kinesis / DynamoDB Streams + Lambda:', ids: ['esm.stream-settings'] },
  {
    quote: 'Shard iterator = one Lambda invocation per active shard',
    ids: ['esm.stream-shard-invocation', 'esm.stream-setting-shard-iterator'],
  },
  {
    quote: 'BisectBatchOnFunctionError: split batch and retry halves to isolate bad records',
    ids: ['esm.bisect-batch', 'esm.stream-setting-bisect'],
  },
  {
    quote: 'DestinationConfig.OnFailure: send failed records to SQS or SNS',
    ids: ['esm.stream-on-failure-destination', 'esm.stream-setting-on-failure'],
  },
  {
    quote:
      'MaximumRetryAttempts and MaximumRecordAgeInSeconds: limit retries to prevent infinite loops',
    ids: ['esm.stream-retry-limits', 'esm.stream-setting-retry-limits'],
  },
  {
    quote: 'ParallelizationFactor: 1–10 concurrent invocations per shard (increase throughput)',
    ids: ['esm.parallelization-factor', 'esm.stream-setting-parallelization'],
  },
  // 5. Layers
  {
    quote: 'Package shared libraries and dependencies separately from function code',
    ids: ['layers.purpose'],
  },
  { quote: 'Up to 5 layers per function', ids: ['layers.max-count'] },
  {
    quote: 'Max unzipped size: 250MB (function + all layers combined)',
    ids: ['layers.max-unzipped'],
  },
  {
    quote: 'Layers can be shared across accounts (layer-based sharing for internal libraries)',
    ids: ['layers.cross-account'],
  },
  {
    quote: 'Common uses: AWS SDK extensions, pandas/numpy (large ML libraries), custom runtimes',
    ids: [
      'layers.common-uses',
      'layers.use-sdk-extensions',
      'layers.use-ml-libraries',
      'layers.use-custom-runtimes',
    ],
  },
  {
    quote:
      'Not for secrets: use Secrets Manager or Parameter Store; not environment variables or layers',
    ids: ['layers.not-for-secrets'],
  },
  // 6. Lambda@Edge and CloudFront Functions
  {
    quote: '| Feature | Lambda@Edge | CloudFront Functions |',
    ids: [
      'edge.comparison',
      'edge.comparison#lambda-at-edge',
      'edge.comparison#cloudfront-functions',
    ],
  },
  { quote: '| Runtime | Node.js, Python | JavaScript (ES5) |', ids: edgeCells('runtime') },
  {
    quote: '| Max execution time | 5s (viewer), 30s (origin) | 1ms |',
    ids: [
      ...edgeCells('maxExecution'),
      'edge.lambda-at-edge-viewer-timeout',
      'edge.lambda-at-edge-origin-timeout',
      'edge.cloudfront-functions-max-execution',
    ],
  },
  {
    quote: '| Max memory | 128MB–10GB | 2MB |',
    ids: [
      ...edgeCells('maxMemory'),
      'edge.lambda-at-edge-memory',
      'edge.cloudfront-functions-memory',
    ],
  },
  {
    quote: '| Location | 400+ edge locations | 400+ edge locations |',
    ids: [...edgeCells('location'), 'edge.edge-location-count'],
  },
  {
    quote:
      '| Trigger points | Viewer request/response, Origin request/response | Viewer request/response only |',
    ids: edgeCells('triggerPoints'),
  },
  {
    quote: '| Cost | Per request + duration | Per request only (cheaper) |',
    ids: [...edgeCells('cost'), 'edge.cloudfront-functions-cheaper'],
  },
  { quote: '| State | Stateless | Stateless |', ids: edgeCells('state') },
  {
    quote: '| Deployment region | Must deploy in us-east-1 | Global via CloudFront |',
    ids: [...edgeCells('deploymentRegion'), 'edge.lambda-at-edge-us-east-1'],
  },
  {
    quote:
      'CloudFront Functions = simple transformations (URL rewrite, header manipulation, redirect).',
    ids: ['edge.use-cloudfront-functions'],
  },
  {
    quote:
      'Lambda@Edge = complex logic (auth, A/B testing, geo-routing, dynamic origin selection).',
    ids: ['edge.use-lambda-at-edge'],
  },
  // 7. Destinations
  {
    quote: 'Alternative to try/catch inside Lambda for async invocations',
    ids: ['destinations.async-alternative'],
  },
  { quote: 'Configure on-success and on-failure destinations:', ids: ['destinations.targets'] },
  {
    quote: 'SQS queue, SNS topic, EventBridge bus, another Lambda function',
    ids: [
      'destinations.targets',
      'destinations.target-types',
      'destinations.target-sqs',
      'destinations.target-sns',
      'destinations.target-eventbridge',
      'destinations.target-lambda',
    ],
  },
  {
    quote: 'Provides full invocation record (input + output/error) to destination',
    ids: ['destinations.full-record'],
  },
  {
    quote: 'More flexible than DLQ (which only sends failed event payload)',
    ids: ['destinations.vs-dlq'],
  },
  // Key concepts
  {
    quote:
      'Execution environment — isolated container with function code, runtime, layers, and env vars; reused for warm invocations',
    ids: ['key-concepts.execution-environment'],
  },
  {
    // The document breaks this concept over two lines; the quote spans the line break.
    quote:
      'Handler — entry point function Lambda invokes (\nmodule.handler for Node.js, module.handler for Python)',
    ids: ['key-concepts.handler'],
  },
  {
    quote:
      'Execution role — IAM role Lambda assumes; defines what AWS services the function can call',
    ids: ['key-concepts.execution-role'],
  },
  {
    quote:
      'Resource-based policy — policy on the Lambda function itself; controls who can invoke it (other accounts, services)',
    ids: ['key-concepts.resource-policy'],
  },
  {
    quote:
      'Lambda function URL — built-in HTTPS endpoint for Lambda without API Gateway; supports IAM or no auth',
    ids: ['key-concepts.function-url'],
  },
  {
    quote:
      'Lambda extensions — lightweight processes running alongside Lambda function (observability agents, secrets caching)',
    ids: ['key-concepts.extensions'],
  },
  {
    quote:
      'SnapStart — Java 11+ feature: snapshot initialized state of execution environment for sub-100ms cold starts',
    ids: [
      'key-concepts.snapstart',
      'key-concepts.snapstart-min-java',
      'cold-starts.snapstart-restore',
    ],
  },
  {
    quote:
      'Ephemeral storage /tmp — 512MB to 10GB per execution environment; NOT shared between invocations',
    ids: ['key-concepts.tmp-storage', 'key-concepts.tmp-size'],
  },
  // Checklist
  {
    quote: '🔴 Critical',
    ids: [
      'checklist.sqs-visibility-below-timeout',
      'checklist.function-takes-account-concurrency',
      'checklist.async-no-error-handling',
    ],
  },
  {
    quote: 'SQS visibility timeout < Lambda timeout (guarantees duplicate processing)',
    ids: ['checklist.sqs-visibility-below-timeout'],
  },
  {
    quote: 'Lambda function consuming full account concurrency (starving other functions)',
    ids: ['checklist.function-takes-account-concurrency'],
  },
  {
    quote: 'no error handling on async invocations (silent failures)',
    ids: ['checklist.async-no-error-handling'],
  },
  {
    quote: '🟡 Warning',
    ids: [
      'checklist.cold-starts-user-facing',
      'checklist.async-no-dlq-or-destination',
      'checklist.large-package',
    ],
  },
  {
    quote: 'Cold starts affecting user-facing API (provisioned concurrency not configured)',
    ids: ['checklist.cold-starts-user-facing'],
  },
  {
    quote: 'no DLQ/destination for async function failures',
    ids: ['checklist.async-no-dlq-or-destination'],
  },
  { quote: 'large deployment package (slow cold starts)', ids: ['checklist.large-package'] },
  {
    quote: '🟢 Suggestion',
    ids: [
      'checklist.java-no-snapstart',
      'checklist.function-url-for-simple-api',
      'checklist.layers-for-shared-deps',
    ],
  },
  { quote: 'Lambda SnapStart for Java functions', ids: ['checklist.java-no-snapstart'] },
  {
    quote: 'Lambda function URL instead of API Gateway for simple use cases',
    ids: ['checklist.function-url-for-simple-api'],
  },
  { quote: 'layers for shared dependencies', ids: ['checklist.layers-for-shared-deps'] },
  // Exam tips, in the document's order: the tip that restates each in plain sentences, and the
  // facts that teach it.
  ...tipLines.map((quote, i) => ({
    quote,
    ids: [allTips[i]?.id ?? `missing tip ${i + 1}`, ...(allTips[i]?.facts ?? [])],
  })),
];
