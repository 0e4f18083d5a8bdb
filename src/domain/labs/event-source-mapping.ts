/**
 * Event source mapping lab: what Lambda does with a batch that contains failing records, on
 * SQS (standard and FIFO), Kinesis and DynamoDB Streams. Pure and deterministic: the same
 * configuration always gives the same steps.
 */
import { assertNever } from '../lib/assert-never';
import { explainEsmRun, type EsmExplanation } from './event-source-mapping-explain';
import { roundSeconds } from './event-source-mapping-handler';
import { simulateSqs } from './event-source-mapping-sqs';
import { simulateStreams, type LaneReport } from './event-source-mapping-streams';
import {
  isSqsSource,
  normalizeEsmConfig,
  type EsmLabConfig,
  type EsmRecordReport,
  type EsmStep,
  type RecordState,
  type SimulationOutput,
} from './event-source-mapping-types';

export type EsmShardReport = Readonly<{
  shard: number;
  /** Longest time one of its slots spent on failing attempts, seconds. */
  blockedSeconds: number;
  finishedSeconds: number;
  lanes: readonly LaneReport[];
}>;

/** A FIFO message group or a stream partition key, with the order its records finished in. */
export type EsmGroupReport = Readonly<{
  group: string;
  records: readonly number[];
  completionOrder: readonly number[];
  inOrder: boolean;
}>;

export type EsmTotals = Readonly<{
  /** Invocations, counting every folded repeat. */
  invocations: number;
  succeeded: number;
  inDlq: number;
  toDestination: number;
  discarded: number;
  expired: number;
  /** Records the handler ran more than once. */
  processedMoreThanOnce: number;
  /** Handler runs on records that had already succeeded. */
  duplicateRuns: number;
  /** When the last record got its fate, seconds. */
  finishedSeconds: number;
}>;

export type EsmLabResult = Readonly<{
  config: EsmLabConfig;
  /** Settings changed to fit AWS's ranges, and configurations AWS would refuse. */
  notes: readonly string[];
  steps: readonly EsmStep[];
  /** True when more steps happened than are listed. */
  stepsTruncated: boolean;
  records: readonly EsmRecordReport[];
  shards: readonly EsmShardReport[];
  groups: readonly EsmGroupReport[];
  totals: EsmTotals;
  explanations: readonly EsmExplanation[];
  /** The run ended in a repeating failure loop and the rest was projected to the retention period. */
  projected: boolean;
}>;

function groupOf(cfg: EsmLabConfig, id: number): string | null {
  switch (cfg.source) {
    case 'sqs-standard':
      return null;
    case 'sqs-fifo':
      return `group ${id % cfg.messageGroupCount}`;
    case 'kinesis':
    case 'dynamodb-streams':
      return `key ${id % cfg.partitionKeyCount}`;
    default:
      return assertNever(cfg.source);
  }
}

function buildGroups(records: readonly EsmRecordReport[]): EsmGroupReport[] {
  const byGroup = new Map<string, EsmRecordReport[]>();
  for (const r of records)
    if (r.group !== null) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
  return [...byGroup].map(([group, members]) => {
    const done = members
      .filter((r) => r.fate.kind === 'succeeded')
      .sort((a, b) => a.fate.atSeconds - b.fate.atSeconds || a.id - b.id);
    const completionOrder = done.map((r) => r.id);
    return {
      group,
      records: members.map((r) => r.id),
      completionOrder,
      inOrder: completionOrder.every((id, i) => i === 0 || id > (completionOrder[i - 1] as number)),
    };
  });
}

function buildShards(lanes: readonly LaneReport[]): EsmShardReport[] {
  const shards = [...new Set(lanes.map((l) => l.shard))];
  return shards.map((shard) => {
    const own = lanes.filter((l) => l.shard === shard);
    return {
      shard,
      blockedSeconds: Math.max(...own.map((l) => l.blockedSeconds)),
      finishedSeconds: Math.max(...own.map((l) => l.finishedSeconds)),
      lanes: own,
    };
  });
}

function buildTotals(
  invocations: number,
  records: readonly EsmRecordReport[],
  states: readonly RecordState[],
): EsmTotals {
  const count = (kind: string): number => records.filter((r) => r.fate.kind === kind).length;
  return {
    invocations,
    succeeded: count('succeeded'),
    inDlq: count('dlq'),
    toDestination: count('destination'),
    discarded: count('discarded'),
    expired: count('expired'),
    processedMoreThanOnce: records.filter((r) => r.timesProcessed > 1).length,
    duplicateRuns: states.reduce((sum, s) => sum + s.duplicates, 0),
    finishedSeconds: roundSeconds(Math.max(0, ...records.map((r) => r.fate.atSeconds))),
  };
}

function runSimulation(
  cfg: EsmLabConfig,
  states: RecordState[],
): SimulationOutput & { lanes: readonly LaneReport[] } {
  switch (cfg.source) {
    case 'sqs-standard':
    case 'sqs-fifo':
      return { ...simulateSqs(cfg, states), lanes: [] };
    case 'kinesis':
    case 'dynamodb-streams':
      return simulateStreams(cfg, states);
    default:
      return assertNever(cfg.source);
  }
}

/**
 * Simulates an event source mapping over records that fail as configured.
 * @param input lab settings; out-of-range values are clamped (see `notes`).
 * @returns every invocation and transfer in time order (simulated seconds), each record's
 *   fate, per-shard blocking, per-group order, totals and fact-linked explanations.
 */
export function simulateEventSourceMapping(input: EsmLabConfig): EsmLabResult {
  const { config: cfg, notes } = normalizeEsmConfig(input);
  const states: RecordState[] = Array.from({ length: cfg.recordCount }, (_, id) => ({
    id,
    processed: 0,
    duplicates: 0,
    handledOk: false,
    failOncePending: cfg.failOnce.includes(id),
    fate: null,
  }));
  const sim = runSimulation(cfg, states);
  const records: EsmRecordReport[] = states.map((s) => ({
    id: s.id,
    group: groupOf(cfg, s.id),
    shard: isSqsSource(cfg.source) ? null : (s.id % cfg.partitionKeyCount) % cfg.shardCount,
    timesProcessed: s.processed,
    // Every path of both simulators gives each record a fate; this is the type-level fallback.
    fate: s.fate ?? {
      kind: 'expired',
      atSeconds: cfg.retentionSeconds,
      reason: 'retention-expired',
      note: 'Not delivered before the retention period ended.',
    },
  }));
  const shards = buildShards(sim.lanes);
  const blocked = new Map(shards.map((s) => [s.shard, s.blockedSeconds]));
  return {
    config: cfg,
    notes,
    steps: sim.steps,
    stepsTruncated: sim.truncated,
    records,
    shards,
    groups: buildGroups(records),
    totals: buildTotals(sim.invocations, records, states),
    explanations: explainEsmRun(cfg, sim.steps, states, blocked),
    projected: sim.projected,
  };
}
