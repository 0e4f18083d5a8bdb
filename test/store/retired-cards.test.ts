import { describe, expect, it, vi } from 'vitest';
import { PROGRESS_SCHEMA_VERSION, type Progress } from '../../src/domain/progress/progress';
import { exportProgress } from '../../src/domain/progress/transfer';
import type { CardState } from '../../src/domain/srs/card-state';
import { createAppStore, PROGRESS_KEY } from '../../src/store/app-store';
import { createMemoryAdapter } from '../../src/store/storage-adapter';
import { hydrated, manualClock, storedProgress, T0 } from './helpers';

const RETIRED = 'true-false:a.one';
const SUCCESSOR = 'fact-choice:a.one';
const ORPHAN = 'facts-multi:a';

const state: CardState = {
  phase: 'review',
  due: T0 + 86_400_000,
  stability: 3,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  lastReview: T0 - 3_600_000,
  firstReview: T0 - 86_400_000,
};

/** Progress as the released version (format 2) saved it. */
const released = {
  schemaVersion: 2,
  settings: { targetExam: null, desiredRetention: 0.9, newCardsPerDay: 20, theme: 'system' },
  cards: { [RETIRED]: state, [ORPHAN]: state },
  reviewLog: { days: {}, recent: [], undo: [] },
  attempts: [],
  activeExam: null,
};
const releasedEntry = JSON.stringify({ state: released, version: 2 });

function storeOn(adapter = createMemoryAdapter()) {
  const loadCardIds = vi.fn(async () => new Set([SUCCESSOR, 'fact-choice:b']));
  const store = createAppStore({
    adapter,
    clock: manualClock(),
    requestPersistence: async () => true,
    loadCardIds,
  });
  return { store, adapter, loadCardIds };
}

describe('progress saved before cards were retired', () => {
  it('moves the cards on start, writes the upgrade and keeps the original as a backup', async () => {
    const { store, adapter, loadCardIds } = storeOn(
      createMemoryAdapter([[PROGRESS_KEY, releasedEntry]]),
    );
    await hydrated(store);
    expect(store.getState().storageStatus).toBe('ok');
    expect(store.getState().cards).toEqual({ [SUCCESSOR]: state, [ORPHAN]: state });
    expect(loadCardIds).toHaveBeenCalledTimes(1);
    await store.getState().flush();
    expect(storedProgress(adapter).version).toBe(PROGRESS_SCHEMA_VERSION);
    expect(Object.keys(storedProgress(adapter).state.cards as object).sort()).toEqual([
      SUCCESSOR,
      ORPHAN,
    ]);
    expect(adapter.data.get(`${PROGRESS_KEY}.backup.v2`)).toBe(releasedEntry);
  });

  it('does not load the card ids for progress of the current format', async () => {
    const { store, adapter, loadCardIds } = storeOn();
    await hydrated(store);
    await store.getState().recordAnswer({
      cardId: SUCCESSOR,
      outcome: { kind: 'correct' },
      source: 'review',
    });
    const second = storeOn(adapter);
    await hydrated(second.store);
    expect(loadCardIds).not.toHaveBeenCalled();
    expect(second.loadCardIds).not.toHaveBeenCalled();
  });

  it('upgrades what an earlier version saved after this tab started, before merging with it', async () => {
    const { store, adapter, loadCardIds } = storeOn();
    await hydrated(store);
    // The released version, open in another tab, saves to storage this tab found empty.
    adapter.data.set(PROGRESS_KEY, releasedEntry);
    await store.getState().recordAnswer({
      cardId: 'fact-choice:b',
      outcome: { kind: 'correct' },
      source: 'review',
    });
    expect(loadCardIds).toHaveBeenCalledTimes(1);
    expect(store.getState().storageStatus).toBe('ok');
    expect(storedProgress(adapter).version).toBe(PROGRESS_SCHEMA_VERSION);
    expect(Object.keys(storedProgress(adapter).state.cards as object).sort()).toEqual([
      SUCCESSOR,
      'fact-choice:b',
      ORPHAN,
    ]);
  });

  it('upgrades an imported export file of the released version', async () => {
    const { store, loadCardIds } = storeOn();
    await hydrated(store);
    const text = exportProgress(released as unknown as Progress, T0).replace(
      `"schemaVersion":${PROGRESS_SCHEMA_VERSION},`,
      '"schemaVersion":2,',
    );
    const preview = await store.getState().previewImport(text);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.imported.fromVersion).toBe(2);
    expect(preview.value.imported.progress.cards).toEqual({ [SUCCESSOR]: state, [ORPHAN]: state });
    expect(loadCardIds).toHaveBeenCalledTimes(1);
  });

  it('keeps the saved progress aside, writing nothing, when the card ids cannot be loaded', async () => {
    const adapter = createMemoryAdapter([[PROGRESS_KEY, releasedEntry]]);
    const store = createAppStore({
      adapter,
      clock: manualClock(),
      requestPersistence: async () => true,
      loadCardIds: () => Promise.reject(new Error('offline')),
    });
    await hydrated(store);
    expect(store.getState().storageStatus).toBe('unreadable');
    expect(store.getState().loadError?.message).toMatch(/earlier version.*offline.*Reload/);
    await store.getState().recordAnswer({
      cardId: SUCCESSOR,
      outcome: { kind: 'correct' },
      source: 'review',
    });
    expect(adapter.data.get(PROGRESS_KEY)).toBe(releasedEntry);
  });
});
