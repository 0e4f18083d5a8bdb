import { formatNumber } from '../../../domain/labs/lab-fields';
import type { NumberFieldSpec } from '../../../domain/labs/lab-types';

type Props = Readonly<{
  id: string;
  spec: NumberFieldSpec;
  /** Unit as shown in the label, e.g. "ms"; empty for a plain number. */
  unit: string;
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  /** Help shown before the allowed range, e.g. "Leave empty for none." */
  hint?: string;
  /** Replaces the spec's label where it reads badly with a unit after it. */
  label?: string;
}>;

/**
 * The `step` attribute counts from `min`: a step that does not divide `min` would make the
 * arrow keys land on odd values (1 → 101 → 201), so fall back to "any" (steps of 1).
 */
function stepFor(spec: NumberFieldSpec): number | 'any' {
  return spec.min % spec.step === 0 ? spec.step : 'any';
}

/** A labelled number input with its unit, allowed range and (when present) error. */
export function NumberField({ id, spec, unit, value, onChange, error, hint, label }: Props) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const unitText = unit === '' ? '' : ` ${unit}`;
  return (
    <div className={error ? 'lab-field has-error' : 'lab-field'}>
      <label htmlFor={id}>
        {label ?? spec.label}
        {unit === '' ? null : ` (${unit})`}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={spec.min}
        max={spec.max}
        step={stepFor(spec)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={error ? `${helpId} ${errorId}` : helpId}
        aria-invalid={error ? true : undefined}
      />
      <p id={helpId} className="field-help">
        {hint ? `${hint} ` : ''}
        {formatNumber(spec.min)}–{formatNumber(spec.max)}
        {unitText}
        {spec.integer ? ', whole numbers' : ''}.
      </p>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
