/** "Which statement about <topic> is true?": one fact's statement among misconceptions. */
import type { Fact } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, hasDistinct, pickDistinct, toDraftOptions } from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { explainFact } from '../explain';
import { describeFactCard, findFactTopic, tierMisconceptions } from './fact-helpers';

const id = 'fact-choice';

function planFact(fact: Fact, index: ContentIndex): CardPlan | undefined {
  const tiers = tierMisconceptions(fact, index);
  if (!hasDistinct(tiers, index.trueStatements, 2)) return undefined;
  const about = findFactTopic(fact, index)?.title ?? fact.topic;
  const info = {
    cardId: toCardId(id, fact.id),
    generatorId: id,
    kind: 'single-choice',
    ...describeFactCard(fact),
  } as const;
  const explanation = explainFact(fact);
  const build = (rng: Rng) => {
    const distractors = pickDistinct(rng, tiers, 3, [], index.trueStatements);
    return assembleQuestion(
      info,
      {
        stem: `Which statement about ${about} is true?`,
        options: toDraftOptions([fact.statement], distractors),
        explanation,
        sources: info.subjects,
        difficulty: 2,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const factChoiceGenerator: Generator = {
  id,
  kind: 'single-choice',
  planCards: (index) => index.facts.flatMap((fact) => planFact(fact, index) ?? []),
};
