import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calculateConcurrency,
  computeNeededConcurrency,
} from '../../../src/domain/labs/concurrency-calculator';
import {
  DEFAULT_CONCURRENCY_INPUTS,
  validateConcurrencyInputs,
} from '../../../src/domain/labs/concurrency-inputs';
import {
  CONCURRENCY_PRESETS,
  type ConcurrencyPresetId,
} from '../../../src/domain/labs/concurrency-presets';
import { arbitraryConcurrencyInputs } from './concurrency-arbitraries';

const preset = (id: ConcurrencyPresetId) => {
  const found = CONCURRENCY_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return calculateConcurrency(found.inputs);
};
const findingIds = (id: ConcurrencyPresetId) => preset(id).findings.map((f) => f.id);
const base = DEFAULT_CONCURRENCY_INPUTS;

describe('computeNeededConcurrency', () => {
  it('fills in the formula for the worked example: 500 × 0.2 s = 100', () => {
    expect(computeNeededConcurrency(500, 200)).toEqual({
      formula: 'concurrency = requests/s × average duration (s)',
      substituted: '500 × 0.2 s',
      result: 100,
      unit: 'count',
      facts: ['concurrency.formula'],
    });
  });
});

describe('computeNeededConcurrency precision', () => {
  it('keeps sub-millisecond durations readable in the substituted formula', () => {
    expect(computeNeededConcurrency(2000, 0.5).substituted).toBe('2,000 × 0.0005 s');
    expect(computeNeededConcurrency(2000, 0.5).result).toBe(1);
  });
});

describe('validateConcurrencyInputs', () => {
  it('accepts every preset', () => {
    for (const p of CONCURRENCY_PRESETS) expect(validateConcurrencyInputs(p.inputs)).toEqual([]);
  });

  it('accepts every generated valid setup', () => {
    fc.assert(
      fc.property(
        arbitraryConcurrencyInputs,
        (inputs) => validateConcurrencyInputs(inputs).length === 0,
      ),
    );
  });

  it('reports out-of-range, non-numeric and fractional counts per field', () => {
    const errors = validateConcurrencyInputs({
      ...base,
      requestsPerSecond: -1,
      averageDurationMs: Number.NaN,
      otherReservations: 2.5,
    });
    expect(errors.map((e) => [e.field, e.kind])).toEqual([
      ['requestsPerSecond', 'below-min'],
      ['averageDurationMs', 'not-a-number'],
      ['otherReservations', 'not-integer'],
    ]);
  });

  it('refuses provisioned concurrency above the reserved concurrency', () => {
    const errors = validateConcurrencyInputs({
      ...base,
      reservedConcurrency: 50,
      provisionedConcurrency: 60,
    });
    expect(errors).toEqual([
      expect.objectContaining({ field: 'provisionedConcurrency', kind: 'conflict' }),
    ]);
  });

  it('refuses a reservation above the account limit', () => {
    const errors = validateConcurrencyInputs({ ...base, reservedConcurrency: 1001 });
    expect(errors).toEqual([
      expect.objectContaining({ field: 'reservedConcurrency', kind: 'conflict' }),
    ]);
  });
});

describe('calculateConcurrency presets', () => {
  it('worked example: 100 needed from a pool of 1,000, nothing throttled, no findings', () => {
    const r = preset('worked-example');
    expect(r.needed.result).toBe(100);
    expect(r.capacity).toMatchObject({ value: 1000, source: 'unreserved-pool' });
    expect(r.throttling.throttled).toBe(false);
    expect(r.findings).toEqual([]);
  });

  it('reserved = 0 throttles everything and says the function is disabled', () => {
    const r = preset('reserved-zero');
    expect(r.throttling.share).toBe(1);
    expect(r.findings[0]).toMatchObject({ id: 'reserved-zero', severity: 'critical' });
    expect(r.findings[0]?.facts).toContain('concurrency.reserved-zero');
  });

  it('a reservation of 950 leaves 50 unreserved, which AWS rejects', () => {
    const r = preset('reservation-starves-pool');
    expect(r.unreservedPool).toMatchObject({
      left: 50,
      belowMinimum: true,
      rejectedByAws: true,
      causedByThisFunction: true,
    });
    expect(r.unreservedPool.working.substituted).toBe('1,000 − 950 − 0');
    expect(r.unreservedPool.explanation).toContain('rejects a reservation');
    const finding = r.findings.find((f) => f.id === 'unreserved-below-minimum');
    expect(finding?.severity).toBe('critical');
    expect(finding?.facts).toContain('checklist.function-takes-account-concurrency');
  });

  it('a reservation of 200 against a need of 500 throttles 60% of requests', () => {
    const r = preset('reservation-throttles');
    expect(r.throttling).toMatchObject({
      throttled: true,
      share: 0.6,
      throttledRequestsPerSecond: 600,
    });
    expect(r.throttling.working.result).toBe(60);
    expect(findingIds('reservation-throttles')).toContain('throttled');
  });

  it('a user-facing function without provisioned concurrency gets the cold-start warning', () => {
    const finding = preset('user-facing-no-provisioned').findings.find(
      (f) => f.id === 'latency-sensitive-no-provisioned',
    );
    expect(finding?.severity).toBe('warning');
    expect(finding?.facts).toContain('checklist.cold-starts-user-facing');
  });

  it('a burst of 3,000 under a quota of 5,000 is fully served after 20 s', () => {
    const { burst } = preset('burst-3000');
    expect(burst.outcome).toEqual({ kind: 'served', atSeconds: 20, newEnvironments: 3000 });
    expect(burst.points.map((p) => [p.t, p.available])).toEqual([
      [0, 1000],
      [10, 2000],
      [20, 3000],
      [30, 3000],
    ]);
  });

  it('a burst of 3,000 under the default quota is capped at 1,000', () => {
    const r = preset('burst-over-limit');
    expect(r.burst.outcome).toEqual({
      kind: 'capped',
      atSeconds: 0,
      served: 1000,
      throttled: 2000,
    });
    expect(r.findings.map((f) => f.id)).toContain('burst-capped');
  });
});

