import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildQuery, createQueryReader, parseQuery } from '../../../src/domain/labs/lab-query';
import type { NumberFieldSpec } from '../../../src/domain/labs/lab-types';
import { arbitraryQueryString } from './lab-arbitraries';

const spec: NumberFieldSpec = {
  label: 'Size',
  unit: 'MB',
  min: 0,
  max: 100,
  step: 1,
  integer: true,
};

describe('parseQuery', () => {
  it('reads names and values with or without the leading question mark', () => {
    expect([...parseQuery('?a=1&b=x%20y')]).toEqual([
      ['a', '1'],
      ['b', 'x y'],
    ]);
    expect(parseQuery('a=1').get('a')).toBe('1');
  });

  it('keeps the first occurrence of a repeated name', () => {
    expect(parseQuery('a=1&a=2').get('a')).toBe('1');
  });

  it('keeps a broken percent-escape as raw text instead of throwing', () => {
    expect(parseQuery('a=%E0%A4%A').get('a')).toBe('%E0%A4%A');
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(arbitraryQueryString, (s) => void parseQuery(s)));
  });

  it('reads back what buildQuery wrote', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (dict) => {
        const parsed = parseQuery(buildQuery(Object.entries(dict)));
        expect(Object.fromEntries(parsed)).toEqual(dict);
      }),
    );
  });
});

describe('createQueryReader', () => {
  it('falls back to the default and reports a value outside the bounds', () => {
    const q = createQueryReader('size=500');
    expect(q.number('size', spec, 7)).toBe(7);
    expect(q.errors()).toHaveLength(1);
    expect(q.errors()[0]?.param).toBe('size');
  });

  it('rejects hexadecimal and empty numbers that Number() would accept', () => {
    const q = createQueryReader('a=0x10&b=');
    expect(q.number('a', spec, 3)).toBe(3);
    expect(q.number('b', spec, 3)).toBe(3);
    expect(q.errors()).toHaveLength(2);
  });

  it('reads flags as 1/0 and choices from the allowed list only', () => {
    const q = createQueryReader('on=1&off=0&pick=b&bad=z&flag=maybe');
    expect(q.flag('on', false)).toBe(true);
    expect(q.flag('off', true)).toBe(false);
    expect(q.choice('pick', ['a', 'b'], 'a')).toBe('b');
    expect(q.choice('bad', ['a', 'b'], 'a')).toBe('a');
    expect(q.flag('flag', true)).toBe(true);
    expect(q.errors().map((e) => e.param)).toEqual(['bad', 'flag']);
  });

  it('treats a missing optional number as absent without an error', () => {
    const q = createQueryReader('');
    expect(q.optionalNumber('x', spec)).toBeUndefined();
    expect(q.errors()).toEqual([]);
  });
});
