import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONCURRENCY_INPUTS,
  validateConcurrencyInputs,
} from '../../../../src/domain/labs/concurrency-inputs';
import {
  decodeConcurrencyQuery,
  encodeConcurrencyQuery,
} from '../../../../src/domain/labs/concurrency-query';
import {
  readLabSetup,
  type LabSetupSpec,
} from '../../../../src/features/labs/shared/use-lab-setup';
import type { ConcurrencyInputs } from '../../../../src/domain/labs/concurrency-inputs';

const spec: LabSetupSpec<ConcurrencyInputs> = {
  decode: decodeConcurrencyQuery,
  encode: encodeConcurrencyQuery,
  validate: validateConcurrencyInputs,
  defaults: DEFAULT_CONCURRENCY_INPUTS,
};

describe('reading a lab setup from a link', () => {
  it('uses a valid link as it is, without problems', () => {
    const read = readLabSetup(spec, 'rps=800&durationMs=250');
    expect(read.problems).toEqual([]);
    expect(read.inputs).toMatchObject({ requestsPerSecond: 800, averageDurationMs: 250 });
  });

  it('ignores one unusable value and keeps the rest of the link', () => {
    const read = readLabSetup(spec, 'rps=abc&durationMs=250');
    expect(read.inputs.requestsPerSecond).toBe(DEFAULT_CONCURRENCY_INPUTS.requestsPerSecond);
    expect(read.inputs.averageDurationMs).toBe(250);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(/rps=abc/);
  });

  it('falls back to the defaults when the link combines values AWS refuses', () => {
    const read = readLabSetup(spec, 'reserved=10&provisioned=20');
    expect(read.inputs).toEqual(DEFAULT_CONCURRENCY_INPUTS);
    expect(read.problems.join(' ')).toMatch(/Provisioned concurrency can't exceed/);
  });
});
