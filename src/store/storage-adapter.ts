import { createStore, del, get, keys, set, update, type UseStore } from 'idb-keyval';

/**
 * The key-value storage the store persists to: IndexedDB in the app, memory (or a failing
 * stand-in) in tests. Every method may reject (storage unavailable, quota exceeded).
 */
export type StorageAdapter = Readonly<{
  get: (key: string) => Promise<unknown>;
  /** Resolves once the value is durably written. */
  set: (key: string, value: unknown) => Promise<void>;
  /**
   * Reads the value and writes what `updater` makes of it as one transaction, so no other
   * tab's write lands in between. `updater` runs synchronously and may throw to write nothing.
   * Resolves once the new value is durably written.
   */
  update: (key: string, updater: (current: unknown) => unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
  keys: () => Promise<string[]>;
}>;

/**
 * IndexedDB through idb-keyval (database `warmstart`, object store `kv`). The database is
 * opened on first use, so a browser without IndexedDB fails each call instead of the import.
 */
export function createIdbAdapter(): StorageAdapter {
  let db: UseStore | undefined;
  const store = (): UseStore => (db ??= createStore('warmstart', 'kv'));
  return {
    get: async (key) => get(key, store()),
    set: async (key, value) => set(key, value, store()),
    update: async (key, updater) => update(key, updater, store()),
    del: async (key) => del(key, store()),
    keys: async () => (await keys(store())).map(String),
  };
}

/** Storage in a Map: for tests, and to inspect what would be written. */
export function createMemoryAdapter(
  entries: Iterable<readonly [string, unknown]> = [],
): StorageAdapter & {
  readonly data: Map<string, unknown>;
} {
  const data = new Map<string, unknown>(entries);
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => {
      data.set(key, value);
    },
    update: async (key, updater) => {
      data.set(key, updater(data.get(key)));
    },
    del: async (key) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
  };
}
