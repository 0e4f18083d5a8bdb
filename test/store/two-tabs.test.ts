import { describe, expect, it } from 'vitest';
import { createAppStore, PROGRESS_KEY, type AppStore } from '../../src/store/app-store';
import type { ProgressSync } from '../../src/store/progress-sync';
import { createMemoryAdapter, type StorageAdapter } from '../../src/store/storage-adapter';
import type { Answer } from '../../src/domain/srs/scheduler';
import { hydrated, makeStore, manualClock, storedProgress } from './helpers';

const answer = (cardId: string): Answer => ({
  cardId,
  outcome: { kind: 'correct' },
  source: 'review',
});

type Stored = {
  cards: Record<string, unknown>;
  reviewLog: { recent: unknown[] };
  settings: { newCardsPerDay: number };
  activeExam: unknown;
};

function stored(adapter: ReturnType<typeof createMemoryAdapter>): Stored {
  return storedProgress(adapter).state as Stored;
}

/** Two tabs on one storage, sharing one clock that moves a second per answer. */
async function twoTabs(adapter = createMemoryAdapter()) {
  const clock = manualClock();
  const tick = {
    ...clock,
    now: () => {
      clock.advance(1_000);
      return clock.now();
    },
  };
  const a = await hydrated(makeStore(adapter, tick));
  const b = await hydrated(makeStore(adapter, tick));
  return { adapter, a, b };
}

/** A stand-in for BroadcastChannel: each tab hears every other tab's announcements. */
function createSyncHub(): () => ProgressSync {
  const listeners = new Set<() => void>();
  return () => {
    let own: (() => void) | undefined;
    return {
      announce: () => listeners.forEach((listener) => listener !== own && listener()),
      listen: (onSaved) => {
        own = onSaved;
        listeners.add(onSaved);
        return () => listeners.delete(onSaved);
      },
    };
  };
}

function until(store: AppStore, check: (store: AppStore) => boolean): Promise<void> {
  if (check(store)) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.subscribe(() => {
      if (!check(store)) return;
      stop();
      resolve();
    });
  });
}

describe('two tabs on one storage', () => {
  it('a tab with stale memory keeps the answers the other tab saved', async () => {
    const { adapter, a, b } = await twoTabs();
    expect(await a.getState().recordAnswer(answer('from-a'))).toEqual({ kind: 'saved' });
    expect(await b.getState().recordAnswer(answer('from-b'))).toEqual({ kind: 'saved' });
    expect(Object.keys(stored(adapter).cards).sort()).toEqual(['from-a', 'from-b']);
    expect(stored(adapter).reviewLog.recent).toHaveLength(2);
    const reloaded = await hydrated(makeStore(adapter));
    expect(Object.keys(reloaded.getState().cards).sort()).toEqual(['from-a', 'from-b']);
  });

  it('a tab that did not touch the settings does not put back its old copy', async () => {
    const { adapter, a, b } = await twoTabs();
    await b.getState().updateSettings({ newCardsPerDay: 15 });
    await a.getState().recordAnswer(answer('card-1'));
    expect(stored(adapter).settings.newCardsPerDay).toBe(15);
    await a.getState().updateSettings({ newCardsPerDay: 5 });
    await b.getState().recordAnswer(answer('card-2'));
    expect(stored(adapter).settings.newCardsPerDay).toBe(5);
  });

  it('keeps an exam started in one tab, and clears it when that tab finishes it', async () => {
    const { adapter, a, b } = await twoTabs();
    await a.getState().setActiveExam({ id: 'exam-1' });
    await b.getState().recordAnswer(answer('card-1'));
    expect(stored(adapter).activeExam).toEqual({ id: 'exam-1' });
    await a.getState().setActiveExam(null);
    expect(stored(adapter).activeExam).toBeNull();
    expect(Object.keys(stored(adapter).cards)).toEqual(['card-1']);
  });

  it('an undone answer stays undone although the saved copy still held it', async () => {
    const { adapter, a, b } = await twoTabs();
    await a.getState().recordAnswer(answer('undone'));
    await b.getState().recordAnswer(answer('kept'));
    const { undone } = await a.getState().undoLastReview();
    expect(undone?.entry.cardId).toBe('undone');
    expect(Object.keys(stored(adapter).cards)).toEqual(['kept']);
    expect(stored(adapter).reviewLog.recent).toHaveLength(1);
    await a.getState().recordAnswer(answer('next'));
    expect(Object.keys(stored(adapter).cards).sort()).toEqual(['kept', 'next']);
  });

  it('a reset replaces what is saved instead of merging it back', async () => {
    const { adapter, a, b } = await twoTabs();
    await b.getState().recordAnswer(answer('card-1'));
    await a.getState().resetProgress();
    expect(stored(adapter).cards).toEqual({});
    await a.getState().recordAnswer(answer('card-2'));
    expect(Object.keys(stored(adapter).cards)).toEqual(['card-2']);
  });

  it('the other tab hears of a save and shows it, keeping its own answers', async () => {
    const adapter = createMemoryAdapter();
    const hub = createSyncHub();
    const open = () => hydrated(createAppStore({ adapter, clock: manualClock(), sync: hub() }));
    const a = await open();
    const b = await open();
    await b.getState().updateSettings({ theme: 'dark' });
    await until(a, (store) => store.getState().settings.theme === 'dark');
    await a.getState().recordAnswer(answer('from-a'));
    await until(b, (store) => store.getState().cards['from-a'] !== undefined);
    await b.getState().recordAnswer(answer('from-b'));
    await until(a, (store) => store.getState().cards['from-b'] !== undefined);
    expect(Object.keys(a.getState().cards).sort()).toEqual(['from-a', 'from-b']);
    expect(Object.keys(b.getState().cards).sort()).toEqual(['from-a', 'from-b']);
    expect(a.getState().storageStatus).toBe('ok');
  });

  it('keeps unreadable data another tab left behind, and stops writing', async () => {
    const { adapter, a } = await twoTabs();
    adapter.data.set(PROGRESS_KEY, '{"state": ');
    expect(await a.getState().recordAnswer(answer('card-1'))).toEqual({
      kind: 'not-saved',
      status: 'unreadable',
    });
    expect(adapter.data.get(PROGRESS_KEY)).toBe('{"state": ');
    expect(a.getState().storageStatus).toBe('unreadable');
    expect(a.getState().loadError).not.toBeNull();
    expect(await a.getState().listUnreadableCopies()).toHaveLength(1);
  });
});

describe('the memory adapter', () => {
  it('updates a value from what it holds', async () => {
    const adapter: StorageAdapter = createMemoryAdapter([['n', 1]]);
    await adapter.update('n', (n) => Number(n) + 1);
    expect(await adapter.get('n')).toBe(2);
  });
});
