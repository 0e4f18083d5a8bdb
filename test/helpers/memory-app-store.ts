import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { Progress } from '../../src/domain/progress/progress';
import {
  createEmptyProgress,
  DEFAULT_SETTINGS,
  type Settings,
} from '../../src/domain/progress/progress';
import type { CardStates } from '../../src/domain/srs/card-state';
import {
  createAppStore,
  PROGRESS_KEY,
  setAppStore,
  type AppStore,
} from '../../src/store/app-store';
import { createMemoryAdapter, type StorageAdapter } from '../../src/store/storage-adapter';

/** 2025-03-03 09:00 UTC, a Monday. */
export const NOW = Date.UTC(2025, 2, 3, 9);

/** Freezes `Date` (and only `Date`, so timers and user events run) at `at`. */
export function freezeDate(at = NOW): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}

/** Progress as the store writes it under its key. */
export function storedEntry(progress: Progress): readonly [string, string] {
  return [PROGRESS_KEY, JSON.stringify({ state: progress, version: progress.schemaVersion })];
}

/** Progress with some settings and cards, the rest empty. */
export function progressWith(
  parts: Readonly<{ settings?: Partial<Settings>; cards?: CardStates }> = {},
): Progress {
  const base = createEmptyProgress({
    ...DEFAULT_SETTINGS,
    targetExam: 'DVA-C02',
    ...parts.settings,
  });
  return { ...base, cards: parts.cards ?? {} };
}

/**
 * Makes the app use a store on `adapter` (jsdom has no IndexedDB) and waits until it has
 * read its storage.
 */
export async function installStore(
  adapter: StorageAdapter = createMemoryAdapter(),
): Promise<AppStore> {
  const store = createAppStore({ adapter, requestPersistence: async () => true });
  setAppStore(store);
  if (!store.getState().hydrated) {
    await act(
      () =>
        new Promise<void>((resolve) => {
          const stop = store.subscribe((state) => {
            if (state.hydrated) {
              stop();
              resolve();
            }
          });
        }),
    );
  }
  return store;
}

/** Back to the app's own store and the real clock. */
export function uninstallStore(): void {
  setAppStore(undefined);
  vi.useRealTimers();
}
