import { useState, type FormEvent } from 'react';
import {
  CONCURRENCY_FIELDS,
  validateConcurrencyInputs,
  type ConcurrencyField,
  type ConcurrencyInputs,
} from '../../../domain/labs/concurrency-inputs';
import { CheckField } from '../shared/choice-group';
import { NumberField } from '../shared/number-field';
import {
  fromConcurrencyDraft,
  toConcurrencyDraft,
  type ConcurrencyDraft,
} from './concurrency-draft';

type Props = Readonly<{
  initial: ConcurrencyInputs;
  /** A valid setup, or undefined while an input is out of range. */
  onChange: (inputs: ConcurrencyInputs | undefined) => void;
}>;

const UNITS: Readonly<Record<ConcurrencyField, string>> = {
  requestsPerSecond: 'req/s',
  averageDurationMs: 'ms',
  accountLimit: 'executions',
  reservedConcurrency: 'executions',
  otherReservations: 'executions',
  provisionedConcurrency: 'environments',
  burstConcurrency: 'concurrent requests',
  warmEnvironments: 'environments',
};

const HINTS: Partial<Record<ConcurrencyField, string>> = {
  accountLimit: 'The Region quota: 1,000 unless raised.',
  reservedConcurrency: 'Leave empty if the function has none.',
  otherReservations: 'The sum for every other function.',
  burstConcurrency: 'Requests arriving at once; 0 for none.',
  warmEnvironments: 'Besides provisioned ones.',
};

const preventSubmit = (event: FormEvent) => event.preventDefault();

/** The calculator's inputs; reports every change, valid or not. */
export function ConcurrencyForm({ initial, onChange }: Props) {
  const [draft, setDraft] = useState(() => toConcurrencyDraft(initial));
  const errors = validateConcurrencyInputs(fromConcurrencyDraft(draft));

  const change = (next: ConcurrencyDraft) => {
    setDraft(next);
    const inputs = fromConcurrencyDraft(next);
    onChange(validateConcurrencyInputs(inputs).length === 0 ? inputs : undefined);
  };
  const field = (name: ConcurrencyField) => (
    <NumberField
      id={`concurrency-${name}`}
      spec={CONCURRENCY_FIELDS[name]}
      unit={UNITS[name]}
      value={draft.numbers[name]}
      error={errors.find((e) => e.field === name)?.message}
      {...(HINTS[name] ? { hint: HINTS[name] } : {})}
      {...(name === 'reservedConcurrency' ? { label: "This function's reserved concurrency" } : {})}
      onChange={(text) => change({ ...draft, numbers: { ...draft.numbers, [name]: text } })}
    />
  );

  return (
    <form className="lab-form" aria-labelledby="setup-heading" onSubmit={preventSubmit}>
      <h2 id="setup-heading">Your setup</h2>
      <fieldset>
        <legend>Traffic</legend>
        {field('requestsPerSecond')}
        {field('averageDurationMs')}
      </fieldset>
      <fieldset>
        <legend>Account and reservations</legend>
        {field('accountLimit')}
        {field('reservedConcurrency')}
        {field('otherReservations')}
        {field('provisionedConcurrency')}
        <CheckField
          id="concurrency-latencySensitive"
          label="User-facing: cold starts matter (latency-sensitive)"
          checked={draft.latencySensitive}
          onChange={(latencySensitive) => change({ ...draft, latencySensitive })}
        />
      </fieldset>
      <fieldset>
        <legend>Sudden burst</legend>
        {field('burstConcurrency')}
        {field('warmEnvironments')}
      </fieldset>
    </form>
  );
}
