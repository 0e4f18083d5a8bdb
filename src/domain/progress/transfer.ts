import { migrateProgress, type CurrentCardIds } from './migrate';
import {
  jsonProgressError,
  versionProgressError,
  type ProgressError,
  type ProgressResult,
} from './progress-error';
import { PROGRESS_SCHEMA_VERSION, type Progress } from './progress';
import { parseJsonSafely, type JsonLimits } from './safe-json';

/** Export files carry this marker so that any other JSON file is recognised as not ours. */
export const EXPORT_APP = 'warmstart';

/** Limits for a progress file: a reviewed card takes about 270 bytes, so 5 MB holds some 18,000. */
export const PROGRESS_JSON_LIMITS: JsonLimits = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 32,
});

/** The exported file. */
export type ProgressExport = Readonly<{
  app: typeof EXPORT_APP;
  schemaVersion: number;
  /** ms epoch. */
  exportedAt: number;
  data: Progress;
}>;

export type ImportedProgress = Readonly<{
  progress: Progress;
  /** The format version the file was written in (older ones were migrated). */
  fromVersion: number;
  /** ms epoch. */
  exportedAt: number;
}>;

/**
 * The progress as the text of an export file (compact JSON).
 * @param now ms epoch, recorded as `exportedAt`.
 */
export function exportProgress(progress: Progress, now: number): string {
  const file: ProgressExport = {
    app: EXPORT_APP,
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    exportedAt: now,
    data: progress,
  };
  return JSON.stringify(file);
}

/** An export file whose envelope was read, before its data is migrated and checked. */
export type ExportFile = Readonly<{ schemaVersion: number; exportedAt: number; data: unknown }>;

/**
 * Reads an export file: size, nesting and forbidden keys are checked before and while parsing,
 * then the envelope, the version (older versions are migrated) and every field. Pure and
 * never throws: a rejected file yields an error with a message for the learner, and nothing
 * else changes.
 * @param cardIds every card id of the current bank, when the file's version needs them
 *   (`needsCardIds`); `readExportFile` then `migrateExportFile` learn the version first.
 */
export function importProgress(
  text: string,
  cardIds: CurrentCardIds,
): ProgressResult<ImportedProgress> {
  const file = readExportFile(text);
  return file.ok ? migrateExportFile(file.value, cardIds) : file;
}

/** The first half of `importProgress`: the file parsed and its envelope checked. Never throws. */
export function readExportFile(text: string): ProgressResult<ExportFile> {
  try {
    return readEnvelope(text);
  } catch (error) {
    return unreadable(error);
  }
}

/** The second half of `importProgress`: the file's data migrated and checked. Never throws. */
export function migrateExportFile(
  file: ExportFile,
  cardIds: CurrentCardIds,
): ProgressResult<ImportedProgress> {
  try {
    const migrated = migrateProgress(file.data, file.schemaVersion, cardIds);
    if (!migrated.ok) return migrated;
    const { schemaVersion: fromVersion, exportedAt } = file;
    return { ok: true, value: { progress: migrated.value, fromVersion, exportedAt } };
  } catch (error) {
    return unreadable(error);
  }
}

// Defence in depth: parsing and validation do not throw, but a hostile file must never crash the app.
function unreadable(error: unknown): ProgressResult<never> {
  return {
    ok: false,
    error: { kind: 'invalid', message: `The file could not be read (${String(error)}).` },
  };
}

function readEnvelope(text: string): ProgressResult<ExportFile> {
  const parsed = parseJsonSafely(text, PROGRESS_JSON_LIMITS);
  if (!parsed.ok) return { ok: false, error: jsonProgressError(parsed.error) };
  const file = parsed.value;
  if (!isRecord(file) || file.app !== EXPORT_APP) return { ok: false, error: NOT_OURS };
  const { schemaVersion, exportedAt } = file;
  if (typeof schemaVersion !== 'number')
    return { ok: false, error: versionProgressError(schemaVersion) };
  if (typeof exportedAt !== 'number' || !Number.isFinite(exportedAt)) {
    return {
      ok: false,
      error: { kind: 'invalid', message: 'The file has no valid export date (exportedAt).' },
    };
  }
  return { ok: true, value: { schemaVersion, exportedAt, data: file.data } };
}

const NOT_OURS: ProgressError = {
  kind: 'not-warmstart',
  message:
    'This is not a Warmstart progress file (it lacks "app": "warmstart"). Choose a file exported from Settings.',
};

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
