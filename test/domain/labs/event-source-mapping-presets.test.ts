import { describe, expect, it } from 'vitest';
import {
  simulateEventSourceMapping,
  type EsmLabResult,
} from '../../../src/domain/labs/event-source-mapping';
import {
  ESM_PRESETS,
  type EsmPresetId,
} from '../../../src/domain/labs/event-source-mapping-presets';
import { normalizeEsmConfig } from '../../../src/domain/labs/event-source-mapping-types';

const run = (id: EsmPresetId): EsmLabResult => {
  const preset = ESM_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return simulateEventSourceMapping(preset.inputs);
};

describe('event source mapping presets', () => {
  it('have distinct ids and settings the lab accepts unchanged', () => {
    expect(new Set(ESM_PRESETS.map((p) => p.id)).size).toBe(ESM_PRESETS.length);
    for (const p of ESM_PRESETS) expect(normalizeEsmConfig(p.inputs).config).toEqual(p.inputs);
  });

  it('shows a poison message returning its whole batch without ReportBatchItemFailures', () => {
    const { totals } = run('sqs-poison-whole-batch');
    expect(totals.inDlq).toBe(5);
    expect(totals.duplicateRuns).toBeGreaterThan(0);
  });

  it('shows only the poison message retried with ReportBatchItemFailures', () => {
    const { totals } = run('sqs-poison-partial-batch');
    expect(totals).toMatchObject({ inDlq: 1, succeeded: 9, duplicateRuns: 0 });
  });

  it('shows every message processed twice when the visibility timeout is too short', () => {
    const result = run('sqs-visibility-below-timeout');
    expect(result.totals.processedMoreThanOnce).toBe(10);
    expect(result.notes.join(' ')).toContain('refuses');
  });

  it('shows a FIFO group held behind its failing message while the other group finishes', () => {
    const result = run('fifo-failing-message');
    const fates = new Map(result.records.map((r) => [r.id, r.fate.kind]));
    expect([1, 3, 5, 7, 9].map((id) => fates.get(id))).toEqual(Array(5).fill('succeeded'));
    expect([2, 4, 6, 8].map((id) => fates.get(id))).toEqual(Array(4).fill('dlq'));
    for (const group of result.groups) expect(group.inOrder).toBe(true);
  });

  it('shows a shard blocked for the whole retention period with unbounded retries', () => {
    const result = run('kinesis-unbounded-retries');
    expect(result.shards[0]?.blockedSeconds).toBe(86_400);
    expect(result.totals.expired).toBe(10);
  });

  it('shows bisecting sending only the bad record to the destination within seconds', () => {
    const result = run('kinesis-bisect');
    expect(result.totals).toMatchObject({ toDestination: 1, succeeded: 9 });
    expect(result.shards[0]?.blockedSeconds).toBeLessThan(60);
  });

  it('shows a failure blocking only its own slot with ParallelizationFactor', () => {
    const result = run('dynamodb-parallel');
    expect(result.shards.map((s) => s.blockedSeconds > 0)).toEqual([false, true]);
    expect(result.groups.filter((g) => g.completionOrder.length === g.records.length)).toHaveLength(
      3,
    );
  });
});
