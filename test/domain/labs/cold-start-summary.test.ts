import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentile } from '../../../src/domain/labs/cold-start-summary';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.95)).toBe(100);
    expect(percentile(sorted, 0.1)).toBe(10);
  });

  it('is 0 for no values', () => {
    expect(percentile([], 0.99)).toBe(0);
  });

  it('is monotone in p and always one of the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (values, p, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          expect(percentile(sorted, lo)).toBeLessThanOrEqual(percentile(sorted, hi));
          expect(sorted).toContain(percentile(sorted, p));
        },
      ),
    );
  });
});
