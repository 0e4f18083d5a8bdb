/** Plausible wrong figures for a remembered number. */

export const variationFactors = [2, 0.5, 3, 10, 0.1, 4, 5] as const;
const offsets = [1, 5, 10] as const;
/** Shifting by a few only fools anyone for small figures: 6 layers, not 1,001 executions. */
const maxShifted = 20;

/** Rounds away floating-point noise (0.2 × 3 = 0.6000000000000001). */
export function tidyNumber(n: number): number {
  return Number(n.toPrecision(6));
}

/**
 * Scaled and shifted versions of n, positive and different from n; whole numbers only when
 * n is whole, since "2.5 layers" would give the answer away.
 */
export function varyNumber(n: number): number[] {
  const scaled = variationFactors.map((f) => tidyNumber(n * f));
  const shifted = n <= maxShifted ? offsets.map((o) => tidyNumber(n + o)) : [];
  return [...new Set([...scaled, ...shifted])].filter(
    (v) => v > 0 && v !== n && (Number.isInteger(v) || !Number.isInteger(n)),
  );
}
