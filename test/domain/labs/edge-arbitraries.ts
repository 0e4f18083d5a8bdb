/** Any requirements within the edge chooser's bounds. */
import fc from 'fast-check';
import {
  EDGE_FIELDS,
  EDGE_LANGUAGES,
  REQUEST_VOLUMES,
  TRIGGER_POINTS,
  type EdgeRequirements,
} from '../../../src/domain/labs/edge-requirements';
import { arbitraryField } from './lab-arbitraries';

export const arbitraryEdgeRequirements: fc.Arbitrary<EdgeRequirements> = fc.record({
  language: fc.constantFrom(...EDGE_LANGUAGES),
  needsNetworkCalls: fc.boolean(),
  needsRequestBody: fc.boolean(),
  executionTimeMs: fc.oneof(
    arbitraryField(EDGE_FIELDS.executionTimeMs, 2),
    arbitraryField(EDGE_FIELDS.executionTimeMs),
  ),
  memoryMb: fc.oneof(arbitraryField(EDGE_FIELDS.memoryMb, 4), arbitraryField(EDGE_FIELDS.memoryMb)),
  triggerPoint: fc.constantFrom(...TRIGGER_POINTS),
  costSensitive: fc.boolean(),
  requestVolume: fc.constantFrom(...REQUEST_VOLUMES),
});
