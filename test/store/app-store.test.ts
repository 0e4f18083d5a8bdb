import { describe, expect, it, vi } from 'vitest';
import type { AttemptSummary } from '../../src/domain/progress/progress';
import type { Answer } from '../../src/domain/srs/scheduler';
import { PROGRESS_KEY } from '../../src/store/app-store';
import { createMemoryAdapter } from '../../src/store/storage-adapter';
import { gatedAdapter, hydrated, makeStore, manualClock, storedProgress, T0 } from './helpers';

const answer = (cardId: string, right = true): Answer => ({
  cardId,
  outcome: right ? { kind: 'correct' } : { kind: 'wrong' },
  source: 'review',
});

describe('app store', () => {
  it('starts with default settings and no progress when storage is empty', async () => {
    const store = await hydrated(makeStore());
    const state = store.getState();
    expect(state.storageStatus).toBe('ok');
    expect(state.settings).toMatchObject({
      targetExam: null,
      desiredRetention: 0.9,
      newCardsPerDay: 20,
      theme: 'system',
    });
    expect(state.cards).toEqual({});
  });

  it('resolves recordAnswer only after the answer is written to storage', async () => {
    const gated = gatedAdapter();
    const store = await hydrated(makeStore(gated.adapter));
    let done = false;
    const saving = store
      .getState()
      .recordAnswer(answer('card-1'))
      .then((result) => {
        done = true;
        return result;
      });
    await vi.waitFor(() => expect(gated.pending()).toBe(1));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(gated.data.get(PROGRESS_KEY)).toBeUndefined();
    gated.releaseAll();
    expect(await saving).toEqual({ kind: 'saved' });
    expect(String(gated.data.get(PROGRESS_KEY))).toContain('card-1');
  });

  it('writes in order, so a slow earlier write never overwrites a later answer', async () => {
    const inner = createMemoryAdapter();
    let delay = 30;
    const slowFirst = {
      ...inner,
      set: async (key: string, value: unknown) => {
        // Each write is faster than the one before: unordered writes would land newest-first.
        await new Promise((resolve) => setTimeout(resolve, (delay = Math.max(0, delay - 10))));
        await inner.set(key, value);
      },
      update: async (key: string, updater: (current: unknown) => unknown) => {
        await new Promise((resolve) => setTimeout(resolve, (delay = Math.max(0, delay - 10))));
        await inner.update(key, updater);
      },
    };
    const store = await hydrated(makeStore(slowFirst));
    const saves = ['a', 'b', 'c'].map((id) => store.getState().recordAnswer(answer(id)));
    expect(await Promise.all(saves)).toEqual([
      { kind: 'saved' },
      { kind: 'saved' },
      { kind: 'saved' },
    ]);
    expect(Object.keys(storedProgress(inner).state.cards as object).sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('keeps answers across a reload', async () => {
    const adapter = createMemoryAdapter();
    const clock = manualClock();
    const first = await hydrated(makeStore(adapter, clock));
    for (let i = 0; i < 10; i++) {
      await first.getState().recordAnswer(answer(`card-${i}`, i % 3 !== 0));
      clock.advance(20_000);
    }
    const reloaded = await hydrated(makeStore(adapter, clock));
    expect(reloaded.getState().cards).toEqual(first.getState().cards);
    expect(reloaded.getState().reviewLog).toEqual(first.getState().reviewLog);
    expect(Object.keys(reloaded.getState().cards)).toHaveLength(10);
  });

  it('undoes the last answer and saves the undo', async () => {
    const adapter = createMemoryAdapter();
    const store = await hydrated(makeStore(adapter));
    await store.getState().recordAnswer(answer('a'));
    const before = store.getState().cards;
    await store.getState().recordAnswer(answer('a', false));
    const { undone, save } = await store.getState().undoLastReview();
    expect(undone?.entry.cardId).toBe('a');
    expect(save).toEqual({ kind: 'saved' });
    expect(store.getState().cards).toEqual(before);
    expect((await hydrated(makeStore(adapter))).getState().cards).toEqual(before);
  });

  it('asks for persistent storage once, after the first saved answer', async () => {
    const ask = vi.fn(async () => true);
    const store = await hydrated(makeStore(createMemoryAdapter(), manualClock(), ask));
    expect(ask).not.toHaveBeenCalled();
    await store.getState().recordAnswer(answer('a'));
    await store.getState().recordAnswer(answer('b'));
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('files an exam with its answers applied to the same cards', async () => {
    const store = await hydrated(makeStore());
    await store
      .getState()
      .recordAnswer({ cardId: 'shared', outcome: { kind: 'correct' }, source: 'quiz' });
    const attempt: AttemptSummary = {
      id: 'exam-1',
      kind: 'exam',
      examCode: 'DVA-C02',
      startedAt: T0,
      finishedAt: T0 + 3_600_000,
      total: 2,
      correct: 1,
      byTopic: { triggers: { total: 2, correct: 1 } },
      byDomain: { 'dva-1': { total: 2, correct: 1 } },
      scaledScore: 610,
    };
    const save = await store.getState().recordAttempt(attempt, [
      { cardId: 'shared', outcome: { kind: 'wrong' }, source: 'exam' },
      { cardId: 'other', outcome: { kind: 'correct' }, source: 'exam' },
    ]);
    expect(save).toEqual({ kind: 'saved' });
    const state = store.getState();
    expect(state.attempts).toEqual([attempt]);
    expect(state.cards.shared?.reps).toBe(2);
    expect(state.reviewLog.recent.map((e) => e.source)).toEqual(['quiz', 'exam', 'exam']);
  });

  it('clamps and saves settings', async () => {
    const adapter = createMemoryAdapter();
    const store = await hydrated(makeStore(adapter));
    await store
      .getState()
      .updateSettings({ desiredRetention: 0.5, newCardsPerDay: 35, targetExam: 'SAP-C02' });
    expect(store.getState().settings).toMatchObject({
      desiredRetention: 0.7,
      newCardsPerDay: 35,
      targetExam: 'SAP-C02',
    });
    expect(storedProgress(adapter).state.settings).toEqual(store.getState().settings);
  });

  it('saves the active exam as a JSON copy and refuses what could not be read back', async () => {
    const adapter = createMemoryAdapter();
    const store = await hydrated(makeStore(adapter));
    const exam = { id: 'e1', deadline: T0 + 1000, answers: { q1: [0, 2] } };
    await store.getState().setActiveExam(exam);
    expect(store.getState().activeExam).toEqual(exam);
    expect(store.getState().activeExam).not.toBe(exam);
    expect((await hydrated(makeStore(adapter))).getState().activeExam).toEqual(exam);
    const hostile = JSON.parse('{"answers":{"constructor":1}}') as Record<string, unknown>;
    await expect(store.getState().setActiveExam(hostile)).rejects.toThrow(TypeError);
    await store.getState().setActiveExam(null);
    expect(store.getState().activeExam).toBeNull();
  });

  it('exports, previews and applies an import', async () => {
    const source = await hydrated(makeStore());
    await source.getState().recordAnswer(answer('from-file'));
    const text = source.getState().createExport();
    const adapter = createMemoryAdapter();
    const target = await hydrated(makeStore(adapter));
    await target.getState().recordAnswer(answer('on-device'));
    const preview = await target.getState().previewImport(text);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.changes.cards).toEqual({ added: 1, updated: 0, removed: 1, unchanged: 0 });
    expect(Object.keys(target.getState().cards)).toEqual(['on-device']);
    await target.getState().replaceProgress(preview.value.imported.progress);
    expect(Object.keys(target.getState().cards)).toEqual(['from-file']);
    expect(Object.keys(storedProgress(adapter).state.cards as object)).toEqual(['from-file']);
  });

  it('resets learning progress but keeps settings', async () => {
    const store = await hydrated(makeStore());
    await store.getState().updateSettings({ targetExam: 'DVA-C02' });
    await store.getState().recordAnswer(answer('a'));
    await store.getState().resetProgress();
    expect(store.getState().cards).toEqual({});
    expect(store.getState().reviewLog.recent).toEqual([]);
    expect(store.getState().settings.targetExam).toBe('DVA-C02');
  });

  it('waits for the stored progress before recording, so an early answer is not lost', async () => {
    const adapter = createMemoryAdapter();
    const seeded = await hydrated(makeStore(adapter));
    await seeded.getState().recordAnswer(answer('earlier'));
    const store = makeStore(adapter);
    const saving = store.getState().recordAnswer(answer('right-away'));
    expect(await saving).toEqual({ kind: 'saved' });
    expect(Object.keys(store.getState().cards).sort()).toEqual(['earlier', 'right-away']);
  });
});
