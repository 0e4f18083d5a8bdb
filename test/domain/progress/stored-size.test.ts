import { describe, expect, it } from 'vitest';
import type { TopicId } from '../../../content/schema';
import { createRng } from '../../../src/domain/lib/rng';
import { createEmptyProgress } from '../../../src/domain/progress/progress';
import { exportProgress } from '../../../src/domain/progress/transfer';
import { startOfLocalDay } from '../../../src/domain/srs/day-key';
import { buildQueue } from '../../../src/domain/srs/queue';
import { EMPTY_REVIEW_LOG } from '../../../src/domain/srs/review-log';
import { applyAnswers, type Answer, type SrsState } from '../../../src/domain/srs/scheduler';

const TOPICS: readonly TopicId[] = [
  'triggers',
  'concurrency',
  'cold-starts',
  'event-source-mappings',
  'layers',
];

/** Studies `count` cards every day for `days` days (20 new a day, 85 % right) and returns the progress. */
function simulate(count: number, days: number) {
  const catalog = Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] ?? 'triggers';
    return { cardId: `table-value:${topic}.sources#row-${i}.attribute`, topic };
  });
  const rng = createRng(42);
  let state: SrsState = { cards: {}, reviewLog: EMPTY_REVIEW_LOG };
  for (let day = 0; day < days; day++) {
    const now = Date.UTC(2025, 0, 1 + day, 8);
    const queue = buildQueue(
      catalog,
      state.cards,
      now,
      { newCardsPerDay: 20 },
      startOfLocalDay(now, 0),
      day,
    );
    const answers = queue.items.map(({ cardId }): Answer => {
      const outcome =
        rng.next() < 0.15 ? ({ kind: 'wrong' } as const) : ({ kind: 'correct' } as const);
      return { cardId, outcome, source: 'review' };
    });
    state = applyAnswers(state, answers, now, { desiredRetention: 0.9, utcOffsetMinutes: 0 });
  }
  return { ...createEmptyProgress(), ...state };
}

describe('stored size', () => {
  it('keeps 1,000 reviewed cards under 300 KB, with the review log bounded', () => {
    const progress = simulate(1000, 60);
    expect(Object.keys(progress.cards)).toHaveLength(1000);
    const bytes = exportProgress(progress, 0).length;
    expect(bytes).toBeLessThan(300 * 1024);
    // The log holds per-day counts and the last 200 answers, not every answer.
    expect(JSON.stringify(progress.reviewLog).length).toBeLessThan(40 * 1024);
  });
});
