/**
 * Requirement templates for "Lambda@Edge or CloudFront Functions?" scenarios. Each rests on
 * one column of the comparison table; the answer is derived from the cells, never stored here,
 * so a corrected cell changes the answer without touching this list.
 */

export type RequirementTest =
  /** The row fits when its cell text or canonical values match the pattern (case-insensitive). */
  | Readonly<{ kind: 'mentions'; pattern: string }>
  /** The row fits when the largest figure in its cell reaches the required amount. */
  | Readonly<{ kind: 'at-least'; dimension: 'duration' | 'memory'; amounts: readonly number[] }>;

export type EdgeRequirement = Readonly<{
  id: string;
  table: string;
  column: string;
  /** The need, as the start of the stem; `{amount}` stands for an at-least figure. */
  need: string;
  test: RequirementTest;
}>;

const table = 'edge.comparison';

export const edgeRequirements = [
  {
    id: 'origin-request-wait',
    table,
    column: 'maxExecution',
    need: 'On each origin request, the edge function must wait up to {amount} for an external authorization service to answer.',
    test: { kind: 'at-least', dimension: 'duration', amounts: [2, 3, 4, 10, 20] },
  },
  {
    id: 'in-memory-lookup',
    table,
    column: 'maxMemory',
    need: 'The edge function loads a {amount} lookup table into memory to decide where to route each request.',
    test: { kind: 'at-least', dimension: 'memory', amounts: [16, 32, 64, 100] },
  },
  {
    id: 'origin-request-trigger',
    table,
    column: 'triggerPoints',
    need: 'The code must run only on cache misses, when CloudFront forwards the request to the origin.',
    test: { kind: 'mentions', pattern: 'origin' },
  },
  {
    id: 'origin-response-trigger',
    table,
    column: 'triggerPoints',
    need: 'The code must change the response that comes back from the origin before CloudFront caches it.',
    test: { kind: 'mentions', pattern: 'origin' },
  },
  {
    id: 'python-library',
    table,
    column: 'runtime',
    need: 'The team must write the edge logic in Python to reuse an existing in-house library.',
    test: { kind: 'mentions', pattern: 'python' },
  },
  {
    id: 'cheapest-rewrite',
    table,
    column: 'cost',
    need: 'A simple URL rewrite runs on every viewer request, and it must cost as little as possible.',
    test: { kind: 'mentions', pattern: 'cheaper' },
  },
] as const satisfies readonly EdgeRequirement[];
