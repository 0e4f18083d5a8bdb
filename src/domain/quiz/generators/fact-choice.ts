/** A fact's own question: its statement among three of its misconceptions, each explained. */
import type { Fact } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import {
  describeFactCard,
  describeFactEnding,
  explainStatement,
  hasOwnQuestion,
  listFalseClaims,
  OWN_QUESTION_WRONG,
} from './fact-helpers';

const id = 'fact-choice';

function planFact(fact: Fact, index: ContentIndex): GeneratedCard | undefined {
  // Limits are asked by their figures (limit-value), not as sentences that differ by a number.
  if (!hasOwnQuestion(fact, index) || fact.ask === undefined) return undefined;
  const stem = fact.ask;
  const claims = listFalseClaims(fact, index);
  const info = {
    cardId: toCardId(id, fact.id),
    generatorId: id,
    kind: 'single-choice',
    ...describeFactCard(fact),
  } as const;
  const ending = describeFactEnding(fact);
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem,
        options: toDraftOptions(
          [explainStatement(fact)],
          rng.shuffle(claims).slice(0, OWN_QUESTION_WRONG),
        ),
        ...ending,
        sources: info.subjects,
        difficulty: 1,
      },
      rng,
    );
  return { ...info, build };
}

export const factChoiceGenerator: Generator = {
  id,
  kind: 'single-choice',
  style: 'recall',
  planCards: (index) => index.facts.flatMap((fact) => planFact(fact, index) ?? []),
};
