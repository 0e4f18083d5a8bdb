import { useState, type ReactNode } from 'react';
import type { NumberFieldSpec } from '../../../domain/labs/lab-types';
import { formatNumber, validateNumberField } from '../../../domain/labs/lab-fields';

type Props = Readonly<{
  id: string;
  /** Visible label, with the unit. */
  label: string;
  spec: NumberFieldSpec;
  value: number;
  onCommit: (value: number) => void;
  /** Extra help after the allowed range. */
  help?: ReactNode;
  /** A check the range cannot express; returns an error message. */
  check?: (value: number) => string | undefined;
}>;

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/;

function validate(
  text: string,
  spec: NumberFieldSpec,
  check: Props['check'],
): { value: number } | { error: string } {
  const n = NUMBER.test(text) ? Number(text) : Number.NaN;
  const error =
    validateNumberField('field', spec, n)?.message ?? (Number.isFinite(n) ? check?.(n) : undefined);
  return error === undefined ? { value: n === 0 ? 0 : n } : { error };
}

/**
 * A number input that keeps what the learner types and commits only valid values, so the
 * URL never holds a half-typed number. A new value from outside (a preset) replaces the draft.
 */
export function EsmNumberField({ id, label, spec, value, onCommit, help, check }: Props) {
  const [draft, setDraft] = useState(String(value));
  // The URL may update in a later render than the keystroke: only a new value from outside resets the draft.
  const [seen, setSeen] = useState(value);
  const result = validate(draft, spec, check);
  if (seen !== value) {
    setSeen(value);
    if (!('value' in result) || result.value !== value) setDraft(String(value));
  }
  const error = 'error' in result ? result.error : undefined;
  const range = `${formatNumber(spec.min)} to ${formatNumber(spec.max)}${spec.unit === 'count' ? '' : ` ${spec.unit}`}.`;
  return (
    <div className="esm-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={spec.integer && spec.min >= 0 ? 'numeric' : 'decimal'}
        min={spec.min}
        max={spec.max}
        step={spec.integer ? 1 : 'any'}
        value={draft}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={`${id}-help${error === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = validate(text, spec, check);
          if ('value' in next && next.value !== value) onCommit(next.value);
        }}
      />
      <p id={`${id}-help`} className="esm-help">
        {range} {help}
      </p>
      {error === undefined ? null : (
        <p id={`${id}-error`} className="esm-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
