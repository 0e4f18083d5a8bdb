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

/** Takeaway, note and documentation page: what every card of one fact ends with. */
export function describeFactEnding(fact: Fact) {
  return { takeaway: fact.takeaway, note: describeFactNote(fact), docs: [fact.docs.url] };
}
