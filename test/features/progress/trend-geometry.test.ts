import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../../src/domain/exam/attempt-history';
import {
  CHART,
  linePath,
  placeExamPoints,
  yOf,
} from '../../../src/features/progress/trend-geometry';

const row = (
  id: string,
  finishedAt: number,
  percent: number,
  kind: 'exam' | 'quiz' = 'exam',
): HistoryRow => ({
  id,
  kind,
  examCode: kind === 'exam' ? 'DVA-C02' : null,
  finishedAt,
  total: 10,
  correct: percent / 10,
  percent,
  timeUsed: 0,
  fullLength: false,
  passed: null,
  scaledScore: null,
});

describe('score trend geometry', () => {
  it('places exams oldest first, left to right, higher for better scores, and leaves quizzes out', () => {
    const points = placeExamPoints([row('b', 2, 80), row('q', 3, 100, 'quiz'), row('a', 1, 40)]);
    expect(points.map((p) => p.row.id)).toEqual(['a', 'b']);
    expect(points[0]?.x).toBe(CHART.left);
    expect(points[1]?.x).toBe(CHART.width - CHART.right);
    expect(points[1]?.y).toBeLessThan(points[0]?.y ?? 0);
    expect(linePath(points)).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
  });

  it('keeps every point inside the plot', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.double({ min: -50, max: 150, noNaN: true })), {
          maxLength: 40,
        }),
        (xs) => {
          for (const p of placeExamPoints(xs.map(([t, pct], i) => row(`r${i}`, t, pct)))) {
            expect(p.x).toBeGreaterThanOrEqual(CHART.left);
            expect(p.x).toBeLessThanOrEqual(CHART.width - CHART.right);
            expect(p.y).toBeGreaterThanOrEqual(yOf(100));
            expect(p.y).toBeLessThanOrEqual(yOf(0));
          }
        },
      ),
    );
  });
});
