import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateEventSourceMapping } from '../../../src/domain/labs/event-source-mapping';
import type { EsmLabConfig, EsmSource } from '../../../src/domain/labs/event-source-mapping-types';

const ESM_FACT_IDS = [
  'esm.sqs-batch-size',
  'esm.sqs-batch-window',
  'esm.sqs-visibility-timeout',
  'esm.sqs-on-failure',
  'esm.report-batch-item-failures',
  'esm.stream-shard-invocation',
  'esm.bisect-batch',
  'esm.stream-on-failure-destination',
  'esm.stream-retry-limits',
  'esm.parallelization-factor',
];

const sources: readonly EsmSource[] = ['sqs-standard', 'sqs-fifo', 'kinesis', 'dynamodb-streams'];

const configArb: fc.Arbitrary<EsmLabConfig> = fc.record({
  source: fc.constantFrom(...sources),
  recordCount: fc.integer({ min: 1, max: 40 }),
  batchSize: fc.integer({ min: 1, max: 12 }),
  batchWindowSeconds: fc.constantFrom(0, 5),
  functionTimeoutSeconds: fc.integer({ min: 1, max: 30 }),
  processingSecondsPerRecord: fc.constantFrom(0.5, 1, 2),
  alwaysFail: fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 4 }),
  failOnce: fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 4 }),
  reportBatchItemFailures: fc.boolean(),
  visibilityTimeoutSeconds: fc.integer({ min: 1, max: 200 }),
  dlq: fc.boolean(),
  maxReceiveCount: fc.integer({ min: 1, max: 5 }),
  messageGroupCount: fc.integer({ min: 1, max: 4 }),
  retentionSeconds: fc.constantFrom(3_600, 86_400, 345_600),
  bisectBatchOnFunctionError: fc.boolean(),
  maximumRetryAttempts: fc.constantFrom(-1, 0, 1, 3),
  maximumRecordAgeSeconds: fc.constantFrom(-1, 60, 600),
  onFailureDestination: fc.boolean(),
  parallelizationFactor: fc.integer({ min: 1, max: 3 }),
  shardCount: fc.integer({ min: 1, max: 3 }),
  partitionKeyCount: fc.integer({ min: 1, max: 6 }),
});

describe('event source mapping lab: properties', () => {
  it('gives the same result for the same configuration', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        expect(simulateEventSourceMapping(config)).toEqual(simulateEventSourceMapping(config));
      }),
      { numRuns: 60 },
    );
  });

  it('gives every record exactly one fate, and a reason to every record that did not succeed', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const result = simulateEventSourceMapping(config);
        expect(result.records.map((r) => r.id)).toEqual(
          Array.from({ length: result.config.recordCount }, (_, i) => i),
        );
        for (const record of result.records) {
          if (record.fate.kind !== 'succeeded') expect(record.fate.note.length).toBeGreaterThan(0);
        }
        const t = result.totals;
        expect(t.succeeded + t.inDlq + t.toDestination + t.discarded + t.expired).toBe(
          result.config.recordCount,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('lists every record that left without succeeding in a DLQ, destination, discard or expiry step', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const result = simulateEventSourceMapping(config);
        const transferred = new Set(
          result.steps.flatMap((s) => (s.kind === 'invocation' ? [] : s.records)),
        );
        for (const record of result.records) {
          if (record.fate.kind !== 'succeeded') expect(transferred.has(record.id)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('links steps and explanations only to event source mapping facts', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const result = simulateEventSourceMapping(config);
        for (const step of result.steps)
          for (const fact of step.facts) expect(ESM_FACT_IDS).toContain(fact);
        for (const e of result.explanations) expect(ESM_FACT_IDS).toContain(e.factId);
      }),
      { numRuns: 100 },
    );
  });

  it('never lets a record that never fails end in the DLQ with partial batch responses on a standard queue', () => {
    const arb = configArb.map((c) => ({
      ...c,
      source: 'sqs-standard' as const,
      reportBatchItemFailures: true,
      dlq: true,
      maxReceiveCount: Math.max(2, c.maxReceiveCount),
      functionTimeoutSeconds: 900,
      visibilityTimeoutSeconds: 5_400,
      retentionSeconds: 1_209_600,
    }));
    fc.assert(
      fc.property(arb, (config) => {
        const result = simulateEventSourceMapping(config);
        for (const record of result.records) {
          const expected = result.config.alwaysFail.includes(record.id) ? 'dlq' : 'succeeded';
          expect(record.fate.kind).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('lets only the poison records reach the destination when a stream bisects with bounded retries', () => {
    const arb = configArb.map((c) => ({
      ...c,
      source: 'kinesis' as const,
      bisectBatchOnFunctionError: true,
      reportBatchItemFailures: false,
      maximumRetryAttempts: 2,
      maximumRecordAgeSeconds: -1,
      onFailureDestination: true,
      functionTimeoutSeconds: 900,
      retentionSeconds: 86_400,
    }));
    fc.assert(
      fc.property(arb, (config) => {
        const result = simulateEventSourceMapping(config);
        for (const record of result.records) {
          const expected = result.config.alwaysFail.includes(record.id)
            ? 'destination'
            : 'succeeded';
          expect(record.fate.kind).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('completes the records of each FIFO group and partition key in order', () => {
    fc.assert(
      fc.property(
        configArb.filter((c) => c.source !== 'sqs-standard'),
        (config) => {
          const result = simulateEventSourceMapping(config);
          for (const group of result.groups) expect(group.inOrder).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
