import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  generateArrivals,
  rateMultiplier,
  TRAFFIC_PATTERNS,
} from '../../../src/domain/labs/cold-start-traffic';
import { createRng } from '../../../src/domain/lib/rng';

describe('generateArrivals', () => {
  it('returns ascending times inside the run, the same for the same seed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TRAFFIC_PATTERNS),
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.nat(),
        (pattern, rps, seed) => {
          const a = generateArrivals(pattern, rps, 120_000, createRng(seed), 10_000);
          const b = generateArrivals(pattern, rps, 120_000, createRng(seed), 10_000);
          expect(a).toEqual(b);
          a.times.forEach((t, i) => {
            expect(t).toBeGreaterThanOrEqual(0);
            expect(t).toBeLessThan(120_000);
            if (i > 0) expect(t).toBeGreaterThanOrEqual(a.times[i - 1] as number);
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('averages the requested rate for every pattern', () => {
    for (const pattern of TRAFFIC_PATTERNS) {
      const { times } = generateArrivals(pattern, 20, 3_600_000, createRng(7), 1_000_000);
      expect(times.length / 3600).toBeGreaterThan(20 * 0.95);
      expect(times.length / 3600).toBeLessThan(20 * 1.05);
    }
  });

  it('keeps the idle stretch of burst-after-idle silent', () => {
    const { times } = generateArrivals('burst-after-idle', 10, 1_000_000, createRng(3), 100_000);
    expect(times.some((t) => t >= 200_000 && t < 700_000)).toBe(false);
  });

  it('stops at the cap and says so', () => {
    const r = generateArrivals('steady', 100, 60_000, createRng(1), 50);
    expect(r.times).toHaveLength(50);
    expect(r.truncated).toBe(true);
  });

  it('generates nothing for a zero rate', () => {
    expect(generateArrivals('steady', 0, 60_000, createRng(1), 50)).toEqual({
      times: [],
      truncated: false,
    });
  });
});

describe('rateMultiplier', () => {
  it('averages 1 over a run for every pattern', () => {
    const duration = 3_000_000;
    for (const pattern of TRAFFIC_PATTERNS) {
      let sum = 0;
      const steps = 30_000;
      for (let i = 0; i < steps; i++)
        sum += rateMultiplier(pattern, ((i + 0.5) / steps) * duration, duration);
      expect(sum / steps).toBeCloseTo(1, 2);
    }
  });
});
