const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/**
 * A short, spelled-out interval for a grade button ("Good · 3 days"): under a minute,
 * minutes, hours, days (under 30), months (under a year, one decimal) or years.
 * @param ms interval in milliseconds; negative values read as zero.
 */
export function formatInterval(ms: number): string {
  const t = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  if (t < MINUTE) return '< 1 min';
  // Each unit is chosen on the rounded value, so 59.7 minutes reads "1 hour", not "60 min".
  const minutes = Math.round(t / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(t / HOUR);
  if (hours < 24) return plural(hours, 'hour');
  const days = Math.round(t / DAY);
  if (days < 30) return plural(days, 'day');
  const months = oneDecimal(t / MONTH);
  if (months < 12) return plural(months, 'month');
  return plural(oneDecimal(t / YEAR), 'year');
}

function oneDecimal(x: number): number {
  return Math.round(x * 10) / 10;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
