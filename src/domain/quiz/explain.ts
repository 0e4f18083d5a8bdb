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

/** Joins explanation parts into one paragraph. */
export function joinSentences(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => (/[.!?)]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
