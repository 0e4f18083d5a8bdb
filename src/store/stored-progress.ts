/** Helpers for the stored progress value: decoding, backups and write outcomes. */

import { migrateProgress, type CurrentCardIds } from '../domain/progress/migrate';
import {
  jsonProgressError,
  versionProgressError,
  type ProgressResult,
} from '../domain/progress/progress-error';
import type { Progress } from '../domain/progress/progress';
import { parseJsonSafely } from '../domain/progress/safe-json';
import { isRecord } from '../domain/progress/transfer';
import type { StorageAdapter } from './storage-adapter';

/** Stored data is not hostile, only possibly damaged: limits only guard against runaway sizes. */
const STORED_LIMITS = Object.freeze({ maxBytes: 64 * 1024 * 1024, maxDepth: 64 });

type StoredEnvelope = Readonly<{ version: number; state: unknown }>;
type DecodedProgress = StoredEnvelope & Readonly<{ progress: Progress }>;

/** Reads the envelope `setItem` wrote: JSON text of `{ state, version }`, not yet migrated. */
export function readStoredEnvelope(raw: unknown): ProgressResult<StoredEnvelope> {
  if (typeof raw !== 'string') {
    return { ok: false, error: { kind: 'invalid', message: 'The saved progress is not text.' } };
  }
  const parsed = parseJsonSafely(raw, STORED_LIMITS);
  if (!parsed.ok) return { ok: false, error: jsonProgressError(parsed.error) };
  const envelope = parsed.value;
  if (!isRecord(envelope) || typeof envelope.version !== 'number') {
    return {
      ok: false,
      error: versionProgressError(isRecord(envelope) ? envelope.version : undefined),
    };
  }
  return { ok: true, value: { version: envelope.version, state: envelope.state } };
}

/**
 * The envelope's state brought to the current version.
 * @param cardIds every card id of the current bank, when `needsCardIds(envelope.version)`.
 */
export function migrateStored(
  envelope: StoredEnvelope,
  cardIds: CurrentCardIds,
): ProgressResult<DecodedProgress> {
  const migrated = migrateProgress(envelope.state, envelope.version, cardIds);
  if (!migrated.ok) return migrated;
  return { ok: true, value: { ...envelope, progress: migrated.value } };
}

/** Copies `raw` to `backupKey` unless a backup is already there; never rejects. */
export async function keepBackup(
  adapter: StorageAdapter,
  backupKey: string,
  raw: unknown,
): Promise<void> {
  try {
    if ((await adapter.get(backupKey)) === undefined) await adapter.set(backupKey, raw);
  } catch {
    // A missing backup must not block the upgrade; the migration was validated first.
  }
}

/** Stored values are normally text; anything else is shown as JSON, or as a string. */
export function toText(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Same progress by reference, field by field: nothing changed since the last write. */
export function sameProgress(a: Progress, b: Progress): boolean {
  return (
    a.settings === b.settings &&
    a.cards === b.cards &&
    a.reviewLog === b.reviewLog &&
    a.attempts === b.attempts &&
    a.activeExam === b.activeExam
  );
}

/** Whether a storage error means the disk quota is used up. */
export function isQuotaError(error: unknown): boolean {
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
