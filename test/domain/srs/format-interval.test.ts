import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInterval } from '../../../src/domain/srs/format-interval';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatInterval', () => {
  it('spells out each unit with its plural', () => {
    expect(formatInterval(30_000)).toBe('< 1 min');
    expect(formatInterval(10 * MIN)).toBe('10 min');
    expect(formatInterval(HOUR)).toBe('1 hour');
    expect(formatInterval(5 * HOUR)).toBe('5 hours');
    expect(formatInterval(DAY)).toBe('1 day');
    expect(formatInterval(3 * DAY)).toBe('3 days');
    expect(formatInterval(45 * DAY)).toBe('1.5 months');
    expect(formatInterval(800 * DAY)).toBe('2.2 years');
  });

  it('moves to the next unit when rounding reaches it', () => {
    expect(formatInterval(59.7 * MIN)).toBe('1 hour');
    expect(formatInterval(23.6 * HOUR)).toBe('1 day');
    expect(formatInterval(29.6 * DAY)).toBe('1 month');
  });

  it('reads negative and non-finite values as zero', () => {
    expect(formatInterval(-5 * DAY)).toBe('< 1 min');
    expect(formatInterval(Number.NaN)).toBe('< 1 min');
  });

  it('never gives a longer label to a shorter interval', () => {
    const order = ['min', 'hour', 'day', 'month', 'year'];
    const rank = (text: string): number => {
      if (text === '< 1 min') return -1;
      const [n, unit] = text.split(' ');
      return order.indexOf((unit ?? '').replace(/s$/, '')) * 1e6 + Number(n);
    };
    fc.assert(
      fc.property(fc.nat(20 * 365 * DAY), fc.nat(20 * 365 * DAY), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank(formatInterval(lo))).toBeLessThanOrEqual(rank(formatInterval(hi)));
      }),
    );
  });
});
