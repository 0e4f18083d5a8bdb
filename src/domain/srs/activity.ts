/**
 * Answers over time, from the review log's per-day counts: the activity heatmap (one cell per
 * local day) and the share of answers not graded Again, day by day.
 */
import { dayKeyFromNumber, dayNumberFromKey, localDayNumber, type DayKey } from './day-key';
import type { DayActivity } from './review-log';

/** Weeks (columns) the heatmap shows, the current week included. */
export const HEATMAP_WEEKS = 26;

/** Local days the retention chart covers, today included. */
export const RETENTION_DAYS = 30;

/** Shade of a heatmap cell: 0 for no answers, 1 to 4 by quarter of the busiest day. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export type HeatmapCell =
  | Readonly<{ kind: 'day'; day: DayKey; answers: number; level: HeatLevel }>
  /** A weekday of the current week that has not come yet. */
  | Readonly<{ kind: 'after-today' }>;

/** One column: Monday first, 7 cells. */
export type HeatmapWeek = Readonly<{ start: DayKey; cells: readonly HeatmapCell[] }>;

/** The answers (inclusive range) a shade stands for. */
export type LevelRange = Readonly<{ level: Exclude<HeatLevel, 0>; min: number; max: number }>;

export type Heatmap = Readonly<{
  /** Oldest first. */
  weeks: readonly HeatmapWeek[];
  /** Answers in the window. */
  total: number;
  /** Days in the window with at least one answer. */
  activeDays: number;
  /** Answers on the busiest day in the window (0 without any). */
  max: number;
  /** The busiest day (the earliest of ties), null without any answer. */
  busiest: Readonly<{ day: DayKey; answers: number }> | null;
  /** The shades in use, lightest first; empty without any answer. */
  levels: readonly LevelRange[];
}>;

/** Weekday of a day number (days since 1970-01-01): Monday 0 … Sunday 6. */
export function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/**
 * Answers per day number, for the valid keys of the log's days.
 * @param days the review log's `days`.
 */
function answersByDayNumber(days: Readonly<Record<DayKey, DayActivity>>): Map<number, DayActivity> {
  const out = new Map<number, DayActivity>();
  for (const [key, activity] of Object.entries(days)) {
    const n = dayNumberFromKey(key);
    if (n !== null) out.set(n, activity);
  }
  return out;
}

/**
 * Shade of a day with `answers` answers when the busiest day had `max`: the quarter of `max`
 * it falls in (1 = up to a quarter, 4 = over three quarters), 0 for none.
 */
export function levelOf(answers: number, max: number): HeatLevel {
  if (answers <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * answers) / max))) as HeatLevel;
}

/** The answer counts each shade covers when the busiest day had `max` answers; empty shades left out. */
export function describeLevels(max: number): readonly LevelRange[] {
  const levels = [1, 2, 3, 4] as const;
  return levels.flatMap((level) => {
    const min = Math.floor((max * (level - 1)) / 4) + 1;
    const top = Math.floor((max * level) / 4);
    return min <= top ? [{ level, min, max: top }] : [];
  });
}

/**
 * The activity heatmap: `weeks` columns of 7 local days (Monday first) ending with the current
 * week, each day shaded by its number of answers (reviews, quizzes and exams alike).
 * @param days the review log's `days` (local day keys).
 * @param now ms epoch.
 * @param utcOffsetMinutes local time minus UTC, in minutes.
 * @param weeks columns, at least 1.
 */
export function computeActivity(
  days: Readonly<Record<DayKey, DayActivity>>,
  now: number,
  utcOffsetMinutes: number,
  weeks = HEATMAP_WEEKS,
): Heatmap {
  const byDay = answersByDayNumber(days);
  const today = localDayNumber(now, utcOffsetMinutes);
  const first = today - weekdayOf(today) - 7 * (Math.max(1, weeks) - 1);
  const counts: number[] = [];
  for (let n = first; n <= today; n++) counts.push(byDay.get(n)?.answers ?? 0);
  const max = Math.max(0, ...counts);
  const busiestIndex = max > 0 ? counts.indexOf(max) : -1;
  const columns: HeatmapWeek[] = [];
  for (let start = first; start <= today; start += 7) {
    const cells = [0, 1, 2, 3, 4, 5, 6].map((i): HeatmapCell => {
      const n = start + i;
      if (n > today) return { kind: 'after-today' };
      const answers = counts[n - first] ?? 0;
      return { kind: 'day', day: dayKeyFromNumber(n), answers, level: levelOf(answers, max) };
    });
    columns.push({ start: dayKeyFromNumber(start), cells });
  }
  return {
    weeks: columns,
    total: counts.reduce((a, b) => a + b, 0),
    activeDays: counts.filter((c) => c > 0).length,
    max,
    busiest:
      busiestIndex < 0 ? null : { day: dayKeyFromNumber(first + busiestIndex), answers: max },
    levels: describeLevels(max),
  };
}

export type RetentionDay = Readonly<{
  day: DayKey;
  answers: number;
  /** Answers graded Hard, Good or Easy (not Again). */
  recalled: number;
  /** recalled / answers (0–1), null on a day without answers. */
  share: number | null;
}>;

export type RetentionSeries = Readonly<{
  /** Oldest first, today last. */
  days: readonly RetentionDay[];
  answers: number;
  recalled: number;
  /** Over the whole span (0–1), null without answers. */
  share: number | null;
}>;

/**
 * Per local day, the share of answers not graded Again, over the last `span` days.
 * Every answer counts: reviews, quizzes and exams, and first answers of new cards.
 * @param days the review log's `days`.
 * @param now ms epoch.
 * @param utcOffsetMinutes local time minus UTC, in minutes.
 * @param span days, today included, at least 1.
 */
export function computeRetentionByDay(
  days: Readonly<Record<DayKey, DayActivity>>,
  now: number,
  utcOffsetMinutes: number,
  span = RETENTION_DAYS,
): RetentionSeries {
  const byDay = answersByDayNumber(days);
  const today = localDayNumber(now, utcOffsetMinutes);
  const series: RetentionDay[] = [];
  for (let n = today - Math.max(1, span) + 1; n <= today; n++) {
    const activity = byDay.get(n);
    const answers = Math.max(0, activity?.answers ?? 0);
    const recalled = Math.min(answers, Math.max(0, answers - (activity?.again ?? 0)));
    series.push({
      day: dayKeyFromNumber(n),
      answers,
      recalled,
      share: answers > 0 ? recalled / answers : null,
    });
  }
  const answers = series.reduce((a, d) => a + d.answers, 0);
  const recalled = series.reduce((a, d) => a + d.recalled, 0);
  return { days: series, answers, recalled, share: answers > 0 ? recalled / answers : null };
}
