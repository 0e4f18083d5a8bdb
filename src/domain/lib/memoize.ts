/**
 * `fn` with its results kept per input text: for pure functions called again and again on
 * the same strings. The cache grows with the distinct texts it sees, so callers pass only
 * texts from a bounded set (the content, and figures derived from it).
 */
export function memoizeByText<T>(fn: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    if (results.has(text)) return results.get(text) as T;
    const result = fn(text);
    results.set(text, result);
    return result;
  };
}
