import type { PersistStorage, StorageValue } from 'zustand/middleware';
import {
  migrateProgress,
  needsCardIds,
  NO_CARD_IDS,
  type CurrentCardIds,
} from '../domain/progress/migrate';
import type { ProgressError } from '../domain/progress/progress-error';
import { PROGRESS_SCHEMA_VERSION, type Progress } from '../domain/progress/progress';
import type { OwnChanges } from '../domain/progress/merge-progress';
import type { UndoEntry } from '../domain/srs/review-log';
import type { StorageAdapter } from './storage-adapter';
import {
  CardIdsNeededError,
  combineProgress,
  findOwnChanges,
  isReplace,
  readStoredForMerge,
  UnreadableStoredError,
  type SyncedFields,
  type WriteIntent,
} from './merge-on-write';
import {
  isQuotaError,
  keepBackup,
  migrateStored,
  readStoredEnvelope,
  sameProgress,
  toText,
} from './stored-progress';

/**
 * `loading` until the stored progress is read; `unreadable` when it could not be read (a copy
 * is kept aside and nothing is written until the learner chooses); `unavailable` when storage
 * cannot be used (nothing is saved); `quota-exceeded` when the last write did not fit.
 */
export type StorageStatus = 'loading' | 'ok' | 'unreadable' | 'unavailable' | 'quota-exceeded';

export type SaveResult =
  Readonly<{ kind: 'saved' }> | Readonly<{ kind: 'not-saved'; status: StorageStatus }>;

export type DurableStorage = PersistStorage<Progress, Promise<void>> &
  Readonly<{
    /** Resolves when every write started so far has finished, with the latest outcome. */
    flush: () => Promise<SaveResult>;
    status: () => StorageStatus;
    /** Why the stored progress was unreadable, if it was. */
    loadError: () => ProgressError | null;
    /** Records that storage already holds `progress` (just read, or nothing to save yet). */
    markSaved: (progress: Progress) => void;
    /**
     * What was read combined with memory, by the rules every write uses (`mergeProgress`,
     * then this tab's pending undo and replace): for rehydration when another tab saved.
     */
    combine: (stored: Progress, mine: Progress) => Progress;
    /** The next write replaces the saved progress instead of merging (import, reset, fresh start). */
    replaceOnNextWrite: () => void;
    /** An answer the learner undid: merging with the saved copy must not bring it back. */
    retract: (undone: UndoEntry) => void;
    /**
     * Stops writing (as for unreadable data) when loading failed after the read, so that
     * defaults never replace what is stored.
     */
    holdWrites: (reason: string) => void;
    /** The learner agreed to overwrite unreadable or unavailable storage. */
    allowWrites: () => Promise<void>;
    /** Keys of unreadable copies kept aside (this session's and earlier ones), oldest first. */
    listUnreadableCopies: () => Promise<string[]>;
    /** The text of an unreadable copy, for export: the one found this session, or a listed key. */
    readUnreadableCopy: (copyKey?: string) => Promise<string | null>;
    /**
     * What upgrading progress of `version` needs (see `needsCardIds`): the current card ids,
     * loaded once; `NO_CARD_IDS` for a version that does not need them.
     */
    cardIdsFor: (version: number) => Promise<CurrentCardIds>;
    /**
     * Persist's `migrate`: what `getItem` read, upgraded (the same pure migration that already
     * succeeded there, with the card ids it loaded). Throws when it cannot be upgraded.
     */
    migrate: (persisted: unknown, version: number) => Progress;
  }>;

export type DurableStorageOptions = Readonly<{
  adapter: StorageAdapter;
  /** The idb key of the progress (the persist `name`). */
  key: string;
  now: () => number;
  onStatusChange: (status: StorageStatus) => void;
  /** Called after each successful write (to tell other tabs). */
  onSaved?: () => void;
  /**
   * Every card id of the current question bank, for upgrading progress saved by an older
   * version (see `needsCardIds`); asked at most once, and only when such progress is read.
   */
  loadCardIds: () => Promise<CurrentCardIds>;
}>;

const SAVED: SaveResult = Object.freeze({ kind: 'saved' });

/** The idb key prefix for unreadable copies: `<key>.unreadable.<ms epoch>`. */
export function unreadablePrefix(key: string): string {
  return `${key}.unreadable.`;
}

/**
 * A persist storage over an adapter that makes writes awaitable (`flush`), writes the
 * progress as JSON text, and never overwrites data it could not read: unreadable data is
 * copied aside and writes stay off until `allowWrites` (the learner's consent). Each write
 * reads, merges and writes in one transaction, so another tab's saves are kept.
 */
export function createDurableStorage(options: DurableStorageOptions): DurableStorage {
  return new ProgressStorage(options);
}

