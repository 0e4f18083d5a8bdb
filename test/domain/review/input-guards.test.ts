import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSize,
  estimateYamlShape,
  looksBinary,
  measureUtf8Bytes,
} from '../../../src/domain/review/input-guards';

describe('input guards', () => {
  it('measures UTF-8 bytes like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(measureUtf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('accepts input at the limit and refuses one byte more', () => {
    expect(checkSize('a'.repeat(10), 10)).toBeNull();
    expect(checkSize('a'.repeat(11), 10)?.kind).toBe('too-large');
  });

  it('calls text with NUL bytes or many control characters binary, but not tabs and newlines', () => {
    expect(looksBinary('a\u0000b')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003abc')).toBe(true);
    expect(looksBinary('Resources:\n\tA: 1\r\n')).toBe(false);
  });

  it('estimates nesting and values from indentation, sequence indicators and flow brackets', () => {
    expect(estimateYamlShape('a:\n  b:\n    c: 1\n', 100, 100)).toEqual({
      depth: 3,
      values: 3,
      flowItems: 0,
    });
    expect(estimateYamlShape('a: [[[1, 2]]]\n', 100, 100)).toEqual({
      depth: 4,
      values: 5,
      flowItems: 4,
    });
    expect(estimateYamlShape('- - - x\n', 100, 100).depth).toBe(4);
  });

  it('ignores brackets inside quotes, comments, plain text and block scalars', () => {
    const text = [
      'a: "[[[["',
      "b: '{{{{'",
      'c: text with [ bracket',
      'd: 1 # [[[[',
      'code: |',
      '  function f() { return [[[[1]]]]; }',
      'e: 2',
    ].join('\n');
    expect(estimateYamlShape(text, 100, 100)).toEqual({ depth: 1, values: 6, flowItems: 0 });
  });

  it('stops early once a limit is passed', () => {
    expect(estimateYamlShape('['.repeat(1_000), 10, 10_000).depth).toBe(11);
    expect(estimateYamlShape('a: 1\n'.repeat(1_000), 10, 100).values).toBe(101);
  });
});
