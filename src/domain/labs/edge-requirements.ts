/** Inputs of the edge chooser: what the code must do, with bounds and defaults. */
import { validateNumberFields } from './lab-fields';
import type { FieldError, NumberFieldSpec } from './lab-types';

export const EDGE_LANGUAGES = ['javascript', 'python', 'other'] as const;
export type EdgeLanguage = (typeof EDGE_LANGUAGES)[number];
export const TRIGGER_POINTS = [
  'viewer-request',
  'viewer-response',
  'origin-request',
  'origin-response',
] as const;
export type TriggerPoint = (typeof TRIGGER_POINTS)[number];
export const REQUEST_VOLUMES = ['low', 'medium', 'high'] as const;
export type RequestVolume = (typeof REQUEST_VOLUMES)[number];

export type EdgeRequirements = Readonly<{
  language: EdgeLanguage;
  /** Calls to other services or HTTP endpoints while handling the request. */
  needsNetworkCalls: boolean;
  /** Reads or rewrites the request body. */
  needsRequestBody: boolean;
  /** Expected run time per invocation. */
  executionTimeMs: number;
  memoryMb: number;
  triggerPoint: TriggerPoint;
  costSensitive: boolean;
  requestVolume: RequestVolume;
}>;

export type EdgeField = 'executionTimeMs' | 'memoryMb';

export const EDGE_FIELDS: Readonly<Record<EdgeField, NumberFieldSpec>> = {
  // Up to the 15-minute regional maximum; anything longer is not a Lambda job.
  executionTimeMs: {
    label: 'Execution time',
    unit: 'ms',
    min: 0.01,
    max: 900_000,
    step: 0.1,
    integer: false,
  },
  memoryMb: { label: 'Memory', unit: 'MB', min: 1, max: 10_240, step: 1, integer: false },
};

export const DEFAULT_EDGE_REQUIREMENTS: EdgeRequirements = {
  language: 'javascript',
  needsNetworkCalls: false,
  needsRequestBody: false,
  executionTimeMs: 0.5,
  memoryMb: 1,
  triggerPoint: 'viewer-request',
  costSensitive: false,
  requestVolume: 'medium',
};

/**
 * Checks the numeric requirements against their bounds.
 * @returns one error per offending field
 */
export function validateEdgeRequirements(requirements: EdgeRequirements): FieldError<EdgeField>[] {
  return validateNumberFields(EDGE_FIELDS, requirements);
}
