/** "True or false?": a fact's statement, or one of its misconceptions. */
import type { Fact } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion } from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { explainFact } from '../explain';
import { normalizeText } from '../text';
import { describeFactCard } from './fact-helpers';

const id = 'true-false';

function planFact(fact: Fact, index: ContentIndex): CardPlan {
  const misconceptions = fact.misconceptions.filter(
    (m) => !index.trueStatements.has(normalizeText(m)),
  );
  const info = {
    cardId: toCardId(id, fact.id),
    generatorId: id,
    kind: 'true-false',
    ...describeFactCard(fact),
  } as const;
  const explained = explainFact(fact);
  const build = (rng: Rng) => {
    const askTrue = misconceptions.length === 0 || rng.next() < 0.5;
    const claim = askTrue ? fact.statement : rng.pick(misconceptions);
    return assembleQuestion(
      info,
      {
        stem: `True or false? ${claim}`,
        options: [
          { text: 'True', correct: askTrue },
          { text: 'False', correct: !askTrue },
        ],
        keepOrder: true,
        explanation: `${askTrue ? 'True.' : 'False. In fact:'} ${explained}`,
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
  planCards: (index) => index.facts.map((fact) => planFact(fact, index)),
};
