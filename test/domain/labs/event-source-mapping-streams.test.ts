import { describe, expect, it } from 'vitest';
import { simulateEventSourceMapping } from '../../../src/domain/labs/event-source-mapping';
import { buildStreamLanes } from '../../../src/domain/labs/event-source-mapping-streams';
import {
  DEFAULT_ESM_CONFIG,
  type EsmInvocationStep,
  type EsmLabConfig,
  type EsmStep,
} from '../../../src/domain/labs/event-source-mapping-types';

const stream = (overrides: Partial<EsmLabConfig>): EsmLabConfig => ({
  ...DEFAULT_ESM_CONFIG,
  source: 'kinesis',
  recordCount: 8,
  batchSize: 8,
  processingSecondsPerRecord: 1,
  functionTimeoutSeconds: 60,
  alwaysFail: [],
  failOnce: [],
  partitionKeyCount: 1,
  shardCount: 1,
  parallelizationFactor: 1,
  retentionSeconds: 86_400,
  ...overrides,
});

const invocations = (steps: readonly EsmStep[]): EsmInvocationStep[] =>
  steps.filter((s): s is EsmInvocationStep => s.kind === 'invocation');
const fateOf = (result: ReturnType<typeof simulateEventSourceMapping>, id: number) =>
  result.records.find((r) => r.id === id)?.fate;

