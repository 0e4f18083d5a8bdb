import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { examProfiles } from '../../../content/exams';
import {
  computeDomainReadiness,
  findWeakestDomain,
  type ExamCatalogCard,
} from '../../../src/domain/srs/domain-readiness';
import type { CardState } from '../../../src/domain/srs/card-state';
import { DAY_MS } from '../../../src/domain/srs/day-key';

const dva = examProfiles[0];
const now = Date.UTC(2026, 11, 3);
const card = (cardId: string, domain: string, style: 'exam' | 'recall' = 'exam'): ExamCatalogCard =>
  ({ cardId, topic: 'triggers', exams: ['DVA-C02'], domains: [domain], style }) as ExamCatalogCard;
const fresh: CardState = {
  phase: 'review',
  due: now + 10 * DAY_MS,
  stability: 30,
  difficulty: 5,
  reps: 3,
  lapses: 0,
  lastReview: now - DAY_MS,
  firstReview: now - 5 * DAY_MS,
  learningSteps: 0,
  scheduledDays: 10,
};

describe('readiness by exam domain', () => {
  it('counts, per domain of the exam, the exam-style cards recalled now, leaving recall cards out', () => {
    const catalog = [
      card('a', 'dva-1'),
      card('b', 'dva-1'),
      card('c', 'dva-2'),
      card('d', 'dva-2', 'recall'),
    ];
    const readiness = computeDomainReadiness(dva, catalog, { a: fresh, d: fresh }, now);
    expect(readiness.map((d) => [d.domain, d.ready, d.practised, d.total])).toEqual([
      ['dva-1', 1, 1, 2],
      ['dva-2', 0, 0, 1],
      ['dva-3', 0, 0, 0],
      ['dva-4', 0, 0, 0],
    ]);
    expect(readiness[0]?.share).toBe(0.5);
  });

  it('names the weakest domain with cards, the heavier one first between equals', () => {
    const readiness = computeDomainReadiness(
      dva,
      [card('a', 'dva-3'), card('b', 'dva-2')],
      {},
      now,
    );
    expect(findWeakestDomain(readiness)?.domain).toBe('dva-2');
    expect(findWeakestDomain([])).toBeUndefined();
  });

  it('never counts more ready or practised cards than a domain has', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ d: fc.constantFrom('dva-1', 'dva-2', 'dva-3', 'dva-4'), seen: fc.boolean() }),
        ),
        (cards) => {
          const catalog = cards.map((c, i) => card(`c${i}`, c.d));
          const states = Object.fromEntries(
            cards.flatMap((c, i) => (c.seen ? [[`c${i}`, fresh]] : [])),
          );
          for (const d of computeDomainReadiness(dva, catalog, states, now)) {
            expect(d.ready).toBeLessThanOrEqual(d.practised);
            expect(d.practised).toBeLessThanOrEqual(d.total);
            expect(d.share).toBeGreaterThanOrEqual(0);
            expect(d.share).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});
