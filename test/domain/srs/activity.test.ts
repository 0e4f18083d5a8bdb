import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeActivity,
  computeRetentionByDay,
  describeLevels,
  levelOf,
  weekdayOf,
  type HeatmapCell,
} from '../../../src/domain/srs/activity';
import {
  dayKey,
  dayKeyFromNumber,
  dayNumberFromKey,
  localDayNumber,
} from '../../../src/domain/srs/day-key';
import type { DayActivity } from '../../../src/domain/srs/review-log';
import { DAY, HOUR, T0 } from './helpers';

const act = (answers: number, again = 0): DayActivity => ({ answers, again, introduced: 0 });

const days = (entries: Readonly<Record<string, DayActivity>>) => entries;

type DayCell = Extract<HeatmapCell, { kind: 'day' }>;
const dayCells = (weeks: ReturnType<typeof computeActivity>['weeks']): DayCell[] =>
  weeks.flatMap((w) => w.cells.filter((c): c is DayCell => c.kind === 'day'));

/** A review log's days: up to 40 days within a year before T0, with answers and some Agains. */
const logDays = fc
  .array(
    fc.record({
      back: fc.integer({ min: -3, max: 400 }),
      answers: fc.integer({ min: 1, max: 300 }),
      againShare: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 40 },
  )
  .map((list) => {
    const today = localDayNumber(T0, 0);
    const out: Record<string, DayActivity> = {};
    for (const { back, answers, againShare } of list)
      out[dayKeyFromNumber(today - back)] = act(answers, Math.floor(answers * againShare));
    return out;
  });

describe('weekdayOf', () => {
  it('counts Monday as 0 and Sunday as 6', () => {
    expect(weekdayOf(localDayNumber(T0, 0))).toBe(0); // 2025-03-03, a Monday
    expect(weekdayOf(localDayNumber(T0 - DAY, 0))).toBe(6);
    expect(weekdayOf(0)).toBe(3); // 1970-01-01, a Thursday
    expect(weekdayOf(-1)).toBe(2);
  });
});

describe('computeActivity', () => {
  it('lays out 26 weeks of 7 days, Monday first, ending with the current week', () => {
    const heatmap = computeActivity({}, T0 + 2 * DAY, 0); // Wednesday
    expect(heatmap.weeks).toHaveLength(26);
    expect(heatmap.weeks.every((w) => w.cells.length === 7)).toBe(true);
    const last = heatmap.weeks.at(-1);
    expect(last?.start).toBe('2025-03-03');
    expect(last?.cells.map((c) => c.kind)).toEqual([
      'day',
      'day',
      'day',
      'after-today',
      'after-today',
      'after-today',
      'after-today',
    ]);
    expect(heatmap.weeks[0]?.start).toBe('2024-09-09');
    expect(heatmap).toMatchObject({ total: 0, activeDays: 0, max: 0, busiest: null, levels: [] });
  });

  it('files answers under the learner’s local day, not the UTC day', () => {
    // 2025-03-03 23:30 UTC is already 2025-03-04 in Berlin (+60 min).
    const at = Date.UTC(2025, 2, 3, 23, 30);
    const heatmap = computeActivity(days({ '2025-03-04': act(5), '2025-03-03': act(2) }), at, 60);
    const cells = dayCells(heatmap.weeks);
    expect(cells.at(-1)).toEqual({ kind: 'day', day: '2025-03-04', answers: 5, level: 4 });
    expect(cells.at(-2)).toEqual({ kind: 'day', day: '2025-03-03', answers: 2, level: 2 });
    expect(dayKey(at, 60)).toBe('2025-03-04');
  });

  it('leaves out days before the window, after today and keys that are not days', () => {
    const heatmap = computeActivity(
      days({
        '2024-09-08': act(9),
        '2025-03-04': act(9),
        'not-a-day': act(9),
        '2025-03-03': act(1),
      }),
      T0,
      0,
    );
    expect(heatmap.total).toBe(1);
    expect(heatmap.busiest).toEqual({ day: '2025-03-03', answers: 1 });
  });

  it('names the earliest busiest day and summarises the window', () => {
    const heatmap = computeActivity(
      days({ '2025-02-01': act(12), '2025-02-10': act(12), '2025-03-01': act(3) }),
      T0,
      0,
    );
    expect(heatmap).toMatchObject({ total: 27, activeDays: 3, max: 12 });
    expect(heatmap.busiest).toEqual({ day: '2025-02-01', answers: 12 });
  });

  it('has cells that sum to the answers of the days in the window, one cell per day', () => {
    fc.assert(
      fc.property(
        logDays,
        fc.integer({ min: 0, max: 6 * 24 }),
        fc.integer({ min: -720, max: 840 }),
        (log, hours, offset) => {
          const now = T0 + hours * HOUR;
          const heatmap = computeActivity(log, now, offset);
          const cells = dayCells(heatmap.weeks);
          const today = localDayNumber(now, offset);
          const first = dayNumberFromKey(cells[0]?.day ?? '') ?? NaN;
          expect(cells.at(-1)?.day).toBe(dayKeyFromNumber(today));
          expect(weekdayOf(first)).toBe(0);
          cells.forEach((c, i) => expect(c.day).toBe(dayKeyFromNumber(first + i)));
          const inWindow = Object.entries(log)
            .filter(([key]) => {
              const n = dayNumberFromKey(key) ?? NaN;
              return n >= first && n <= today;
            })
            .reduce((sum, [, a]) => sum + a.answers, 0);
          expect(cells.reduce((sum, c) => sum + c.answers, 0)).toBe(inWindow);
          expect(heatmap.total).toBe(inWindow);
        },
      ),
    );
  });

  it('shades every day within the range its legend entry states', () => {
    fc.assert(
      fc.property(logDays, (log) => {
        const heatmap = computeActivity(log, T0, 0);
        for (const cell of dayCells(heatmap.weeks)) {
          if (cell.answers === 0) {
            expect(cell.level).toBe(0);
            continue;
          }
          const range = heatmap.levels.find((l) => l.level === cell.level);
          expect(range).toBeDefined();
          expect(cell.answers).toBeGreaterThanOrEqual(range?.min ?? Infinity);
          expect(cell.answers).toBeLessThanOrEqual(range?.max ?? -Infinity);
        }
      }),
    );
  });
});

describe('levelOf and describeLevels', () => {
  it('splits 1 to the busiest day into four contiguous ranges, leaving out empty ones', () => {
    expect(describeLevels(8)).toEqual([
      { level: 1, min: 1, max: 2 },
      { level: 2, min: 3, max: 4 },
      { level: 3, min: 5, max: 6 },
      { level: 4, min: 7, max: 8 },
    ]);
    expect(describeLevels(2)).toEqual([
      { level: 2, min: 1, max: 1 },
      { level: 4, min: 2, max: 2 },
    ]);
    expect(describeLevels(0)).toEqual([]);
    expect(levelOf(0, 8)).toBe(0);
    expect(levelOf(8, 8)).toBe(4);
  });

  it('covers every count from 1 to the maximum exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (max) => {
        const levels = describeLevels(max);
        expect(levels[0]?.min).toBe(1);
        expect(levels.at(-1)?.max).toBe(max);
        levels.slice(1).forEach((l, i) => expect(l.min).toBe((levels[i]?.max ?? 0) + 1));
      }),
    );
  });
});

