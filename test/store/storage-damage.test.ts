import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRESS_SCHEMA_VERSION } from '../../src/domain/progress/progress';
import { PROGRESS_KEY } from '../../src/store/app-store';
import { createMemoryAdapter, type StorageAdapter } from '../../src/store/storage-adapter';
import type { Answer } from '../../src/domain/srs/scheduler';
import { failingAdapter, hydrated, makeStore, storedProgress } from './helpers';

const ANSWER: Answer = { cardId: 'card-1', outcome: { kind: 'correct' }, source: 'review' };
const UNREADABLE = `${PROGRESS_KEY}.unreadable.`;
const v1Fixture = JSON.parse(
  readFileSync(new URL('../fixtures/progress/v1-progress.json', import.meta.url), 'utf8'),
) as unknown;

const DAMAGED: readonly (readonly [string, unknown])[] = [
  ['text that is not JSON', '{"state": {"settings": '],
  ['a value that is not text', 42],
  ['wrong types', JSON.stringify({ state: { schemaVersion: 3, settings: 'dark' }, version: 3 })],
  ['a forbidden key', '{"state":{"__proto__":{"polluted":true}},"version":2}'],
  ['a newer version', JSON.stringify({ state: {}, version: 99 })],
];

function keysWith(adapter: ReturnType<typeof createMemoryAdapter>, prefix: string): string[] {
  return [...adapter.data.keys()].filter((k) => k.startsWith(prefix));
}

describe.each(DAMAGED)('stored progress with %s', (_label, raw) => {
  it('still starts, says so, and keeps a copy aside', async () => {
    const adapter = createMemoryAdapter([[PROGRESS_KEY, raw]]);
    const store = await hydrated(makeStore(adapter));
    const state = store.getState();
    expect(state.storageStatus).toBe('unreadable');
    expect(state.loadError?.message.length).toBeGreaterThan(10);
    expect(state.cards).toEqual({});
    const copies = keysWith(adapter, UNREADABLE);
    expect(copies).toHaveLength(1);
    expect(adapter.data.get(copies[0] ?? '')).toEqual(raw);
    expect(await state.listUnreadableCopies()).toEqual(copies);
    expect(await state.readUnreadableCopy()).toBe(
      typeof raw === 'string' ? raw : JSON.stringify(raw),
    );
  });

  it('does not overwrite it without consent, then starts fresh when asked', async () => {
    const adapter = createMemoryAdapter([[PROGRESS_KEY, raw]]);
    const store = await hydrated(makeStore(adapter));
    expect(await store.getState().recordAnswer(ANSWER)).toEqual({
      kind: 'not-saved',
      status: 'unreadable',
    });
    expect(adapter.data.get(PROGRESS_KEY)).toEqual(raw);
    expect(await store.getState().startFresh()).toEqual({ kind: 'saved' });
    expect(store.getState().storageStatus).toBe('ok');
    expect(storedProgress(adapter).version).toBe(PROGRESS_SCHEMA_VERSION);
    expect(keysWith(adapter, UNREADABLE)).toHaveLength(1);
    expect((await hydrated(makeStore(adapter))).getState().storageStatus).toBe('ok');
  });
});

describe('storage failures', () => {
  it('keeps the original in place when the copy cannot be written either', async () => {
    const failing = failingAdapter('QuotaExceededError');
    failing.data.set(PROGRESS_KEY, 'garbage');
    const store = await hydrated(makeStore(failing.adapter));
    expect(store.getState().storageStatus).toBe('unreadable');
    expect(failing.data.get(PROGRESS_KEY)).toBe('garbage');
    expect(await store.getState().readUnreadableCopy()).toBe('garbage');
  });

  it('reports a full disk instead of failing silently, and recovers', async () => {
    const failing = failingAdapter('QuotaExceededError');
    const store = await hydrated(makeStore(failing.adapter));
    expect(await store.getState().recordAnswer(ANSWER)).toEqual({
      kind: 'not-saved',
      status: 'quota-exceeded',
    });
    expect(store.getState().storageStatus).toBe('quota-exceeded');
    expect(store.getState().cards['card-1']).toBeDefined();
    failing.recover();
    expect(await store.getState().recordAnswer({ ...ANSWER, cardId: 'card-2' })).toEqual({
      kind: 'saved',
    });
    expect(store.getState().storageStatus).toBe('ok');
    expect(Object.keys(storedProgress(failing).state.cards as object)).toEqual([
      'card-1',
      'card-2',
    ]);
  });

  it('works in memory when storage cannot be opened, writing nothing', async () => {
    const writes: string[] = [];
    const broken: StorageAdapter = {
      get: async () => {
        throw Object.assign(new Error('blocked'), { name: 'InvalidStateError' });
      },
      set: async (key) => {
        writes.push(key);
      },
      update: async (key) => {
        writes.push(key);
      },
      del: async () => undefined,
      keys: async () => [],
    };
    const store = await hydrated(makeStore(broken));
    expect(store.getState().storageStatus).toBe('unavailable');
    expect(await store.getState().recordAnswer(ANSWER)).toEqual({
      kind: 'not-saved',
      status: 'unavailable',
    });
    expect(store.getState().cards['card-1']).toBeDefined();
    expect(writes).toEqual([]);
  });

  it('migrates version 1 progress on start, keeping the original as a backup', async () => {
    const raw = JSON.stringify({ state: v1Fixture, version: 1 });
    const adapter = createMemoryAdapter([[PROGRESS_KEY, raw]]);
    const store = await hydrated(makeStore(adapter));
    expect(store.getState().storageStatus).toBe('ok');
    expect(store.getState().settings.desiredRetention).toBe(0.85);
    expect(Object.keys(store.getState().cards)).toHaveLength(3);
    expect(adapter.data.get(`${PROGRESS_KEY}.backup.v1`)).toBe(raw);
    await store.getState().flush();
    expect(storedProgress(adapter).version).toBe(PROGRESS_SCHEMA_VERSION);
    expect(storedProgress(adapter).state.settings).toEqual(store.getState().settings);
  });
});

describe('damage fuzzing', () => {
  it('starts from any stored value without throwing and never loses it', async () => {
    const stored = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((state) => JSON.stringify({ state, version: 2 })),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(stored, async (raw) => {
        const adapter = createMemoryAdapter([[PROGRESS_KEY, raw]]);
        const store = await hydrated(makeStore(adapter));
        expect(['ok', 'unreadable']).toContain(store.getState().storageStatus);
        if (store.getState().storageStatus === 'unreadable') {
          await store.getState().recordAnswer(ANSWER);
          expect(adapter.data.get(PROGRESS_KEY)).toBe(raw);
          expect(adapter.data.get(keysWith(adapter, UNREADABLE)[0] ?? '')).toBe(raw);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('leaves state and storage untouched when an import is rejected', async () => {
    const adapter = createMemoryAdapter();
    const store = await hydrated(makeStore(adapter));
    await store.getState().recordAnswer(ANSWER);
    const before = store.getState();
    const storedBefore = adapter.data.get(PROGRESS_KEY);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })),
        async (text) => {
          expect((await store.getState().previewImport(text)).ok).toBe(false);
          expect(store.getState()).toBe(before);
          expect(adapter.data.get(PROGRESS_KEY)).toBe(storedBefore);
        },
      ),
      { numRuns: 300 },
    );
  });
});