describe('event source mapping lab: Kinesis and DynamoDB Streams', () => {
  it('blocks the shard until the records expire when retries and record age are unbounded', () => {
    const result = simulateEventSourceMapping(stream({ alwaysFail: [2] }));
    expect(result.shards[0]?.blockedSeconds).toBe(86_400);
    for (const record of result.records)
      expect(record.fate).toMatchObject({ kind: 'expired', atSeconds: 86_400 });
    expect(result.explanations.map((e) => e.factId)).toEqual([
      'esm.stream-shard-invocation',
      'esm.stream-retry-limits',
    ]);
  });

  it('folds identical retries into one step instead of listing thousands', () => {
    const result = simulateEventSourceMapping(stream({ alwaysFail: [2] }));
    expect(result.steps.length).toBeLessThan(5);
    expect(result.totals.invocations).toBe(86_400 / 3);
  });

  it('stops after MaximumRetryAttempts and sends the batch metadata to the on-failure destination', () => {
    const result = simulateEventSourceMapping(
      stream({ alwaysFail: [2], maximumRetryAttempts: 2, onFailureDestination: true }),
    );
    expect(result.totals.invocations).toBe(3);
    for (let id = 0; id < 8; id++) expect(fateOf(result, id)?.kind).toBe('destination');
    const destination = result.steps.find((s) => s.kind === 'destination');
    expect(destination?.facts).toEqual([
      'esm.stream-retry-limits',
      'esm.stream-on-failure-destination',
    ]);
  });

  it('skips the failed batch with no trace when there is no on-failure destination', () => {
    const result = simulateEventSourceMapping(
      stream({ alwaysFail: [2], maximumRetryAttempts: 0, onFailureDestination: false }),
    );
    expect(fateOf(result, 2)).toMatchObject({ kind: 'discarded', reason: 'retries-exhausted' });
    expect(
      result.explanations.find((e) => e.factId === 'esm.stream-on-failure-destination')?.text,
    ).toContain('DestinationConfig.OnFailure');
  });

  it('discards records older than MaximumRecordAgeInSeconds', () => {
    const result = simulateEventSourceMapping(
      stream({ alwaysFail: [2], maximumRecordAgeSeconds: 60, onFailureDestination: true }),
    );
    expect(fateOf(result, 2)).toMatchObject({ kind: 'destination', reason: 'record-too-old' });
    expect(fateOf(result, 2)?.atSeconds).toBeGreaterThan(60);
  });

  it('isolates the bad record with BisectBatchOnFunctionError without using retry attempts', () => {
    const result = simulateEventSourceMapping(
      stream({
        alwaysFail: [2],
        bisectBatchOnFunctionError: true,
        maximumRetryAttempts: 0,
        onFailureDestination: true,
      }),
    );
    expect(result.totals.toDestination).toBe(1);
    expect(fateOf(result, 2)?.kind).toBe('destination');
    expect(result.totals.succeeded).toBe(7);
    const batches = invocations(result.steps).map((s) => s.records);
    expect(batches).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7],
      [0, 1, 2, 3],
      [0, 1],
      [2, 3],
      [2],
      [3],
      [4, 5, 6, 7],
    ]);
    expect(result.explanations.map((e) => e.factId)).toContain('esm.bisect-batch');
  });

  it('reprocesses the records before the failure when the whole batch is retried', () => {
    const result = simulateEventSourceMapping(stream({ failOnce: [2] }));
    expect(result.records.find((r) => r.id === 0)?.timesProcessed).toBe(2);
    expect(result.totals.duplicateRuns).toBe(2);
    expect(result.totals.succeeded).toBe(8);
  });

  it('checkpoints the records before the first reported failure with ReportBatchItemFailures', () => {
    const result = simulateEventSourceMapping(
      stream({ failOnce: [2], reportBatchItemFailures: true }),
    );
    const [first, second] = invocations(result.steps);
    expect(first?.succeeded).toEqual([0, 1]);
    expect(second?.records).toEqual([2, 3, 4, 5, 6, 7]);
    expect(result.totals.duplicateRuns).toBe(0);
  });

  it('splits a batch that times out, even with ReportBatchItemFailures on', () => {
    const result = simulateEventSourceMapping(
      stream({
        functionTimeoutSeconds: 3,
        bisectBatchOnFunctionError: true,
        reportBatchItemFailures: true,
      }),
    );
    expect(invocations(result.steps)[0]?.outcome).toBe('timeout');
    expect(result.totals.succeeded).toBe(8);
  });

  it('keeps other partition keys moving with a ParallelizationFactor above 1', () => {
    const config = stream({
      recordCount: 8,
      batchSize: 2,
      partitionKeyCount: 2,
      alwaysFail: [0],
      maximumRetryAttempts: 1,
    });
    const serial = simulateEventSourceMapping(config);
    const parallel = simulateEventSourceMapping({ ...config, parallelizationFactor: 2 });
    const doneAt = (r: ReturnType<typeof simulateEventSourceMapping>) =>
      r.records.find((x) => x.id === 7)?.fate.atSeconds ?? 0;
    expect(doneAt(parallel)).toBeLessThan(doneAt(serial));
    expect(parallel.shards[0]?.lanes).toHaveLength(2);
    expect(parallel.groups.every((g) => g.inOrder)).toBe(true);
    expect(parallel.explanations.map((e) => e.factId)).toContain('esm.parallelization-factor');
  });

  it('keeps a failure on one shard from blocking another shard', () => {
    const result = simulateEventSourceMapping(
      stream({
        recordCount: 8,
        batchSize: 2,
        partitionKeyCount: 2,
        shardCount: 2,
        alwaysFail: [0],
      }),
    );
    expect(result.shards.map((s) => s.blockedSeconds)).toEqual([86_400, 0]);
    for (const id of [1, 3, 5, 7]) expect(fateOf(result, id)?.kind).toBe('succeeded');
  });

  it('assigns every record to exactly one lane, keeping ids in order', () => {
    const lanes = buildStreamLanes(
      stream({ recordCount: 50, partitionKeyCount: 7, shardCount: 3, parallelizationFactor: 4 }),
    );
    const all = lanes.flatMap((l) => l.records).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 50 }, (_, i) => i));
    for (const lane of lanes) expect([...lane.records].sort((a, b) => a - b)).toEqual(lane.records);
  });

  it('keeps a Kinesis retention period of at least 24 hours, the shortest a stream allows', () => {
    const result = simulateEventSourceMapping(stream({ retentionSeconds: 3_600 }));
    expect(result.config.retentionSeconds).toBe(86_400);
    expect(
      simulateEventSourceMapping(stream({ retentionSeconds: 2 * 86_400 })).config.retentionSeconds,
    ).toBe(2 * 86_400);
  });

  it('starts every skipped-record note with a capital letter', () => {
    const result = simulateEventSourceMapping(
      stream({ alwaysFail: [2], maximumRecordAgeSeconds: 60 }),
    );
    const notes = result.steps.flatMap((s) => (s.kind === 'invocation' ? [] : [s.note]));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note[0]).toBe(note[0]?.toUpperCase());
  });

  it('fixes the DynamoDB Streams retention at 24 hours', () => {
    const result = simulateEventSourceMapping(
      stream({ source: 'dynamodb-streams', retentionSeconds: 7 * 86_400 }),
    );
    expect(result.config.retentionSeconds).toBe(86_400);
  });
});
