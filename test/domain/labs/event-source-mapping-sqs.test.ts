import { describe, expect, it } from 'vitest';
import { simulateEventSourceMapping } from '../../../src/domain/labs/event-source-mapping';
import {
  DEFAULT_ESM_CONFIG,
  type EsmInvocationStep,
  type EsmLabConfig,
  type EsmStep,
} from '../../../src/domain/labs/event-source-mapping-types';

const sqs = (overrides: Partial<EsmLabConfig>): EsmLabConfig => ({
  ...DEFAULT_ESM_CONFIG,
  source: 'sqs-standard',
  recordCount: 10,
  batchSize: 5,
  processingSecondsPerRecord: 1,
  functionTimeoutSeconds: 10,
  visibilityTimeoutSeconds: 60,
  alwaysFail: [],
  failOnce: [],
  ...overrides,
});

const invocations = (steps: readonly EsmStep[]): EsmInvocationStep[] =>
  steps.filter((s): s is EsmInvocationStep => s.kind === 'invocation');
const fateOf = (result: ReturnType<typeof simulateEventSourceMapping>, id: number) =>
  result.records.find((r) => r.id === id)?.fate;

describe('event source mapping lab: SQS', () => {
  it('returns the whole batch when one message fails without ReportBatchItemFailures', () => {
    const result = simulateEventSourceMapping(
      sqs({ alwaysFail: [2], reportBatchItemFailures: false }),
    );
    const first = invocations(result.steps)[0];
    expect(first?.outcome).toBe('function-error');
    expect(first?.retried).toEqual([0, 1, 2, 3, 4]);
    expect(first?.facts).toContain('esm.report-batch-item-failures');
    expect(result.explanations.map((e) => e.factId)).toContain('esm.report-batch-item-failures');
  });

  it('sends innocent messages to the DLQ with the poison one when the whole batch keeps failing', () => {
    const result = simulateEventSourceMapping(
      sqs({ alwaysFail: [2], dlq: true, maxReceiveCount: 3 }),
    );
    for (const id of [0, 1, 2, 3, 4]) expect(fateOf(result, id)?.kind).toBe('dlq');
    for (const id of [5, 6, 7, 8, 9]) expect(fateOf(result, id)?.kind).toBe('succeeded');
    expect(result.records.find((r) => r.id === 0)?.timesProcessed).toBe(3);
  });

  it('returns only the reported message with ReportBatchItemFailures on a standard queue', () => {
    const result = simulateEventSourceMapping(
      sqs({ alwaysFail: [2], reportBatchItemFailures: true }),
    );
    const first = invocations(result.steps)[0];
    expect(first?.outcome).toBe('partial-failure');
    expect(first?.retried).toEqual([2]);
    expect(first?.succeeded).toEqual([0, 1, 3, 4]);
    expect(result.totals.inDlq).toBe(1);
    expect(result.totals.succeeded).toBe(9);
  });

  it('moves a message to the DLQ after maxReceiveCount receives', () => {
    const result = simulateEventSourceMapping(
      sqs({ alwaysFail: [2], reportBatchItemFailures: true, maxReceiveCount: 4 }),
    );
    const withPoison = invocations(result.steps).filter((s) => s.records.includes(2));
    expect(withPoison).toHaveLength(4);
    const dlq = result.steps.find((s) => s.kind === 'dlq');
    expect(dlq?.records).toEqual([2]);
    expect(dlq?.facts).toContain('esm.sqs-on-failure');
  });

  it('makes a failed message visible again only after the visibility timeout', () => {
    const result = simulateEventSourceMapping(
      sqs({ alwaysFail: [2], reportBatchItemFailures: true, visibilityTimeoutSeconds: 90 }),
    );
    const starts = invocations(result.steps)
      .filter((s) => s.records.includes(2))
      .map((s) => s.startSeconds);
    expect(starts).toEqual([0, 90, 180]);
  });

  it('keeps a poison message coming back until the retention period when there is no DLQ', () => {
    const result = simulateEventSourceMapping(
      sqs({ alwaysFail: [2], reportBatchItemFailures: true, dlq: false, retentionSeconds: 86_400 }),
    );
    expect(fateOf(result, 2)).toMatchObject({
      kind: 'expired',
      reason: 'retention-expired',
      atSeconds: 86_400,
    });
    expect(result.projected).toBe(true);
    expect(result.explanations.find((e) => e.factId === 'esm.sqs-on-failure')?.text).toContain(
      'RedrivePolicy',
    );
  });

  it('lets a message that fails once succeed on its second delivery', () => {
    const result = simulateEventSourceMapping(
      sqs({ failOnce: [7], reportBatchItemFailures: true }),
    );
    expect(fateOf(result, 7)).toMatchObject({ kind: 'succeeded', atSeconds: 61 });
    expect(result.records.find((r) => r.id === 7)?.timesProcessed).toBe(2);
  });

  it('processes messages twice when the visibility timeout is shorter than the run time', () => {
    const result = simulateEventSourceMapping(
      sqs({
        visibilityTimeoutSeconds: 3,
        functionTimeoutSeconds: 10,
        processingSecondsPerRecord: 1,
      }),
    );
    expect(result.totals.duplicateRuns).toBeGreaterThan(0);
    expect(result.notes.join(' ')).toContain('Lambda refuses to create this mapping');
    const explanation = result.explanations.find((e) => e.factId === 'esm.sqs-visibility-timeout');
    expect(explanation?.text).toContain('60 s');
  });

  it('fails the whole batch when it runs past the function timeout, even with ReportBatchItemFailures', () => {
    const result = simulateEventSourceMapping(
      sqs({
        processingSecondsPerRecord: 3,
        functionTimeoutSeconds: 10,
        reportBatchItemFailures: true,
      }),
    );
    const first = invocations(result.steps)[0];
    expect(first?.outcome).toBe('timeout');
    expect(first?.processed).toEqual([0, 1, 2]);
    expect(first?.retried).toEqual([0, 1, 2, 3, 4]);
  });

  it('waits out the batching window before invoking a partial batch', () => {
    const result = simulateEventSourceMapping(sqs({ recordCount: 7, batchWindowSeconds: 20 }));
    expect(invocations(result.steps).map((s) => [s.startSeconds, s.records.length])).toEqual([
      [0, 5],
      [20, 2],
    ]);
    expect(result.explanations.map((e) => e.factId)).toContain('esm.sqs-batch-window');
  });

  it('stops at the first failure on a FIFO queue and returns the rest of the batch', () => {
    const result = simulateEventSourceMapping(
      sqs({
        source: 'sqs-fifo',
        messageGroupCount: 1,
        alwaysFail: [2],
        reportBatchItemFailures: true,
      }),
    );
    const first = invocations(result.steps)[0];
    expect(first?.processed).toEqual([0, 1, 2]);
    expect(first?.retried).toEqual([2, 3, 4]);
    expect(first?.succeeded).toEqual([0, 1]);
  });

  it('holds back the rest of a FIFO group while one of its messages is failing', () => {
    const result = simulateEventSourceMapping(
      sqs({
        source: 'sqs-fifo',
        messageGroupCount: 2,
        batchSize: 2,
        alwaysFail: [0],
        reportBatchItemFailures: true,
        maxReceiveCount: 2,
      }),
    );
    const groupZero = result.groups.find((g) => g.group === 'group 0');
    const groupOne = result.groups.find((g) => g.group === 'group 1');
    expect(groupOne?.completionOrder).toEqual([1, 3, 5, 7, 9]);
    expect(groupOne?.inOrder).toBe(true);
    expect(groupZero?.inOrder).toBe(true);
    // Returned unprocessed with the poison message, message 2 used up its receives too.
    expect(fateOf(result, 2)?.kind).toBe('dlq');
    const next = fateOf(result, 4);
    expect(next?.kind).toBe('succeeded');
    expect(next?.atSeconds).toBeGreaterThanOrEqual(120);
  });

  it('keeps a FIFO group blocked behind a poison message when there is no DLQ', () => {
    const result = simulateEventSourceMapping(
      sqs({
        source: 'sqs-fifo',
        messageGroupCount: 2,
        batchSize: 1,
        alwaysFail: [0],
        dlq: false,
        reportBatchItemFailures: true,
      }),
    );
    expect(fateOf(result, 2)).toMatchObject({ kind: 'expired' });
    expect(fateOf(result, 2)?.kind === 'expired' ? fateOf(result, 2) : null).toMatchObject({
      note: expect.stringContaining('Stuck behind message 0'),
    });
    expect(result.records.find((r) => r.id === 2)?.timesProcessed).toBe(0);
    for (const id of [1, 3, 5, 7, 9]) expect(fateOf(result, id)?.kind).toBe('succeeded');
  });

  it('caps a FIFO batch at 10 messages and ignores the batching window', () => {
    const result = simulateEventSourceMapping(
      sqs({ source: 'sqs-fifo', batchSize: 50, batchWindowSeconds: 30 }),
    );
    expect(result.config.batchSize).toBe(10);
    expect(result.config.batchWindowSeconds).toBe(0);
    expect(result.notes).toHaveLength(2);
  });
});