class ProgressStorage implements DurableStorage {
  private state: StorageStatus = 'loading';
  private writable = false;
  private error: ProgressError | null = null;
  private unreadable: { raw: unknown; copyKey: string | null } | null = null;
  private lastAttempt: Progress | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private latest: Promise<SaveResult> = Promise.resolve(SAVED);
  /** Settings and active exam as memory last took them from storage or wrote them. */
  private synced: SyncedFields | null = null;
  /** Undo and replace requests not yet in a successful write, oldest first. */
  private intents: WriteIntent[] = [];
  /**
   * The text last read or written under the key, with its progress. A write that finds the
   * same text stored (no other tab saved since) merges with that progress instead of parsing
   * and validating megabytes again: with thousands of cards that was most of each answer's cost.
   */
  private known: Readonly<{ raw: string; progress: Progress }> | null = null;
  /** The current card ids, once loaded for an upgrade. */
  private cardIds: CurrentCardIds | null = null;
  private cardIdsLoad: Promise<CurrentCardIds> | null = null;

  constructor(private readonly options: DurableStorageOptions) {}

  async getItem(): Promise<StorageValue<Progress> | null> {
    const { adapter, key } = this.options;
    let raw: unknown;
    try {
      raw = await adapter.get(key);
    } catch {
      // Data may exist that could not be read: writes stay off so it is never overwritten.
      this.state = 'unavailable';
      return null;
    }
    if (raw === undefined) return this.open(null);
    const envelope = readStoredEnvelope(raw);
    if (!envelope.ok) return this.refuse(raw, envelope.error);
    let cardIds: CurrentCardIds;
    try {
      cardIds = await this.cardIdsFor(envelope.value.version);
    } catch (error) {
      return this.refuse(raw, {
        kind: 'invalid',
        message: `The saved progress comes from an earlier version and could not be upgraded (${String(error)}). Reload the app to try again.`,
      });
    }
    const decoded = migrateStored(envelope.value, cardIds);
    if (!decoded.ok) return this.refuse(raw, decoded.error);
    const { version, state, progress } = decoded.value;
    if (version === PROGRESS_SCHEMA_VERSION) {
      if (typeof raw === 'string') this.known = { raw, progress };
      return this.open({ state: progress, version });
    }
    // Older data: keep the original until the migrated copy is written, then persist's
    // `migrate` converts it (the same pure migration, which just succeeded here).
    await keepBackup(adapter, `${key}.backup.v${version}`, raw);
    return this.open({ state: state as Progress, version });
  }

  cardIdsFor(version: number): Promise<CurrentCardIds> {
    return needsCardIds(version) ? this.loadCardIds() : Promise.resolve(NO_CARD_IDS);
  }

