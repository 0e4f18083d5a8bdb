/**
 * Inputs of the concurrency calculator: bounds, defaults and the combinations AWS refuses.
 * Source for provisioned ≤ reserved: https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
 */
import { formatNumber, validateNumberFields } from './lab-fields';
import type { FieldError, NumberFieldSpec } from './lab-types';

export type ConcurrencyInputs = Readonly<{
  requestsPerSecond: number;
  averageDurationMs: number;
  /** The Region's concurrency quota; 1,000 by default. */
  accountLimit: number;
  /** This function's reserved concurrency; absent when it has none. */
  reservedConcurrency?: number;
  /** Sum of every other function's reserved concurrency. */
  otherReservations: number;
  provisionedConcurrency: number;
  /** A user-facing function, where cold starts matter. */
  latencySensitive: boolean;
  /** Concurrent requests of a sudden burst, for the burst view. */
  burstConcurrency: number;
  /** Environments already warm when the burst arrives, besides provisioned ones. */
  warmEnvironments: number;
}>;

export type ConcurrencyField =
  | 'requestsPerSecond'
  | 'averageDurationMs'
  | 'accountLimit'
  | 'reservedConcurrency'
  | 'otherReservations'
  | 'provisionedConcurrency'
  | 'burstConcurrency'
  | 'warmEnvironments';

const count = (label: string, max: number): NumberFieldSpec => ({
  label,
  unit: 'count',
  min: 0,
  max,
  step: 1,
  integer: true,
});

export const CONCURRENCY_FIELDS: Readonly<Record<ConcurrencyField, NumberFieldSpec>> = {
  requestsPerSecond: {
    label: 'Requests per second',
    unit: 'req/s',
    min: 0,
    max: 1_000_000,
    step: 1,
    integer: false,
  },
  // 900,000 ms = 15 minutes, the maximum function timeout.
  averageDurationMs: {
    label: 'Average duration',
    unit: 'ms',
    min: 1,
    max: 900_000,
    step: 1,
    integer: false,
  },
  accountLimit: { ...count('Account concurrency limit', 1_000_000), min: 1, step: 100 },
  reservedConcurrency: count('Reserved concurrency (this function)', 1_000_000),
  otherReservations: count('Reserved concurrency of other functions', 1_000_000),
  provisionedConcurrency: count('Provisioned concurrency', 1_000_000),
  burstConcurrency: count('Burst size', 100_000),
  warmEnvironments: count('Environments already warm', 100_000),
};

export const DEFAULT_CONCURRENCY_INPUTS: ConcurrencyInputs = {
  requestsPerSecond: 500,
  averageDurationMs: 200,
  accountLimit: 1000,
  otherReservations: 0,
  provisionedConcurrency: 0,
  latencySensitive: false,
  burstConcurrency: 0,
  warmEnvironments: 0,
};

function conflict(field: ConcurrencyField, message: string): FieldError<ConcurrencyField> {
  return { field, kind: 'conflict', message };
}

/**
 * Checks every input against its bounds, then the combinations AWS refuses outright.
 * @returns one error per offending field (empty when the inputs are usable)
 */
export function validateConcurrencyInputs(
  inputs: ConcurrencyInputs,
): FieldError<ConcurrencyField>[] {
  const errors = validateNumberFields(CONCURRENCY_FIELDS, inputs);
  const bad = new Set(errors.map((e) => e.field));
  const limit = formatNumber(inputs.accountLimit);
  const reserved = inputs.reservedConcurrency;
  if (reserved !== undefined && !bad.has('reservedConcurrency') && reserved > inputs.accountLimit) {
    errors.push(
      conflict(
        'reservedConcurrency',
        `Reserved concurrency can't exceed the account limit (${limit}).`,
      ),
    );
  }
  if (!bad.has('otherReservations') && inputs.otherReservations > inputs.accountLimit) {
    errors.push(
      conflict('otherReservations', `Reservations can't exceed the account limit (${limit}).`),
    );
  }
  if (!bad.has('provisionedConcurrency')) {
    if (reserved !== undefined && inputs.provisionedConcurrency > reserved) {
      errors.push(
        conflict(
          'provisionedConcurrency',
          `Provisioned concurrency can't exceed this function's reserved concurrency (${formatNumber(reserved)}); AWS rejects it.`,
        ),
      );
    } else if (inputs.provisionedConcurrency > inputs.accountLimit) {
      errors.push(
        conflict(
          'provisionedConcurrency',
          `Provisioned concurrency can't exceed the account limit (${limit}).`,
        ),
      );
    }
  }
  return errors;
}
