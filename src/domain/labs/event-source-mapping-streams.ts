/**
 * Kinesis / DynamoDB Streams half of the event source mapping lab. Semantics, from the AWS docs:
 * - a failing batch is retried until it succeeds, MaximumRetryAttempts is used up or its records
 *   are older than MaximumRecordAgeInSeconds (or leave the stream); meanwhile the shard makes no
 *   progress. BisectBatchOnFunctionError splits a failed batch in two, and a split does not count
 *   towards the retry quota. The on-failure destination receives metadata about the batch, not
 *   the records (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html);
 * - with ReportBatchItemFailures Lambda checkpoints before the first reported record and retries
 *   from there; a function error is bisected whatever that setting
 *   (https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html);
 * - ParallelizationFactor processes up to 10 batches per shard at once while keeping records of
 *   one partition key in order (https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html).
 * Retries follow each other without back-off: Lambda's back-off is not documented.
 */
import {
  runHandler,
  roundSeconds,
  type HandlerRun,
  type HandlerSettings,
} from './event-source-mapping-handler';
import type {
  EsmInvocationStep,
  EsmLabConfig,
  EsmStep,
  EsmTransferStep,
  RecordState,
  SimulationOutput,
} from './event-source-mapping-types';

export type StreamLane = Readonly<{
  label: string;
  shard: number;
  slot: number;
  records: readonly number[];
}>;
export type LaneReport = Readonly<{
  label: string;
  shard: number;
  blockedSeconds: number;
  finishedSeconds: number;
}>;

type Attempt = { records: readonly number[]; retries: number };
type LaneContext = {
  cfg: EsmLabConfig;
  lane: StreamLane;
  settings: HandlerSettings;
  states: RecordState[];
  steps: EsmStep[];
  work: Attempt[];
  t: number;
  blocked: number;
};

/** Record i has partition key i mod keys; a key maps to one shard and one concurrent slot of it. */
export function buildStreamLanes(cfg: EsmLabConfig): StreamLane[] {
  const lanes: StreamLane[] = [];
  for (let shard = 0; shard < cfg.shardCount; shard++) {
    for (let slot = 0; slot < cfg.parallelizationFactor; slot++) {
      const records: number[] = [];
      for (let id = 0; id < cfg.recordCount; id++) {
        const key = id % cfg.partitionKeyCount;
        if (
          key % cfg.shardCount === shard &&
          Math.floor(key / cfg.shardCount) % cfg.parallelizationFactor === slot
        )
          records.push(id);
      }
      const label =
        cfg.parallelizationFactor > 1 ? `shard ${shard} · slot ${slot}` : `shard ${shard}`;
      lanes.push({ label, shard, slot, records });
    }
  }
  return lanes;
}

function transfer(
  ctx: LaneContext,
  kind: EsmTransferStep['kind'],
  reason: EsmTransferStep['reason'],
  records: readonly number[],
  note: string,
  facts: string[],
): void {
  if (records.length === 0) return;
  const at = roundSeconds(ctx.t);
  for (const id of records)
    (ctx.states[id] as RecordState).fate = { kind, atSeconds: at, reason, note };
  ctx.steps.push({
    kind,
    lane: ctx.lane.label,
    shard: ctx.lane.shard,
    atSeconds: at,
    records,
    reason,
    note,
    facts,
  });
}

function giveUp(
  ctx: LaneContext,
  records: readonly number[],
  reason: 'retries-exhausted' | 'record-too-old',
): void {
  const why =
    reason === 'retries-exhausted'
      ? `MaximumRetryAttempts (${ctx.cfg.maximumRetryAttempts}) is used up`
      : `The records are older than MaximumRecordAgeInSeconds (${ctx.cfg.maximumRecordAgeSeconds} s)`;
  const facts = ['esm.stream-retry-limits'];
  if (ctx.cfg.onFailureDestination) {
    transfer(
      ctx,
      'destination',
      reason,
      records,
      `${why}: Lambda sends the batch's metadata (shard, sequence numbers) to the on-failure destination and moves on.`,
      [...facts, 'esm.stream-on-failure-destination'],
    );
  } else {
    transfer(
      ctx,
      'discarded',
      reason,
      records,
      `${why}: with no on-failure destination the records are skipped and lost.`,
      [...facts, 'esm.stream-on-failure-destination'],
    );
  }
}

function expireLane(ctx: LaneContext, rest: readonly number[]): void {
  ctx.t = ctx.cfg.retentionSeconds;
  const records = [...ctx.work.flatMap((a) => a.records), ...rest];
  ctx.work = [];
  transfer(
    ctx,
    'expired',
    'retention-expired',
    records,
    `The shard was still blocked when the stream's retention period (${ctx.cfg.retentionSeconds} s) ended: the records left the stream unprocessed.`,
    ['esm.stream-retry-limits', 'esm.stream-shard-invocation'],
  );
}

