import type { TopicId } from '../../../content/schema';
import type { CardState, CardStates, CatalogCard } from './card-state';
import { DAY_MS, dayNumberFromKey, localDayNumber, type DayKey } from './day-key';

/** Lapses at which a card becomes a leech: it keeps being forgotten, so re-read its topic. */
export const LEECH_LAPSES = 8;

/** Recall probability at which a card counts as ready for the exam. */
export const READY_RETRIEVABILITY = 0.9;

/** True when the card has been forgotten at least `LEECH_LAPSES` (8) times. */
export function isLeech(card: CardState | undefined): boolean {
  return card !== undefined && card.lapses >= LEECH_LAPSES;
}

/** Leeches in catalog order, each with the topic whose Learn section to re-read. */
export function findLeeches(
  catalog: readonly CatalogCard[],
  cards: CardStates,
): readonly Readonly<{ cardId: string; topic: TopicId; lapses: number }>[] {
  return catalog.flatMap(({ cardId, topic }) => {
    const card = cards[cardId];
    return card !== undefined && isLeech(card) ? [{ cardId, topic, lapses: card.lapses }] : [];
  });
}

/**
 * Probability (0–1) of recalling the card at `now`, from the FSRS-6 forgetting curve with
 * fractional elapsed days; 0 for a card never answered.
 * @param now ms epoch.
 */
export function retrievability(card: CardState | undefined, now: number): number {
  if (card === undefined) return 0;
  const elapsedDays = Math.max(0, now - card.lastReview) / DAY_MS;
  return Math.pow(1 + FSRS6_FACTOR * (elapsedDays / card.stability), FSRS6_DECAY);
}

/*
 * FSRS-6's forgetting curve R(t, S) = (1 + factor · t / S)^decay with ts-fsrs's default
 * weights (decay = −w[20] = −0.1542, and factor chosen so that R(S, S) = 0.9). Computed here
 * rather than imported so that Home's first load does not pull in the whole scheduler; a test
 * checks it against ts-fsrs's own `forgetting_curve`.
 */
const FSRS6_DECAY = -0.1542;
const FSRS6_FACTOR = Math.pow(0.9, 1 / FSRS6_DECAY) - 1;

export type TopicReadiness = Readonly<{
  topic: TopicId;
  /** Cards whose recall probability at `now` is at least 0.9. */
  ready: number;
  total: number;
  /** ready / total, 0 for a topic without cards. */
  share: number;
}>;

/**
 * Readiness per topic, in catalog order: the share of its cards the learner would recall
 * now with probability ≥ 0.9. Cards never answered count as not ready.
 * @param now ms epoch.
 */
export function computeReadiness(
  catalog: readonly CatalogCard[],
  cards: CardStates,
  now: number,
): readonly TopicReadiness[] {
  const tally = new Map<TopicId, { ready: number; total: number }>();
  for (const { cardId, topic } of catalog) {
    let t = tally.get(topic);
    if (t === undefined) tally.set(topic, (t = { ready: 0, total: 0 }));
    t.total++;
    if (retrievability(cards[cardId], now) >= READY_RETRIEVABILITY) t.ready++;
  }
  return [...tally].map(([topic, { ready, total }]) => ({
    topic,
    ready,
    total,
    share: total === 0 ? 0 : ready / total,
  }));
}

export type Streak = Readonly<{
  /** Consecutive local days with at least one answer, ending today or, if today has none yet, yesterday. */
  days: number;
  /** Whether today already counts. */
  activeToday: boolean;
}>;

/**
 * The study streak from the days that had answers (keys of the review log's `days`).
 * A streak is still alive during a day without answers yet; it breaks after a whole missed day.
 * @param today the learner's local day (`dayKey(now, offset)`).
 */
export function computeStreak(activeDays: Iterable<DayKey>, today: DayKey): Streak {
  const todayNumber = dayNumberFromKey(today);
  if (todayNumber === null) return { days: 0, activeToday: false };
  const active = new Set<number>();
  for (const key of activeDays) {
    const n = dayNumberFromKey(key);
    if (n !== null) active.add(n);
  }
  const activeToday = active.has(todayNumber);
  let day = activeToday ? todayNumber : todayNumber - 1;
  let days = 0;
  while (active.has(day)) {
    days++;
    day--;
  }
  return { days, activeToday };
}

export type Forecast = Readonly<{
  /** Cards due during tomorrow (local day). */
  tomorrow: number;
  /** Cards due from tomorrow through the 7th day after today. */
  next7Days: number;
  /** Per local day, index 0 = tomorrow, 7 entries. */
  byDay: readonly number[];
}>;

/**
 * How many answered catalog cards come due on each of the next 7 local days (cards due today
 * or overdue are not included: they are today's work; stored states of cards the catalog no
 * longer has are never shown for review, so they are not counted either).
 * @param now ms epoch.
 * @param utcOffsetMinutes local time minus UTC, in minutes.
 */
export function forecastDue(
  catalog: readonly CatalogCard[],
  cards: CardStates,
  now: number,
  utcOffsetMinutes: number,
): Forecast {
  const today = localDayNumber(now, utcOffsetMinutes);
  const byDay = [0, 0, 0, 0, 0, 0, 0];
  for (const card of catalogStates(catalog, cards)) {
    const offset = localDayNumber(card.due, utcOffsetMinutes) - today - 1;
    if (offset >= 0 && offset < byDay.length) byDay[offset] = (byDay[offset] ?? 0) + 1;
  }
  return { tomorrow: byDay[0] ?? 0, next7Days: byDay.reduce((a, b) => a + b, 0), byDay };
}

/** The stored states of the catalog's cards, each card once, in catalog order. */
export function catalogStates(catalog: readonly CatalogCard[], cards: CardStates): CardState[] {
  const seen = new Set<string>();
  const states: CardState[] = [];
  for (const { cardId } of catalog) {
    const card = cards[cardId];
    if (card === undefined || seen.has(cardId)) continue;
    seen.add(cardId);
    states.push(card);
  }
  return states;
}
