import { useState, type FormEvent, type ReactNode } from 'react';
import {
  COLD_START_FIELDS,
  validateColdStartInputs,
  type ColdStartField,
  type ColdStartInputs,
  type ColdStartNumberField,
} from '../../../domain/labs/cold-start-model';
import {
  COLD_START_FIGURES_LABEL,
  getRuntimeProfile,
  RUNTIME_PROFILES,
  RUNTIMES,
  type Runtime,
} from '../../../domain/labs/cold-start-runtimes';
import { TRAFFIC_PATTERN_INFO, type TrafficPattern } from '../../../domain/labs/cold-start-traffic';
import { formatNumber } from '../../../domain/labs/lab-fields';
import type { FieldError } from '../../../domain/labs/lab-types';
import { ChoiceGroup, type Choice } from '../shared/choice-group';
import { NumberField } from '../shared/number-field';
import {
  changeRuntime,
  fromColdStartDraft,
  toColdStartDraft,
  type ColdStartDraft,
} from './cold-start-draft';

type Props = Readonly<{
  initial: ColdStartInputs;
  /** A valid setup, or undefined while an input is out of range. */
  onChange: (inputs: ColdStartInputs | undefined) => void;
}>;

const UNITS: Readonly<Record<ColdStartNumberField, string>> = {
  packageSizeMb: 'MB',
  initWorkMs: 'ms',
  provisionedConcurrency: 'environments',
  idleMinutesBeforeRecycle: 'min',
  requestsPerSecond: 'req/s',
  averageHandlerMs: 'ms',
  durationMinutes: 'min',
  seed: '',
};

const HINTS: Partial<Record<ColdStartNumberField, string>> = {
  initWorkMs: 'Imports, clients and config outside the handler.',
  idleMinutesBeforeRecycle: 'A model assumption: AWS does not publish it.',
  requestsPerSecond: 'Averaged over the whole run.',
  seed: 'The same seed replays the same run.',
};

const TRAFFIC_CHOICES: readonly Choice<TrafficPattern>[] = TRAFFIC_PATTERN_INFO.map((info) => ({
  value: info.pattern,
  label: info.label,
  description: info.description,
}));

const preventSubmit = (event: FormEvent) => event.preventDefault();

type FieldProps = Readonly<{
  draft: ColdStartDraft;
  errors: readonly FieldError<ColdStartField>[];
  change: (next: ColdStartDraft) => void;
}>;

function createNumberField({ draft, errors, change }: FieldProps) {
  return (name: ColdStartNumberField): ReactNode => (
    <NumberField
      id={`cold-${name}`}
      spec={COLD_START_FIELDS[name]}
      unit={UNITS[name]}
      value={draft.numbers[name]}
      error={errors.find((e) => e.field === name)?.message}
      {...(HINTS[name] ? { hint: HINTS[name] } : {})}
      onChange={(text) => change({ ...draft, numbers: { ...draft.numbers, [name]: text } })}
    />
  );
}

function SnapStartField({ draft, errors, change }: FieldProps) {
  const snap = getRuntimeProfile(draft.runtime).snapStart;
  if (snap.kind === 'unsupported') return <p className="lab-note">{snap.reason}</p>;
  const error = errors.find((e) => e.field === 'snapStart')?.message;
  return (
    <div className={error ? 'lab-field has-error' : 'lab-field'}>
      <div className="lab-check">
        <input
          id="cold-snapStart"
          type="checkbox"
          checked={draft.snapStart}
          aria-describedby={error ? 'cold-snapStart-error' : undefined}
          onChange={(event) => change({ ...draft, snapStart: event.target.checked })}
        />
        <label htmlFor="cold-snapStart">SnapStart ({snap.versions})</label>
      </div>
      {error ? (
        <p id="cold-snapStart-error" className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function FunctionFields(props: FieldProps) {
  const { draft, change } = props;
  const field = createNumberField(props);
  const profile = getRuntimeProfile(draft.runtime);
  return (
    <fieldset>
      <legend>Function</legend>
      <div className="lab-select">
        <label htmlFor="cold-runtime">Runtime</label>
        <select
          id="cold-runtime"
          value={draft.runtime}
          aria-describedby="cold-runtime-help"
          onChange={(event) => change(changeRuntime(draft, event.target.value as Runtime))}
        >
          {RUNTIMES.map((runtime) => (
            <option key={runtime} value={runtime}>
              {RUNTIME_PROFILES.find((p) => p.runtime === runtime)?.label ?? runtime}
            </option>
          ))}
        </select>
        <p id="cold-runtime-help" className="field-help">
          Cold start before package and init: {formatNumber(profile.coldStartMs.min)}–
          {formatNumber(profile.coldStartMs.max)} ms ({COLD_START_FIGURES_LABEL}).
        </p>
      </div>
      {field('packageSizeMb')}
      {field('initWorkMs')}
      <SnapStartField {...props} />
      {field('provisionedConcurrency')}
    </fieldset>
  );
}

function TrafficFields(props: FieldProps) {
  const { draft, change } = props;
  const field = createNumberField(props);
  const rate = Number(draft.numbers.requestsPerSecond);
  const minutes = Number(draft.numbers.durationMinutes);
  const expected = rate * minutes * 60;
  return (
    <fieldset>
      <legend>Traffic</legend>
      <ChoiceGroup
        name="cold-traffic"
        legend="Traffic pattern"
        choices={TRAFFIC_CHOICES}
        value={draft.trafficPattern}
        onChange={(trafficPattern) => change({ ...draft, trafficPattern })}
      />
      {field('requestsPerSecond')}
      {field('averageHandlerMs')}
      {field('idleMinutesBeforeRecycle')}
      {field('durationMinutes')}
      {Number.isFinite(expected) && expected > 0 ? (
        <p className="lab-note">About {formatNumber(Math.round(expected))} requests in this run.</p>
      ) : null}
      {field('seed')}
    </fieldset>
  );
}

/** The simulation's inputs; reports every change, valid or not. */
export function ColdStartForm({ initial, onChange }: Props) {
  const [draft, setDraft] = useState(() => toColdStartDraft(initial));
  const errors = validateColdStartInputs(fromColdStartDraft(draft));
  const change = (next: ColdStartDraft) => {
    setDraft(next);
    const inputs = fromColdStartDraft(next);
    onChange(validateColdStartInputs(inputs).length === 0 ? inputs : undefined);
  };
  return (
    <form className="lab-form" aria-labelledby="setup-heading" onSubmit={preventSubmit}>
      <h2 id="setup-heading">Your setup</h2>
      <FunctionFields draft={draft} errors={errors} change={change} />
      <TrafficFields draft={draft} errors={errors} change={change} />
    </form>
  );
}
