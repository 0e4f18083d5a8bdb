/** Lookups shared by the fact-based generators. */
import type { Fact } from '../../../../content/schema';
import { toCandidates, type Candidate, type Explained } from '../build-question';
import type { ContentIndex } from '../content-index';
import { describeFactNote } from '../explain';

/** The card fields every single-fact card shares. */
export function describeFactCard(fact: Fact) {
  return {
    topic: fact.topic,
    exams: fact.exams,
    domains: fact.domains,
    subjects: [{ kind: 'fact', id: fact.id }],
  } as const;
}

/** The fact's statement as an option, explained by its mechanism. */
export function explainStatement(fact: Fact): Explained {
  return { text: fact.statement, why: fact.why };
}

/** The misconceptions of a fact that no fact of the content states as true. */
export function listFalseClaims(fact: Fact, index: ContentIndex): Candidate[] {
  return toCandidates(fact.misconceptions).filter((c) => !index.trueStatements.has(c.key));
}

/** Wrong answers a fact's own question offers. */
export const OWN_QUESTION_WRONG = 3;

/**
 * Whether a fact is asked by its own question: a claim (not a limit, asked by its figure) with
 * a question and three misconceptions that no fact states as true.
 */
export function hasOwnQuestion(fact: Fact, index: ContentIndex): boolean {
  return (
    fact.kind !== 'limit' &&
    fact.ask !== undefined &&
    listFalseClaims(fact, index).length >= OWN_QUESTION_WRONG
  );
}

/** Takeaway, note and documentation page: what every card of one fact ends with. */
export function describeFactEnding(fact: Fact) {
  return { takeaway: fact.takeaway, note: describeFactNote(fact), docs: [fact.docs.url] };
}
