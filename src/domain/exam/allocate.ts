/**
 * Splitting a whole number of questions between groups in proportion to weights, as exam
 * blueprints do: the largest-remainder (Hamilton) method, optionally with caps.
 */

/**
 * Shares of `total` proportional to `weights`, whole numbers that add up to `total`. Each
 * share is the floor of its exact quota; the questions left over go to the largest
 * remainders (ties to the earlier group), so every share is within 1 of its exact quota.
 * @param total a whole number ≥ 0
 * @param weights non-negative; all zero splits evenly
 */
export function allocateByLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, w) => a + Math.max(0, w), 0);
  const quotas = weights.map((w) =>
    sum > 0 ? (total * Math.max(0, w)) / sum : total / weights.length,
  );
  const shares = quotas.map(Math.floor);
  let left = total - shares.reduce((a, s) => a + s, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}

/**
 * Like `allocateByLargestRemainder`, but no share exceeds its cap: what a capped group
 * cannot take is shared again, by weight, among the groups that still have room. The shares
 * add up to `min(total, sum of caps)`.
 * @param caps whole numbers ≥ 0, one per weight
 */
export function allocateWithCaps(
  total: number,
  weights: readonly number[],
  caps: readonly number[],
): number[] {
  const shares = weights.map(() => 0);
  let left = Math.min(
    total,
    caps.reduce((a, c) => a + c, 0),
  );
  // Each round fills at least one group to its cap or places every remaining question.
  while (left > 0) {
    const open = shares.map((s, i) => s < (caps[i] ?? 0));
    const extra = allocateByLargestRemainder(
      left,
      weights.map((w, i) => (open[i] ? w : 0)),
    );
    // Groups with weight 0 still take questions once every weighted group is full.
    const anyWeighted = weights.some((w, i) => open[i] && w > 0);
    const split = anyWeighted ? extra : allocateByLargestRemainder(left, open.map(Number));
    for (let i = 0; i < shares.length; i++) {
      const room = (caps[i] ?? 0) - (shares[i] ?? 0);
      const take = Math.min(room, split[i] ?? 0);
      shares[i] = (shares[i] ?? 0) + take;
      left -= take;
    }
  }
  return shares;
}