/**
 * How many identical attempts may start from `start`, each `duration` long, the first of them
 * being retry number `firstRetry`, before a limit stops them.
 */
function countIdenticalAttempts(
  cfg: EsmLabConfig,
  firstRetry: number,
  start: number,
  duration: number,
): number {
  const byRetries =
    cfg.maximumRetryAttempts < 0 ? Infinity : cfg.maximumRetryAttempts - firstRetry + 1;
  const byAge =
    cfg.maximumRecordAgeSeconds < 0
      ? Infinity
      : start <= cfg.maximumRecordAgeSeconds
        ? Math.floor((cfg.maximumRecordAgeSeconds - start) / duration) + 1
        : 0;
  const byRetention = Math.ceil((cfg.retentionSeconds - start) / duration);
  return Math.max(0, Math.min(byRetries, byAge, byRetention));
}

function invocationStep(
  ctx: LaneContext,
  attempt: Attempt,
  run: HandlerRun,
  start: number,
  repeat: number,
  note: string,
  facts: string[],
): EsmInvocationStep {
  const succeeded =
    run.outcome === 'success' || run.outcome === 'partial-failure'
      ? attempt.records.filter((id) => !run.returned.includes(id))
      : [];
  return {
    kind: 'invocation',
    lane: ctx.lane.label,
    shard: ctx.lane.shard,
    startSeconds: roundSeconds(start),
    endSeconds: roundSeconds(start + run.elapsedSeconds * repeat),
    records: attempt.records,
    attempt: attempt.retries + 1,
    repeat,
    outcome: run.outcome,
    processed: run.processed,
    succeeded,
    retried: run.returned,
    duplicates: run.duplicates,
    note,
    facts,
  };
}

function describeFailure(run: HandlerRun, cfg: EsmLabConfig): { note: string; facts: string[] } {
  if (run.outcome === 'partial-failure') {
    return {
      note: `Record ${run.returned[0]} was reported as the first failure: records before it are checkpointed and Lambda retries from it.`,
      facts: ['esm.report-batch-item-failures'],
    };
  }
  const cause =
    run.outcome === 'timeout'
      ? `The batch ran into the function timeout (${cfg.functionTimeoutSeconds} s)`
      : `Record ${run.processed[run.processed.length - 1]} failed and the handler threw`;
  return {
    note: `${cause}: the whole batch is retried and the shard waits behind it.`,
    facts: ['esm.stream-shard-invocation', 'esm.stream-retry-limits'],
  };
}

/** Folds the identical retries that follow a failure into one step (the lab is deterministic). */
function foldRepeats(ctx: LaneContext, attempt: Attempt, run: HandlerRun): number {
  const k = countIdenticalAttempts(ctx.cfg, attempt.retries + 1, ctx.t, run.elapsedSeconds);
  if (k === 0) return 0;
  const duplicates = run.processed.filter((id) => (ctx.states[id] as RecordState).handledOk);
  for (const id of run.processed) (ctx.states[id] as RecordState).processed += k;
  for (const id of duplicates) (ctx.states[id] as RecordState).duplicates += k;
  const next: Attempt = { records: attempt.records, retries: attempt.retries + 1 };
  const note = `Retried ${k} more time(s) with the same result, blocking the shard for ${roundSeconds(k * run.elapsedSeconds)} s.`;
  ctx.steps.push(
    invocationStep(ctx, next, { ...run, duplicates }, ctx.t, k, note, [
      'esm.stream-retry-limits',
      'esm.stream-shard-invocation',
    ]),
  );
  ctx.t += k * run.elapsedSeconds;
  ctx.blocked += k * run.elapsedSeconds;
  return k;
}

function handleFailure(ctx: LaneContext, attempt: Attempt, run: HandlerRun): void {
  const failed = run.returned;
  const functionError = run.outcome === 'function-error' || run.outcome === 'timeout';
  if (functionError && ctx.cfg.bisectBatchOnFunctionError && failed.length > 1) {
    const half = Math.ceil(failed.length / 2);
    ctx.work.unshift(
      { records: failed.slice(0, half), retries: attempt.retries },
      { records: failed.slice(half), retries: attempt.retries },
    );
    return;
  }
  const identical = !run.consumedFailOnce && failed.length === attempt.records.length;
  const folded = identical ? foldRepeats(ctx, attempt, run) : 0;
  ctx.work.unshift({ records: failed, retries: attempt.retries + 1 + folded });
}

