import type { TopicId } from '../../../content/schema';
import { deriveSeed } from '../lib/rng';
import type { CardState, CardStates, CatalogCard } from './card-state';
import { DAY_MS } from './day-key';
import { clampNewCardsPerDay } from './srs-settings';

export type QueueKind = 'learning' | 'review' | 'new';

export type QueueItem = Readonly<{ cardId: string; topic: TopicId; kind: QueueKind }>;

/** What is left in the session, for the header. */
export type QueueCounts = Readonly<{ learning: number; review: number; new: number }>;

export type Queue = Readonly<{
  items: readonly QueueItem[];
  counts: QueueCounts;
  /** Catalog cards first answered today (from any screen), already taken off today's limit. */
  introducedToday: number;
}>;

export type QueueSettings = Readonly<{
  /** New cards a day, 0–200 (clamped). */
  newCardsPerDay: number;
  /**
   * Learning cards due within this many minutes are shown at the end rather than making the
   * learner wait for a 1- or 10-minute step. Default 20.
   */
  learnAheadMinutes?: number;
}>;

const DEFAULT_LEARN_AHEAD_MINUTES = 20;

type Dated = Readonly<{ item: QueueItem; due: number }>;

/**
 * The review session: due learning and relearning cards first (earliest due first), then
 * review cards due today (most overdue first), then new cards up to what is left of the
 * daily limit, interleaved across topics, then learning cards due within the learn-ahead
 * window. Review cards are due by local day, not by the minute, so a card scheduled "in
 * 1 day" at 20:00 can be done the next morning.
 * @param now ms epoch.
 * @param dayStart ms epoch at which the learner's local day began (`startOfLocalDay`).
 * @param seed orders new cards within a topic; the order of the remaining cards is stable
 *   as cards are answered, so the queue can be rebuilt after every answer.
 */
export function buildQueue(
  catalog: readonly CatalogCard[],
  cards: CardStates,
  now: number,
  settings: QueueSettings,
  dayStart: number,
  seed: number,
): Queue {
  const learnAheadUntil =
    now + (settings.learnAheadMinutes ?? DEFAULT_LEARN_AHEAD_MINUTES) * 60_000;
  const { learning, ahead, review, fresh, introducedToday } = classify(
    catalog,
    cards,
    now,
    dayStart,
    learnAheadUntil,
  );
  const newLimit = Math.max(0, clampNewCardsPerDay(settings.newCardsPerDay) - introducedToday);
  const newItems = interleaveNew(fresh, seed, newLimit);
  const items = [...byDue(learning), ...byDue(review), ...newItems, ...byDue(ahead)];
  return {
    items,
    counts: {
      learning: learning.length + ahead.length,
      review: review.length,
      new: newItems.length,
    },
    introducedToday,
  };
}

type Buckets = {
  learning: Dated[];
  ahead: Dated[];
  review: Dated[];
  fresh: CatalogCard[];
  introducedToday: number;
};

/** One pass over the catalog (duplicates skipped): which cards are due, new or waiting. */
function classify(
  catalog: readonly CatalogCard[],
  cards: CardStates,
  now: number,
  dayStart: number,
  learnAheadUntil: number,
): Buckets {
  const out: Buckets = { learning: [], ahead: [], review: [], fresh: [], introducedToday: 0 };
  const dayEnd = dayStart + DAY_MS;
  const seen = new Set<string>();
  for (const entry of catalog) {
    if (seen.has(entry.cardId)) continue;
    seen.add(entry.cardId);
    const card = cards[entry.cardId];
    if (card === undefined) {
      out.fresh.push(entry);
      continue;
    }
    if (card.firstReview >= dayStart && card.firstReview < dayEnd) out.introducedToday++;
    if (card.phase === 'review') {
      if (card.due < dayEnd) out.review.push(dated(entry, 'review', card));
    } else if (card.due <= now) out.learning.push(dated(entry, 'learning', card));
    else if (card.due <= learnAheadUntil) out.ahead.push(dated(entry, 'learning', card));
  }
  return out;
}

function dated(entry: CatalogCard, kind: QueueKind, card: CardState): Dated {
  return { item: { cardId: entry.cardId, topic: entry.topic, kind }, due: card.due };
}

function byDue(list: Dated[]): QueueItem[] {
  list.sort((a, b) => a.due - b.due || compareIds(a.item.cardId, b.item.cardId));
  return list.map((d) => d.item);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Up to `limit` new cards, round-robin across topics (topics in catalog order), each topic's
 * cards in a seeded order. The order key is a hash of seed and card id, so removing an answered card
 * does not reshuffle the rest.
 */
function interleaveNew(fresh: readonly CatalogCard[], seed: number, limit: number): QueueItem[] {
  if (limit === 0) return [];
  const byTopic = new Map<TopicId, { key: number; cardId: string }[]>();
  for (const { cardId, topic } of fresh) {
    let list = byTopic.get(topic);
    if (list === undefined) byTopic.set(topic, (list = []));
    list.push({ key: deriveSeed(seed, cardId), cardId });
  }
  const lanes = [...byTopic].map(([topic, list]) => ({
    topic,
    ids: list.sort((a, b) => a.key - b.key || compareIds(a.cardId, b.cardId)).map((x) => x.cardId),
  }));
  const wanted = Math.min(limit, fresh.length);
  const out: QueueItem[] = [];
  for (let round = 0; out.length < wanted; round++) {
    for (const lane of lanes) {
      const cardId = lane.ids[round];
      if (cardId !== undefined && out.length < wanted)
        out.push({ cardId, topic: lane.topic, kind: 'new' });
    }
  }
  return out;
}
