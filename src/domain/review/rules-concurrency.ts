/**
 * Reserved concurrency rules. 0 throttles every invocation; reservations are taken from the
 * Region's pool (1,000 by default), of which at least 100 must stay unreserved
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
 */
import { computeUnreservedConcurrency, MIN_UNRESERVED_CONCURRENCY } from '../formulas';
import { functionSnippet, measure, report, type RuleContext } from './rule-context';
import type { FunctionModel } from './template-model';

const DEFAULT_ACCOUNT_LIMIT = 1_000;

type Reservation = Readonly<{ fn: FunctionModel; value: number; label: string }>;

function reservationOf(rc: RuleContext, fn: FunctionModel): Reservation | null {
  if (fn.props['ReservedConcurrentExecutions'] === undefined) return null;
  const value = measure(rc, fn.props['ReservedConcurrentExecutions'], {
    fallback: -1,
    unit: '',
    resource: fn.id,
    subject: 'ReservedConcurrentExecutions',
    path: fn.sourceOf('ReservedConcurrentExecutions'),
  });
  return value === null || value.value < 0 ? null : { fn, value: value.value, label: value.label };
}

/** Reserved concurrency 0, and reservations that leave less than 100 for every other function. */
export function checkConcurrencyRules(rc: RuleContext): void {
  const reservations = rc.model.functions
    .map((fn) => reservationOf(rc, fn))
    .filter((r): r is Reservation => r !== null);
  for (const r of reservations.filter((x) => x.value === 0)) {
    report(
      rc,
      'RESERVED_ZERO',
      r.fn.id,
      r.fn.sourceOf('ReservedConcurrentExecutions'),
      `${r.fn.id} has ReservedConcurrentExecutions ${r.label}: every invocation is throttled, the function is effectively disabled.`,
      functionSnippet(r.fn, ['ReservedConcurrentExecutions: 10']),
    );
  }
  const unreserved = computeUnreservedConcurrency(
    DEFAULT_ACCOUNT_LIMIT,
    reservations.map((r) => r.value),
  );
  if (unreserved >= MIN_UNRESERVED_CONCURRENCY) return;
  const largest = [...reservations].sort((a, b) => b.value - a.value)[0] as Reservation;
  const total = DEFAULT_ACCOUNT_LIMIT - unreserved;
  const listed = reservations
    .filter((r) => r.value > 0)
    .map((r) => `${r.fn.id} ${r.value}`)
    .join(', ');
  const fitting = Math.max(0, largest.value - (MIN_UNRESERVED_CONCURRENCY - unreserved));
  report(
    rc,
    'RESERVED_STARVES_POOL',
    largest.fn.id,
    largest.fn.sourceOf('ReservedConcurrentExecutions'),
    `Reserved concurrency in this template adds up to ${total} (${listed}). With the default quota of ${DEFAULT_ACCOUNT_LIMIT} concurrent executions at least ${MIN_UNRESERVED_CONCURRENCY} must stay unreserved: Lambda refuses the reservation, or every other function is starved.`,
    functionSnippet(largest.fn, [`ReservedConcurrentExecutions: ${fitting}`]),
  );
}
