import { DAY_MS, dayNumberFromKey, type DayKey } from '../../domain/srs/day-key';

// Day keys are already the learner's local days: format them as UTC so the zone adds nothing.
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const shortFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

const atNoon = (key: DayKey): number => (dayNumberFromKey(key) ?? 0) * DAY_MS + DAY_MS / 2;

/** "Mon, 3 Mar" (in the learner's language) for a local day key. */
export const formatDay = (key: DayKey): string => dayFormat.format(atNoon(key));

/** "3 Mar" for a local day key. */
export const formatShortDay = (key: DayKey): string => shortFormat.format(atNoon(key));

/** "Mar" for a local day key. */
export const formatMonth = (key: DayKey): string => monthFormat.format(atNoon(key));

/** "1 answer", "12 answers". */
export const countAnswers = (n: number): string => `${n} answer${n === 1 ? '' : 's'}`;

/** A share (0–1) as a whole percent, e.g. "83 %". */
export const formatShare = (share: number): string => `${Math.round(share * 100)} %`;
