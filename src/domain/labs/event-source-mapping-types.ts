/**
 * Types and input normalisation for the event source mapping lab. Time is simulated
 * seconds from the moment every record was written (t = 0).
 */

export type EsmSource = 'sqs-standard' | 'sqs-fifo' | 'kinesis' | 'dynamodb-streams';

export type EsmLabConfig = Readonly<{
  source: EsmSource;
  /** Records written at t = 0, ids 0…recordCount-1 (1–200). */
  recordCount: number;
  /** BatchSize: records per invocation (SQS FIFO max 10). */
  batchSize: number;
  /** MaximumBatchingWindowInSeconds, 0–300 s (not supported for FIFO queues). */
  batchWindowSeconds: number;
  /** Function timeout, 1–900 s. */
  functionTimeoutSeconds: number;
  /** Handler time per record, seconds (≥ 0.001). */
  processingSecondsPerRecord: number;
  /** Record ids that fail every time they are processed ("poison"). */
  alwaysFail: readonly number[];
  /** Record ids that fail the first time only (a transient error). */
  failOnce: readonly number[];
  /** FunctionResponseTypes: [ReportBatchItemFailures]. */
  reportBatchItemFailures: boolean;
  /** SQS: queue VisibilityTimeout, 1–43,200 s (Lambda needs it ≥ the function timeout anyway). */
  visibilityTimeoutSeconds: number;
  /** SQS: a RedrivePolicy to a dead-letter queue. */
  dlq: boolean;
  /** SQS: RedrivePolicy maxReceiveCount (SQS allows 1–1,000; the lab stops at 100). */
  maxReceiveCount: number;
  /** SQS FIFO: message groups; record i belongs to group i mod count. */
  messageGroupCount: number;
  /** Queue MessageRetentionPeriod or stream retention, seconds. */
  retentionSeconds: number;
  /** Streams: BisectBatchOnFunctionError. */
  bisectBatchOnFunctionError: boolean;
  /** Streams: MaximumRetryAttempts, -1 = until the record expires, else 0–10,000. */
  maximumRetryAttempts: number;
  /** Streams: MaximumRecordAgeInSeconds, -1 = until the record expires, else 60–604,800. */
  maximumRecordAgeSeconds: number;
  /** Streams: DestinationConfig.OnFailure is set. */
  onFailureDestination: boolean;
  /** Streams: ParallelizationFactor, 1–10 concurrent batches per shard. */
  parallelizationFactor: number;
  /** Streams: number of shards (1–10). */
  shardCount: number;
  /** Streams: distinct partition keys; record i has key i mod count. */
  partitionKeyCount: number;
}>;

export type EsmOutcome = 'success' | 'partial-failure' | 'function-error' | 'timeout';

export type EsmInvocationStep = Readonly<{
  kind: 'invocation';
  /** Where the batch came from: "queue", "shard 0" or "shard 0 · slot 1". */
  lane: string;
  shard: number | null;
  startSeconds: number;
  endSeconds: number;
  records: readonly number[];
  /** 1 for a first attempt; streams count retries of the same batch. */
  attempt: number;
  /** Identical consecutive attempts folded into this step (≥ 1). */
  repeat: number;
  outcome: EsmOutcome;
  /** Records the handler ran (before an error or timeout stopped it). */
  processed: readonly number[];
  /** Records finished for good by this invocation. */
  succeeded: readonly number[];
  /** Records that come back: visible again (SQS) or retried (streams). */
  retried: readonly number[];
  /** Records processed here although an earlier invocation already processed them successfully. */
  duplicates: readonly number[];
  note: string;
  facts: readonly string[];
}>;

export type EsmFateReason =
  'max-receive-count' | 'retries-exhausted' | 'record-too-old' | 'retention-expired';

export type EsmTransferStep = Readonly<{
  kind: 'dlq' | 'destination' | 'discarded' | 'expired';
  lane: string;
  shard: number | null;
  atSeconds: number;
  records: readonly number[];
  reason: EsmFateReason;
  note: string;
  facts: readonly string[];
}>;

export type EsmStep = EsmInvocationStep | EsmTransferStep;

export type EsmRecordFate =
  | Readonly<{ kind: 'succeeded'; atSeconds: number }>
  | Readonly<{
      kind: 'dlq' | 'destination' | 'discarded' | 'expired';
      atSeconds: number;
      reason: EsmFateReason;
      note: string;
    }>;

export type EsmRecordReport = Readonly<{
  id: number;
  /** FIFO message group or stream partition key. */
  group: string | null;
  shard: number | null;
  timesProcessed: number;
  fate: EsmRecordFate;
}>;

/** Mutable per-record bookkeeping shared by both simulators. */
export type RecordState = {
  id: number;
  processed: number;
  /** Runs of the handler on this record after it had already succeeded once. */
  duplicates: number;
  /** The handler has completed this record successfully at least once. */
  handledOk: boolean;
  failOncePending: boolean;
  fate: EsmRecordFate | null;
};

