/** The learner's scheduling choices, with the ranges the app allows. */
export const RETENTION = Object.freeze({ min: 0.7, max: 0.97, default: 0.9 });
export const NEW_CARDS_PER_DAY = Object.freeze({ min: 0, max: 200, default: 20 });

/**
 * A desired retention the scheduler accepts: clamped to 0.70–0.97 and rounded to 2 decimals
 * (the settings slider's step); anything not a finite number falls back to 0.90.
 * @param value probability of recall at the moment a card comes due, 0–1.
 */
export function clampRetention(value: number): number {
  if (!Number.isFinite(value)) return RETENTION.default;
  const rounded = Math.round(value * 100) / 100;
  return Math.min(RETENTION.max, Math.max(RETENTION.min, rounded));
}

/**
 * A daily new-card limit: a whole number clamped to 0–200; non-numbers fall back to 20.
 * @param value cards per local day.
 */
export function clampNewCardsPerDay(value: number): number {
  if (!Number.isFinite(value)) return NEW_CARDS_PER_DAY.default;
  return Math.min(NEW_CARDS_PER_DAY.max, Math.max(NEW_CARDS_PER_DAY.min, Math.round(value)));
}
