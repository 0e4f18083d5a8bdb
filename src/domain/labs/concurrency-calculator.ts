/**
 * The concurrency calculator: the document's formula (concurrency = requests/s × duration),
 * the account pool and reservations, throttling, provisioned coverage and burst scaling.
 * Sources: study document §2; https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
 * (AWS keeps at least 100 executions unreserved and rejects a reservation that would leave fewer).
 */
import {
  computeConcurrency,
  computeUnreservedConcurrency,
  MIN_UNRESERVED_CONCURRENCY,
} from '../formulas';
import { computeBurstScaling, type BurstResult } from './concurrency-burst';
import { findConcurrencyIssues } from './concurrency-findings';
import type { ConcurrencyInputs } from './concurrency-inputs';
import { formatNumber, roundNoise } from './lab-fields';
import type { Finding, FormulaWorking } from './lab-types';

export type CapacityResult = Readonly<{
  value: number;
  source: 'reserved' | 'unreserved-pool';
  explanation: string;
  facts: readonly string[];
}>;

export type UnreservedPoolResult = Readonly<{
  left: number;
  minimum: number;
  belowMinimum: boolean;
  /** One sentence for the view, saying what AWS does about it. */
  explanation: string;
  /** AWS would reject the reservation that takes the pool below the minimum. */
  rejectedByAws: boolean;
  /** This function's reservation (not the others') is what takes the pool below the minimum. */
  causedByThisFunction: boolean;
  working: FormulaWorking;
}>;

export type ThrottlingResult = Readonly<{
  throttled: boolean;
  /** Share of requests that get HTTP 429 in steady state, 0–1. */
  share: number;
  throttledRequestsPerSecond: number;
  /** `result` is the share in percent. */
  working: FormulaWorking;
}>;

export type ProvisionedCoverage = Readonly<{
  provisioned: number;
  /** Concurrency actually served: min(needed, capacity). */
  served: number;
  covered: number;
  /** Served concurrency beyond provisioned environments: these may cold start. */
  onDemand: number;
  /** covered ÷ served, 0–1 (0 when nothing is served). */
  share: number;
  facts: readonly string[];
}>;

export type ConcurrencyResult = Readonly<{
  needed: FormulaWorking;
  /** Whole execution environments needed: the concurrency rounded up. */
  environmentsNeeded: number;
  capacity: CapacityResult;
  unreservedPool: UnreservedPoolResult;
  throttling: ThrottlingResult;
  provisioned: ProvisionedCoverage;
  burst: BurstResult;
  /** Sorted critical → warning → suggestion. */
  findings: readonly Finding[];
}>;

/**
 * The document's formula with the numbers filled in.
 * @param requestsPerSecond req/s
 * @param averageDurationMs ms (converted to seconds for the formula)
 */
export function computeNeededConcurrency(
  requestsPerSecond: number,
  averageDurationMs: number,
): FormulaWorking {
  const seconds = averageDurationMs / 1000;
  return {
    formula: 'concurrency = requests/s × average duration (s)',
    substituted: `${formatNumber(requestsPerSecond)} × ${formatNumber(seconds, 6)} s`,
    result: roundNoise(computeConcurrency(requestsPerSecond, seconds)),
    unit: 'count',
    facts: ['concurrency.formula'],
  };
}

function explainPool(left: number, rejectedByAws: boolean): string {
  const minimum = formatNumber(MIN_UNRESERVED_CONCURRENCY);
  if (left >= MIN_UNRESERVED_CONCURRENCY) {
    return `${formatNumber(left)} concurrent executions stay unreserved (AWS keeps at least ${minimum}).`;
  }
  return rejectedByAws
    ? `Only ${formatNumber(left)} would stay unreserved: AWS keeps at least ${minimum} and rejects a reservation that would leave fewer.`
    : `Only ${formatNumber(left)} concurrent executions are available; AWS normally keeps at least ${minimum} unreserved.`;
}

/**
 * What is left in the shared pool once every reservation is taken out.
 * @param inputs account limit and reservations (counts)
 */
