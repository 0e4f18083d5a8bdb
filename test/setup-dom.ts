import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { createAppStore, setAppStore } from '../src/store/app-store';
import { createMemoryAdapter } from '../src/store/storage-adapter';

// jsdom has no IndexedDB: every test starts on an empty store in memory, so whole-app renders
// behave as on a first visit. Tests that need particular progress install their own.
beforeEach(() => {
  setAppStore(
    createAppStore({ adapter: createMemoryAdapter(), requestPersistence: async () => true }),
  );
});

// jsdom has no workers either, so Home would plan the whole question bank on the page after
// its first render: work that outlives the test. Home renders a small catalog instead; the real
// one is tested in `test/features/home/home-catalog.test.ts` and end to end.
vi.mock('../src/features/home/home-catalog', () => import('./helpers/home-catalog-stub'));

afterEach(() => {
  cleanup();
  setAppStore(undefined);
});

// Pages load lazily, and a page's first import in a fresh worker (transforming the store and
// content) can take seconds on a busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 20_000 });
