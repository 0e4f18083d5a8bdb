/** The cold-start lab's setup in a URL query (`?runtime=java&snapStart=1…`). */
import {
  COLD_START_FIELDS,
  DEFAULT_COLD_START_INPUTS,
  type ColdStartInputs,
} from './cold-start-model';
import { RUNTIMES } from './cold-start-runtimes';
import { TRAFFIC_PATTERNS } from './cold-start-traffic';
import { buildQuery, createQueryReader, unlessDefault } from './lab-query';
import type { QueryDecodeResult } from './lab-types';

const d = DEFAULT_COLD_START_INPUTS;
const f = COLD_START_FIELDS;

/**
 * Writes the setup as a query string (no leading `?`); defaults are left out.
 * @param inputs any inputs within the field bounds
 */
export function encodeColdStartQuery(inputs: ColdStartInputs): string {
  return buildQuery([
    ['runtime', unlessDefault(inputs.runtime, d.runtime)],
    ['packageMb', unlessDefault(inputs.packageSizeMb, d.packageSizeMb)],
    ['initMs', unlessDefault(inputs.initWorkMs, d.initWorkMs)],
    ['provisioned', unlessDefault(inputs.provisionedConcurrency, d.provisionedConcurrency)],
    ['snapStart', unlessDefault(inputs.snapStart, d.snapStart)],
    ['idleMin', unlessDefault(inputs.idleMinutesBeforeRecycle, d.idleMinutesBeforeRecycle)],
    ['traffic', unlessDefault(inputs.trafficPattern, d.trafficPattern)],
    ['rps', unlessDefault(inputs.requestsPerSecond, d.requestsPerSecond)],
    ['handlerMs', unlessDefault(inputs.averageHandlerMs, d.averageHandlerMs)],
    ['minutes', unlessDefault(inputs.durationMinutes, d.durationMinutes)],
    ['seed', unlessDefault(inputs.seed, d.seed)],
  ]);
}

/**
 * Reads a setup from any query string; never throws. Unusable values fall back to the
 * defaults and are reported in `errors`; SnapStart eligibility is left to `validateColdStartInputs`.
 * @param search the query, with or without `?`
 */
export function decodeColdStartQuery(search: string): QueryDecodeResult<ColdStartInputs> {
  const q = createQueryReader(search);
  const inputs: ColdStartInputs = {
    runtime: q.choice('runtime', RUNTIMES, d.runtime),
    packageSizeMb: q.number('packageMb', f.packageSizeMb, d.packageSizeMb),
    initWorkMs: q.number('initMs', f.initWorkMs, d.initWorkMs),
    provisionedConcurrency: q.number(
      'provisioned',
      f.provisionedConcurrency,
      d.provisionedConcurrency,
    ),
    snapStart: q.flag('snapStart', d.snapStart),
    idleMinutesBeforeRecycle: q.number(
      'idleMin',
      f.idleMinutesBeforeRecycle,
      d.idleMinutesBeforeRecycle,
    ),
    trafficPattern: q.choice('traffic', TRAFFIC_PATTERNS, d.trafficPattern),
    requestsPerSecond: q.number('rps', f.requestsPerSecond, d.requestsPerSecond),
    averageHandlerMs: q.number('handlerMs', f.averageHandlerMs, d.averageHandlerMs),
    durationMinutes: q.number('minutes', f.durationMinutes, d.durationMinutes),
    seed: q.number('seed', f.seed, d.seed),
  };
  return { inputs, errors: q.errors() };
}
