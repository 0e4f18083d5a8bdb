import { persist, type PersistOptions } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { CurrentCardIds } from '../domain/progress/migrate';
import { PROGRESS_SCHEMA_VERSION, type Progress } from '../domain/progress/progress';
import { isRecord } from '../domain/progress/transfer';
import { createActiveExamSlice } from './active-exam-slice';
import type { AppState, Clock, SliceContext } from './app-state';
import { createAttemptsSlice } from './attempts-slice';
import { createCardsSlice } from './cards-slice';
import { loadCurrentCardIds } from './current-card-ids';
import { createDurableStorage, type DurableStorage } from './durable-storage';
import { requestPersistentStorage } from './persistent-storage';
import { createBroadcastSync, type ProgressSync } from './progress-sync';
import { progressFields, selectProgress } from './select-progress';
import { createSettingsSlice } from './settings-slice';
import { createStorageSlice } from './storage-slice';
import { createIdbAdapter, type StorageAdapter } from './storage-adapter';

/** The IndexedDB key of the saved progress. */
export const PROGRESS_KEY = 'warmstart.progress';

export type AppStore = Mutate<StoreApi<AppState>, [['zustand/persist', Progress]]>;

export type AppStoreOptions = Readonly<{
  adapter: StorageAdapter;
  clock?: Clock;
  /** Asked once, after the first saved answer. */
  requestPersistence?: () => Promise<boolean>;
  key?: string;
  /** Hears of other tabs' saves (and tells them of this one's); none by default. */
  sync?: ProgressSync;
  /**
   * Every card id of the question bank, for upgrading progress saved by an earlier version;
   * by default the app's bank (`loadCurrentCardIds`), loaded only when such progress is read.
   */
  loadCardIds?: () => Promise<CurrentCardIds>;
}>;

export const systemClock: Clock = {
  now: () => Date.now(),
  utcOffsetMinutes: (now) => -new Date(now).getTimezoneOffset(),
};

/**
 * The app's one store: settings, cards, attempts and active exam slices, persisted through
 * `adapter` with zustand `persist` (version, migrate, partialize). Hydration starts at once;
 * `storageStatus` leaves `loading` when it ends.
 */
export function createAppStore(options: AppStoreOptions): AppStore {
  const {
    adapter,
    clock = systemClock,
    key = PROGRESS_KEY,
    loadCardIds = loadCurrentCardIds,
  } = options;
  let markReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const afterAnswerSaved = once(options.requestPersistence ?? requestPersistentStorage);
  const storage = createDurableStorage({
    adapter,
    key,
    now: clock.now,
    onStatusChange: (storageStatus) =>
      store?.setState({ storageStatus, loadError: storage.loadError() }),
    onSaved: () => options.sync?.announce(),
    loadCardIds,
  });
  const onHydrated = (state: AppState | undefined, error: unknown): void => {
    if (state === undefined || error !== undefined) {
      storage.holdWrites(`The saved progress could not be loaded (${String(error)}).`);
    } else {
      // Memory now matches storage (or storage is empty and memory holds defaults): the
      // status update below must not write the same data back.
      storage.markSaved(selectProgress(state));
    }
    store?.setState({
      hydrated: true,
      storageStatus: storage.status(),
      loadError: storage.loadError(),
    });
    markReady();
  };
  // `let`, not `const`: the storage reports its status from callbacks that may in theory run
  // before the assignment below.
  let store: AppStore | undefined = undefined;
  store = createStore<AppState>()(
    persist(
      (set, get) => {
        const ctx: SliceContext = { set, get, storage, clock, ready, afterAnswerSaved };
        return {
          ...createSettingsSlice(ctx),
          ...createCardsSlice(ctx),
          ...createAttemptsSlice(ctx),
          ...createActiveExamSlice(ctx),
          ...createStorageSlice(ctx),
        };
      },
      persistOptions(key, storage, onHydrated),
    ),
  );
  listenToOtherTabs(store, options.sync);
  return store;
}

/**
 * When another tab saved, reads the progress again (merged with memory, see
 * `DurableStorage.combine`) so this tab's screens show it. Not while writes are held: the
 * unreadable or unavailable state stays until the learner acts.
 */
function listenToOtherTabs(store: AppStore, sync: ProgressSync | undefined): void {
  sync?.listen(() => {
    const { hydrated, storageStatus } = store.getState();
    if (!hydrated || (storageStatus !== 'ok' && storageStatus !== 'quota-exceeded')) return;
    void store.persist.rehydrate();
  });
}

function persistOptions(
  key: string,
  storage: DurableStorage,
  onHydrated: (state: AppState | undefined, error: unknown) => void,
): PersistOptions<AppState, Progress> {
  return {
    name: key,
    storage,
    version: PROGRESS_SCHEMA_VERSION,
    partialize: selectProgress,
    migrate: (persisted, version) => storage.migrate(persisted, version),
    merge: (persisted, current) => mergeIntoMemory(storage, persisted, current),
    onRehydrateStorage: () => onHydrated,
  };
}

/** Asks for persistent storage at most once per app start. */
function once(request: () => Promise<boolean>): () => void {
  let asked = false;
  return () => {
    if (asked) return;
    asked = true;
    void request().catch(() => false);
  };
}

/**
 * Takes only progress fields from what was read, never actions or status, combined with what
 * memory holds (nothing before the first read; later, anything not yet written). What
 * arrives here was validated by the storage's `getItem` or produced by `migrate`.
 */
function mergeIntoMemory(storage: DurableStorage, persisted: unknown, current: AppState): AppState {
  if (!isRecord(persisted)) return current;
  const combined = storage.combine(persisted as Progress, selectProgress(current));
  return { ...current, ...progressFields(combined) };
}

let appStore: AppStore | undefined;

/** The app's store on IndexedDB, created on first use. */
export function getAppStore(): AppStore {
  const sync = createBroadcastSync(PROGRESS_KEY);
  return (appStore ??= createAppStore({
    adapter: createIdbAdapter(),
    ...(sync === undefined ? {} : { sync }),
  }));
}

/**
 * Swaps the store `getAppStore` returns, for component tests: jsdom has no IndexedDB, so they
 * pass a store on memory storage (`createMemoryAdapter`). `undefined` goes back to the
 * IndexedDB store on next use. Call it before rendering; the app itself never does.
 */
export function setAppStore(store: AppStore | undefined): void {
  appStore = store;
}
