import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followSavedTheme } from '../../src/app/theme';
import { createMemoryAdapter } from '../../src/store/storage-adapter';
import {
  installStore,
  progressWith,
  storedEntry,
  uninstallStore,
} from '../helpers/memory-app-store';

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(uninstallStore);

describe('saved theme', () => {
  it('applies the theme saved in the settings and mirrors it for the first paint', async () => {
    const store = await installStore(
      createMemoryAdapter([storedEntry(progressWith({ settings: { theme: 'dark' } }))]),
    );
    const stop = followSavedTheme(store);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('warmstart.theme')).toBe('dark');
    await act(async () => {
      await store.getState().updateSettings({ theme: 'system' });
    });
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('warmstart.theme')).toBeNull();
    stop();
  });

  it('saves a choice that only the mirror knows', async () => {
    localStorage.setItem('warmstart.theme', 'light');
    const store = await installStore(createMemoryAdapter());
    const stop = followSavedTheme(store);
    await act(() => store.getState().flush());
    expect(store.getState().settings.theme).toBe('light');
    expect(localStorage.getItem('warmstart.theme')).toBe('light');
    stop();
  });

  it('keeps the mirrored choice while the saved progress is unreadable', async () => {
    localStorage.setItem('warmstart.theme', 'dark');
    const store = await installStore(createMemoryAdapter([['warmstart.progress', 'garbage']]));
    const stop = followSavedTheme(store);
    expect(store.getState().storageStatus).toBe('unreadable');
    expect(localStorage.getItem('warmstart.theme')).toBe('dark');
    stop();
  });
});
