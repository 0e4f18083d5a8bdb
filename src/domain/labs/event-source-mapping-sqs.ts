/**
 * SQS half of the event source mapping lab. Semantics, from the AWS docs:
 * - a received message stays invisible for the queue's visibility timeout; a failed batch is
 *   not deleted, so its messages reappear when that timeout ends
 *   (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html);
 * - with ReportBatchItemFailures only the reported messages reappear; on a FIFO queue the
 *   function stops at the first failure and reports it and every message after it (same page);
 * - a message received more than maxReceiveCount times moves to the dead-letter queue
 *   (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html);
 * - FIFO: no message of a group is handed out while another of that group is in flight
 *   (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html).
 */
import { runHandler, roundSeconds, type HandlerSettings } from './event-source-mapping-handler';
import { describeSqsInvocation } from './event-source-mapping-sqs-notes';
import type {
  EsmLabConfig,
  EsmStep,
  RecordState,
  SimulationOutput,
} from './event-source-mapping-types';

/** Steps kept for display; the simulation itself goes on up to MAX_INVOCATIONS. */
export const MAX_SHOWN_STEPS = 2_000;
const MAX_INVOCATIONS = 100_000;

type Message = {
  id: number;
  group: number;
  visibleAt: number;
  receiveCount: number;
  inFlightUntil: number;
  gone: boolean;
};
type Running = { end: number; succeeded: readonly number[] };

type SqsContext = {
  cfg: EsmLabConfig;
  fifo: boolean;
  settings: HandlerSettings;
  messages: Message[];
  states: RecordState[];
  steps: EsmStep[];
  running: Running[];
  invocations: number;
  truncated: boolean;
  partialSince: number | null;
  lastProgress: number;
};

function pushStep(ctx: SqsContext, step: EsmStep): void {
  if (ctx.steps.length < MAX_SHOWN_STEPS) ctx.steps.push(step);
  else ctx.truncated = true;
}

function createContext(cfg: EsmLabConfig, states: RecordState[]): SqsContext {
  const fifo = cfg.source === 'sqs-fifo';
  const mode = !cfg.reportBatchItemFailures ? 'throw' : fifo ? 'stop-and-report' : 'report-all';
  const messages = states.map((s) => ({
    id: s.id,
    group: s.id % cfg.messageGroupCount,
    visibleAt: 0,
    receiveCount: 0,
    inFlightUntil: 0,
    gone: false,
  }));
  return {
    cfg,
    fifo,
    settings: {
      mode,
      timeoutSeconds: cfg.functionTimeoutSeconds,
      secondsPerRecord: cfg.processingSecondsPerRecord,
      alwaysFail: new Set(cfg.alwaysFail),
    },
    messages,
    states,
    steps: [],
    running: [],
    invocations: 0,
    truncated: false,
    partialSince: null,
    lastProgress: 0,
  };
}

function completeFinished(ctx: SqsContext, t: number): void {
  const done = ctx.running.filter((r) => r.end <= t).sort((a, b) => a.end - b.end);
  ctx.running = ctx.running.filter((r) => r.end > t);
  for (const run of done) {
    for (const id of run.succeeded) {
      const message = ctx.messages[id] as Message;
      if (message.gone) continue;
      message.gone = true;
      (ctx.states[id] as RecordState).fate = {
        kind: 'succeeded',
        atSeconds: roundSeconds(run.end),
      };
      ctx.lastProgress = run.end;
    }
  }
}

/** FIFO: a group with a message in flight hands out nothing until that message is deleted or visible again. */
function availableFifoMessages(ctx: SqsContext, visible: readonly Message[], t: number): Message[] {
  const blocked = new Set(
    ctx.messages.filter((m) => !m.gone && m.visibleAt > t).map((m) => m.group),
  );
  return visible.filter((m) => !blocked.has(m.group));
}

