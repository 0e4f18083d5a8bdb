import { persist, type PersistOptions } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { migrateProgress } from '../domain/progress/migrate';
import { PROGRESS_SCHEMA_VERSION, type Progress } from '../domain/progress/progress';
import { isRecord } from '../domain/progress/transfer';
import { createActiveExamSlice } from './active-exam-slice';
import type { AppState, Clock, SliceContext } from './app-state';
import { createAttemptsSlice } from './attempts-slice';
import { createCardsSlice } from './cards-slice';
import { createDurableStorage, type DurableStorage } from './durable-storage';
import { requestPersistentStorage } from './persistent-storage';
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
  const { adapter, clock = systemClock, key = PROGRESS_KEY } = options;
  let markReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const afterAnswerSaved = once(options.requestPersistence ?? requestPersistentStorage);
  const storage = createDurableStorage({
    adapter,
    key,
    now: clock.now,
    onStatusChange: (storageStatus) => store?.setState({ storageStatus }),
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
  return store;
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
    migrate: migrateOrThrow,
    merge: mergeProgress,
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

/** Persist's `migrate`: the storage already checked that this migration succeeds. */
function migrateOrThrow(persisted: unknown, version: number): Progress {
  const result = migrateProgress(persisted, version);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * Takes only progress fields from what was read, never actions or status. What arrives here
 * was validated by the storage's `getItem` or produced by `migrate`.
 */
function mergeProgress(persisted: unknown, current: AppState): AppState {
  return isRecord(persisted) ? { ...current, ...progressFields(persisted as Progress) } : current;
}

let appStore: AppStore | undefined;

/** The app's store on IndexedDB, created on first use. */
export function getAppStore(): AppStore {
  return (appStore ??= createAppStore({ adapter: createIdbAdapter() }));
}

/**
 * Makes `store` the app's store; `undefined` forgets it, so the next use creates the
 * IndexedDB one. For component tests: jsdom has no IndexedDB, so they pass a store built
 * with `createAppStore({ adapter: createMemoryAdapter() })`.
 */
export function setAppStore(store: AppStore | undefined): void {
  appStore = store;
}
