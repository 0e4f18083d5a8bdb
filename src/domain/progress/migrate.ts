import * as v from 'valibot';
import { schemaProgressError, versionProgressError, type ProgressResult } from './progress-error';
import { PROGRESS_SCHEMA_VERSION, type Progress } from './progress';
import { ProgressSchema } from './schema';
import { migrateV1ToV2 } from './migrate-v1';

/** One step: data of version n (unknown shape) → data of version n + 1, or an error. */
type MigrationStep = (raw: unknown) => ProgressResult<unknown>;

/** `steps[n]` upgrades version n to n + 1. */
const steps: Readonly<Record<number, MigrationStep>> = { 1: migrateV1ToV2 };

/**
 * Brings stored or imported progress of any known version to the current one and validates
 * it. Pure: `raw` is not modified. Never throws.
 * @param fromVersion the schema version the data was written with.
 */
export function migrateProgress(raw: unknown, fromVersion: number): ProgressResult<Progress> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > PROGRESS_SCHEMA_VERSION) {
    return { ok: false, error: versionProgressError(fromVersion) };
  }
  let data = raw;
  for (let version = fromVersion; version < PROGRESS_SCHEMA_VERSION; version++) {
    const step = steps[version];
    if (step === undefined) return { ok: false, error: versionProgressError(version) };
    const result = step(data);
    if (!result.ok) return result;
    data = result.value;
  }
  return validateProgress(data);
}

/** Checks data against the current schema; the result is a fresh, well-typed copy. */
export function validateProgress(data: unknown): ProgressResult<Progress> {
  const parsed = v.safeParse(ProgressSchema, data);
  if (!parsed.success)
    return {
      ok: false,
      error: schemaProgressError(parsed.issues, 'The progress data is not valid'),
    };
  return { ok: true, value: parsed.output };
}
