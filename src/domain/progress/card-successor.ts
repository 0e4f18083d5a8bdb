/**
 * Which card carries the learning state of a card the bank no longer has. A card is one
 * concept: the same subject asked by a generator that still exists is the same thing to
 * remember, so its review history moves there. Pure: the caller says which ids exist.
 */
import { retiredFacts } from '../../../content/retired-ids';

/** What a card id's subject (after `<generator>:`) names. */
type SubjectKind = 'fact' | 'set' | 'table-cell' | 'checklist-item' | 'own';

/**
 * The subject kind of each generator's cards, retired generators included. `own` subjects
 * (whole topics, exam-tip blanks, formula problems, edge requirements, decision cases) are
 * asked by that generator alone, so their cards have no successor.
 */
const SUBJECT_KINDS: Readonly<Record<string, SubjectKind>> = Object.freeze({
  'fact-choice': 'fact',
  'definition-term': 'fact',
  'limit-value': 'fact',
  'set-choice': 'fact',
  'true-false': 'fact',
  'definition-meaning': 'fact',
  'set-multi': 'set',
  'table-ask': 'table-cell',
  'table-which': 'table-cell',
  'checklist-why': 'checklist-item',
  'checklist-fix': 'checklist-item',
  'checklist-severity': 'checklist-item',
  'facts-multi': 'own',
  'fill-blank': 'own',
  numeric: 'own',
  'edge-scenario': 'own',
  decision: 'own',
});

/**
 * The generators that may carry a subject's state, most faithful first: the question that
 * asks the fact itself (its own question, or its definition), then its figure, its place in
 * a set, and last a true-or-false statement of it. A table cell is asked for its value before
 * the row is named from it; a checklist finding's impact ("why is it flagged?") before its fix.
 */
const PREFERENCE: Readonly<Record<SubjectKind, readonly string[]>> = Object.freeze({
  fact: ['fact-choice', 'definition-term', 'limit-value', 'set-choice', 'true-false'],
  set: ['set-multi'],
  'table-cell': ['table-ask', 'table-which'],
  'checklist-item': ['checklist-why', 'checklist-fix'],
  own: [],
});

/** Generators whose cards have a subject kind; every current generator must be one. */
export const classifiedGenerators: readonly string[] = Object.freeze(Object.keys(SUBJECT_KINDS));

/** Merged facts followed to the end of the chain (a cycle, which content must not have, stops). */
function currentFactId(factId: string): string {
  const merged: Readonly<Record<string, string>> = retiredFacts;
  const seen = new Set<string>();
  let id = factId;
  while (Object.hasOwn(merged, id) && !seen.has(id)) {
    seen.add(id);
    id = merged[id] ?? id;
  }
  return id;
}

/**
 * The card that takes over `cardId`'s learning state, or undefined when there is none: the
 * card still exists (`isCurrent`), or no current card asks its subject (a retired generator's
 * own subject, a fact no generator asks any more, an id of an unknown form). A fact subject is
 * first mapped through the merged facts (`retiredFacts`); then the first generator of the
 * subject's preference list that has a current card for it wins.
 * @param isCurrent whether the current bank has a card with this id
 */
export function findSuccessor(
  cardId: string,
  isCurrent: (cardId: string) => boolean,
): string | undefined {
  if (isCurrent(cardId)) return undefined;
  const colon = cardId.indexOf(':');
  if (colon < 0) return undefined;
  const generator = cardId.slice(0, colon);
  const subject = cardId.slice(colon + 1);
  const kind = Object.hasOwn(SUBJECT_KINDS, generator) ? SUBJECT_KINDS[generator] : undefined;
  if (kind === undefined) return undefined;
  const target = kind === 'fact' ? currentFactId(subject) : subject;
  return PREFERENCE[kind]
    .map((candidate) => `${candidate}:${target}`)
    .find((candidate) => candidate !== cardId && isCurrent(candidate));
}
