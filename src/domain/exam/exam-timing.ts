/**
 * The exam clock. Time is a deadline (ms epoch) fixed at the start, never a countdown that
 * pauses: like the real exam, time runs on while the tab is closed.
 */
import type { ExamProfile } from '../../../content/schema';

const MINUTE_MS = 60_000;

/** Remaining time at which the learner is warned, ms: 10 minutes, then 1 minute. */
export const WARNING_AT_MS = { tenMinutes: 10 * MINUTE_MS, oneMinute: MINUTE_MS } as const;

/** Where the clock stands; warnings escalate and never go back. */
export type TimeStage = 'plenty' | 'ten-minutes' | 'one-minute' | 'time-up';

/**
 * Time allowed for `questions` questions: the profile's minutes in proportion (65 → 130 min
 * for DVA-C02, 75 → 180 min for SAP-C02), rounded to whole minutes, at least one.
 * @returns ms
 */
export function examDurationMs(profile: ExamProfile, questions: number): number {
  const minutes = Math.max(1, Math.round((profile.minutes * questions) / profile.questions));
  return minutes * MINUTE_MS;
}

/**
 * Time left before the deadline, never negative.
 * @param deadline ms epoch
 * @param now ms epoch
 * @returns ms
 */
export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/**
 * The clock's stage at `now`: `ten-minutes` from 10:00 left, `one-minute` from 1:00 left,
 * `time-up` at 0 — when the exam is submitted automatically.
 * @param deadline ms epoch
 * @param now ms epoch
 */
export function timeStageAt(deadline: number, now: number): TimeStage {
  const left = remainingMs(deadline, now);
  if (left === 0) return 'time-up';
  if (left <= WARNING_AT_MS.oneMinute) return 'one-minute';
  if (left <= WARNING_AT_MS.tenMinutes) return 'ten-minutes';
  return 'plenty';
}

/** True once the deadline has passed: the exam must be submitted as it stands. */
export function isTimeUp(deadline: number, now: number): boolean {
  return remainingMs(deadline, now) === 0;
}

/**
 * A clock face, `m:ss` or `h:mm:ss`. Seconds round up, so `0:00` shows only at the deadline.
 * @param ms time left
 */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A duration in words for reading aloud and for tables, e.g. "1 h 5 min", "18 min 20 s".
 * @param ms ≥ 0
 */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}
