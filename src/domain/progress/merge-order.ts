/**
 * Total orders used by the progress merge, so that when two copies disagree the same value
 * wins whichever copy is read first.
 */

/** Negative when `a` sorts first, positive when `b` does, 0 when equal. */
export type Comparison = number;

/** Compares two numbers or two strings in ascending order. */
export function compareValues(a: number | string, b: number | string): Comparison {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Compares lists of values left to right: the first difference decides. */
export function compareTuples(
  a: readonly (number | string)[],
  b: readonly (number | string)[],
): Comparison {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = compareValues(a[i] ?? 0, b[i] ?? 0);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Compares two JSON-safe values by their JSON text: a last resort that is still total. */
export function compareJson(a: unknown, b: unknown): Comparison {
  return compareValues(JSON.stringify(a) ?? '', JSON.stringify(b) ?? '');
}

/**
 * The union of two lists without duplicates (same `keyOf`), sorted by `compare` and cut to
 * the last `limit` items. When both lists hold an item with the same key, `pick` chooses.
 */
export function unionLast<T>(
  a: readonly T[],
  b: readonly T[],
  options: Readonly<{
    keyOf: (item: T) => string;
    compare: (x: T, y: T) => Comparison;
    pick: (x: T, y: T) => T;
    limit: number;
  }>,
): readonly T[] {
  const byKey = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const key = options.keyOf(item);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? item : options.pick(seen, item));
  }
  const all = [...byKey.values()].sort(options.compare);
  return all.length > options.limit ? all.slice(all.length - options.limit) : all;
}
