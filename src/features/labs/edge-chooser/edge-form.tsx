import { useState, type FormEvent } from 'react';
import {
  EDGE_FIELDS,
  validateEdgeRequirements,
  type EdgeField,
  type EdgeLanguage,
  type EdgeRequirements,
  type RequestVolume,
  type TriggerPoint,
} from '../../../domain/labs/edge-requirements';
import { CheckField, ChoiceGroup, type Choice } from '../shared/choice-group';
import { NumberField } from '../shared/number-field';
import { fromEdgeDraft, toEdgeDraft, type EdgeDraft } from './edge-draft';

type Props = Readonly<{
  initial: EdgeRequirements;
  /** Valid requirements, or undefined while an input is out of range. */
  onChange: (requirements: EdgeRequirements | undefined) => void;
}>;

const LANGUAGES: readonly Choice<EdgeLanguage>[] = [
  { value: 'javascript', label: 'JavaScript' },
  { value: 'python', label: 'Python' },
  { value: 'other', label: 'Another language', description: 'Java, Go, .NET, Ruby…' },
];

export const TRIGGER_CHOICES: readonly Choice<TriggerPoint>[] = [
  {
    value: 'viewer-request',
    label: 'Viewer request',
    description: 'Every request, before the cache.',
  },
  {
    value: 'viewer-response',
    label: 'Viewer response',
    description: 'Every response, on its way to the viewer.',
  },
  {
    value: 'origin-request',
    label: 'Origin request',
    description: 'Cache misses only, before CloudFront calls the origin.',
  },
  {
    value: 'origin-response',
    label: 'Origin response',
    description: 'Cache misses only, after the origin answers.',
  },
];

const VOLUMES: readonly Choice<RequestVolume>[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High', description: 'Millions of requests per second at peak.' },
];

const UNITS: Readonly<Record<EdgeField, string>> = { executionTimeMs: 'ms', memoryMb: 'MB' };
const HINTS: Readonly<Record<EdgeField, string>> = {
  executionTimeMs: 'Per request; 0.5 for a simple rewrite.',
  memoryMb: 'What the code needs, not what it is given.',
};

const preventSubmit = (event: FormEvent) => event.preventDefault();

/** What the code must do; reports every change, valid or not. */
export function EdgeForm({ initial, onChange }: Props) {
  const [draft, setDraft] = useState(() => toEdgeDraft(initial));
  const errors = validateEdgeRequirements(fromEdgeDraft(draft));
  const change = (next: EdgeDraft) => {
    setDraft(next);
    const requirements = fromEdgeDraft(next);
    onChange(validateEdgeRequirements(requirements).length === 0 ? requirements : undefined);
  };
  const choose = (patch: Partial<EdgeDraft['choices']>) =>
    change({ ...draft, choices: { ...draft.choices, ...patch } });
  const field = (name: EdgeField) => (
    <NumberField
      id={`edge-${name}`}
      spec={EDGE_FIELDS[name]}
      unit={UNITS[name]}
      value={draft.numbers[name]}
      error={errors.find((e) => e.field === name)?.message}
      hint={HINTS[name]}
      onChange={(text) => change({ ...draft, numbers: { ...draft.numbers, [name]: text } })}
    />
  );
  const c = draft.choices;
  return (
    <form className="lab-form" aria-labelledby="setup-heading" onSubmit={preventSubmit}>
      <h2 id="setup-heading">What the code must do</h2>
      <fieldset>
        <legend>The code</legend>
        <ChoiceGroup
          name="edge-language"
          legend="Language"
          choices={LANGUAGES}
          value={c.language}
          onChange={(language) => choose({ language })}
        />
        <CheckField
          id="edge-network"
          label="Calls other services over the network"
          checked={c.needsNetworkCalls}
          onChange={(needsNetworkCalls) => choose({ needsNetworkCalls })}
        />
        <CheckField
          id="edge-body"
          label="Reads or rewrites the request body"
          checked={c.needsRequestBody}
          onChange={(needsRequestBody) => choose({ needsRequestBody })}
        />
        {field('executionTimeMs')}
        {field('memoryMb')}
      </fieldset>
      <fieldset>
        <legend>Where and how often</legend>
        <ChoiceGroup
          name="edge-trigger"
          legend="Trigger point"
          choices={TRIGGER_CHOICES}
          value={c.triggerPoint}
          onChange={(triggerPoint) => choose({ triggerPoint })}
        />
        <ChoiceGroup
          name="edge-volume"
          legend="Request volume"
          choices={VOLUMES}
          value={c.requestVolume}
          onChange={(requestVolume) => choose({ requestVolume })}
        />
        <CheckField
          id="edge-cost"
          label="Cost matters more than flexibility"
          checked={c.costSensitive}
          onChange={(costSensitive) => choose({ costSensitive })}
        />
      </fieldset>
    </form>
  );
}
