import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayKey,
  dayKeyFromNumber,
  dayNumberFromKey,
  startOfLocalDay,
} from '../../../src/domain/srs/day-key';

const timeArb = fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) });
const offsetArb = fc.integer({ min: -12 * 60, max: 14 * 60 });

describe('dayKey', () => {
  it('gives the calendar date at the local offset, as Date would', () => {
    fc.assert(
      fc.property(timeArb, offsetArb, (now, offset) => {
        expect(dayKey(now, offset)).toBe(
          new Date(now + offset * 60_000).toISOString().slice(0, 10),
        );
      }),
    );
  });

  it('changes at local midnight', () => {
    const berlinSummer = 120;
    expect(dayKey(Date.UTC(2025, 5, 1, 21, 59), berlinSummer)).toBe('2025-06-01');
    expect(dayKey(Date.UTC(2025, 5, 1, 22, 0), berlinSummer)).toBe('2025-06-02');
  });
});

describe('startOfLocalDay', () => {
  it('is the last local midnight at or before now', () => {
    fc.assert(
      fc.property(timeArb, offsetArb, (now, offset) => {
        const start = startOfLocalDay(now, offset);
        expect(start).toBeLessThanOrEqual(now);
        expect(now - start).toBeLessThan(86_400_000);
        expect(dayKey(start, offset)).toBe(dayKey(now, offset));
        expect(dayKey(start - 1, offset)).not.toBe(dayKey(now, offset));
      }),
    );
  });
});

describe('dayNumberFromKey', () => {
  it('round-trips every day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 100_000 }), (n) => {
        expect(dayNumberFromKey(dayKeyFromNumber(n))).toBe(n);
      }),
    );
  });

  it('rejects text that is not a real date', () => {
    for (const key of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-1', 'yesterday', '']) {
      expect(dayNumberFromKey(key)).toBeNull();
    }
    expect(dayNumberFromKey('2024-02-29')).not.toBeNull();
  });
});
