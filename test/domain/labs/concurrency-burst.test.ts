import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  computeBurstScaling,
  SCALING_STEP_ENVIRONMENTS,
  SCALING_STEP_SECONDS,
} from '../../../src/domain/labs/concurrency-burst';

const arbitraryBurst = fc.record({
  demand: fc.integer({ min: 0, max: 100_000 }),
  provisioned: fc.integer({ min: 0, max: 5_000 }),
  alreadyWarm: fc.integer({ min: 0, max: 5_000 }),
  ceiling: fc.integer({ min: 0, max: 100_000 }),
});

describe('computeBurstScaling', () => {
  it('serves a burst no larger than the warm environments at once', () => {
    const r = computeBurstScaling({
      demand: 300,
      provisioned: 200,
      alreadyWarm: 150,
      ceiling: 1000,
    });
    expect(r.outcome).toEqual({ kind: 'served', atSeconds: 0, newEnvironments: 0 });
    expect(r.points).toEqual([{ t: 0, available: 300, throttled: 0 }]);
  });

  it('starts from the warm environments and adds 1,000 every 10 s', () => {
    const r = computeBurstScaling({
      demand: 2500,
      provisioned: 500,
      alreadyWarm: 0,
      ceiling: 3000,
    });
    expect(r.warmAtStart).toBe(500);
    expect(r.outcome).toEqual({ kind: 'served', atSeconds: 10, newEnvironments: 2000 });
    expect(r.summary).toContain('fully served after 10 s');
  });

  it('says there is nothing to serve when the burst is empty', () => {
    expect(
      computeBurstScaling({ demand: 0, provisioned: 0, alreadyWarm: 0, ceiling: 1000 }).outcome
        .kind,
    ).toBe('no-burst');
  });

  it('never exceeds the demand or the ceiling, and grows at most one step per 10 s', () => {
    fc.assert(
      fc.property(arbitraryBurst, (inputs) => {
        const r = computeBurstScaling(inputs);
        let previous = r.warmAtStart;
        r.points.forEach((p, k) => {
          expect(p.t).toBe(k * SCALING_STEP_SECONDS);
          expect(p.available).toBeLessThanOrEqual(Math.min(inputs.demand, inputs.ceiling));
          expect(p.available - Math.max(previous, 0)).toBeLessThanOrEqual(
            SCALING_STEP_ENVIRONMENTS,
          );
          expect(p.throttled).toBe(inputs.demand - p.available);
          previous = p.available;
        });
      }),
    );
  });

  it('reaches min(demand, ceiling) exactly when the outcome says so', () => {
    fc.assert(
      fc.property(arbitraryBurst, (inputs) => {
        const r = computeBurstScaling(inputs);
        const last = r.points[r.points.length - 1];
        expect(last?.available).toBe(Math.min(inputs.demand, inputs.ceiling));
        if (r.outcome.kind === 'served' || r.outcome.kind === 'capped') {
          const first = r.points.find((p) => p.available === last?.available);
          expect(first?.t).toBe(r.outcome.atSeconds);
        }
        expect(r.outcome.kind === 'capped').toBe(inputs.demand > inputs.ceiling);
      }),
    );
  });
});
