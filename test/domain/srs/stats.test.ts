import fc from 'fast-check';
import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { CardStates, CatalogCard } from '../../../src/domain/srs/card-state';
import { dayKey, dayKeyFromNumber, localDayNumber } from '../../../src/domain/srs/day-key';
import { scheduleReview } from '../../../src/domain/srs/scheduler';
import {
  computeReadiness,
  computeStreak,
  findLeeches,
  forecastDue,
  isLeech,
  retrievability,
} from '../../../src/domain/srs/stats';
import { DAY, EMPTY, GOOD, HOUR, makeCard, SETTINGS, T0 } from './helpers';

describe('isLeech and findLeeches', () => {
  it('flags a card from its eighth lapse and links it to its topic', () => {
    expect(isLeech(makeCard({ lapses: 7 }))).toBe(false);
    expect(isLeech(makeCard({ lapses: 8 }))).toBe(true);
    expect(isLeech(undefined)).toBe(false);
    const catalog: CatalogCard[] = [
      { cardId: 'a', topic: 'triggers' },
      { cardId: 'b', topic: 'layers' },
      { cardId: 'c', topic: 'edge' },
    ];
    const cards: CardStates = {
      a: makeCard({ lapses: 2 }),
      b: makeCard({ lapses: 9 }),
      gone: makeCard({ lapses: 12 }),
    };
    expect(findLeeches(catalog, cards)).toEqual([{ cardId: 'b', topic: 'layers', lapses: 9 }]);
  });
});

describe('retrievability', () => {
  it('falls as time passes since the last review and is 0 for a card never seen', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 400, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (stability, days) => {
          const card = makeCard({ stability, lastReview: T0 });
          const sooner = retrievability(card, T0 + days * HOUR);
          const later = retrievability(card, T0 + days * DAY);
          expect(later).toBeLessThanOrEqual(sooner);
          expect(sooner).toBeLessThanOrEqual(1);
        },
      ),
    );
    expect(retrievability(undefined, T0)).toBe(0);
  });

  it('is 0.9 when as many days have passed as the stability', () => {
    const card = makeCard({ stability: 10, lastReview: T0 });
    expect(retrievability(card, T0 + 10 * DAY)).toBeCloseTo(0.9, 6);
  });

  it('matches the forgetting curve of ts-fsrs with its default weights', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 36_500, noNaN: true }),
        fc.double({ min: 0, max: 3_650, noNaN: true }),
        (stability, days) => {
          const card = makeCard({ stability, lastReview: T0 });
          const expected = forgetting_curve(default_w, days, stability);
          // ts-fsrs rounds to 8 decimals.
          expect(retrievability(card, T0 + days * DAY)).toBeCloseTo(expected, 7);
        },
      ),
    );
  });
});

describe('computeReadiness', () => {
  it('counts per topic the cards recalled with probability at least 0.9; unseen cards are not ready', () => {
    const catalog: CatalogCard[] = [
      { cardId: 'fresh', topic: 'triggers' },
      { cardId: 'old', topic: 'triggers' },
      { cardId: 'unseen', topic: 'triggers' },
      { cardId: 'x', topic: 'layers' },
    ];
    const fresh = scheduleReview(EMPTY, 'fresh', GOOD, T0 - HOUR, SETTINGS).card;
    const cards: CardStates = {
      fresh,
      old: makeCard({ stability: 2, lastReview: T0 - 30 * DAY }),
      // a card the catalog no longer has counts nowhere
      gone: fresh,
    };
    expect(computeReadiness(catalog, cards, T0)).toEqual([
      { topic: 'triggers', ready: 1, total: 3, share: 1 / 3 },
      { topic: 'layers', ready: 0, total: 1, share: 0 },
    ]);
  });
});

describe('computeStreak', () => {
  const today = 20_000;
  const keys = (...offsets: number[]) => offsets.map((o) => dayKeyFromNumber(today - o));

  it('counts consecutive days up to today', () => {
    expect(computeStreak(keys(0, 1, 2, 4), dayKeyFromNumber(today))).toEqual({
      days: 3,
      activeToday: true,
    });
  });

  it('keeps yesterday’s streak alive on a day without answers yet', () => {
    expect(computeStreak(keys(1, 2), dayKeyFromNumber(today))).toEqual({
      days: 2,
      activeToday: false,
    });
  });

  it('breaks after a whole missed day', () => {
    expect(computeStreak(keys(2, 3, 4), dayKeyFromNumber(today))).toEqual({
      days: 0,
      activeToday: false,
    });
  });

  it('equals the length of any run of days ending today', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.integer({ min: 2, max: 800 })),
        (run, older) => {
          const active = [
            ...Array.from({ length: run }, (_, i) => i),
            ...older.map((o) => o + run),
          ];
          expect(computeStreak(keys(...active), dayKeyFromNumber(today)).days).toBe(run);
        },
      ),
    );
  });
});

describe('forecastDue', () => {
  it('counts cards per local day from tomorrow on, leaving out what is due today', () => {
    const offset = -300;
    const now = Date.UTC(2025, 2, 3, 20); // 15:00 local
    const today = localDayNumber(now, offset);
    const at = (days: number, hour: number) => (today + days) * DAY + hour * HOUR - offset * 60_000;
    const cards: CardStates = {
      overdue: makeCard({ due: at(-2, 9) }),
      tonight: makeCard({ due: at(0, 23) }),
      tomorrowEarly: makeCard({ due: at(1, 0) }),
      tomorrowLate: makeCard({ due: at(1, 23) }),
      inAWeek: makeCard({ due: at(7, 12) }),
      later: makeCard({ due: at(8, 0) }),
    };
    const catalog = Object.keys(cards).map((cardId) => ({ cardId, topic: 'triggers' as const }));
    const forecast = forecastDue(catalog, cards, now, offset);
    expect(forecast).toEqual({ tomorrow: 2, next7Days: 3, byDay: [2, 0, 0, 0, 0, 0, 1] });
    expect(dayKey(at(1, 0), offset)).toBe(dayKeyFromNumber(today + 1));
  });

  it('leaves out states of cards the catalog no longer has', () => {
    const now = Date.UTC(2025, 2, 3, 9);
    const tomorrow = makeCard({ due: now + DAY });
    const cards: CardStates = { kept: tomorrow, gone: tomorrow };
    const catalog = [{ cardId: 'kept', topic: 'triggers' as const }];
    expect(forecastDue(catalog, cards, now, 0).tomorrow).toBe(1);
  });
});
