import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY } from '../../../src/store/app-store';
import { createMemoryAdapter, type StorageAdapter } from '../../../src/store/storage-adapter';
import { installStore, uninstallStore } from '../../helpers/memory-app-store';
import { renderRoute } from '../../helpers/render-route';
import { failingAdapter, storedProgress } from '../../store/helpers';

const DAMAGED = '{"state": {"settings": ';
const downloads: Blob[] = [];

beforeEach(() => {
  downloads.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob);
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  uninstallStore();
});

async function renderWith(adapter: StorageAdapter, path = '/learn') {
  const store = await installStore(adapter);
  renderRoute(path);
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  return { store, user: userEvent.setup() };
}

describe('storage banner', { timeout: 20_000 }, () => {
  it('says nothing while storage works', async () => {
    await renderWith(createMemoryAdapter());
    expect(screen.queryByRole('region', { name: 'Storage problem' })).not.toBeInTheDocument();
  });

  it('tells the learner when saved progress is unreadable and offers the copy for download', async () => {
    const adapter = createMemoryAdapter([[PROGRESS_KEY, DAMAGED]]);
    const { user } = await renderWith(adapter);
    const banner = await screen.findByRole('region', { name: 'Storage problem' });
    expect(banner).toHaveTextContent('Your saved progress could not be read.');
    expect(banner).toHaveTextContent('not valid JSON');
    await user.click(within(banner).getByRole('button', { name: 'Download the unreadable copy' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await (downloads[0] as Blob).text()).toBe(DAMAGED);
    expect(adapter.data.get(PROGRESS_KEY)).toBe(DAMAGED);
  });

  it('starts fresh only after explicit consent, keeping the copy aside', async () => {
    const adapter = createMemoryAdapter([[PROGRESS_KEY, DAMAGED]]);
    const { store, user } = await renderWith(adapter);
    const banner = await screen.findByRole('region', { name: 'Storage problem' });
    await user.click(within(banner).getByRole('button', { name: 'Start fresh…' }));
    expect(adapter.data.get(PROGRESS_KEY)).toBe(DAMAGED);
    await user.click(within(banner).getByRole('button', { name: 'Cancel' }));
    await user.click(within(banner).getByRole('button', { name: 'Start fresh…' }));
    await user.click(within(banner).getByRole('button', { name: 'Yes, start fresh' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Storage problem' })).not.toBeInTheDocument(),
    );
    expect(store.getState().storageStatus).toBe('ok');
    expect(storedProgress(adapter).state.cards).toEqual({});
    expect(await store.getState().listUnreadableCopies()).toHaveLength(1);
  });

  it('keeps the app working on unreadable storage', async () => {
    await renderWith(createMemoryAdapter([[PROGRESS_KEY, DAMAGED]]), '/');
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Storage problem' })).toBeInTheDocument();
    // The defaults standing in for unreadable progress must not pass for a first run.
    expect(screen.queryByRole('region', { name: 'Welcome' })).not.toBeInTheDocument();
  });

  it('says when storage cannot be used at all', async () => {
    const blocked: StorageAdapter = {
      ...createMemoryAdapter(),
      get: async () => {
        throw Object.assign(new Error('blocked'), { name: 'InvalidStateError' });
      },
    };
    await renderWith(blocked);
    expect(await screen.findByRole('region', { name: 'Storage problem' })).toHaveTextContent(
      'Progress is not being saved.',
    );
  });

  it('says when the device is out of space', async () => {
    const failing = failingAdapter('QuotaExceededError');
    const { store } = await renderWith(failing.adapter);
    await act(async () => {
      await store.getState().updateSettings({ newCardsPerDay: 10 });
    });
    expect(await screen.findByRole('region', { name: 'Storage problem' })).toHaveTextContent(
      'The device is out of space for Warmstart.',
    );
  });
});
