/** The edge form's state: input text for the two numbers, plus the choices. */
import type { EdgeField, EdgeRequirements } from '../../../domain/labs/edge-requirements';
import { formatDraftNumbers, parseDraftNumber } from '../shared/draft-numbers';

export const EDGE_FORM_FIELDS = [
  'executionTimeMs',
  'memoryMb',
] as const satisfies readonly EdgeField[];

export type EdgeDraft = Readonly<{
  numbers: Readonly<Record<EdgeField, string>>;
  choices: Omit<EdgeRequirements, EdgeField>;
}>;

/** The form's text for a set of requirements. */
export function toEdgeDraft(requirements: EdgeRequirements): EdgeDraft {
  const r = requirements;
  return {
    numbers: formatDraftNumbers(EDGE_FORM_FIELDS, r),
    choices: {
      language: r.language,
      needsNetworkCalls: r.needsNetworkCalls,
      needsRequestBody: r.needsRequestBody,
      triggerPoint: r.triggerPoint,
      costSensitive: r.costSensitive,
      requestVolume: r.requestVolume,
    },
  };
}

/** The requirements the form's text describes; may be out of range (validate them). */
export function fromEdgeDraft(draft: EdgeDraft): EdgeRequirements {
  return {
    ...draft.choices,
    executionTimeMs: parseDraftNumber(draft.numbers.executionTimeMs),
    memoryMb: parseDraftNumber(draft.numbers.memoryMb),
  };
}
