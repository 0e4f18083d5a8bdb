/** One day in ms. */
export const DAY_MS = 86_400_000;

/** A local calendar day, `YYYY-MM-DD`. */
export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of the local day containing `now`.
 * @param now ms epoch.
 * @param utcOffsetMinutes local time minus UTC, in minutes, as the caller's clock reports it;
 *   e.g. 120 in Berlin in summer.
 */
export function localDayNumber(now: number, utcOffsetMinutes: number): number {
  return Math.floor((now + utcOffsetMinutes * 60_000) / DAY_MS);
}

/**
 * The ms epoch at which the local day containing `now` began.
 * @param utcOffsetMinutes local time minus UTC, in minutes.
 */
export function startOfLocalDay(now: number, utcOffsetMinutes: number): number {
  return localDayNumber(now, utcOffsetMinutes) * DAY_MS - utcOffsetMinutes * 60_000;
}

/**
 * The local calendar day of `now`, e.g. `2025-03-14`.
 * @param now ms epoch.
 * @param utcOffsetMinutes local time minus UTC, in minutes.
 */
export function dayKey(now: number, utcOffsetMinutes: number): DayKey {
  return dayKeyFromNumber(localDayNumber(now, utcOffsetMinutes));
}

/**
 * The calendar day `days` days after 1970-01-01 (proleptic Gregorian), computed without
 * `Date` so it does not depend on the machine's time zone.
 */
export function dayKeyFromNumber(days: number): DayKey {
  // Howard Hinnant's civil_from_days.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` key, or null when it is not one. */
export function dayNumberFromKey(key: string): number | null {
  const match = DAY_KEY.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  // Rejects 2025-02-30 and the like: the key must survive the round trip.
  return dayKeyFromNumber(days) === key ? days : null;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
