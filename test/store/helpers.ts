import { createAppStore, PROGRESS_KEY, type AppStore } from '../../src/store/app-store';
import type { Clock } from '../../src/store/app-state';
import { createMemoryAdapter, type StorageAdapter } from '../../src/store/storage-adapter';

export const T0 = Date.UTC(2025, 2, 3, 9);

/** A clock the test moves by hand; UTC. */
export function manualClock(start = T0): Clock & { advance: (ms: number) => void } {
  let now = start;
  return { now: () => now, utcOffsetMinutes: () => 0, advance: (ms) => (now += ms) };
}

export function makeStore(
  adapter: StorageAdapter = createMemoryAdapter(),
  clock = manualClock(),
  requestPersistence: () => Promise<boolean> = async () => true,
): AppStore {
  return createAppStore({ adapter, clock, requestPersistence });
}

/** Resolves once the store has read its storage. */
export async function hydrated(store: AppStore): Promise<AppStore> {
  if (store.getState().hydrated) return store;
  await new Promise<void>((resolve) => {
    const stop = store.subscribe((state) => {
      if (state.hydrated) {
        stop();
        resolve();
      }
    });
  });
  return store;
}

/** What the store wrote under the progress key, parsed. */
export function storedProgress(adapter: { data: ReadonlyMap<string, unknown> }): {
  state: Record<string, unknown>;
  version: number;
} {
  const raw = adapter.data.get(PROGRESS_KEY);
  if (typeof raw !== 'string') throw new Error('nothing stored');
  return JSON.parse(raw) as { state: Record<string, unknown>; version: number };
}

/** A memory adapter whose writes wait until the test releases them. */
export function gatedAdapter() {
  const inner = createMemoryAdapter();
  const waiting: (() => void)[] = [];
  const adapter: StorageAdapter = {
    ...inner,
    set: (key, value) =>
      new Promise<void>((resolve) => {
        waiting.push(() => {
          inner.data.set(key, value);
          resolve();
        });
      }),
    update: (key, updater) =>
      new Promise<void>((resolve) => {
        waiting.push(() => {
          inner.data.set(key, updater(inner.data.get(key)));
          resolve();
        });
      }),
  };
  return {
    adapter,
    data: inner.data,
    releaseAll: () => waiting.splice(0).forEach((go) => go()),
    pending: () => waiting.length,
  };
}

/** A memory adapter whose writes fail with the given DOMException-like error name. */
export function failingAdapter(name: string) {
  const inner = createMemoryAdapter();
  let failing = true;
  const adapter: StorageAdapter = {
    ...inner,
    set: async (key, value) => {
      if (failing) throw Object.assign(new Error(`${name} on write`), { name });
      inner.data.set(key, value);
    },
    update: async (key, updater) => {
      const value = updater(inner.data.get(key));
      if (failing) throw Object.assign(new Error(`${name} on write`), { name });
      inner.data.set(key, value);
    },
  };
  return { adapter, data: inner.data, recover: () => (failing = false) };
}
