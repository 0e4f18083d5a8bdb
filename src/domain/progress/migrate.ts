import * as v from 'valibot';
import { schemaProgressError, versionProgressError, type ProgressResult } from './progress-error';
import { PROGRESS_SCHEMA_VERSION, type Progress } from './progress';
import { ProgressSchema } from './schema';
import { migrateV1ToV2 } from './migrate-v1';
import { migrateV2ToV3 } from './migrate-v2';

/**
 * Every card id of the current question bank. Upgrading data written before version 3 moves
 * the states of cards the bank no longer has to their successors, which needs them (see
 * `needsCardIds`); later data migrates without them.
 */
export type CurrentCardIds = ReadonlySet<string>;

/** For data that does not need them (`needsCardIds` is false). */
export const NO_CARD_IDS: CurrentCardIds = Object.freeze(new Set<string>());

/** One step: data of version n (unknown shape) → data of version n + 1, or an error. */
type MigrationStep = (raw: unknown, cardIds: CurrentCardIds) => ProgressResult<unknown>;

/**
 * `steps[n]` upgrades version n to n + 1. A release whose bank no longer has some card ids
 * (a generator retired, a fact merged: see `content/retired-ids.ts`) bumps the version with a
 * step that renames them (`renameRetiredCards`), and `needsCardIds` covers it.
 */
const steps: Readonly<Record<number, MigrationStep>> = { 1: migrateV1ToV2, 2: migrateV2ToV3 };

/** The last version whose upgrade renames cards. */
const LAST_RENAMING_VERSION = 2;

/** Whether upgrading data of this version needs the current card ids. */
export function needsCardIds(fromVersion: number): boolean {
  return Number.isInteger(fromVersion) && fromVersion >= 1 && fromVersion <= LAST_RENAMING_VERSION;
}

/**
 * Brings stored or imported progress of any known version to the current one and validates
 * it. Pure: `raw` is not modified. Never throws.
 * @param fromVersion the schema version the data was written with.
 * @param cardIds every card id of the current bank when `needsCardIds(fromVersion)`;
 *   otherwise unused (`NO_CARD_IDS`).
 */
export function migrateProgress(
  raw: unknown,
  fromVersion: number,
  cardIds: CurrentCardIds,
): ProgressResult<Progress> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > PROGRESS_SCHEMA_VERSION) {
    return { ok: false, error: versionProgressError(fromVersion) };
  }
  let data = raw;
  for (let version = fromVersion; version < PROGRESS_SCHEMA_VERSION; version++) {
    const step = steps[version];
    if (step === undefined) return { ok: false, error: versionProgressError(version) };
    const result = step(data, cardIds);
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
