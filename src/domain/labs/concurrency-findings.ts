/**
 * 🔴/🟡/🟢 findings of the concurrency calculator, each tied to the checklist item or
 * facts it rests on (ids from the content registry).
 */
import type { BurstResult } from './concurrency-burst';
import type {
  CapacityResult,
  ProvisionedCoverage,
  ThrottlingResult,
  UnreservedPoolResult,
} from './concurrency-calculator';
import type { ConcurrencyInputs } from './concurrency-inputs';
import { formatNumber } from './lab-fields';
import { sortFindings } from './lab-findings';
import type { Finding } from './lab-types';

export type ConcurrencyFacts = Readonly<{
  inputs: ConcurrencyInputs;
  needed: number;
  capacity: CapacityResult;
  unreservedPool: UnreservedPoolResult;
  throttling: ThrottlingResult;
  provisioned: ProvisionedCoverage;
  burst: BurstResult;
}>;

const TAKES_POOL = 'checklist.function-takes-account-concurrency';
const percent = (share: number): string => `${formatNumber(Math.round(share * 1000) / 10)}%`;

function findPoolIssues({ inputs, needed, unreservedPool: pool }: ConcurrencyFacts): Finding[] {
  const out: Finding[] = [];
  const left = formatNumber(pool.left);
  if (pool.belowMinimum) {
    out.push({
      id: 'unreserved-below-minimum',
      severity: 'critical',
      title: pool.causedByThisFunction
        ? 'This reservation starves the unreserved pool'
        : `The unreserved pool is below ${formatNumber(pool.minimum)}`,
      detail:
        `Only ${left} concurrent executions stay unreserved. AWS keeps at least ${formatNumber(pool.minimum)} unreserved ` +
        `for functions without a reservation${pool.rejectedByAws ? ' and rejects a reservation that would leave fewer' : ''}.`,
      facts: [TAKES_POOL, 'concurrency.account-limit', 'concurrency.unreserved'],
    });
  }
  if (
    inputs.reservedConcurrency === undefined &&
    needed > 0 &&
    pool.left > 0 &&
    needed >= pool.left
  ) {
    out.push({
      id: 'consumes-shared-pool',
      severity: 'critical',
      title: 'This function alone needs the whole unreserved pool',
      detail: `It needs ${formatNumber(needed)} of the ${left} shared executions, so every function without a reservation is throttled when it peaks. Reserve concurrency to cap it, or request a higher quota.`,
      facts: [TAKES_POOL, 'concurrency.unreserved', 'concurrency.reserved'],
    });
  }
  return out;
}

function findThrottlingIssues({
  inputs,
  needed,
  capacity,
  throttling,
}: ConcurrencyFacts): Finding[] {
  if (inputs.reservedConcurrency === 0) {
    return [
      {
        id: 'reserved-zero',
        severity: 'critical',
        title: 'Reserved concurrency 0 disables the function',
        detail:
          'Every invocation is throttled (HTTP 429) until the reservation is raised or removed: an emergency stop, not a setting to leave on.',
        facts: ['concurrency.reserved-zero', 'concurrency.reserved'],
      },
    ];
  }
  if (!throttling.throttled) return [];
  const cause =
    capacity.source === 'reserved'
      ? `reserved concurrency (${formatNumber(capacity.value)}) caps the function below the ${formatNumber(needed)} it needs; raise the reservation`
      : `the unreserved pool (${formatNumber(capacity.value)}) is smaller than the ${formatNumber(needed)} needed; request a quota increase or reserve capacity`;
  return [
    {
      id: 'throttled',
      severity: 'warning',
      title: `${percent(throttling.share)} of requests are throttled (HTTP 429)`,
      detail: `In steady state ${cause}.`,
      facts: ['concurrency.formula', ...capacity.facts, 'concurrency.account-limit'],
    },
  ];
}

function findProvisionedIssues({ inputs, needed, provisioned }: ConcurrencyFacts): Finding[] {
  const out: Finding[] = [];
  if (inputs.latencySensitive && provisioned.served > 0 && provisioned.provisioned === 0) {
    out.push({
      id: 'latency-sensitive-no-provisioned',
      severity: 'warning',
      title: 'A user-facing function without provisioned concurrency',
      detail:
        'Every new execution environment starts cold; provisioned concurrency keeps environments initialized (and is billed while idle).',
      facts: [
        'checklist.cold-starts-user-facing',
        'cold-starts.mitigation-provisioned-concurrency',
        'concurrency.provisioned',
      ],
    });
  } else if (inputs.latencySensitive && provisioned.covered < provisioned.served) {
    out.push({
      id: 'provisioned-partial',
      severity: 'suggestion',
      title: `Provisioned concurrency covers ${percent(provisioned.share)} of the load`,
      detail: `${formatNumber(provisioned.onDemand)} concurrent executions run on on-demand environments, which may start cold.`,
      facts: ['concurrency.provisioned', 'cold-starts.cause-no-warm-environment'],
    });
  }
  const idle = provisioned.provisioned - Math.ceil(needed);
  if (idle > 0) {
    out.push({
      id: 'provisioned-idle',
      severity: 'suggestion',
      title: `${formatNumber(idle)} provisioned environments sit idle`,
      detail:
        'Provisioned concurrency is billed while idle; size it to the steady load (or schedule it) unless it is there for bursts.',
      facts: ['concurrency.provisioned'],
    });
  }
  return out;
}

function findBurstIssues({ burst }: ConcurrencyFacts): Finding[] {
  const { outcome } = burst;
  if (outcome.kind === 'capped') {
    return [
      {
        id: 'burst-capped',
        severity: 'warning',
        title: `A burst of ${formatNumber(burst.demand)} exceeds the capacity of ${formatNumber(burst.ceiling)}`,
        detail: `${formatNumber(outcome.throttled)} concurrent requests keep getting HTTP 429 however long the burst lasts.`,
        facts: ['cold-starts.cause-burst', 'concurrency.account-limit', 'concurrency.reserved'],
      },
    ];
  }
  if (outcome.kind === 'served' && outcome.atSeconds > 0) {
    return [
      {
        id: 'burst-ramp',
        severity: 'suggestion',
        title: `The burst takes ${formatNumber(outcome.atSeconds)} s to be fully served`,
        detail:
          'Until then, requests beyond the environments available get HTTP 429, and every new environment starts cold.',
        facts: ['cold-starts.cause-burst', 'concurrency.provisioned'],
      },
    ];
  }
  return [];
}

/**
 * Derives the findings for a computed setup.
 * @returns findings sorted critical → warning → suggestion
 */
export function findConcurrencyIssues(facts: ConcurrencyFacts): Finding[] {
  return sortFindings([
    ...findPoolIssues(facts),
    ...findThrottlingIssues(facts),
    ...findProvisionedIssues(facts),
    ...findBurstIssues(facts),
  ]);
}
