/** The concurrency form's state: input text per field, turned into calculator inputs. */
import type { ConcurrencyField, ConcurrencyInputs } from '../../../domain/labs/concurrency-inputs';
import {
  formatDraftNumbers,
  parseDraftNumber,
  parseOptionalDraftNumber,
} from '../shared/draft-numbers';

export const CONCURRENCY_FORM_FIELDS = [
  'requestsPerSecond',
  'averageDurationMs',
  'accountLimit',
  'reservedConcurrency',
  'otherReservations',
  'provisionedConcurrency',
  'burstConcurrency',
  'warmEnvironments',
] as const satisfies readonly ConcurrencyField[];

export type ConcurrencyDraft = Readonly<{
  numbers: Readonly<Record<ConcurrencyField, string>>;
  latencySensitive: boolean;
}>;

/** The form's text for a setup. */
export function toConcurrencyDraft(inputs: ConcurrencyInputs): ConcurrencyDraft {
  return {
    numbers: formatDraftNumbers(CONCURRENCY_FORM_FIELDS, inputs),
    latencySensitive: inputs.latencySensitive,
  };
}

/** The setup the form's text describes; may be out of range (validate it). */
export function fromConcurrencyDraft(draft: ConcurrencyDraft): ConcurrencyInputs {
  const n = draft.numbers;
  const reserved = parseOptionalDraftNumber(n.reservedConcurrency);
  return {
    requestsPerSecond: parseDraftNumber(n.requestsPerSecond),
    averageDurationMs: parseDraftNumber(n.averageDurationMs),
    accountLimit: parseDraftNumber(n.accountLimit),
    ...(reserved === undefined ? {} : { reservedConcurrency: reserved }),
    otherReservations: parseDraftNumber(n.otherReservations),
    provisionedConcurrency: parseDraftNumber(n.provisionedConcurrency),
    latencySensitive: draft.latencySensitive,
    burstConcurrency: parseDraftNumber(n.burstConcurrency),
    warmEnvironments: parseDraftNumber(n.warmEnvironments),
  };
}
