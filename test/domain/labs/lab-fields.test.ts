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
  });
});
