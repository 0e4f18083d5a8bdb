import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

/**
 * The key-value storage the store persists to: IndexedDB in the app, memory (or a failing
 * stand-in) in tests. Every method may reject (storage unavailable, quota exceeded).
 */
export type StorageAdapter = Readonly<{
  get: (key: string) => Promise<unknown>;
  /** Resolves once the value is durably written. */
  set: (key: string, value: unknown) => Promise<void>;
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
    del: async (key) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
  };
}
