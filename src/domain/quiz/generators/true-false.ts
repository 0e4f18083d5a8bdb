/**
 * "True or false?": a fact's statement, or one of its misconceptions, never one with a number.
 * Only for facts that have no question of their own: a fact with a question and three
 * misconceptions is asked as a choice among them, the way the exams ask.
 */
import type { Fact } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, type Explained } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { containsNumber } from '../text';
import {
  describeFactCard,
  describeFactEnding,
  hasOwnQuestion,
  listFalseClaims,
} from './fact-helpers';

const id = 'true-false';

/** True and False, each explained for a claim that is `isTrue`. */
function explainVerdicts(isTrue: boolean, why: string) {
  return [
    { text: 'True', correct: isTrue, why: isTrue ? why : `It is false. ${why}` },
    { text: 'False', correct: !isTrue, why: isTrue ? `It is true. ${why}` : why },
  ];
}

function planFact(fact: Fact, index: ContentIndex): GeneratedCard | undefined {
  // Numbers are asked among confusable figures, never as a claim to accept or reject.
  if (fact.kind === 'limit' || containsNumber(fact.statement)) return undefined;
  if (hasOwnQuestion(fact, index)) return undefined;
  const falseClaims: Explained[] = listFalseClaims(fact, index).filter(
    (c) => !containsNumber(c.text),
  );
  // A card whose claim can only be true would be answered by its kind, not by knowledge.
  if (falseClaims.length === 0) return undefined;
  const info = {
    cardId: toCardId(id, fact.id),
    generatorId: id,
    kind: 'true-false',
    ...describeFactCard(fact),
  } as const;
  const ending = describeFactEnding(fact);
  const build = (rng: Rng) => {
    const askTrue = rng.next() < 0.5;
    const claim = askTrue ? { text: fact.statement, why: fact.why } : rng.pick(falseClaims);
    return assembleQuestion(
      info,
      {
        stem: `True or false? ${claim.text}`,
        options: explainVerdicts(askTrue, claim.why),
        keepOrder: true,
        ...ending,
        sources: info.subjects,
        difficulty: 1,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const trueFalseGenerator: Generator = {
  id,
  kind: 'true-false',
  style: 'recall',
  planCards: (index) => index.facts.flatMap((fact) => planFact(fact, index) ?? []),
};
