import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateEventSourceMapping } from '../../../src/domain/labs/event-source-mapping';
import {
  describeStepRecords,
  trackEsmProgress,
} from '../../../src/domain/labs/event-source-mapping-progress';
import { ESM_PRESETS } from '../../../src/domain/labs/event-source-mapping-presets';
import {
  DEFAULT_ESM_CONFIG,
  type EsmInvocationStep,
} from '../../../src/domain/labs/event-source-mapping-types';
import { arbitraryEsmConfig } from './event-source-mapping-arbitraries';

const firstInvocation = (config = DEFAULT_ESM_CONFIG): EsmInvocationStep => {
  const step = simulateEventSourceMapping(config).steps[0];
  if (step?.kind !== 'invocation') throw new Error('expected an invocation first');
  return step;
};

describe('describeStepRecords', () => {
  it('marks the poison message failed and the messages before it returned, the rest not reached', () => {
    const statuses = describeStepRecords(firstInvocation()).map((r) => `${r.id}:${r.status}`);
    expect(statuses).toEqual([
      '0:returned',
      '1:returned',
      '2:failed',
      '3:not-reached',
      '4:not-reached',
    ]);
  });

  it('marks only the reported message failed with ReportBatchItemFailures on a standard queue', () => {
    const step = firstInvocation({ ...DEFAULT_ESM_CONFIG, reportBatchItemFailures: true });
    expect(describeStepRecords(step).map((r) => r.status)).toEqual([
      'succeeded',
      'succeeded',
      'failed',
      'succeeded',
      'succeeded',
    ]);
  });

  it('flags a message processed again after it had succeeded', () => {
    const step = simulateEventSourceMapping(DEFAULT_ESM_CONFIG).steps[2];
    if (step?.kind !== 'invocation') throw new Error('expected an invocation');
    expect(
      describeStepRecords(step)
        .filter((r) => r.duplicate)
        .map((r) => r.id),
    ).toEqual([0, 1]);
  });

  it('gives every record of a DLQ step the DLQ status', () => {
    const result = simulateEventSourceMapping(DEFAULT_ESM_CONFIG);
    const dlq = result.steps.find((s) => s.kind === 'dlq');
    expect(dlq && describeStepRecords(dlq).every((r) => r.status === 'dlq')).toBe(true);
  });
});

describe('trackEsmProgress', () => {
  it('starts with every record waiting and unprocessed', () => {
    const progress = trackEsmProgress(3, simulateEventSourceMapping(DEFAULT_ESM_CONFIG).steps, -1);
    expect(progress).toEqual([0, 1, 2].map((id) => ({ id, state: 'waiting', runs: 0 })));
  });

  it('ends with each record in its fate and run count', () => {
    const configs = fc.oneof(
      arbitraryEsmConfig.map((c) => ({ ...c, recordCount: Math.min(c.recordCount, 30) })),
      fc.constantFrom(...ESM_PRESETS.map((p) => p.inputs)),
    );
    fc.assert(
      fc.property(configs, (config) => {
        const result = simulateEventSourceMapping(config);
        fc.pre(!result.stepsTruncated);
        const progress = trackEsmProgress(
          result.config.recordCount,
          result.steps,
          result.steps.length - 1,
        );
        expect(progress.map((p) => p.state)).toEqual(result.records.map((r) => r.fate.kind));
        expect(progress.map((p) => p.runs)).toEqual(result.records.map((r) => r.timesProcessed));
      }),
      { numRuns: 120 },
    );
  });
});
