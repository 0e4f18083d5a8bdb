import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { varyNumber } from '../../../src/domain/quiz/figures';

describe('varyNumber', () => {
  it('gives positive figures different from the input, whole when the input is whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const out = varyNumber(n);
        expect(out.length).toBeGreaterThanOrEqual(3);
        for (const v of out) {
          expect(v).toBeGreaterThan(0);
          expect(v).not.toBe(n);
          expect(Number.isInteger(v)).toBe(true);
        }
      }),
    );
  });

  it('shifts only small figures: 6 layers, never 1,001 executions', () => {
    expect(varyNumber(5)).toContain(6);
    expect(varyNumber(1000)).not.toContain(1001);
  });
});