  migrate(persisted: unknown, version: number): Progress {
    if (needsCardIds(version) && this.cardIds === null) throw new CardIdsNeededError(version);
    const result = migrateProgress(persisted, version, this.cardIds ?? NO_CARD_IDS);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  setItem(_name: string, value: StorageValue<Progress>): Promise<void> {
    if (!this.writable) {
      this.latest = Promise.resolve({ kind: 'not-saved', status: this.state });
    } else if (this.lastAttempt === null || !sameProgress(this.lastAttempt, value.state)) {
      this.latest = this.write(value.state);
    }
    return this.latest.then(() => undefined);
  }

  async removeItem(): Promise<void> {
    await this.options.adapter.del(this.options.key);
  }

  flush(): Promise<SaveResult> {
    return this.latest;
  }

  markSaved(progress: Progress): void {
    this.lastAttempt = progress;
    this.synced = { settings: progress.settings, activeExam: progress.activeExam };
  }

  combine(stored: Progress, mine: Progress): Progress {
    return combineProgress(stored, mine, findOwnChanges(this.synced, mine), this.intents);
  }

  replaceOnNextWrite(): void {
    this.intents.push({ kind: 'replace' });
  }

  retract(undone: UndoEntry): void {
    this.intents.push({ kind: 'retract', undone });
  }

  status(): StorageStatus {
    return this.state;
  }

  loadError(): ProgressError | null {
    return this.error;
  }

  holdWrites(reason: string): void {
    this.writable = false;
    this.state = 'unreadable';
    this.error = { kind: 'invalid', message: reason };
  }

  async allowWrites(): Promise<void> {
    // Last chance to keep the unreadable data before it is overwritten.
    if (this.unreadable !== null && this.unreadable.copyKey === null) {
      this.unreadable = { ...this.unreadable, copyKey: await this.keepAside(this.unreadable.raw) };
    }
    this.writable = true;
    this.error = null;
    // Recorded without notifying: the caller sets the status along with the new progress,
    // and a separate store update would write the old progress first.
    this.state = 'ok';
  }

  async listUnreadableCopies(): Promise<string[]> {
    const prefix = unreadablePrefix(this.options.key);
    return (await this.options.adapter.keys()).filter((k) => k.startsWith(prefix)).sort();
  }

  async readUnreadableCopy(copyKey?: string): Promise<string | null> {
    if (copyKey === undefined) return this.unreadable === null ? null : toText(this.unreadable.raw);
    if (!copyKey.startsWith(unreadablePrefix(this.options.key))) return null;
    try {
      return toText(await this.options.adapter.get(copyKey));
    } catch {
      return null;
    }
  }

  private loadCardIds(): Promise<CurrentCardIds> {
    this.cardIdsLoad ??= this.options.loadCardIds().then(
      (cardIds) => (this.cardIds = cardIds),
      (error: unknown) => {
        // A failed load (a chunk that could not be fetched) is tried again next time.
        this.cardIdsLoad = null;
        throw error;
      },
    );
    return this.cardIdsLoad;
  }

  /** What was read cannot be used: it is kept aside, and nothing is written until the learner chooses. */
  private async refuse(raw: unknown, error: ProgressError): Promise<null> {
    this.error = error;
    this.unreadable = { raw, copyKey: await this.keepAside(raw) };
    this.state = 'unreadable';
    return null;
  }

  private open(value: StorageValue<Progress> | null): StorageValue<Progress> | null {
    this.writable = true;
    // A later read (another tab saved) keeps this tab's own write outcome, such as a full disk.
    if (this.state === 'loading') this.state = 'ok';
    return value;
  }

  /**
   * A status change after loading, passed on to the store. While loading, `state` is only
   * recorded: the store reads it when hydration ends, and a store update from inside
   * `getItem` would write the not-yet-loaded state.
   */
  private report(next: StorageStatus): void {
    if (next === this.state) return;
    this.state = next;
    this.options.onStatusChange(next);
  }

  private async keepAside(raw: unknown): Promise<string | null> {
    const copyKey = `${unreadablePrefix(this.options.key)}${this.options.now()}`;
    try {
      await this.options.adapter.set(copyKey, raw);
      return copyKey;
    } catch {
      // The original stays untouched under `key` while writes are off, so it is not lost.
      return null;
    }
  }

  private readForMerge(raw: unknown): Progress | null {
    if (this.known !== null && raw === this.known.raw) return this.known.progress;
    return readStoredForMerge(raw, this.cardIds);
  }

  private write(mine: Progress): Promise<SaveResult> {
    this.lastAttempt = mine;
    const own = findOwnChanges(this.synced, mine);
    const intents = [...this.intents];
    const result = this.chain.then(async (): Promise<SaveResult> => {
      let written: Readonly<{ raw: string; progress: Progress }> | null = null;
      const update = () =>
        this.options.adapter.update(this.options.key, (raw) => {
          // A replacement the learner chose never reads what it replaces (it may be unreadable).
          const saved = intents.some(isReplace) ? null : this.readForMerge(raw);
          const merged = combineProgress(saved, mine, own, intents);
          const text = JSON.stringify({ state: merged, version: PROGRESS_SCHEMA_VERSION });
          written = { raw: text, progress: merged };
          return text;
        });
      try {
        try {
          await update();
        } catch (error) {
          if (!(error instanceof CardIdsNeededError)) throw error;
          // An earlier version of the app saved since this tab read storage: upgrading what
          // it saved needs the current card ids.
          await this.loadCardIds();
          await update();
        }
      } catch (error) {
        this.known = null;
        return this.failed(error);
      }
      this.known = written;
      this.saved(mine, own, intents);
      return SAVED;
    });
    this.chain = result;
    return result;
  }

  private saved(mine: Progress, own: OwnChanges, intents: readonly WriteIntent[]): void {
    this.intents = this.intents.filter((intent) => !intents.includes(intent));
    const synced = this.synced ?? { settings: mine.settings, activeExam: mine.activeExam };
    this.synced = {
      settings: own.settings ? mine.settings : synced.settings,
      activeExam: own.activeExam ? mine.activeExam : synced.activeExam,
    };
    this.report('ok');
    this.options.onSaved?.();
  }

  private async failed(error: unknown): Promise<SaveResult> {
    if (error instanceof UnreadableStoredError) {
      // Another tab (or a damaged disk) left data this version cannot read: keep it, as on load.
      this.writable = false;
      this.error = error.reason;
      this.unreadable = { raw: error.raw, copyKey: await this.keepAside(error.raw) };
      this.report('unreadable');
      return { kind: 'not-saved', status: 'unreadable' };
    }
    const status: StorageStatus = isQuotaError(error) ? 'quota-exceeded' : 'unavailable';
    this.report(status);
    return { kind: 'not-saved', status };
  }
}
