import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CONCURRENCY_INPUTS } from '../../../src/domain/labs/concurrency-inputs';
import { CONCURRENCY_PRESETS } from '../../../src/domain/labs/concurrency-presets';
import {
  decodeConcurrencyQuery,
  encodeConcurrencyQuery,
} from '../../../src/domain/labs/concurrency-query';
import { arbitraryConcurrencyInputs } from './concurrency-arbitraries';
import { arbitraryQueryString } from './lab-arbitraries';

describe('concurrency query', () => {
  it('round-trips every valid setup', () => {
    fc.assert(
      fc.property(arbitraryConcurrencyInputs, (inputs) => {
        const decoded = decodeConcurrencyQuery(encodeConcurrencyQuery(inputs));
        expect(decoded.errors).toEqual([]);
        expect(decoded.inputs).toEqual(inputs);
      }),
    );
  });

  it('round-trips every preset and writes nothing for the defaults', () => {
    for (const p of CONCURRENCY_PRESETS)
      expect(decodeConcurrencyQuery(encodeConcurrencyQuery(p.inputs)).inputs).toEqual(p.inputs);
    expect(encodeConcurrencyQuery(DEFAULT_CONCURRENCY_INPUTS)).toBe('');
  });

  it('never throws on garbage and always returns inputs within bounds', () => {
    fc.assert(
      fc.property(arbitraryQueryString, (search) => {
        const { inputs } = decodeConcurrencyQuery(search);
        expect(Number.isFinite(inputs.requestsPerSecond)).toBe(true);
        expect(inputs.averageDurationMs).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('keeps usable values and reports the unusable ones', () => {
    const { inputs, errors } = decodeConcurrencyQuery(
      '?rps=50&durationMs=-3&reserved=abc&latencySensitive=1',
    );
    expect(inputs).toEqual({
      ...DEFAULT_CONCURRENCY_INPUTS,
      requestsPerSecond: 50,
      latencySensitive: true,
    });
    expect(errors.map((e) => e.param)).toEqual(['reserved', 'durationMs']);
  });
});