/** What a simulator hands back to the entry point. */
export type SimulationOutput = Readonly<{
  steps: readonly EsmStep[];
  records: readonly RecordState[];
  /** Invocations that happened, counting folded repeats and any not listed in `steps`. */
  invocations: number;
  /** More steps happened than `steps` lists. */
  truncated: boolean;
  /** Set when the simulation stopped at a steady failure loop and projected the rest. */
  projected: boolean;
}>;

export const DEFAULT_ESM_CONFIG: EsmLabConfig = {
  source: 'sqs-standard',
  recordCount: 10,
  batchSize: 5,
  batchWindowSeconds: 0,
  functionTimeoutSeconds: 10,
  processingSecondsPerRecord: 1,
  alwaysFail: [2],
  failOnce: [],
  reportBatchItemFailures: false,
  visibilityTimeoutSeconds: 60,
  dlq: true,
  maxReceiveCount: 3,
  messageGroupCount: 2,
  retentionSeconds: 345_600,
  bisectBatchOnFunctionError: false,
  maximumRetryAttempts: -1,
  maximumRecordAgeSeconds: -1,
  onFailureDestination: false,
  parallelizationFactor: 1,
  shardCount: 1,
  partitionKeyCount: 4,
};

export function isSqsSource(source: EsmSource): boolean {
  return source === 'sqs-standard' || source === 'sqs-fifo';
}

const clamp = (value: number, min: number, max: number): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
const clampInt = (value: number, min: number, max: number): number =>
  Math.round(clamp(value, min, max));

/** -1 (unbounded) stays -1; anything else is clamped into [min, max]. */
const clampLimit = (value: number, min: number, max: number): number =>
  value < 0 ? -1 : clampInt(value, min, max);

/**
 * Brings every setting into the range AWS accepts, and says what was changed and why.
 * Sources: https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html
 */
/**
 * Retention in seconds: SQS 60 s–14 days, Kinesis 24 h–365 days
 * (https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention), DynamoDB Streams fixed at 24 h.
 */
function retentionFor(config: EsmLabConfig): number {
  if (isSqsSource(config.source)) return clampInt(config.retentionSeconds, 60, 1_209_600);
  return config.source === 'dynamodb-streams'
    ? 86_400
    : clampInt(config.retentionSeconds, 86_400, 31_536_000);
}

function batchingFor(
  config: EsmLabConfig,
  notes: string[],
): { batchSize: number; batchWindowSeconds: number } {
  const fifo = config.source === 'sqs-fifo';
  const batchSize = clampInt(config.batchSize, 1, fifo ? 10 : 10_000);
  if (batchSize < config.batchSize)
    notes.push(`BatchSize lowered to ${batchSize}: a FIFO queue allows at most 10.`);
  const window = clamp(config.batchWindowSeconds, 0, 300);
  if (fifo && window > 0)
    notes.push('FIFO queues have no batching window: MaximumBatchingWindowInSeconds is ignored.');
  return { batchSize, batchWindowSeconds: fifo ? 0 : window };
}

export function normalizeEsmConfig(config: EsmLabConfig): {
  config: EsmLabConfig;
  notes: string[];
} {
  const notes: string[] = [];
  const recordCount = clampInt(config.recordCount, 1, 200);
  const { batchSize, batchWindowSeconds } = batchingFor(config, notes);
  const inRange = (ids: readonly number[]): number[] =>
    [...new Set(ids.filter((id) => Number.isInteger(id) && id >= 0 && id < recordCount))].sort(
      (a, b) => a - b,
    );
  const alwaysFail = inRange(config.alwaysFail);
  const failOnce = inRange(config.failOnce).filter((id) => !alwaysFail.includes(id));
  const normalized: EsmLabConfig = {
    ...config,
    recordCount,
    batchSize,
    batchWindowSeconds,
    functionTimeoutSeconds: clampInt(config.functionTimeoutSeconds, 1, 900),
    processingSecondsPerRecord: clamp(config.processingSecondsPerRecord, 0.001, 900),
    alwaysFail,
    failOnce,
    visibilityTimeoutSeconds: clampInt(config.visibilityTimeoutSeconds, 1, 43_200),
    maxReceiveCount: clampInt(config.maxReceiveCount, 1, 100),
    messageGroupCount: clampInt(config.messageGroupCount, 1, 200),
    retentionSeconds: retentionFor(config),
    maximumRetryAttempts: clampLimit(config.maximumRetryAttempts, 0, 10_000),
    maximumRecordAgeSeconds: clampLimit(config.maximumRecordAgeSeconds, 60, 604_800),
    parallelizationFactor: clampInt(config.parallelizationFactor, 1, 10),
    shardCount: clampInt(config.shardCount, 1, 10),
    partitionKeyCount: clampInt(config.partitionKeyCount, 1, 200),
  };
  if (
    isSqsSource(config.source) &&
    normalized.visibilityTimeoutSeconds < normalized.functionTimeoutSeconds
  ) {
    notes.push(
      `Lambda refuses to create this mapping: the function timeout (${normalized.functionTimeoutSeconds} s) exceeds the queue's visibility timeout (${normalized.visibilityTimeoutSeconds} s). The lab runs it anyway to show the duplicates.`,
    );
  }
  return { config: normalized, notes };
}