function redriveExhausted(ctx: SqsContext, candidates: readonly Message[], t: number): Message[] {
  if (!ctx.cfg.dlq) return [...candidates];
  const moved = candidates.filter((m) => m.receiveCount >= ctx.cfg.maxReceiveCount);
  if (moved.length === 0) return [...candidates];
  const note = `Received ${ctx.cfg.maxReceiveCount} time(s) without being deleted: SQS moved ${moved.length === 1 ? 'it' : 'them'} to the dead-letter queue instead of delivering again.`;
  for (const message of moved) {
    message.gone = true;
    (ctx.states[message.id] as RecordState).fate = {
      kind: 'dlq',
      atSeconds: roundSeconds(t),
      reason: 'max-receive-count',
      note,
    };
  }
  ctx.lastProgress = t;
  const records = moved.map((m) => m.id);
  pushStep(ctx, {
    kind: 'dlq',
    lane: 'queue',
    shard: null,
    atSeconds: roundSeconds(t),
    records,
    reason: 'max-receive-count',
    note,
    facts: ['esm.sqs-on-failure'],
  });
  return candidates.filter((m) => !m.gone);
}

function buildFifoBatches(messages: readonly Message[], batchSize: number): number[][] {
  const byGroup = new Map<number, number[]>();
  for (const m of messages) byGroup.set(m.group, [...(byGroup.get(m.group) ?? []), m.id]);
  const batches: number[][] = [];
  let current: number[] = [];
  for (const ids of byGroup.values()) {
    // A group never spans two concurrent batches: what does not fit waits for this batch to finish.
    current.push(...ids.slice(0, batchSize - current.length));
    if (current.length === batchSize) {
      batches.push(current);
      current = [];
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Standard queue: full batches go at once; a partial one waits out the batching window. */
function buildStandardBatches(
  ctx: SqsContext,
  messages: readonly Message[],
  t: number,
): number[][] {
  const ids = messages.map((m) => m.id);
  const size = ctx.cfg.batchSize;
  const full = Math.floor(ids.length / size) * size;
  const batches: number[][] = [];
  for (let i = 0; i < full; i += size) batches.push(ids.slice(i, i + size));
  const rest = ids.slice(full);
  if (rest.length === 0 || ctx.cfg.batchWindowSeconds === 0) {
    ctx.partialSince = null;
    if (rest.length > 0) batches.push(rest);
    return batches;
  }
  ctx.partialSince ??= t;
  if (t >= ctx.partialSince + ctx.cfg.batchWindowSeconds) {
    batches.push(rest);
    ctx.partialSince = null;
  }
  return batches;
}

function invoke(ctx: SqsContext, batch: readonly number[], t: number): void {
  const concurrent = batch.filter((id) => (ctx.messages[id] as Message).inFlightUntil > t);
  const run = runHandler(batch, ctx.states, ctx.settings);
  const end = t + run.elapsedSeconds;
  let attempt = 0;
  for (const id of batch) {
    const message = ctx.messages[id] as Message;
    message.receiveCount += 1;
    message.visibleAt = t + ctx.cfg.visibilityTimeoutSeconds;
    message.inFlightUntil = Math.max(message.inFlightUntil, end);
    attempt = Math.max(attempt, message.receiveCount);
  }
  if (run.consumedFailOnce) ctx.lastProgress = t;
  const succeeded = batch.filter((id) => !run.returned.includes(id));
  ctx.running.push({ end, succeeded });
  ctx.invocations += 1;
  const { note, facts } = describeSqsInvocation(ctx.cfg, run, batch, concurrent);
  pushStep(ctx, {
    kind: 'invocation',
    lane: 'queue',
    shard: null,
    startSeconds: roundSeconds(t),
    endSeconds: roundSeconds(end),
    records: batch,
    attempt,
    repeat: 1,
    outcome: run.outcome,
    processed: run.processed,
    succeeded,
    retried: run.returned,
    duplicates: run.duplicates,
    note,
    facts,
  });
}

function poll(ctx: SqsContext, t: number): void {
  const visible = ctx.messages.filter((m) => !m.gone && m.visibleAt <= t);
  if (visible.length === 0) return;
  const receivable = ctx.fifo ? availableFifoMessages(ctx, visible, t) : visible;
  const kept = redriveExhausted(ctx, receivable, t);
  const batches = ctx.fifo
    ? buildFifoBatches(kept, ctx.cfg.batchSize)
    : buildStandardBatches(ctx, kept, t);
  for (const batch of batches) invoke(ctx, batch, t);
}

function nextEventTime(ctx: SqsContext, t: number): number | null {
  const times = [
    ...ctx.running.map((r) => r.end),
    ...ctx.messages.filter((m) => !m.gone && m.visibleAt > t).map((m) => m.visibleAt),
  ];
  if (ctx.partialSince !== null) times.push(ctx.partialSince + ctx.cfg.batchWindowSeconds);
  const future = times.filter((x) => x > t);
  return future.length === 0 ? null : Math.min(...future);
}

/**
 * Without a DLQ nothing bounds the retries but the retention period. The lab is
 * deterministic, so once several visibility cycles pass with no message finished and no
 * transient failure used up, the same cycle repeats until the retention period ends.
 */
function isSteadyLoop(ctx: SqsContext, t: number): boolean {
  const cycle =
    Math.max(ctx.cfg.visibilityTimeoutSeconds, ctx.cfg.functionTimeoutSeconds) +
    ctx.cfg.batchWindowSeconds +
    1;
  return !ctx.cfg.dlq && t - ctx.lastProgress > 3 * cycle;
}

function expiryNote(
  ctx: SqsContext,
  message: Message,
  projected: boolean,
  heads: ReadonlyMap<number, number>,
): string {
  const at = ctx.cfg.retentionSeconds;
  if (!projected)
    return `Still not processed when the retention period (${at} s) ended: SQS deleted it.`;
  const head = heads.get(message.group);
  if (ctx.fifo && head !== undefined && head !== message.id) {
    return `Stuck behind message ${head} of its group, which keeps failing: with no dead-letter queue the group stays blocked until the retention period (${at} s) deletes it.`;
  }
  return `Never deleted: with no dead-letter queue it reappears every ${ctx.cfg.visibilityTimeoutSeconds} s and keeps failing until the retention period (${at} s) deletes it.`;
}

function expireRemaining(ctx: SqsContext, projected: boolean): void {
  const left = ctx.messages.filter((m) => !m.gone);
  if (left.length === 0) return;
  const at = ctx.cfg.retentionSeconds;
  const heads = new Map<number, number>();
  for (const message of left) if (!heads.has(message.group)) heads.set(message.group, message.id);
  const notes = new Map(left.map((m) => [m.id, expiryNote(ctx, m, projected, heads)]));
  for (const message of left) {
    message.gone = true;
    (ctx.states[message.id] as RecordState).fate = {
      kind: 'expired',
      atSeconds: at,
      reason: 'retention-expired',
      note: notes.get(message.id) as string,
    };
  }
  // One closing step per distinct note; always listed, even past the display limit.
  for (const note of new Set(notes.values())) {
    const records = left.filter((m) => notes.get(m.id) === note).map((m) => m.id);
    ctx.steps.push({
      kind: 'expired',
      lane: 'queue',
      shard: null,
      atSeconds: at,
      records,
      reason: 'retention-expired',
      note,
      facts: ['esm.sqs-on-failure'],
    });
  }
}

/** Simulates an SQS event source mapping over `states` (one per record, in id order). */
export function simulateSqs(cfg: EsmLabConfig, states: RecordState[]): SimulationOutput {
  const ctx = createContext(cfg, states);
  let t = 0;
  let projected = false;
  for (;;) {
    completeFinished(ctx, t);
    // Invocations still running after every message has a fate change nothing any more.
    if (ctx.messages.every((m) => m.gone) || t >= cfg.retentionSeconds) break;
    if (isSteadyLoop(ctx, t) || ctx.invocations >= MAX_INVOCATIONS) {
      projected = true;
      expireRemaining(ctx, true);
      break;
    }
    poll(ctx, t);
    const next = nextEventTime(ctx, t);
    if (next === null) break;
    t = Math.min(next, cfg.retentionSeconds);
  }
  if (!projected) expireRemaining(ctx, false);
  return {
    steps: ctx.steps,
    records: ctx.states,
    invocations: ctx.invocations,
    truncated: ctx.truncated,
    projected,
  };
}
