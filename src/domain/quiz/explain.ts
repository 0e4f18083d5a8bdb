/** Explanation text shared by the generators. */
import type { FactCheck, Fact } from '../../../content/schema';

/** "AWS docs now say: … (url)", plus the exam note where older questions may differ. */
export function describeFactCheck(check: FactCheck): string {
  const note = check.examNote === undefined ? '' : ` Exam note: ${check.examNote}`;
  return `AWS docs now say: ${check.says} (${check.source.url})${note}`;
}

/** The fact's statement followed by its fact-check, if any. */
export function explainFact(fact: Fact): string {
  return fact.factCheck === undefined
    ? fact.statement
    : `${fact.statement} ${describeFactCheck(fact.factCheck)}`;
}

/**
 * The statements of several facts, then each distinct fact-check once (two facts often
 * share the same AWS page).
 */
export function explainFacts(facts: readonly Fact[]): string {
  const checks = [
    ...new Set(
      facts.flatMap((f) => (f.factCheck === undefined ? [] : [describeFactCheck(f.factCheck)])),
    ),
  ];
  return joinSentences([...facts.map((f) => f.statement), ...checks]);
}

/** Joins explanation parts into one paragraph, each ending with a full stop. */
export function joinSentences(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
