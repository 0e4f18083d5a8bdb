import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortFindings } from '../../../src/domain/labs/lab-findings';
import type { Finding } from '../../../src/domain/labs/lab-types';

const arbitraryFinding: fc.Arbitrary<Finding> = fc.record({
  id: fc.string(),
  severity: fc.constantFrom('critical', 'warning', 'suggestion'),
  title: fc.string(),
  detail: fc.string(),
  facts: fc.array(fc.string()),
});

describe('sortFindings', () => {
  it('orders critical, warning, suggestion and keeps the order within a severity', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding), (findings) => {
        const sorted = sortFindings(findings);
        for (const severity of ['critical', 'warning', 'suggestion'] as const) {
          expect(sorted.filter((f) => f.severity === severity)).toEqual(
            findings.filter((f) => f.severity === severity),
          );
        }
        const rank = { critical: 0, warning: 1, suggestion: 2 };
        for (let i = 1; i < sorted.length; i++)
          expect(rank[sorted[i - 1]!.severity]).toBeLessThanOrEqual(rank[sorted[i]!.severity]);
      }),
    );
  });
});
