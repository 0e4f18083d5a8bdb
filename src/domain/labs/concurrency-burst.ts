/**
 * Burst scaling: how long until a sudden burst of concurrent requests has an execution
 * environment each. Lambda adds at most 1,000 environments per function every 10 seconds
 * (https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html); this is a step
 * model of that rate (AWS refills it continuously in practice), bounded by the capacity
 * the function may use. Requests beyond the environments available get HTTP 429.
 */
import { assertNever } from '../lib/assert-never';
import { formatNumber } from './lab-fields';

export const SCALING_STEP_ENVIRONMENTS = 1000;
export const SCALING_STEP_SECONDS = 10;
export const SCALING_SOURCE_URL =
  'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html';

/** One point of the chart: at `t` seconds after the burst, `available` requests are being served. */
export type BurstPoint = Readonly<{ t: number; available: number; throttled: number }>;

export type BurstOutcome =
  | Readonly<{ kind: 'no-burst' }>
  | Readonly<{ kind: 'served'; atSeconds: number; newEnvironments: number }>
  | Readonly<{ kind: 'capped'; atSeconds: number; served: number; throttled: number }>;

export type BurstResult = Readonly<{
  demand: number;
  warmAtStart: number;
  ceiling: number;
  outcome: BurstOutcome;
  /** Step points every 10 s until the plateau, plus one plateau point. */
  points: readonly BurstPoint[];
  summary: string;
  facts: readonly string[];
  sourceUrl: string;
}>;

export type BurstInputs = Readonly<{
  /** Concurrent requests arriving at once (count). */
  demand: number;
  /** Provisioned environments (count): initialized before the burst. */
  provisioned: number;
  /** Other environments already warm when the burst arrives (count). */
  alreadyWarm: number;
  /** Concurrency this function may use: reserved, or the unreserved pool (count). */
  ceiling: number;
}>;

function describeOutcome(inputs: BurstInputs, warm: number, outcome: BurstOutcome): string {
  const demand = formatNumber(inputs.demand);
  switch (outcome.kind) {
    case 'no-burst':
      return 'No burst to serve.';
    case 'served':
      return outcome.newEnvironments === 0
        ? `${demand} concurrent requests are served at once by ${formatNumber(warm)} warm environments.`
        : `${demand} concurrent requests: ${formatNumber(warm)} warm, +${formatNumber(SCALING_STEP_ENVIRONMENTS)} environments every ${SCALING_STEP_SECONDS} s, fully served after ${formatNumber(outcome.atSeconds)} s.`;
    case 'capped':
      return `${demand} concurrent requests exceed the ${formatNumber(inputs.ceiling)} this function may use: after ${formatNumber(outcome.atSeconds)} s, ${formatNumber(outcome.served)} are served and ${formatNumber(outcome.throttled)} keep getting HTTP 429.`;
    default:
      return assertNever(outcome);
  }
}

/**
 * Computes the burst chart and the time until the burst is fully served.
 * @param inputs counts of concurrent requests and environments (all ≥ 0)
 * @returns step points (t in seconds) and the outcome; never throws
 */
export function computeBurstScaling(inputs: BurstInputs): BurstResult {
  const ceiling = Math.max(0, inputs.ceiling);
  const demand = Math.max(0, inputs.demand);
  const warm = Math.min(Math.max(0, inputs.provisioned + inputs.alreadyWarm), ceiling);
  const target = Math.min(demand, ceiling);
  const steps = target > warm ? Math.ceil((target - warm) / SCALING_STEP_ENVIRONMENTS) : 0;
  const points: BurstPoint[] = [];
  for (let k = 0; k <= steps; k++) {
    const available =
      steps === 0
        ? target
        : Math.min(target, warm + SCALING_STEP_ENVIRONMENTS * Math.min(k + 1, steps));
    points.push({ t: k * SCALING_STEP_SECONDS, available, throttled: demand - available });
  }
  const atSeconds = Math.max(0, steps - 1) * SCALING_STEP_SECONDS;
  let outcome: BurstOutcome;
  if (demand === 0) outcome = { kind: 'no-burst' };
  else if (demand <= ceiling)
    outcome = { kind: 'served', atSeconds, newEnvironments: Math.max(0, target - warm) };
  else outcome = { kind: 'capped', atSeconds, served: target, throttled: demand - target };
  return {
    demand,
    warmAtStart: warm,
    ceiling,
    outcome,
    points,
    summary: describeOutcome(inputs, warm, outcome),
    facts: ['cold-starts.cause-burst', 'concurrency.provisioned', 'concurrency.account-limit'],
    sourceUrl: SCALING_SOURCE_URL,
  };
}
