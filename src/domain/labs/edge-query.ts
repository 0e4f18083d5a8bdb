/** The edge chooser's requirements in a URL query (`?lang=python&trigger=origin-request…`). */
import {
  DEFAULT_EDGE_REQUIREMENTS,
  EDGE_FIELDS,
  EDGE_LANGUAGES,
  REQUEST_VOLUMES,
  TRIGGER_POINTS,
  type EdgeRequirements,
} from './edge-requirements';
import { buildQuery, createQueryReader, unlessDefault } from './lab-query';
import type { QueryDecodeResult } from './lab-types';

const d = DEFAULT_EDGE_REQUIREMENTS;

/**
 * Writes the requirements as a query string (no leading `?`); defaults are left out.
 * @param requirements any requirements within the field bounds
 */
export function encodeEdgeQuery(requirements: EdgeRequirements): string {
  return buildQuery([
    ['lang', unlessDefault(requirements.language, d.language)],
    ['network', unlessDefault(requirements.needsNetworkCalls, d.needsNetworkCalls)],
    ['body', unlessDefault(requirements.needsRequestBody, d.needsRequestBody)],
    ['timeMs', unlessDefault(requirements.executionTimeMs, d.executionTimeMs)],
    ['memoryMb', unlessDefault(requirements.memoryMb, d.memoryMb)],
    ['trigger', unlessDefault(requirements.triggerPoint, d.triggerPoint)],
    ['costSensitive', unlessDefault(requirements.costSensitive, d.costSensitive)],
    ['volume', unlessDefault(requirements.requestVolume, d.requestVolume)],
  ]);
}

/**
 * Reads requirements from any query string; never throws. Unusable values fall back to
 * the defaults and are reported in `errors`.
 * @param search the query, with or without `?`
 */
export function decodeEdgeQuery(search: string): QueryDecodeResult<EdgeRequirements> {
  const q = createQueryReader(search);
  const inputs: EdgeRequirements = {
    language: q.choice('lang', EDGE_LANGUAGES, d.language),
    needsNetworkCalls: q.flag('network', d.needsNetworkCalls),
    needsRequestBody: q.flag('body', d.needsRequestBody),
    executionTimeMs: q.number('timeMs', EDGE_FIELDS.executionTimeMs, d.executionTimeMs),
    memoryMb: q.number('memoryMb', EDGE_FIELDS.memoryMb, d.memoryMb),
    triggerPoint: q.choice('trigger', TRIGGER_POINTS, d.triggerPoint),
    costSensitive: q.flag('costSensitive', d.costSensitive),
    requestVolume: q.choice('volume', REQUEST_VOLUMES, d.requestVolume),
  };
  return { inputs, errors: q.errors() };
}
