import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopicId } from '../../../content/schema';
import type { CardStates, CatalogCard } from '../../../src/domain/srs/card-state';
import { startOfLocalDay } from '../../../src/domain/srs/day-key';
import { buildQueue } from '../../../src/domain/srs/queue';
import { DAY, HOUR, makeCard, T0 } from './helpers';

const DAY_START = startOfLocalDay(T0, 0);
const TOPICS: readonly TopicId[] = ['triggers', 'concurrency', 'cold-starts', 'layers'];

function catalogOf(perTopic: number, topics: readonly TopicId[] = TOPICS): CatalogCard[] {
  return topics.flatMap((topic) =>
    Array.from({ length: perTopic }, (_, i) => ({ cardId: `${topic}#${i}`, topic })),
  );
}

describe('buildQueue', () => {
  it('puts due learning cards first, then due reviews most overdue first, then new, then learn-ahead', () => {
    const catalog = catalogOf(3);
    const cards: CardStates = {
      'triggers#0': makeCard({ phase: 'review', due: T0 - 1 * DAY }),
      'triggers#1': makeCard({ phase: 'review', due: T0 - 3 * DAY }),
      'concurrency#0': makeCard({ phase: 'learning', due: T0 - HOUR }),
      'concurrency#1': makeCard({ phase: 'relearning', due: T0 - 2 * HOUR }),
      'concurrency#2': makeCard({ phase: 'learning', due: T0 + 5 * 60_000 }),
      'layers#0': makeCard({ phase: 'review', due: T0 + 3 * DAY }),
    };
    const queue = buildQueue(catalog, cards, T0, { newCardsPerDay: 2 }, DAY_START, 1);
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([
      ['concurrency#1', 'learning'],
      ['concurrency#0', 'learning'],
      ['triggers#1', 'review'],
      ['triggers#0', 'review'],
      [queue.items[4]?.cardId, 'new'],
      [queue.items[5]?.cardId, 'new'],
      ['concurrency#2', 'learning'],
    ]);
    expect(queue.counts).toEqual({ learning: 3, review: 2, new: 2 });
  });

  it('counts a review card as due for the whole local day, not from the minute it was set', () => {
    const catalog = catalogOf(2, ['triggers']);
    const cards: CardStates = {
      'triggers#0': makeCard({ due: DAY_START + DAY - 1 }),
      'triggers#1': makeCard({ due: DAY_START + DAY }),
    };
    const queue = buildQueue(catalog, cards, T0, { newCardsPerDay: 0 }, DAY_START, 1);
    expect(queue.items.map((i) => i.cardId)).toEqual(['triggers#0']);
  });

  it('leaves learning cards that are not due within the learn-ahead window for later', () => {
    const catalog = catalogOf(2, ['triggers']);
    const cards: CardStates = {
      'triggers#0': makeCard({ phase: 'learning', due: T0 + 10 * 60_000 }),
      'triggers#1': makeCard({ phase: 'learning', due: T0 + 30 * 60_000 }),
    };
    const queue = buildQueue(
      catalog,
      cards,
      T0,
      { newCardsPerDay: 0, learnAheadMinutes: 20 },
      DAY_START,
      1,
    );
    expect(queue.items.map((i) => i.cardId)).toEqual(['triggers#0']);
  });

  it('counts as introduced today only cards first answered during the local day', () => {
    const catalog = catalogOf(4, ['triggers']);
    const firstReviews = [DAY_START - 1, DAY_START, DAY_START + DAY - 1, DAY_START + DAY];
    const cards: CardStates = Object.fromEntries(
      firstReviews.map((firstReview, i) => [
        `triggers#${i}`,
        makeCard({ firstReview, due: T0 + 2 * DAY }),
      ]),
    );
    expect(
      buildQueue(catalog, cards, T0, { newCardsPerDay: 20 }, DAY_START, 1).introducedToday,
    ).toBe(2);
  });

  it('introduces only what is left of the daily new-card limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 12 }),
        (limit, introduced) => {
          const catalog = catalogOf(10);
          const cards: Record<string, ReturnType<typeof makeCard>> = {};
          for (const { cardId } of catalog.slice(0, introduced)) {
            cards[cardId] = makeCard({ phase: 'learning', firstReview: T0 - HOUR, due: T0 + DAY });
          }
          const queue = buildQueue(catalog, cards, T0, { newCardsPerDay: limit }, DAY_START, 7);
          expect(queue.introducedToday).toBe(introduced);
          expect(queue.counts.new).toBe(
            Math.max(0, Math.min(limit - introduced, catalog.length - introduced)),
          );
        },
      ),
    );
  });

  it('interleaves new cards across topics', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 40 }), (seed, limit) => {
        const queue = buildQueue(catalogOf(10), {}, T0, { newCardsPerDay: limit }, DAY_START, seed);
        const topics = queue.items.map((i) => i.topic);
        // Every full round shows each topic once, in catalog order.
        topics.forEach((topic, i) => expect(topic).toBe(TOPICS[i % TOPICS.length]));
      }),
    );
  });

  it('orders new cards within a topic by the seed, and keeps that order as cards are answered', () => {
    const catalog = catalogOf(12, ['triggers']);
    const order = (seed: number, cat = catalog) =>
      buildQueue(cat, {}, T0, { newCardsPerDay: 200 }, DAY_START, seed).items.map((i) => i.cardId);
    expect(order(1)).toEqual(order(1));
    expect(order(1)).not.toEqual(order(2));
    const [first, ...rest] = order(1);
    expect(
      order(
        1,
        catalog.filter((c) => c.cardId !== first),
      ),
    ).toEqual(rest);
  });

  it('ignores cards that are no longer in the catalog and duplicate catalog entries', () => {
    const catalog = [...catalogOf(1, ['triggers']), ...catalogOf(1, ['triggers'])];
    const cards: CardStates = { 'gone#1': makeCard({ due: T0 - DAY }) };
    const queue = buildQueue(catalog, cards, T0, { newCardsPerDay: 20 }, DAY_START, 1);
    expect(queue.items).toEqual([{ cardId: 'triggers#0', topic: 'triggers', kind: 'new' }]);
  });
});
