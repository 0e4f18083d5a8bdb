import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setAppStore } from '../../src/store/app-store';
import { useAppStore } from '../../src/store/use-app-store';
import { makeStore } from './helpers';

function StorageNotice() {
  const status = useAppStore((state) => state.storageStatus);
  const newPerDay = useAppStore((state) => state.settings.newCardsPerDay);
  return (
    <p role="status">
      {status} · {newPerDay} new a day
    </p>
  );
}

describe('useAppStore', () => {
  it('renders store state and tells when the browser offers no IndexedDB, instead of crashing', async () => {
    // jsdom has no IndexedDB, like some locked-down browsers; the app's own store is used.
    setAppStore(undefined);
    render(<StorageNotice />);
    expect(await screen.findByRole('status')).toHaveTextContent('unavailable · 20 new a day');
  });

  it('reads a store set for tests, then the app store again once it is cleared', async () => {
    const store = makeStore();
    await store.getState().updateSettings({ newCardsPerDay: 7 });
    setAppStore(store);
    const { unmount } = render(<StorageNotice />);
    expect(await screen.findByRole('status')).toHaveTextContent('ok · 7 new a day');
    unmount();
    setAppStore(undefined);
    render(<StorageNotice />);
    expect(await screen.findByRole('status')).toHaveTextContent('unavailable · 20 new a day');
  });
});
