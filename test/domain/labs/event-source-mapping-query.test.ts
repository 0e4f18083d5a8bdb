import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ESM_PRESETS } from '../../../src/domain/labs/event-source-mapping-presets';
import {
  decodeEsmQuery,
  encodeEsmQuery,
} from '../../../src/domain/labs/event-source-mapping-query';
import { DEFAULT_ESM_CONFIG } from '../../../src/domain/labs/event-source-mapping-types';
import { arbitraryEsmConfig } from './event-source-mapping-arbitraries';
import { arbitraryQueryString } from './lab-arbitraries';

describe('event source mapping query', () => {
  it('round-trips every valid setup', () => {
    fc.assert(
      fc.property(arbitraryEsmConfig, (config) => {
        const decoded = decodeEsmQuery(encodeEsmQuery(config));
        expect(decoded.errors).toEqual([]);
        expect(decoded.inputs).toEqual(config);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every preset', () => {
    for (const p of ESM_PRESETS)
      expect(decodeEsmQuery(encodeEsmQuery(p.inputs)).inputs).toEqual(p.inputs);
  });

  it('writes nothing for the default setup and reads an empty query as the default', () => {
    expect(encodeEsmQuery(DEFAULT_ESM_CONFIG)).toBe('');
    expect(decodeEsmQuery('')).toEqual({ inputs: DEFAULT_ESM_CONFIG, errors: [] });
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(arbitraryQueryString, (search) => void decodeEsmQuery(search)));
  });

  it('writes an empty failure list so that "no poison record" survives a link', () => {
    const config = { ...DEFAULT_ESM_CONFIG, alwaysFail: [] };
    expect(encodeEsmQuery(config)).toBe('fail=');
    expect(decodeEsmQuery('fail=').inputs.alwaysFail).toEqual([]);
  });

  it('reads record ids in any order, once each', () => {
    expect(decodeEsmQuery('?fail=7,%202,7&failOnce=3').inputs).toMatchObject({
      alwaysFail: [2, 7],
      failOnce: [3],
    });
  });

  it('falls back and reports unusable values', () => {
    const { inputs, errors } = decodeEsmQuery(
      'source=kafka&batch=0&fail=2,x&maxAge=30&rbif=maybe&shards=4',
    );
    expect(inputs).toEqual({ ...DEFAULT_ESM_CONFIG, shardCount: 4 });
    expect(errors.map((e) => e.param).sort()).toEqual([
      'batch',
      'fail',
      'maxAge',
      'rbif',
      'source',
    ]);
  });
});
