/** The event source mapping lab's setup in a URL query (`?source=kinesis&bisect=1…`). */
import {
  checkMaximumRecordAge,
  ESM_FIELDS,
  ESM_SOURCES,
  type EsmNumberField,
} from './event-source-mapping-fields';
import { DEFAULT_ESM_CONFIG, type EsmLabConfig } from './event-source-mapping-types';
import {
  buildQuery,
  createQueryReader,
  parseQuery,
  unlessDefault,
  type QueryReader,
  type QueryValue,
} from './lab-query';
import type { QueryDecodeResult, QueryError } from './lab-types';

const d = DEFAULT_ESM_CONFIG;

/** Query parameter of each numeric field, in the order links are written. */
const NUMBER_PARAMS: readonly (readonly [EsmNumberField, string])[] = [
  ['recordCount', 'records'],
  ['batchSize', 'batch'],
  ['batchWindowSeconds', 'window'],
  ['functionTimeoutSeconds', 'timeout'],
  ['processingSecondsPerRecord', 'perRecord'],
  ['visibilityTimeoutSeconds', 'visibility'],
  ['maxReceiveCount', 'maxReceive'],
  ['messageGroupCount', 'groups'],
  ['retentionSeconds', 'retention'],
  ['maximumRetryAttempts', 'retries'],
  ['maximumRecordAgeSeconds', 'maxAge'],
  ['parallelizationFactor', 'parallel'],
  ['shardCount', 'shards'],
  ['partitionKeyCount', 'keys'],
];

/** Highest record id a link may name (the lab has at most 200 records). */
const MAX_RECORD_ID = ESM_FIELDS.recordCount.max - 1;

const idsOrDefault = (ids: readonly number[], fallback: readonly number[]): QueryValue =>
  ids.length === fallback.length && ids.every((id, i) => id === fallback[i])
    ? undefined
    : ids.join(',');

/**
 * Writes the setup as a query string (no leading `?`); defaults are left out.
 * @param config a setup within the fields' bounds
 */
export function encodeEsmQuery(config: EsmLabConfig): string {
  return buildQuery([
    ['source', unlessDefault(config.source, d.source)],
    ...NUMBER_PARAMS.map(
      ([field, param]) => [param, unlessDefault(config[field], d[field])] as const,
    ),
    ['fail', idsOrDefault(config.alwaysFail, d.alwaysFail)],
    ['failOnce', idsOrDefault(config.failOnce, d.failOnce)],
    ['rbif', unlessDefault(config.reportBatchItemFailures, d.reportBatchItemFailures)],
    ['dlq', unlessDefault(config.dlq, d.dlq)],
    ['bisect', unlessDefault(config.bisectBatchOnFunctionError, d.bisectBatchOnFunctionError)],
    ['destination', unlessDefault(config.onFailureDestination, d.onFailureDestination)],
  ]);
}

/** Reads `2,5,7` as sorted, distinct record ids; an unusable list is reported and ignored. */
function readIds(
  params: ReadonlyMap<string, string>,
  param: string,
  fallback: readonly number[],
  errors: QueryError[],
): readonly number[] {
  const raw = params.get(param);
  if (raw === undefined) return fallback;
  if (raw.trim() === '') return [];
  const parts = raw.split(',').map((p) => p.trim());
  if (
    parts.length > MAX_RECORD_ID + 1 ||
    !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= MAX_RECORD_ID)
  ) {
    errors.push({
      param,
      message: `Ignored ${param}=${raw.slice(0, 40)}: expected record ids 0–${MAX_RECORD_ID}, separated by commas.`,
    });
    return fallback;
  }
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

function readNumbers(q: QueryReader, errors: QueryError[]): Record<EsmNumberField, number> {
  const values = {} as Record<EsmNumberField, number>;
  for (const [field, param] of NUMBER_PARAMS)
    values[field] = q.number(param, ESM_FIELDS[field], d[field]);
  const ageError = checkMaximumRecordAge(values.maximumRecordAgeSeconds);
  if (ageError !== undefined) {
    errors.push({
      param: 'maxAge',
      message: `Ignored maxAge=${values.maximumRecordAgeSeconds}: ${ageError}`,
    });
    values.maximumRecordAgeSeconds = d.maximumRecordAgeSeconds;
  }
  return values;
}

/**
 * Reads a setup from any query string; never throws. Unusable values fall back to the
 * defaults and are reported in `errors`; cross-field limits are left to `normalizeEsmConfig`.
 * @param search the query, with or without `?`
 */
export function decodeEsmQuery(search: string): QueryDecodeResult<EsmLabConfig> {
  const q = createQueryReader(search);
  const params = parseQuery(search);
  const extra: QueryError[] = [];
  const numbers = readNumbers(q, extra);
  const inputs: EsmLabConfig = {
    ...numbers,
    source: q.choice('source', ESM_SOURCES, d.source),
    alwaysFail: readIds(params, 'fail', d.alwaysFail, extra),
    failOnce: readIds(params, 'failOnce', d.failOnce, extra),
    reportBatchItemFailures: q.flag('rbif', d.reportBatchItemFailures),
    dlq: q.flag('dlq', d.dlq),
    bisectBatchOnFunctionError: q.flag('bisect', d.bisectBatchOnFunctionError),
    onFailureDestination: q.flag('destination', d.onFailureDestination),
  };
  return { inputs, errors: [...q.errors(), ...extra] };
}
