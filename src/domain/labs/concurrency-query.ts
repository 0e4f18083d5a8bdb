/** The concurrency calculator's setup in a URL query (`?rps=500&durationMs=200…`). */
import {
  CONCURRENCY_FIELDS,
  DEFAULT_CONCURRENCY_INPUTS,
  type ConcurrencyInputs,
} from './concurrency-inputs';
import { buildQuery, createQueryReader, unlessDefault } from './lab-query';
import type { QueryDecodeResult } from './lab-types';

const d = DEFAULT_CONCURRENCY_INPUTS;
const f = CONCURRENCY_FIELDS;

/**
 * Writes the setup as a query string (no leading `?`); defaults are left out.
 * @param inputs any inputs within the field bounds
 */
export function encodeConcurrencyQuery(inputs: ConcurrencyInputs): string {
  return buildQuery([
    ['rps', unlessDefault(inputs.requestsPerSecond, d.requestsPerSecond)],
    ['durationMs', unlessDefault(inputs.averageDurationMs, d.averageDurationMs)],
    ['accountLimit', unlessDefault(inputs.accountLimit, d.accountLimit)],
    ['reserved', inputs.reservedConcurrency],
    ['otherReserved', unlessDefault(inputs.otherReservations, d.otherReservations)],
    ['provisioned', unlessDefault(inputs.provisionedConcurrency, d.provisionedConcurrency)],
    ['latencySensitive', unlessDefault(inputs.latencySensitive, d.latencySensitive)],
    ['burst', unlessDefault(inputs.burstConcurrency, d.burstConcurrency)],
    ['warm', unlessDefault(inputs.warmEnvironments, d.warmEnvironments)],
  ]);
}

/**
 * Reads a setup from any query string; never throws. Unusable values fall back to the
 * defaults and are reported in `errors`. Cross-field checks are left to `validateConcurrencyInputs`.
 * @param search the query, with or without `?`
 */
export function decodeConcurrencyQuery(search: string): QueryDecodeResult<ConcurrencyInputs> {
  const q = createQueryReader(search);
  const reserved = q.optionalNumber('reserved', f.reservedConcurrency);
  const inputs: ConcurrencyInputs = {
    requestsPerSecond: q.number('rps', f.requestsPerSecond, d.requestsPerSecond),
    averageDurationMs: q.number('durationMs', f.averageDurationMs, d.averageDurationMs),
    accountLimit: q.number('accountLimit', f.accountLimit, d.accountLimit),
    ...(reserved === undefined ? {} : { reservedConcurrency: reserved }),
    otherReservations: q.number('otherReserved', f.otherReservations, d.otherReservations),
    provisionedConcurrency: q.number(
      'provisioned',
      f.provisionedConcurrency,
      d.provisionedConcurrency,
    ),
    latencySensitive: q.flag('latencySensitive', d.latencySensitive),
    burstConcurrency: q.number('burst', f.burstConcurrency, d.burstConcurrency),
    warmEnvironments: q.number('warm', f.warmEnvironments, d.warmEnvironments),
  };
  return { inputs, errors: q.errors() };
}
