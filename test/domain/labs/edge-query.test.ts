import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_EDGE_REQUIREMENTS } from '../../../src/domain/labs/edge-requirements';
import { EDGE_PRESETS } from '../../../src/domain/labs/edge-presets';
import { decodeEdgeQuery, encodeEdgeQuery } from '../../../src/domain/labs/edge-query';
import { arbitraryEdgeRequirements } from './edge-arbitraries';
import { arbitraryQueryString } from './lab-arbitraries';

describe('edge chooser query', () => {
  it('round-trips all requirements within bounds', () => {
    fc.assert(
      fc.property(arbitraryEdgeRequirements, (r) => {
        const decoded = decodeEdgeQuery(encodeEdgeQuery(r));
        expect(decoded.errors).toEqual([]);
        expect(decoded.inputs).toEqual(r);
      }),
    );
  });

  it('round-trips every preset', () => {
    for (const p of EDGE_PRESETS)
      expect(decodeEdgeQuery(encodeEdgeQuery(p.inputs)).inputs).toEqual(p.inputs);
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(arbitraryQueryString, (search) => void decodeEdgeQuery(search)));
  });

  it('reads a shared link and reports the parts it ignored', () => {
    const { inputs, errors } = decodeEdgeQuery(
      '?lang=python&trigger=origin-request&memoryMb=99999&volume=huge',
    );
    expect(inputs).toEqual({
      ...DEFAULT_EDGE_REQUIREMENTS,
      language: 'python',
      triggerPoint: 'origin-request',
    });
    expect(errors.map((e) => e.param)).toEqual(['memoryMb', 'volume']);
  });
});
