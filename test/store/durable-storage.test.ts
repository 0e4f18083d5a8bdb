import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/domain/srs/scheduler';
import { createMemoryAdapter } from '../../src/store/storage-adapter';
import { readStoredForMerge } from '../../src/store/merge-on-write';
import type * as MergeOnWrite from '../../src/store/merge-on-write';
import { hydrated, makeStore, manualClock, storedProgress } from './helpers';

vi.mock('../../src/store/merge-on-write', async (importOriginal) => {
  const actual = await importOriginal<typeof MergeOnWrite>();
  return { ...actual, readStoredForMerge: vi.fn(actual.readStoredForMerge) };
});

const answer = (cardId: string): Answer => ({
  cardId,
  outcome: { kind: 'correct' },
  source: 'review',
});

describe('saving progress', () => {
  it('decodes what is stored only when another tab has written since', async () => {
    const adapter = createMemoryAdapter();
    const clock = manualClock();
    const a = await hydrated(makeStore(adapter, clock));
    const decode = vi.mocked(readStoredForMerge);
    await a.getState().recordAnswer(answer('card-1'));
    decode.mockClear();

    clock.advance(1_000);
    await a.getState().recordAnswer(answer('card-2'));
    clock.advance(1_000);
    await a.getState().recordAnswer(answer('card-3'));
    expect(decode).not.toHaveBeenCalled();

    const b = await hydrated(makeStore(adapter, clock));
    clock.advance(1_000);
    await b.getState().recordAnswer(answer('card-4'));
    clock.advance(1_000);
    await a.getState().recordAnswer(answer('card-5'));
    expect(decode).toHaveBeenCalledTimes(1);
    const cards = Object.keys(storedProgress(adapter).state.cards as object).sort();
    expect(cards).toEqual(['card-1', 'card-2', 'card-3', 'card-4', 'card-5']);
  });
});