describe('calculateConcurrency findings', () => {
  it('flags a function without a reservation that needs the whole pool', () => {
    const r = calculateConcurrency({ ...base, requestsPerSecond: 10_000, averageDurationMs: 100 });
    expect(r.findings[0]).toMatchObject({ id: 'consumes-shared-pool', severity: 'critical' });
  });

  it('reports partial provisioned coverage for a latency-sensitive function', () => {
    const r = calculateConcurrency({ ...base, latencySensitive: true, provisionedConcurrency: 25 });
    expect(r.provisioned).toMatchObject({ served: 100, covered: 25, onDemand: 75, share: 0.25 });
    expect(r.findings.map((f) => f.id)).toEqual(['provisioned-partial']);
  });

  it('points out provisioned environments beyond the need as idle cost', () => {
    const r = calculateConcurrency({ ...base, provisionedConcurrency: 300 });
    expect(r.findings.map((f) => f.id)).toEqual(['provisioned-idle']);
  });

  it('blames other reservations, not this function, when they already starve the pool', () => {
    const r = calculateConcurrency({ ...base, otherReservations: 950, reservedConcurrency: 10 });
    expect(r.unreservedPool).toMatchObject({
      left: 40,
      causedByThisFunction: false,
      rejectedByAws: true,
    });
  });
});

describe('calculateConcurrency properties', () => {
  it('throttles exactly the share the steady-state formula gives', () => {
    fc.assert(
      fc.property(arbitraryConcurrencyInputs, (inputs) => {
        const r = calculateConcurrency(inputs);
        const needed = r.needed.result;
        const expected = needed > 0 ? Math.max(0, 1 - r.capacity.value / needed) : 0;
        expect(r.throttling.share).toBeCloseTo(expected, 6);
        expect(r.throttling.share).toBeGreaterThanOrEqual(0);
        expect(r.throttling.share).toBeLessThanOrEqual(1);
        expect(r.throttling.throttled).toBe(needed > r.capacity.value);
      }),
    );
  });

  it('splits served concurrency into provisioned and on-demand parts', () => {
    fc.assert(
      fc.property(arbitraryConcurrencyInputs, (inputs) => {
        const { provisioned: p } = calculateConcurrency(inputs);
        expect(p.covered + p.onDemand).toBeCloseTo(p.served, 6);
        expect(p.covered).toBeLessThanOrEqual(inputs.provisionedConcurrency);
        expect(p.share).toBeGreaterThanOrEqual(0);
        expect(p.share).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('uses the reservation as capacity when there is one, else what the pool has left', () => {
    fc.assert(
      fc.property(arbitraryConcurrencyInputs, (inputs) => {
        const r = calculateConcurrency(inputs);
        const left =
          inputs.accountLimit - (inputs.reservedConcurrency ?? 0) - inputs.otherReservations;
        expect(r.unreservedPool.left).toBe(left);
        expect(r.unreservedPool.belowMinimum).toBe(left < 100);
        expect(r.capacity.value).toBe(inputs.reservedConcurrency ?? Math.max(0, left));
      }),
    );
  });

  it('sorts findings by severity and ties each to at least one content id', () => {
    const rank = { critical: 0, warning: 1, suggestion: 2 };
    fc.assert(
      fc.property(arbitraryConcurrencyInputs, (inputs) => {
        const { findings } = calculateConcurrency(inputs);
        for (let i = 1; i < findings.length; i++) {
          expect(rank[findings[i - 1]!.severity]).toBeLessThanOrEqual(rank[findings[i]!.severity]);
        }
        for (const f of findings) expect(f.facts.length).toBeGreaterThan(0);
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
      }),
    );
  });
});
