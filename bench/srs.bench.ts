import { bench, describe } from 'vitest';
import type { TopicId } from '../content/schema';
import { createRng } from '../src/domain/lib/rng';
import { PROGRESS_SCHEMA_VERSION } from '../src/domain/progress/progress';
import type { CardState } from '../src/domain/srs/card-state';
import { DAY_MS, startOfLocalDay } from '../src/domain/srs/day-key';
import { buildQueue } from '../src/domain/srs/queue';
import { EMPTY_REVIEW_LOG } from '../src/domain/srs/review-log';
import { previewIntervals, scheduleReview, type SrsState } from '../src/domain/srs/scheduler';
import { createAppStore } from '../src/store/app-store';
import { createMemoryAdapter } from '../src/store/storage-adapter';

const TOPICS: readonly TopicId[] = [
  'triggers',
  'concurrency',
  'cold-starts',
  'event-source-mappings',
  'layers',
  'edge',
  'destinations',
  'key-concepts',
  'checklist',
  'exam-tips',
];
const NOW = Date.UTC(2025, 5, 2, 9);
const SETTINGS = { desiredRetention: 0.9, utcOffsetMinutes: 0 };

/** 10,000 cards over 10 topics; 6,000 already answered, in every phase, some due. */
function makeDeck(count: number) {
  const rng = createRng(7);
  const catalog = Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] ?? 'triggers';
    return { cardId: `table-value:${topic}.sources#row-${i}.attribute`, topic };
  });
  const cards: Record<string, CardState> = {};
  for (const { cardId } of catalog.slice(0, Math.floor(count * 0.6))) {
    const stability = 0.5 + rng.next() * 200;
    // Up to 1.5 × stability ago: about a third of the answered cards are due or overdue.
    const lastReview = NOW - Math.floor(rng.next() * 1.5 * stability * DAY_MS);
    cards[cardId] = {
      phase: rng.pick(['learning', 'review', 'review', 'review', 'relearning'] as const),
      due: lastReview + Math.floor(stability * DAY_MS),
      stability,
      difficulty: 1 + rng.next() * 9,
      scheduledDays: Math.round(stability),
      learningSteps: 0,
      reps: rng.int(1, 30),
      lapses: rng.int(0, 10),
      lastReview,
      firstReview: lastReview - rng.int(0, 90) * DAY_MS,
    };
  }
  return { catalog, cards };
}

const deck = makeDeck(10_000);
const state: SrsState = { cards: deck.cards, reviewLog: EMPTY_REVIEW_LOG };
const dueCard =
  Object.entries(deck.cards).find(([, c]) => c.phase === 'review' && c.due <= NOW)?.[0] ?? '';
const store = createAppStore({
  adapter: createMemoryAdapter([
    [
      'warmstart.progress',
      JSON.stringify({
        state: {
          schemaVersion: PROGRESS_SCHEMA_VERSION,
          settings: {
            targetExam: null,
            desiredRetention: 0.9,
            newCardsPerDay: 20,
            theme: 'system',
          },
          cards: deck.cards,
          reviewLog: EMPTY_REVIEW_LOG,
          attempts: [],
          activeExam: null,
        },
        version: PROGRESS_SCHEMA_VERSION,
      }),
    ],
  ]),
  requestPersistence: async () => false,
});

// The store must really hold the deck, or the write bench would measure a refused write.
await new Promise<void>((resolve) => {
  if (store.getState().hydrated) resolve();
  else store.subscribe((state) => state.hydrated && resolve());
});
if (
  store.getState().storageStatus !== 'ok' ||
  Object.keys(store.getState().cards).length !== 6000
) {
  throw new Error(`bench store not loaded: ${store.getState().storageStatus}`);
}

const small = makeDeck(1_000);
const smallState: SrsState = { cards: small.cards, reviewLog: EMPTY_REVIEW_LOG };
const smallDue =
  Object.entries(small.cards).find(([, c]) => c.phase === 'review' && c.due <= NOW)?.[0] ?? '';

describe('spaced repetition, 1,000 cards', () => {
  bench('grade one card', () => {
    scheduleReview(smallState, smallDue, { kind: 'correct' }, NOW, SETTINGS);
  });
});

describe('spaced repetition, 10,000 cards', () => {
  bench('build the review queue', () => {
    buildQueue(deck.catalog, deck.cards, NOW, { newCardsPerDay: 20 }, startOfLocalDay(NOW, 0), 1);
  });

  bench('grade one card (FSRS + copy of the card record + log)', () => {
    scheduleReview(state, dueCard, { kind: 'correct' }, NOW, SETTINGS);
  });

  bench('preview the four grade intervals', () => {
    previewIntervals(dueCard, deck.cards[dueCard], NOW, SETTINGS);
  });

  bench('record an answer in the store, awaiting the (in-memory) write of the JSON', async () => {
    await store
      .getState()
      .recordAnswer({ cardId: dueCard, outcome: { kind: 'correct' }, source: 'review' });
  });
});
