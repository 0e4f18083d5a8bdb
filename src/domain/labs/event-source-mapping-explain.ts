/**
 * Turns what happened in a lab run into explanations, each tied to the event source
 * mapping fact it illustrates (fact ids of the `event-source-mappings` topic).
 */
import { computeMinVisibilityTimeout, computeStreamConcurrency } from '../formulas';
import type {
  EsmInvocationStep,
  EsmLabConfig,
  EsmStep,
  RecordState,
} from './event-source-mapping-types';
import { isSqsSource } from './event-source-mapping-types';

export type EsmExplanation = Readonly<{ factId: string; text: string }>;

type Counts = Readonly<{
  dlq: number;
  destination: number;
  discarded: number;
  expired: number;
  duplicates: number;
}>;

function countFates(records: readonly RecordState[]): Counts {
  const count = (kind: string): number => records.filter((r) => r.fate?.kind === kind).length;
  return {
    dlq: count('dlq'),
    destination: count('destination'),
    discarded: count('discarded'),
    expired: count('expired'),
    duplicates: records.reduce((sum, r) => sum + r.duplicates, 0),
  };
}

const invocations = (steps: readonly EsmStep[]): EsmInvocationStep[] =>
  steps.filter((s): s is EsmInvocationStep => s.kind === 'invocation');

function explainSqs(
  cfg: EsmLabConfig,
  steps: readonly EsmStep[],
  counts: Counts,
): EsmExplanation[] {
  const out: EsmExplanation[] = [];
  const runs = invocations(steps);
  const failedWhole = runs.filter((s) => s.outcome === 'function-error' && s.records.length > 1);
  if (!cfg.reportBatchItemFailures && failedWhole.length > 0) {
    out.push({
      factId: 'esm.report-batch-item-failures',
      text: `Without ReportBatchItemFailures one failing message returned its whole batch (${failedWhole.length} time(s)); ${counts.duplicates} message run(s) repeated work that had already succeeded.`,
    });
  } else if (cfg.reportBatchItemFailures && runs.some((s) => s.outcome === 'partial-failure')) {
    const fifo =
      cfg.source === 'sqs-fifo'
        ? ' On a FIFO queue the function stops at the first failure and also returns every message after it, to keep each group in order.'
        : '';
    out.push({
      factId: 'esm.report-batch-item-failures',
      text: `With ReportBatchItemFailures only the reported messages came back; the rest of each batch was deleted.${fifo}`,
    });
  }
  const longest = Math.max(0, ...runs.map((s) => s.endSeconds - s.startSeconds));
  if (
    runs.some((s) => s.note.includes('reappeared')) ||
    cfg.visibilityTimeoutSeconds < cfg.functionTimeoutSeconds
  ) {
    const min = computeMinVisibilityTimeout(cfg.functionTimeoutSeconds);
    out.push({
      factId: 'esm.sqs-visibility-timeout',
      text: `The visibility timeout (${cfg.visibilityTimeoutSeconds} s) is shorter than a batch can run (up to ${longest} s here, function timeout ${cfg.functionTimeoutSeconds} s): messages reappear while still being processed. AWS recommends at least six times the function timeout, ${min} s.`,
    });
  }
  if (counts.dlq > 0) {
    out.push({
      factId: 'esm.sqs-on-failure',
      text: `${counts.dlq} message(s) were received ${cfg.maxReceiveCount} time(s) without success and moved to the dead-letter queue by the queue's redrive policy.`,
    });
  } else if (!cfg.dlq && counts.expired > 0) {
    out.push({
      factId: 'esm.sqs-on-failure',
      text: `${counts.expired} message(s) never succeeded and, with no redrive policy, keep coming back until the retention period (${cfg.retentionSeconds} s) deletes them. Add a RedrivePolicy with a dead-letter queue.`,
    });
  }
  if (cfg.batchWindowSeconds > 0 && runs.some((s) => s.records.length < cfg.batchSize)) {
    out.push({
      factId: 'esm.sqs-batch-window',
      text: `A batch smaller than BatchSize (${cfg.batchSize}) waited up to the batching window (${cfg.batchWindowSeconds} s) for more messages before the function ran.`,
    });
  }
  return out;
}

function explainStreams(
  cfg: EsmLabConfig,
  steps: readonly EsmStep[],
  counts: Counts,
  blocked: ReadonlyMap<number, number>,
): EsmExplanation[] {
  const out: EsmExplanation[] = [];
  const worst = [...blocked].sort((a, b) => b[1] - a[1])[0];
  if (worst !== undefined && worst[1] > 0) {
    out.push({
      factId: 'esm.stream-shard-invocation',
      text: `Shard ${worst[0]} was blocked for ${worst[1]} s: a failing batch is retried in place and the records behind it wait, to keep the shard in order.`,
    });
  }
  if (steps.some((s) => s.facts.includes('esm.bisect-batch'))) {
    out.push({
      factId: 'esm.bisect-batch',
      text: 'BisectBatchOnFunctionError split failing batches in halves until the bad records were isolated; the good halves went through. Splitting does not use up retry attempts.',
    });
  }
  const unbounded = cfg.maximumRetryAttempts < 0 && cfg.maximumRecordAgeSeconds < 0;
  if (counts.expired > 0 && unbounded) {
    out.push({
      factId: 'esm.stream-retry-limits',
      text: `With MaximumRetryAttempts and MaximumRecordAgeInSeconds at -1 the failing batch was retried until the stream's retention (${cfg.retentionSeconds} s) removed ${counts.expired} record(s) unprocessed.`,
    });
  } else if (counts.destination + counts.discarded > 0) {
    out.push({
      factId: 'esm.stream-retry-limits',
      text: `The retry limits (MaximumRetryAttempts ${cfg.maximumRetryAttempts}, MaximumRecordAgeInSeconds ${cfg.maximumRecordAgeSeconds}) stopped the retries, so the shard could move on.`,
    });
  }
  if (counts.destination > 0) {
    out.push({
      factId: 'esm.stream-on-failure-destination',
      text: `Metadata about ${counts.destination} failed record(s) (shard and sequence numbers, not the data) went to the on-failure destination, so they can be read again from the stream.`,
    });
  } else if (counts.discarded > 0) {
    out.push({
      factId: 'esm.stream-on-failure-destination',
      text: `${counts.discarded} record(s) were skipped with no trace: set DestinationConfig.OnFailure to keep a record of them.`,
    });
  }
  if (cfg.parallelizationFactor > 1) {
    const concurrency = computeStreamConcurrency(cfg.shardCount, cfg.parallelizationFactor);
    out.push({
      factId: 'esm.parallelization-factor',
      text: `ParallelizationFactor ${cfg.parallelizationFactor} ran up to ${concurrency} batches at once (${cfg.shardCount} shard(s) × ${cfg.parallelizationFactor}); records with the same partition key still ran in order, and a failure blocked only its own slot.`,
    });
  }
  return out;
}

/** Explanations for one run, in the order a learner meets the effects. */
export function explainEsmRun(
  cfg: EsmLabConfig,
  steps: readonly EsmStep[],
  records: readonly RecordState[],
  blockedByShard: ReadonlyMap<number, number>,
): EsmExplanation[] {
  const counts = countFates(records);
  return isSqsSource(cfg.source)
    ? explainSqs(cfg, steps, counts)
    : explainStreams(cfg, steps, counts, blockedByShard);
}
