/** fast-check arbitraries built from the labs' own field specs, shared by the lab tests. */
import fc from 'fast-check';
import type { NumberFieldSpec } from '../../../src/domain/labs/lab-types';

/** Any value the spec accepts; `-0` is normalised to `0` so round trips compare equal. */
export function arbitraryField(spec: NumberFieldSpec, max = spec.max): fc.Arbitrary<number> {
  if (spec.integer) return fc.integer({ min: spec.min, max: Math.floor(max) });
  return fc
    .double({ min: spec.min, max, noNaN: true, noDefaultInfinity: true })
    .map((n) => (n === 0 ? 0 : n));
}

/** Any string a user could paste or truncate, including broken percent-escapes. */
export const arbitraryQueryString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.tuple(
        fc.string(),
        fc.oneof(
          fc.string(),
          fc.double().map(String),
          fc.constantFrom('%', '%E0%A4%A', '1e999', '-0'),
        ),
      ),
    )
    .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);
