/** Validation and plain-text number formatting shared by the lab engines. */
import type { FieldError, NumberFieldSpec } from './lab-types';

/**
 * Formats a number for explanations the way en-US does: thousands separators, few decimals.
 * Written out rather than with Intl.NumberFormat, whose first use loads locale data and
 * blocked a phone's main thread for tens of milliseconds as the labs opened.
 * @param n any finite number below 1e21
 * @param maxFractionDigits decimals kept at most (default 3)
 */
export function formatNumber(n: number, maxFractionDigits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole = '0', fraction = ''] = Math.abs(n).toFixed(maxFractionDigits).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const sign = n < 0 && (whole !== '0' || decimals !== '') ? '-' : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${decimals === '' ? '' : `.${decimals}`}`;
}

/**
 * Rounds away floating-point noise (500 × 0.2 = 100.00000000000001 becomes 100).
 * @param n any finite number
 * @param decimals decimals kept (default 9)
 */
export function roundNoise(n: number, decimals = 9): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(n * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** The allowed range as text, e.g. "1–900,000 ms". */
export function describeRange(spec: NumberFieldSpec): string {
  return `${formatNumber(spec.min)}–${formatNumber(spec.max)} ${spec.unit}`;
}

/**
 * Checks one number against its spec.
 * @returns the first problem found, or undefined when the value is usable
 */
export function validateNumberField<Field extends string>(
  field: Field,
  spec: NumberFieldSpec,
  value: number,
): FieldError<Field> | undefined {
  if (!Number.isFinite(value)) {
    return {
      field,
      kind: 'not-a-number',
      message: `${spec.label} must be a number (${describeRange(spec)}).`,
    };
  }
  if (value < spec.min) {
    return {
      field,
      kind: 'below-min',
      message: `${spec.label} must be at least ${formatNumber(spec.min)} ${spec.unit}.`,
    };
  }
  if (value > spec.max) {
    return {
      field,
      kind: 'above-max',
      message: `${spec.label} must be at most ${formatNumber(spec.max)} ${spec.unit}.`,
    };
  }
  if (spec.integer && !Number.isInteger(value)) {
    return { field, kind: 'not-integer', message: `${spec.label} must be a whole number.` };
  }
  return undefined;
}

/**
 * Validates several numeric fields at once.
 * @param specs field → spec
 * @param values field → value; `undefined` means an optional field left empty (skipped)
 */
export function validateNumberFields<Field extends string>(
  specs: Readonly<Record<Field, NumberFieldSpec>>,
  values: Readonly<Partial<Record<Field, number>>>,
): FieldError<Field>[] {
  const errors: FieldError<Field>[] = [];
  for (const field of Object.keys(specs) as Field[]) {
    const value = values[field];
    if (value === undefined) continue;
    const error = validateNumberField(field, specs[field], value);
    if (error) errors.push(error);
  }
  return errors;
}
