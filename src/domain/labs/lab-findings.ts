/** Ordering shared by every lab that reports findings. */
import type { Finding, Severity } from './lab-types';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {
  critical: 0,
  warning: 1,
  suggestion: 2,
};

/**
 * Sorts findings critical → warning → suggestion, keeping the original order within a severity.
 * @param findings any findings; not modified
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
