/** Explanation text shared by the generators. */
import type { Fact } from '../../../content/schema';

/**
 * What older material or exam questions said where AWS documentation now differs, or undefined.
 * @param notesSaid the earlier claim, quoted
 * @param examNote what older exam questions may expect
 */
export function describeNote(
  notesSaid: string | undefined,
  examNote: string | undefined,
): string | undefined {
  const parts = [
    notesSaid === undefined
      ? ''
      : `Older study material put it as “${notesSaid}”; this answer follows the AWS documentation as it reads today`,
    examNote ?? '',
  ];
  const text = joinSentences(parts);
  return text === '' ? undefined : text;
}

/** The note of a fact's cards, or undefined when the fact is as it always was. */
export function describeFactNote(fact: Fact): string | undefined {
  return describeNote(fact.notesSaid, fact.examNote);
}

/** The notes of several facts, each distinct note once. */
export function describeFactNotes(facts: readonly Fact[]): string | undefined {
  const notes = [...new Set(facts.flatMap((f) => describeFactNote(f) ?? []))];
  return notes.length === 0 ? undefined : notes.join(' ');
}

/** The documentation pages of several facts, each once, in order. */
export function listFactDocs(facts: readonly Fact[]): string[] {
  return [...new Set(facts.map((f) => f.docs.url))];
}

/** Joins explanation parts into one paragraph, each ending with a full stop. */
export function joinSentences(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => (/[.!?”"]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
