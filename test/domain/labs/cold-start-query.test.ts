import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_COLD_START_INPUTS } from '../../../src/domain/labs/cold-start-model';
import { COLD_START_PRESETS } from '../../../src/domain/labs/cold-start-presets';
import {
  decodeColdStartQuery,
  encodeColdStartQuery,
} from '../../../src/domain/labs/cold-start-query';
import { arbitraryColdStartInputs } from './cold-start-arbitraries';
import { arbitraryQueryString } from './lab-arbitraries';

describe('cold-start query', () => {
  it('round-trips every valid setup', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        const decoded = decodeColdStartQuery(encodeColdStartQuery(inputs));
        expect(decoded.errors).toEqual([]);
        expect(decoded.inputs).toEqual(inputs);
      }),
    );
  });

  it('round-trips every preset', () => {
    for (const p of COLD_START_PRESETS)
      expect(decodeColdStartQuery(encodeColdStartQuery(p.inputs)).inputs).toEqual(p.inputs);
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(arbitraryQueryString, (search) => void decodeColdStartQuery(search)));
  });

  it('falls back on an unknown runtime or pattern and reports it', () => {
    const { inputs, errors } = decodeColdStartQuery(
      'runtime=cobol&traffic=tidal&snapStart=1&seed=42',
    );
    expect(inputs).toEqual({ ...DEFAULT_COLD_START_INPUTS, snapStart: true, seed: 42 });
    expect(errors.map((e) => e.param)).toEqual(['runtime', 'traffic']);
  });
});
