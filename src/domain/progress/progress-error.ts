import * as v from 'valibot';
import { assertNever } from '../lib/assert-never';
import type { JsonError } from './safe-json';
import { PROGRESS_SCHEMA_VERSION } from './progress';

/** Why progress could not be read; `message` is written for the learner. */
export type ProgressError = Readonly<{
  kind:
    | 'too-large'
    | 'too-deep'
    | 'not-json'
    | 'forbidden-key'
    | 'not-warmstart'
    | 'newer-version'
    | 'unknown-version'
    | 'invalid';
  message: string;
}>;

export type ProgressResult<T> =
  Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: ProgressError }>;

/** A learner-facing error for a JSON parsing failure. */
export function jsonProgressError(error: JsonError): ProgressError {
  switch (error.kind) {
    case 'too-large':
      return {
        kind: 'too-large',
        message: `The file is larger than ${formatMegabytes(error.maxBytes)}; a progress file is far smaller.`,
      };
    case 'too-deep':
      return {
        kind: 'too-deep',
        message: `The file is nested more than ${error.maxDepth} levels deep; it is not a progress file.`,
      };
    case 'not-json':
      return { kind: 'not-json', message: `The file is not valid JSON (${error.detail}).` };
    case 'forbidden-key':
      return {
        kind: 'forbidden-key',
        message: `The file contains the key "${error.key}", which a progress file never has; it was not read.`,
      };
    default:
      return assertNever(error);
  }
}

/** A learner-facing error for a schema version this code cannot read. */
export function versionProgressError(version: unknown): ProgressError {
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > PROGRESS_SCHEMA_VERSION
  ) {
    return {
      kind: 'newer-version',
      message: `The file comes from a newer version of Warmstart (format ${version}); this one reads up to format ${PROGRESS_SCHEMA_VERSION}. Update the app, then import again.`,
    };
  }
  return {
    kind: 'unknown-version',
    message: `The file has an unknown format version (${describeValue(version)}).`,
  };
}

/** A learner-facing error from the first schema issue, naming where in the file it is. */
export function schemaProgressError(
  issues: readonly v.BaseIssue<unknown>[],
  context: string,
): ProgressError {
  const first = issues[0];
  const where = first === undefined ? null : v.getDotPath(first);
  const what = first?.message ?? 'unexpected content';
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
      : '';
  return { kind: 'invalid', message: `${context}: ${where ?? 'top level'}: ${what}${more}.` };
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