export function computeUnreservedPool(inputs: ConcurrencyInputs): UnreservedPoolResult {
  const reserved = inputs.reservedConcurrency;
  const reservations =
    reserved === undefined ? [inputs.otherReservations] : [reserved, inputs.otherReservations];
  const left = computeUnreservedConcurrency(inputs.accountLimit, reservations);
  const withoutThis = computeUnreservedConcurrency(inputs.accountLimit, [inputs.otherReservations]);
  const belowMinimum = left < MIN_UNRESERVED_CONCURRENCY;
  const rejectedByAws = belowMinimum && (reserved !== undefined || inputs.otherReservations > 0);
  return {
    left,
    minimum: MIN_UNRESERVED_CONCURRENCY,
    belowMinimum,
    explanation: explainPool(left, rejectedByAws),
    rejectedByAws,
    causedByThisFunction:
      belowMinimum && reserved !== undefined && withoutThis >= MIN_UNRESERVED_CONCURRENCY,
    working: {
      formula: 'unreserved = account limit − reserved concurrency of every function',
      substituted: [inputs.accountLimit, ...reservations].map(formatNumber).join(' − '),
      result: left,
      unit: 'count',
      facts: ['concurrency.unreserved', 'concurrency.account-limit'],
    },
  };
}

function computeCapacity(inputs: ConcurrencyInputs, pool: UnreservedPoolResult): CapacityResult {
  const reserved = inputs.reservedConcurrency;
  if (reserved !== undefined) {
    return {
      value: reserved,
      source: 'reserved',
      explanation: `Reserved concurrency guarantees and caps this function at ${formatNumber(reserved)}.`,
      facts: ['concurrency.reserved'],
    };
  }
  const value = Math.max(0, pool.left);
  return {
    value,
    source: 'unreserved-pool',
    explanation: `Without a reservation the function shares the unreserved pool of ${formatNumber(value)} with every other function that has none.`,
    facts: ['concurrency.unreserved'],
  };
}

function computeThrottling(
  needed: number,
  capacity: number,
  requestsPerSecond: number,
): ThrottlingResult {
  const share = needed > 0 ? Math.max(0, 1 - capacity / needed) : 0;
  return {
    throttled: share > 0,
    share: roundNoise(share),
    throttledRequestsPerSecond: roundNoise(share * requestsPerSecond),
    working: {
      formula: 'throttled share = max(0, 1 − capacity ÷ concurrency needed)',
      substituted:
        needed > 0
          ? `max(0, 1 − ${formatNumber(capacity)} ÷ ${formatNumber(needed)})`
          : 'no traffic',
      result: roundNoise(share * 100),
      unit: 'percent',
      facts: ['concurrency.formula', 'concurrency.account-limit'],
    },
  };
}

function computeProvisionedCoverage(
  provisioned: number,
  needed: number,
  capacity: number,
): ProvisionedCoverage {
  const served = Math.min(needed, capacity);
  const covered = Math.min(provisioned, served);
  return {
    provisioned,
    served,
    covered,
    onDemand: roundNoise(served - covered),
    share: served > 0 ? roundNoise(covered / served) : 0,
    facts: ['concurrency.provisioned', 'cold-starts.mitigation-provisioned-concurrency'],
  };
}

/**
 * Runs the calculator. Call it with inputs that passed `validateConcurrencyInputs`;
 * other inputs still give finite numbers but may not mean anything.
 * @param inputs rates in req/s, durations in ms, everything else in concurrent executions
 */
export function calculateConcurrency(inputs: ConcurrencyInputs): ConcurrencyResult {
  const needed = computeNeededConcurrency(inputs.requestsPerSecond, inputs.averageDurationMs);
  const unreservedPool = computeUnreservedPool(inputs);
  const capacity = computeCapacity(inputs, unreservedPool);
  const throttling = computeThrottling(needed.result, capacity.value, inputs.requestsPerSecond);
  const provisioned = computeProvisionedCoverage(
    inputs.provisionedConcurrency,
    needed.result,
    capacity.value,
  );
  const burst = computeBurstScaling({
    demand: inputs.burstConcurrency,
    provisioned: inputs.provisionedConcurrency,
    alreadyWarm: inputs.warmEnvironments,
    ceiling: capacity.value,
  });
  const findings = findConcurrencyIssues({
    inputs,
    needed: needed.result,
    capacity,
    unreservedPool,
    throttling,
    provisioned,
    burst,
  });
  return {
    needed,
    environmentsNeeded: Math.ceil(needed.result),
    capacity,
    unreservedPool,
    throttling,
    provisioned,
    burst,
    findings,
  };
}