function runAttempt(ctx: LaneContext, attempt: Attempt): void {
  const run = runHandler(attempt.records, ctx.states, ctx.settings);
  const start = ctx.t;
  ctx.t += run.elapsedSeconds;
  const endAt = roundSeconds(ctx.t);
  for (const id of attempt.records) {
    if (!run.returned.includes(id))
      (ctx.states[id] as RecordState).fate = { kind: 'succeeded', atSeconds: endAt };
  }
  if (run.outcome === 'success') {
    ctx.steps.push(
      invocationStep(
        ctx,
        attempt,
        run,
        start,
        1,
        `Batch succeeded: the checkpoint moves past record ${attempt.records[attempt.records.length - 1]}.`,
        ['esm.stream-shard-invocation'],
      ),
    );
    return;
  }
  ctx.blocked += run.elapsedSeconds;
  const { note, facts } = describeFailure(run, ctx.cfg);
  const splits =
    run.outcome !== 'partial-failure' &&
    ctx.cfg.bisectBatchOnFunctionError &&
    run.returned.length > 1;
  const bisectNote = splits
    ? ' BisectBatchOnFunctionError splits it in two halves; a split does not use a retry attempt.'
    : '';
  ctx.steps.push(
    invocationStep(
      ctx,
      attempt,
      run,
      start,
      1,
      note + bisectNote,
      splits ? [...facts, 'esm.bisect-batch'] : facts,
    ),
  );
  handleFailure(ctx, attempt, run);
}

/** Runs the attempts queued for one batch, in order, until none is left or the stream expires them. */
function drainWork(ctx: LaneContext, rest: readonly number[]): boolean {
  while (ctx.work.length > 0) {
    const attempt = ctx.work.shift() as Attempt;
    if (ctx.t >= ctx.cfg.retentionSeconds) {
      ctx.work.unshift(attempt);
      expireLane(ctx, rest);
      return false;
    }
    if (ctx.cfg.maximumRecordAgeSeconds >= 0 && ctx.t > ctx.cfg.maximumRecordAgeSeconds)
      giveUp(ctx, attempt.records, 'record-too-old');
    else if (ctx.cfg.maximumRetryAttempts >= 0 && attempt.retries > ctx.cfg.maximumRetryAttempts)
      giveUp(ctx, attempt.records, 'retries-exhausted');
    else runAttempt(ctx, attempt);
  }
  return true;
}

function simulateLane(
  cfg: EsmLabConfig,
  lane: StreamLane,
  states: RecordState[],
  settings: HandlerSettings,
): { steps: EsmStep[]; report: LaneReport } {
  const ctx: LaneContext = { cfg, lane, settings, states, steps: [], work: [], t: 0, blocked: 0 };
  for (let pos = 0; pos < lane.records.length; pos += cfg.batchSize) {
    const batch = lane.records.slice(pos, pos + cfg.batchSize);
    // No new records arrive in the lab, so a short batch waits out the whole batching window.
    if (batch.length < cfg.batchSize) ctx.t += cfg.batchWindowSeconds;
    ctx.work = [{ records: batch, retries: 0 }];
    if (!drainWork(ctx, lane.records.slice(pos + cfg.batchSize))) break;
  }
  return {
    steps: ctx.steps,
    report: {
      label: lane.label,
      shard: lane.shard,
      blockedSeconds: roundSeconds(ctx.blocked),
      finishedSeconds: roundSeconds(ctx.t),
    },
  };
}

const stepTime = (step: EsmStep): number =>
  step.kind === 'invocation' ? step.startSeconds : step.atSeconds;

/** Simulates a Kinesis or DynamoDB Streams event source mapping: each lane runs its batches one at a time. */
export function simulateStreams(
  cfg: EsmLabConfig,
  states: RecordState[],
): SimulationOutput & { lanes: readonly LaneReport[] } {
  const settings: HandlerSettings = {
    mode: cfg.reportBatchItemFailures ? 'stop-and-report' : 'throw',
    timeoutSeconds: cfg.functionTimeoutSeconds,
    secondsPerRecord: cfg.processingSecondsPerRecord,
    alwaysFail: new Set(cfg.alwaysFail),
  };
  const results = buildStreamLanes(cfg).map((lane) => simulateLane(cfg, lane, states, settings));
  const steps = results
    .flatMap((r, laneIndex) => r.steps.map((step, order) => ({ step, laneIndex, order })))
    .sort(
      (a, b) =>
        stepTime(a.step) - stepTime(b.step) || a.laneIndex - b.laneIndex || a.order - b.order,
    )
    .map((x) => x.step);
  const invocations = steps.reduce((sum, s) => sum + (s.kind === 'invocation' ? s.repeat : 0), 0);
  return {
    steps,
    records: states,
    invocations,
    truncated: false,
    projected: false,
    lanes: results.map((r) => r.report),
  };
}
