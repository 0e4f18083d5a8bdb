/** How a write combines this tab's progress with what another tab may have saved meanwhile. */

import { assertNever } from '../domain/lib/assert-never';
import { mergeProgress, type OwnChanges } from '../domain/progress/merge-progress';
import { needsCardIds, NO_CARD_IDS, type CurrentCardIds } from '../domain/progress/migrate';
import type { ProgressError } from '../domain/progress/progress-error';
import type { ActiveExam, Progress, Settings } from '../domain/progress/progress';
import { retractAnswer } from '../domain/progress/retract-answer';
import type { UndoEntry } from '../domain/srs/review-log';
import { migrateStored, readStoredEnvelope } from './stored-progress';

/**
 * A change a merge alone would undo: `replace` (import, reset or fresh start, chosen by the
 * learner) writes memory as it is; `retract` keeps an undone answer out of the result.
 */
export type WriteIntent =
  Readonly<{ kind: 'replace' }> | Readonly<{ kind: 'retract'; undone: UndoEntry }>;

/** Whether the intent replaces the saved progress. */
export function isReplace(intent: WriteIntent): boolean {
  return intent.kind === 'replace';
}

/** The settings and active exam memory last took from storage or wrote to it. */
export type SyncedFields = Readonly<{ settings: Settings; activeExam: ActiveExam | null }>;

/** What was stored under the key could not be read: the write is called off. */
export class UnreadableStoredError extends Error {
  constructor(
    readonly raw: unknown,
    readonly reason: ProgressError,
  ) {
    super(reason.message);
    this.name = 'UnreadableStoredError';
  }
}

/**
 * Whether memory changed the settings and the active exam since it last synced with storage
 * (compared as JSON: both are plain data). Before the first read nothing counts as changed.
 */
export function findOwnChanges(synced: SyncedFields | null, mine: Progress): OwnChanges {
  if (synced === null) return { settings: false, activeExam: false };
  return {
    settings: !sameJson(synced.settings, mine.settings),
    activeExam: !sameJson(synced.activeExam, mine.activeExam),
  };
}

/**
 * The progress to write (or to show after another tab saved): what is `saved` (null when
 * nothing is) merged with `mine`, then the pending intents applied in order.
 */
export function combineProgress(
  saved: Progress | null,
  mine: Progress,
  own: OwnChanges,
  intents: readonly WriteIntent[],
): Progress {
  let result = saved === null ? mine : mergeProgress(saved, mine, own);
  for (const intent of intents) {
    switch (intent.kind) {
      case 'replace':
        result = mine;
        break;
      case 'retract':
        result = retractAnswer(result, intent.undone);
        break;
      default:
        assertNever(intent);
    }
  }
  return result;
}

/**
 * Stored progress of an older version needs the current card ids to be upgraded, and they are
 * not loaded yet (another version of the app saved it after this tab read storage): the
 * write loads them and tries again.
 */
export class CardIdsNeededError extends Error {
  constructor(readonly version: number) {
    super(`Upgrading version ${version} progress needs the current card ids.`);
    this.name = 'CardIdsNeededError';
  }
}

/**
 * The stored value as progress, null when nothing is stored. Throws `UnreadableStoredError`
 * for a value that does not decode, so that the write is called off and it is kept, and
 * `CardIdsNeededError` when it would need `cardIds` that are not loaded (null).
 */
export function readStoredForMerge(
  stored: unknown,
  cardIds: CurrentCardIds | null,
): Progress | null {
  if (stored === undefined) return null;
  const envelope = readStoredEnvelope(stored);
  if (envelope.ok && cardIds === null && needsCardIds(envelope.value.version))
    throw new CardIdsNeededError(envelope.value.version);
  const decoded = envelope.ok ? migrateStored(envelope.value, cardIds ?? NO_CARD_IDS) : envelope;
  if (!decoded.ok) throw new UnreadableStoredError(stored, decoded.error);
  return decoded.value.progress;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
