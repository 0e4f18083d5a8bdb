/**
 * Request arrivals for the cold-start simulation: a seeded, non-homogeneous Poisson
 * process (thinning), so every pattern averages the requested rate over the run.
 */
import { assertNever } from '../lib/assert-never';
import type { Rng } from '../lib/rng';

export const TRAFFIC_PATTERNS = ['steady', 'spiky', 'burst-after-idle', 'daily-curve'] as const;
export type TrafficPattern = (typeof TRAFFIC_PATTERNS)[number];

export type TrafficPatternInfo = Readonly<{
  pattern: TrafficPattern;
  label: string;
  description: string;
}>;

export const TRAFFIC_PATTERN_INFO = [
  { pattern: 'steady', label: 'Steady', description: 'Requests at a constant average rate.' },
  {
    pattern: 'spiky',
    label: 'Spiky',
    description: 'Every 5 minutes, a 30-second spike at six times the quiet rate.',
  },
  {
    pattern: 'burst-after-idle',
    label: 'Burst after idle',
    description:
      'Normal traffic for the first 20% of the run, silence until 70%, then a burst at ten times the average rate.',
  },
  {
    pattern: 'daily-curve',
    label: 'Daily curve',
    description:
      'One day compressed into the run: quiet at the start and end, a peak in the middle.',
  },
] as const satisfies readonly TrafficPatternInfo[];

const SPIKE_PERIOD_MS = 300_000;
const SPIKE_START_MS = 240_000;
const SPIKE_END_MS = 270_000;

/** Peak of `rateMultiplier`, for thinning. */
function peakMultiplier(pattern: TrafficPattern): number {
  switch (pattern) {
    case 'steady':
      return 1;
    case 'spiky':
      return 4;
    case 'burst-after-idle':
      return 10;
    case 'daily-curve':
      return 1.8;
    default:
      return assertNever(pattern);
  }
}

/**
 * The arrival rate at time `t` relative to the average (each pattern averages 1 over the run).
 * @param t ms since the start
 * @param durationMs length of the run in ms
 */
export function rateMultiplier(pattern: TrafficPattern, t: number, durationMs: number): number {
  const f = t / durationMs;
  switch (pattern) {
    case 'steady':
      return 1;
    case 'spiky': {
      const inPeriod = t % SPIKE_PERIOD_MS;
      // Base 2/3 for 90% of the time and 4 for 10%: average 1.
      return inPeriod >= SPIKE_START_MS && inPeriod < SPIKE_END_MS ? 4 : 2 / 3;
    }
    case 'burst-after-idle':
      // 20% of requests, silence, 50% in a burst, then 30% trailing: average 1.
      if (f < 0.2) return 1;
      if (f < 0.7) return 0;
      if (f < 0.75) return 10;
      return 1.2;
    case 'daily-curve':
      return 1 - 0.8 * Math.cos(2 * Math.PI * f);
    default:
      return assertNever(pattern);
  }
}

export type Arrivals = Readonly<{ times: readonly number[]; truncated: boolean }>;

/**
 * Generates arrival times in ascending order.
 * @param requestsPerSecond average rate over the run (req/s, > 0)
 * @param durationMs length of the run (ms)
 * @param maxRequests stop (and flag `truncated`) beyond this many arrivals
 */
export function generateArrivals(
  pattern: TrafficPattern,
  requestsPerSecond: number,
  durationMs: number,
  rng: Rng,
  maxRequests: number,
): Arrivals {
  const peak = peakMultiplier(pattern);
  const peakPerMs = (requestsPerSecond / 1000) * peak;
  const times: number[] = [];
  if (!(peakPerMs > 0) || !(durationMs > 0)) return { times, truncated: false };
  let t = 0;
  for (;;) {
    t += -Math.log(1 - rng.next()) / peakPerMs;
    if (t >= durationMs) return { times, truncated: false };
    if (rng.next() * peak < rateMultiplier(pattern, t, durationMs)) {
      if (times.length >= maxRequests) return { times, truncated: true };
      times.push(t);
    }
  }
}
