/** Valid concurrency calculator inputs: within bounds and free of the conflicts AWS refuses. */
import fc from 'fast-check';
import {
  CONCURRENCY_FIELDS as f,
  type ConcurrencyInputs,
} from '../../../src/domain/labs/concurrency-inputs';
import { arbitraryField } from './lab-arbitraries';

export const arbitraryConcurrencyInputs: fc.Arbitrary<ConcurrencyInputs> = fc
  .record({
    requestsPerSecond: arbitraryField(f.requestsPerSecond, 20_000),
    averageDurationMs: arbitraryField(f.averageDurationMs, 30_000),
    accountLimit: fc.integer({ min: 1, max: 20_000 }),
    reservedFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    otherFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    provisionedFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    latencySensitive: fc.boolean(),
    burstConcurrency: arbitraryField(f.burstConcurrency),
    warmEnvironments: arbitraryField(f.warmEnvironments, 5_000),
  })
  .map(({ reservedFraction, otherFraction, provisionedFraction, ...rest }) => {
    const reserved =
      reservedFraction === undefined ? undefined : Math.floor(reservedFraction * rest.accountLimit);
    const provisionedCap = reserved ?? rest.accountLimit;
    return {
      ...rest,
      ...(reserved === undefined ? {} : { reservedConcurrency: reserved }),
      otherReservations: Math.floor(otherFraction * rest.accountLimit),
      provisionedConcurrency: Math.floor(provisionedFraction * provisionedCap),
    };
  });
