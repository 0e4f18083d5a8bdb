import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByLargestRemainder, allocateWithCaps } from '../../../src/domain/exam/allocate';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const weights = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 });

describe('allocateByLargestRemainder', () => {
  it('splits 65 DVA-C02 questions 21 / 17 / 15 / 12 by weights 32 / 26 / 24 / 18', () => {
    // Quotas 20.8, 16.9, 15.6, 11.7: floors 20 16 15 11 leave 3, for the remainders .9, .8, .7.
    expect(allocateByLargestRemainder(65, [32, 26, 24, 18])).toEqual([21, 17, 15, 12]);
  });

  it('adds up to the total and keeps every share within one question of its exact quota', () => {
    fc.assert(
      fc.property(fc.nat(500), weights, (total, ws) => {
        const shares = allocateByLargestRemainder(total, ws);
        expect(sum(shares)).toBe(total);
        const wsum = sum(ws);
        shares.forEach((share, i) => {
          const quota = wsum === 0 ? total / ws.length : (total * (ws[i] ?? 0)) / wsum;
          expect(Number.isInteger(share)).toBe(true);
          expect(Math.abs(share - quota)).toBeLessThan(1);
        });
      }),
    );
  });

  it('gives nothing to a group of weight zero while others have weight', () => {
    expect(allocateByLargestRemainder(7, [0, 1, 1])).toEqual([0, 4, 3]);
  });
});

describe('allocateWithCaps', () => {
  it('gives what a short group cannot take to the others by weight', () => {
    // SAP-C02, 75 questions, Domain 4 holding only 8 cards: 7 spare questions move.
    expect(allocateWithCaps(75, [26, 29, 25, 20], [99, 99, 99, 8])).toEqual([21, 25, 21, 8]);
  });

  it('never exceeds a cap and places min(total, sum of caps)', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        weights.chain((ws) =>
          fc.tuple(
            fc.constant(ws),
            fc.array(fc.nat(80), { minLength: ws.length, maxLength: ws.length }),
          ),
        ),
        (total, [ws, caps]) => {
          const shares = allocateWithCaps(total, ws, caps);
          shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(caps[i] ?? 0));
          expect(sum(shares)).toBe(Math.min(total, sum(caps)));
        },
      ),
    );
  });

  it('matches the plain split when no cap binds', () => {
    fc.assert(
      fc.property(fc.nat(200), weights, (total, ws) => {
        const caps = ws.map(() => total);
        fc.pre(sum(ws) > 0);
        expect(allocateWithCaps(total, ws, caps)).toEqual(allocateByLargestRemainder(total, ws));
      }),
    );
  });
});
