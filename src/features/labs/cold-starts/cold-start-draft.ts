/** The cold-start form's state: input text per number field, plus the choices. */
import type { ColdStartInputs, ColdStartNumberField } from '../../../domain/labs/cold-start-model';
import { getRuntimeProfile, type Runtime } from '../../../domain/labs/cold-start-runtimes';
import type { TrafficPattern } from '../../../domain/labs/cold-start-traffic';
import { formatDraftNumbers, parseDraftNumber } from '../shared/draft-numbers';

export const COLD_START_FORM_FIELDS = [
  'packageSizeMb',
  'initWorkMs',
  'provisionedConcurrency',
  'idleMinutesBeforeRecycle',
  'requestsPerSecond',
  'averageHandlerMs',
  'durationMinutes',
  'seed',
] as const satisfies readonly ColdStartNumberField[];

export type ColdStartDraft = Readonly<{
  numbers: Readonly<Record<ColdStartNumberField, string>>;
  runtime: Runtime;
  snapStart: boolean;
  trafficPattern: TrafficPattern;
}>;

/** The form's text for a setup. */
export function toColdStartDraft(inputs: ColdStartInputs): ColdStartDraft {
  return {
    numbers: formatDraftNumbers(COLD_START_FORM_FIELDS, inputs),
    runtime: inputs.runtime,
    snapStart: inputs.snapStart,
    trafficPattern: inputs.trafficPattern,
  };
}

/** The setup the form's text describes; may be out of range (validate it). */
export function fromColdStartDraft(draft: ColdStartDraft): ColdStartInputs {
  const n = draft.numbers;
  return {
    runtime: draft.runtime,
    packageSizeMb: parseDraftNumber(n.packageSizeMb),
    initWorkMs: parseDraftNumber(n.initWorkMs),
    provisionedConcurrency: parseDraftNumber(n.provisionedConcurrency),
    snapStart: draft.snapStart,
    idleMinutesBeforeRecycle: parseDraftNumber(n.idleMinutesBeforeRecycle),
    trafficPattern: draft.trafficPattern,
    requestsPerSecond: parseDraftNumber(n.requestsPerSecond),
    averageHandlerMs: parseDraftNumber(n.averageHandlerMs),
    durationMinutes: parseDraftNumber(n.durationMinutes),
    seed: parseDraftNumber(n.seed),
  };
}

/**
 * Switches the runtime. SnapStart is switched off for a runtime without it: the checkbox
 * disappears, so a hidden "on" could not be seen or undone.
 */
export function changeRuntime(draft: ColdStartDraft, runtime: Runtime): ColdStartDraft {
  const supported = getRuntimeProfile(runtime).snapStart.kind === 'supported';
  return { ...draft, runtime, snapStart: supported && draft.snapStart };
}