describe('computeRetentionByDay', () => {
  it('gives each of the last 30 local days its share of answers not graded Again', () => {
    const series = computeRetentionByDay(
      days({ '2025-03-03': act(10, 2), '2025-02-02': act(4, 1), '2025-02-01': act(50, 50) }),
      T0,
      0,
    );
    expect(series.days).toHaveLength(30);
    expect(series.days[0]?.day).toBe('2025-02-02');
    expect(series.days.at(-1)).toEqual({ day: '2025-03-03', answers: 10, recalled: 8, share: 0.8 });
    expect(series.days[0]).toEqual({ day: '2025-02-02', answers: 4, recalled: 3, share: 0.75 });
    expect(series.days[1]).toEqual({ day: '2025-02-03', answers: 0, recalled: 0, share: null });
    expect(series).toMatchObject({ answers: 14, recalled: 11, share: 11 / 14 });
  });

  it('has no share without answers', () => {
    expect(computeRetentionByDay({}, T0, 0)).toMatchObject({
      answers: 0,
      recalled: 0,
      share: null,
    });
  });

  it('keeps every share between 0 and 1 and the totals equal to the sum of the days', () => {
    fc.assert(
      fc.property(logDays, fc.integer({ min: 1, max: 60 }), (log, span) => {
        const series = computeRetentionByDay(log, T0, 0, span);
        expect(series.days).toHaveLength(span);
        for (const d of series.days) {
          expect(d.recalled).toBeLessThanOrEqual(d.answers);
          if (d.share !== null) expect(d.share).toBeGreaterThanOrEqual(0);
          if (d.share !== null) expect(d.share).toBeLessThanOrEqual(1);
        }
        expect(series.answers).toBe(series.days.reduce((s, d) => s + d.answers, 0));
        expect(series.recalled).toBe(series.days.reduce((s, d) => s + d.recalled, 0));
      }),
    );
  });
});
