import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatNumber,
  roundNoise,
  validateNumberField,
  validateNumberFields,
} from '../../../src/domain/labs/lab-fields';
import type { NumberFieldSpec } from '../../../src/domain/labs/lab-types';

const spec: NumberFieldSpec = {
  label: 'Memory',
  unit: 'MB',
  min: 128,
  max: 10240,
  step: 1,
  integer: true,
};

describe('validateNumberField', () => {
  it('names the bound and unit in the message when a value is out of range', () => {
    expect(validateNumberField('memory', spec, 64)).toMatchObject({
      kind: 'below-min',
      message: expect.stringContaining('128 MB'),
    });
    expect(validateNumberField('memory', spec, 20000)).toMatchObject({
      kind: 'above-max',
      message: expect.stringContaining('10,240 MB'),
    });
  });

  it('rejects non-numbers and fractions of a whole-number field', () => {
    expect(validateNumberField('memory', spec, Number.NaN)?.kind).toBe('not-a-number');
    expect(validateNumberField('memory', spec, Number.POSITIVE_INFINITY)?.kind).toBe(
      'not-a-number',
    );
    expect(validateNumberField('memory', spec, 512.5)?.kind).toBe('not-integer');
  });

  it('accepts every whole number within the bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 128, max: 10240 }),
        (n) => validateNumberField('memory', spec, n) === undefined,
      ),
    );
  });

  it('skips optional fields left empty', () => {
    expect(validateNumberFields({ memory: spec }, {})).toEqual([]);
  });
});

describe('number helpers', () => {
  it('removes floating-point noise from the worked example', () => {
    expect(roundNoise(500 * 0.2)).toBe(100);
  });

  it('groups thousands for explanations', () => {
    expect(formatNumber(10240)).toBe('10,240');
    expect(formatNumber(0.2)).toBe('0.2');
    expect(formatNumber(-1234567.5)).toBe('-1,234,567.5');
    expect(formatNumber(2.0004)).toBe('2');
    expect(formatNumber(-0.0001)).toBe('0');
    expect(formatNumber(1.25, 1)).toBe('1.3');
  });

  it('writes what en-US Intl.NumberFormat writes for numbers that need no tie rounding', () => {
    const decimalsNotTies = fc
      .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }))
      .filter(([k, places]) => places === 0 || Math.abs(k) % 10 !== 5)
      .map(([k, places]) => k / 10 ** places);
    fc.assert(
      fc.property(decimalsNotTies, fc.integer({ min: 0, max: 3 }), (n, digits) => {
        const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
        expect(formatNumber(n, digits)).toBe(intl.format(n).replace(/^-0$/, '0'));
      }),
    );
  });
});
