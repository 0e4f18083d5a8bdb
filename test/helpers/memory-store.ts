import { onTestFinished } from 'vitest';
import { setAppStore, type AppStore } from '../../src/store/app-store';
import { createMemoryAdapter, type StorageAdapter } from '../../src/store/storage-adapter';
import { makeStore, manualClock } from '../store/helpers';

/**
 * Makes the app use a store on memory storage (or the adapter given) for the rest of the
 * test, as jsdom has no IndexedDB; the app's own store comes back after the test.
 */
export function installMemoryStore(
  adapter: StorageAdapter = createMemoryAdapter(),
  clock = manualClock(),
): AppStore {
  const store = makeStore(adapter, clock);
  setAppStore(store);
  onTestFinished(() => setAppStore(undefined));
  return store;
}
