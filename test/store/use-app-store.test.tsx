import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/use-app-store';

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
    // jsdom has no IndexedDB, like some locked-down browsers.
    render(<StorageNotice />);
    expect(await screen.findByRole('status')).toHaveTextContent('unavailable · 20 new a day');
  });
});
