/**
 * Reading and writing a lab's setup in a URL query string, without browser APIs
 * (`URLSearchParams` is a DOM global, kept out of the pure core). Nothing here throws:
 * a hand-edited or truncated link yields defaults plus a list of what was ignored.
 */
import { validateNumberField } from './lab-fields';
import type { NumberFieldSpec, QueryError } from './lab-types';

/** Guards against pathological links; a real setup is a few hundred characters. */
const MAX_QUERY_LENGTH = 4096;

function decodePart(part: string): string {
  const spaced = part.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Splits a query string into parameters. The first occurrence of a name wins.
 * @param search with or without the leading `?`
 */
export function parseQuery(search: string): ReadonlyMap<string, string> {
  const params = new Map<string, string>();
  const body = search.slice(0, MAX_QUERY_LENGTH).replace(/^\?/, '');
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodePart(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodePart(pair.slice(eq + 1));
    if (!params.has(name)) params.set(name, value);
  }
  return params;
}

/** A value worth writing; `undefined` entries are left out. */
export type QueryValue = string | number | boolean | undefined;

/**
 * Builds `a=1&b=x` (no leading `?`) from ordered entries, skipping undefined values.
 * Booleans are written as `1`/`0`.
 */
export function buildQuery(entries: readonly (readonly [string, QueryValue])[]): string {
  const parts: string[] = [];
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
  }
  return parts.join('&');
}

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads typed values from a parsed query, collecting an error for each unusable one. */
export type QueryReader = Readonly<{
  number: (param: string, spec: NumberFieldSpec, fallback: number) => number;
  optionalNumber: (param: string, spec: NumberFieldSpec) => number | undefined;
  choice: <T extends string>(param: string, allowed: readonly T[], fallback: T) => T;
  flag: (param: string, fallback: boolean) => boolean;
  errors: () => readonly QueryError[];
}>;

/**
 * Creates a reader over a query string.
 * @param search the raw query, with or without `?`; any string is accepted
 */
export function createQueryReader(search: string): QueryReader {
  const params = parseQuery(search);
  const errors: QueryError[] = [];
  const readNumber = (param: string, spec: NumberFieldSpec): number | undefined => {
    const raw = params.get(param);
    if (raw === undefined) return undefined;
    const n = NUMBER_PATTERN.test(raw.trim()) ? Number(raw) : Number.NaN;
    const error = validateNumberField(param, spec, n);
    if (error) {
      errors.push({ param, message: `Ignored ${param}=${raw.slice(0, 40)}: ${error.message}` });
      return undefined;
    }
    return n === 0 ? 0 : n;
  };
  return {
    number: (param, spec, fallback) => readNumber(param, spec) ?? fallback,
    optionalNumber: readNumber,
    choice: (param, allowed, fallback) => {
      const raw = params.get(param);
      if (raw === undefined) return fallback;
      const match = allowed.find((value) => value === raw);
      if (match !== undefined) return match;
      errors.push({
        param,
        message: `Ignored ${param}=${raw.slice(0, 40)}: expected one of ${allowed.join(', ')}.`,
      });
      return fallback;
    },
    flag: (param, fallback) => {
      const raw = params.get(param);
      if (raw === undefined) return fallback;
      if (raw === '1' || raw === 'true') return true;
      if (raw === '0' || raw === 'false') return false;
      errors.push({ param, message: `Ignored ${param}=${raw.slice(0, 40)}: expected 1 or 0.` });
      return fallback;
    },
    errors: () => [...errors],
  };
}

/** Writes a number only when it differs from the default, to keep shared links short. */
export function unlessDefault(
  value: number | boolean | string,
  fallback: number | boolean | string,
): QueryValue {
  return value === fallback ? undefined : value;
}
