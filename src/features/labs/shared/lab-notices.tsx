import { useDebouncedValue } from './use-debounced-value';

/** Waits for typing to settle so a screen reader hears one result, not one per keystroke. */
const ANNOUNCE_DELAY_MS = 800;

/** Announces the headline result politely once the inputs settle; visually hidden. */
export function LiveHeadline({ text }: Readonly<{ text: string }>) {
  const settled = useDebouncedValue(text, ANNOUNCE_DELAY_MS);
  return (
    <p role="status" className="visually-hidden">
      {settled}
    </p>
  );
}

/** What was ignored in a hand-edited or truncated link. */
export function QueryProblems({ problems }: Readonly<{ problems: readonly string[] }>) {
  if (problems.length === 0) return null;
  return (
    <div className="notice lab-query-problems" role="alert">
      <p>
        <strong>Part of this link could not be used.</strong> Defaults are shown where it was:
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/** Said above the results while the form holds an out-of-range value. */
export function StaleNotice({ stale }: Readonly<{ stale: boolean }>) {
  if (!stale) return null;
  return (
    <p className="notice lab-stale">
      These results are for the last valid setup. Fix the marked input to update them.
    </p>
  );
}
